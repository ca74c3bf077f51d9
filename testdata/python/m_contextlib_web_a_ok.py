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
