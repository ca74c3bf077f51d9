import io, os, tempfile

# StringIO: seek/tell/readline/iteration/truncate edge cases
s = io.StringIO('alpha\nbeta\r\ngamma')
print(repr(s.readline()), s.tell())
print(repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print([line for line in s])
s.seek(6)
print(repr(s.read(4)), s.tell(), s.seekable(), s.readable(), s.writable())
s.seek(0, io.SEEK_END)
print(s.tell(), repr(s.read()))
s = io.StringIO()
s.write('hello world')
s.seek(6)
s.write('W')
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(s.truncate(5), repr(s.getvalue()))
s.seek(10)
s.write('!')
print(repr(s.getvalue()))
print(repr(io.StringIO('a\nb\n').readlines()), repr(io.StringIO('abc').readline(2)))
s = io.StringIO('x\ny\n')
s.seek(0)
print(s.read(0) == '', repr(next(s)), repr(next(s)))
try:
    next(s)
except StopIteration:
    print('StopIteration')
try:
    io.StringIO().write(b'bytes')
except TypeError as e:
    print('TypeError', e)
try:
    io.StringIO(5)
except TypeError as e:
    print('TypeError', type(e).__name__)

# BytesIO details
b = io.BytesIO(b'0123456789')
print(b.read(3), b.tell(), b.seek(-2, 2), b.read(), b.seek(2), b.read1(3) if hasattr(b, 'read1') else b'234')
b.seek(0)
print(b.readline(), bytes(b.getbuffer()[:4]), b.getbuffer().nbytes)
b = io.BytesIO()
b.writelines([b'a', b'bc', b'def'])
print(b.getvalue(), b.tell(), len(b.getvalue()))
b.seek(8)
b.write(b'Z')
print(b.getvalue())
try:
    b.write('str')
except TypeError as e:
    print('TypeError', e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print('ValueError', e)

# TextIOWrapper over BytesIO
raw = io.BytesIO('caf\u00e9\r\nna\u00efve\nend'.encode('utf-8'))
w = io.TextIOWrapper(raw, encoding='utf-8')
print(w.encoding, repr(w.readline()), repr(w.readline()), repr(w.read()))
raw = io.BytesIO('caf\u00e9\r\nx'.encode('utf-8'))
w = io.TextIOWrapper(raw, encoding='utf-8', newline='')
print([l for l in w])
out = io.BytesIO()
w = io.TextIOWrapper(out, encoding='latin-1', newline='\r\n')
w.write('a\u00e9\nb\n')
w.flush()
print(out.getvalue())
w.detach()
print(out.closed)

# open() in a tempdir: modes, encodings, newline
d = tempfile.mkdtemp()
p = os.path.join(d, 'data.txt')
with open(p, 'w', encoding='utf-16') as f:
    f.write('hi\u20ac')
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='utf-16') as f:
    print(repr(f.read()))
with open(p, 'w', newline='\r\n') as f:
    f.writelines(['one\n', 'two\n'])
with open(p, 'rb') as f:
    print(f.read())
with open(p + '.new', 'x') as f:
    print(f.mode, f.writable(), f.readable())
try:
    open(p, 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno)
with open(p, 'wb') as f:
    print(f.write(b'\xff\xfe bad'), f.mode)
try:
    with open(p, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason, e.start, e.end)
with open(p, encoding='utf-8', errors='replace') as f:
    print(repr(f.read()))
try:
    open(p, 'rw')
except ValueError as e:
    print('ValueError', e)
import shutil; shutil.rmtree(d)
