import sys, io, contextlib
print('a', 'b', 'c', sep='', end='|\n')
print('x', 1, None, 2.5, [1], sep=', ')
print()
print('no newline', end='')
print(' continued', flush=True)
print(*range(5), sep='-')
print(*[], sep='X', end='<empty>\n')
print('multi\nline', 'arg')
print(sep='ignored')
n = sys.stdout.write('written directly\n')
print(n, sys.stdout.write(''), sys.stdout.writable())
sys.stdout.writelines(['w1 ', 'w2\n'])
buf = io.StringIO()
print('to buffer', 42, file=buf)
print('second', file=buf, end='!')
print(repr(buf.getvalue()))
def noisy(n):
    for i in range(n):
        print('step', i)
    return n * 2
out = io.StringIO()
with contextlib.redirect_stdout(out):
    r = noisy(3)
    print('inside', r)
print(repr(out.getvalue()), r)
class Tee:
    def __init__(self, *streams):
        self.streams = streams
    def write(self, s):
        for st in self.streams:
            st.write(s)
        return len(s)
    def flush(self):
        pass
copy = io.StringIO()
old = sys.stdout
sys.stdout = Tee(old, copy)
print('teed line', 1)
print('teed line', 2)
sys.stdout = old
print(repr(copy.getvalue()))
class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Upper()
print('shout', 'this', file=u)
print(repr(u.getvalue()))
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError', e)
try:
    print('x', end=b'\n')
except TypeError as e:
    print('TypeError', e)
try:
    print('x', file=object())
except AttributeError as e:
    print('AttributeError', e)
class Obj:
    def __str__(self):
        return 'Obj-str'
    def __repr__(self):
        return 'Obj-repr'
print(Obj(), [Obj()], (Obj(),), {'k': Obj()}, str(Obj()), repr(Obj()), f'{Obj()} {Obj()!r}', '%s %r' % (Obj(), Obj()))
print(b'bytes', bytearray(b'ba'), 1e100, 1e-7, 123456789012345678, -0.0, 1 / 3, 2 ** 0.5, True, None, ..., NotImplemented)
print('\t tab', '\\ backslash', 'quote " \' both', repr('quote " \' both'), repr("it's"), repr('say "hi"'))
print('%-10s|%5.2f|%03d|%x|%o|%e|%g|%c|%%' % ('left', 3.14159, 7, 255, 8, 12345.678, 0.00001, 65))
sys.stdout.flush()
print('done', end='\n\n')
print('end')
