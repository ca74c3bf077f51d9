import os, os.path, tempfile, stat, pathlib
P = os.path
# pure path manipulation
for p in ['/a/b/c.txt', 'a/b/', 'c.tar.gz', '.bashrc', '/', '', 'a//b/./../c', '../x/..', '/..//a']:
    print(repr(p), P.split(p), P.splitext(p), repr(P.basename(p)), repr(P.dirname(p)), repr(P.normpath(p)) if p else '', P.isabs(p))
print(P.join('a', 'b', 'c'), P.join('a/', '/abs', 'c'), P.join('a', ''), P.join('', 'x'), P.join('/', 'etc'))
print(P.relpath('/a/b/c', '/a'), P.relpath('/a', '/a/b/c'), P.relpath('/x/y', '/x/y'), P.relpath('/a/b', '/c/d'))
print(P.commonprefix(['/usr/lib', '/usr/local']), P.commonpath(['/usr/lib', '/usr/local/x']), P.splitdrive('/a/b'))
print(P.expanduser('nochange'), P.normcase('AbC'), P.abspath('/a/./b/../c'), P.abspath('x') == P.join(os.getcwd(), 'x'))
try:
    P.commonpath(['/a', 'b'])
except ValueError as e:
    print('ValueError', e)
try:
    P.join('a', 5)
except TypeError as e:
    print('TypeError', e)
# fspath protocol
class MyPath:
    def __fspath__(self):
        return '/my/path'
print(os.fspath(MyPath()), os.fspath(b'bytes'), P.basename(MyPath()), P.join(MyPath(), 'sub'))
try:
    os.fspath(3)
except TypeError as e:
    print('TypeError', e)
# filesystem in a tempdir
d = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(d)
print(P.samefile(os.getcwd(), d) if hasattr(P, 'samefile') else True, os.listdir('.'))
with open('f1.txt', 'w') as f:
    f.write('x' * 10)
with open('f2.bin', 'wb') as f:
    f.write(bytes(range(5)))
os.mkdir('sub')
os.makedirs('sub/deeper/deepest', exist_ok=True)
print(sorted(os.listdir()), P.getsize('f1.txt'), P.getsize('f2.bin'), P.isfile('f1.txt'), P.isdir('sub'), P.isdir('f1.txt'), P.exists('nope'), P.isfile('nope'), P.lexists('f1.txt'))
entries = sorted(os.scandir('.'), key=lambda e: e.name)
print([(e.name, e.is_file(), e.is_dir(), e.path) for e in entries])
print([e.stat().st_size for e in entries if e.is_file()], stat.S_ISDIR(os.stat('sub').st_mode), stat.S_ISREG(os.stat('f1.txt').st_mode))
try:
    os.mkdir('sub')
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror, e.filename)
try:
    os.rmdir('sub')
except OSError as e:
    print(type(e).__name__, e.errno == 39 or e.errno == 66)
try:
    os.listdir('missing-dir')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
try:
    os.stat('missing.txt')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
os.rename('f1.txt', 'sub/moved.txt')
os.replace('f2.bin', 'sub/moved.txt')
print(sorted(os.listdir('sub')), P.getsize('sub/moved.txt'))
os.remove('sub/moved.txt')
tree = []
for root, dirs, files in os.walk('.'):
    dirs.sort()
    tree.append((root, dirs[:], sorted(files)))
print(tree)
print([r for r, ds, fs in os.walk('.', topdown=False)])
os.removedirs('sub/deeper/deepest') if False else None
os.rmdir('sub/deeper/deepest'); os.rmdir('sub/deeper'); os.rmdir('sub')
print(os.listdir('.'))
os.chdir(old)
os.rmdir(d)
print(P.exists(d), os.getcwd() == old)
# environ mapping behaviour
os.environ['M_TEST_A'] = 'one'
env = os.environ
print(env.get('M_TEST_A'), env.setdefault('M_TEST_B', 'two'), env['M_TEST_B'], 'M_TEST_B' in env.keys())
env.update({'M_TEST_C': '3'})
print(sorted(k for k in env if k.startswith('M_TEST_')), os.getenv('M_TEST_C'), os.getenv('M_NOPE'), os.getenv('M_NOPE', 'd'))
for k in ['M_TEST_A', 'M_TEST_B', 'M_TEST_C']:
    del env[k]
try:
    env['M_TEST_A']
except KeyError as e:
    print('KeyError', e)
print(os.curdir, os.pardir, os.sep, os.extsep, os.linesep == '\n', os.name, os.devnull)
