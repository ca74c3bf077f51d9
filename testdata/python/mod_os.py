import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'a.txt')
with open(p, 'w') as f:
    f.write('12345')
st = os.stat(p)
print(st.st_size, st[6], (st.st_mode & 0o170000) == 0o100000, st.st_mtime > 0, isinstance(st.st_mtime, float))
os.makedirs(os.path.join(d, 'x', 'y'))
os.makedirs(os.path.join(d, 'x', 'y'), exist_ok=True)
try:
    os.makedirs(os.path.join(d, 'x'))
except FileExistsError:
    print('FileExistsError')
print(sorted(os.listdir(d)), sorted(e.name for e in os.scandir(d)), [e.is_dir() for e in sorted(os.scandir(d), key=lambda e: e.name)])
os.rename(p, os.path.join(d, 'b.txt'))
print(sorted(os.listdir(d)), os.path.exists(p))
walked = [(os.path.relpath(root, d), sorted(dirs), sorted(files)) for root, dirs, files in os.walk(d)]
print(walked)
os.remove(os.path.join(d, 'b.txt'))
try:
    os.remove(os.path.join(d, 'b.txt'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
os.rmdir(os.path.join(d, 'x', 'y'))
os.rmdir(os.path.join(d, 'x'))
os.rmdir(d)
print(os.path.exists(d), len(os.urandom(16)), type(os.urandom(2)).__name__, os.fspath('p'), os.sep, os.getpid() > 0)
os.environ['GOWSGI_TEST_VAR'] = 'v1'
print(os.environ['GOWSGI_TEST_VAR'], os.getenv('GOWSGI_TEST_VAR'), 'GOWSGI_TEST_VAR' in os.environ, os.environ.get('NOPE_NOT_SET', 'dflt'))
del os.environ['GOWSGI_TEST_VAR']
print(os.getenv('GOWSGI_TEST_VAR'), os.environ.pop('NOPE_NOT_SET', 'gone'), isinstance(os.environ.copy(), dict))
try:
    os.environ['X'] = 1
except TypeError as e:
    print('TypeError', e)
