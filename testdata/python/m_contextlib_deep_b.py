import contextlib, io, sys
from contextlib import contextmanager, suppress, closing, ExitStack, redirect_stdout, redirect_stderr, nullcontext
with suppress(KeyError, IndexError):
    [][1]
print('after suppress')
with suppress():
    pass
try:
    with suppress(KeyError):
        int('x')
except ValueError as e:
    print('not suppressed', e)
class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print('closing', self.name)
with closing(Resource('r1')) as r:
    print('using', r.name)
with ExitStack() as stack:
    files = [stack.enter_context(closing(Resource('f%d' % i))) for i in range(3)]
    stack.callback(print, 'callback', 'args', sep='-')
    print('opened', [f.name for f in files])
with ExitStack() as stack:
    stack.callback(print, 'should not run')
    moved = stack.pop_all()
print('popped')
moved.close()
def cleanup_exc(exc_type, exc, tb):
    print('exit handler saw', exc_type.__name__ if exc_type else None)
    return True
with ExitStack() as stack:
    stack.push(cleanup_exc)
    raise ValueError('swallowed')
print('after swallowed')
buf = io.StringIO()
with redirect_stdout(buf):
    print('captured line')
    sys.stdout.write('raw write\n')
print(repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print(repr(err.getvalue()))
with nullcontext(5) as v:
    print('nullcontext', v)
class Reusable(contextlib.ContextDecorator):
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *exc):
        print('exit', exc[0].__name__ if exc[0] else None)
        return False
@Reusable()
def fn(x):
    print('fn', x)
    return x * 2
print(fn(21))
class ACM(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        return None
with ACM() as me:
    print(type(me).__name__)
