import io, os, tempfile
b = io.BytesIO(b'line1\nline2\nrest')
print(b.read(3), b.readline(), b.readlines(), b.read(), b.tell())
b.seek(0)
print(list(b), b.getvalue())
b = io.BytesIO()
print(b.write(b'abc'), b.write(b'def'), b.getvalue(), b.seek(1), b.write(b'X'), b.getvalue(), b.seek(0, 2))
b.truncate(2)
print(b.getvalue())
s = io.StringIO('héllo\nwörld\n')
print(s.read(2), repr(s.readline()), s.tell(), list(s), s.read())
s = io.StringIO()
print(s.write('abc'), s.write('é'), s.getvalue(), s.seek(0), s.read(), s.closed)
print('x', 'y', sep='-', file=s)
print(repr(s.getvalue()))
s.close()
print(s.closed)
try:
    s.read()
except ValueError as e:
    print('ValueError', e)
with io.StringIO('a\nb') as f:
    print([l for l in f])
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')
with open(p, 'w', encoding='utf-8') as f:
    print(f.write('héllo\r\nworld\n'), f.name == p, f.mode, f.closed)
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p, newline='') as f:
    print(repr(f.readline()))
with open(p, 'rb') as f:
    print(f.read(3), f.tell(), f.read())
with open(p, 'a') as f:
    f.write('more')
with open(p, encoding='latin-1') as f:
    print(repr(f.read()))
with open(p, 'r+') as f:
    f.write('J')
    f.seek(0)
    print(repr(f.readline()))
with open(p, 'rb') as f:
    w = io.TextIOWrapper(f, encoding='utf-8')
    print(repr(w.readline()), repr(w.read()))
try:
    open(os.path.join(d, 'missing.txt'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror)
try:
    open(p, 'q')
except ValueError as e:
    print('ValueError', e)
try:
    open(p, 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno)
with open(p, 'w') as f:
    f.writelines(['a\n', 'b\n'])
print(open(p).readlines(), io.SEEK_END, issubclass(io.UnsupportedOperation, OSError))
os.remove(p)
os.rmdir(d)
