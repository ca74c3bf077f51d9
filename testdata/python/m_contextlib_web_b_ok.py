from contextlib import contextmanager, ExitStack, suppress, closing, nullcontext, redirect_stdout
import io, os, tempfile, json
class FakeConn:
    opened = 0
    def __init__(self, dsn):
        FakeConn.opened += 1
        self.dsn, self.closed, self.log = dsn, False, []
    def execute(self, sql):
        if self.closed:
            raise RuntimeError('connection closed')
        if 'FAIL' in sql:
            raise ValueError('syntax error near FAIL')
        self.log.append(sql)
        return len(self.log)
    def close(self):
        self.closed = True
d = tempfile.mkdtemp()
paths = [os.path.join(d, 'part%d.txt' % i) for i in range(3)]
with ExitStack() as stack:
    handles = [stack.enter_context(closing(open(p, 'w'))) for p in paths]
    for i, fh in enumerate(handles):
        fh.write('chunk %d\n' % i)
    stack.callback(lambda: print('all parts written'))
    print([fh.closed for fh in handles])
print([fh.closed for fh in handles], [open(p).read().strip() for p in paths])
@contextmanager
def atomic_write(path):
    tmp = path + '.tmp'
    f = open(tmp, 'w')
    try:
        yield f
        f.close()
        os.replace(tmp, path)
    except BaseException:
        f.close()
        os.remove(tmp)
        raise
target = os.path.join(d, 'config.json')
with atomic_write(target) as f:
    json.dump({'v': 1}, f)
try:
    with atomic_write(target) as f:
        f.write('{"v": 2')
        raise KeyboardInterrupt if False else ValueError('serialization failed')
except ValueError as e:
    print('ValueError', e)
print(open(target).read(), sorted(os.listdir(d)))
for p in paths + [target]:
    with suppress(FileNotFoundError):
        os.remove(p)
    with suppress(FileNotFoundError):
        os.remove(p)
os.rmdir(d)
print(os.path.exists(d))
def maybe_lock(use_lock):
    return closing(FakeConn('lock')) if use_lock else nullcontext(None)
for flag in (True, False):
    with maybe_lock(flag) as res:
        print(flag, type(res).__name__, getattr(res, 'dsn', None))
out = io.StringIO()
with redirect_stdout(out):
    help_text = 'usage: app [--debug]'
    print(help_text)
print(repr(out.getvalue()), FakeConn.opened)
@contextmanager
def timer(name, clock=iter(range(0, 1000, 7)).__next__):
    start = clock()
    yield
    print('%s took %d ticks' % (name, clock() - start))
with timer('block-a'):
    pass
with timer('block-b'):
    with timer('inner'):
        pass
