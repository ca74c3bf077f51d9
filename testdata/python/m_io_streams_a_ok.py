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
print(b.readline())
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
print(b.closed)

