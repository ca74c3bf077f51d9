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
class Pool:
    def __init__(self, dsn, size):
        self.free = [FakeConn(dsn) for _ in range(size)]
        self.in_use = 0
    @contextmanager
    def connection(self):
        if not self.free:
            raise RuntimeError('pool exhausted')
        conn = self.free.pop()
        self.in_use += 1
        try:
            yield conn
        finally:
            self.in_use -= 1
            self.free.append(conn)
@contextmanager
def transaction(conn):
    conn.execute('BEGIN')
    try:
        yield conn
    except Exception as e:
        conn.execute('ROLLBACK')
        print('rolled back:', e)
        raise
    else:
        conn.execute('COMMIT')
pool = Pool('db://x', 2)
with pool.connection() as c1, transaction(c1):
    c1.execute('INSERT 1')
    print('in use', pool.in_use)
try:
    with pool.connection() as c2, transaction(c2):
        c2.execute('UPDATE FAIL')
except ValueError as e:
    print('caught', e)
print(pool.in_use, len(pool.free), [c.log for c in pool.free])
with pool.connection() as a, pool.connection() as b:
    try:
        with pool.connection():
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
print(pool.in_use)
d = tempfile.mkdtemp()
paths = [os.path.join(d, 'part%d.txt' % i) for i in range(3)]
with ExitStack() as stack:
    handles = [stack.enter_context(open(p, 'w')) for p in paths]
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
