# A unit-of-work / transaction layer with context managers, savepoints, rollback and ExitStack cleanup.
from contextlib import contextmanager, ExitStack, suppress

class IntegrityError(Exception):
    pass

class Store:
    def __init__(self):
        self.data = {}
        self.log = []
    @contextmanager
    def transaction(self, name='tx'):
        snapshot = dict(self.data)
        self.log.append('begin ' + name)
        try:
            yield self
        except Exception as e:
            self.data = snapshot
            self.log.append('rollback %s (%s)' % (name, type(e).__name__))
            raise
        else:
            self.log.append('commit ' + name)
    def insert(self, key, value):
        if key in self.data:
            raise IntegrityError('duplicate key %r' % key)
        self.data[key] = value

class Savepoint:
    def __init__(self, store, label):
        self.store, self.label = store, label
    def __enter__(self):
        self.snapshot = dict(self.store.data)
        self.store.log.append('savepoint ' + self.label)
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.store.log.append('release ' + self.label)
            return False
        self.store.data = self.snapshot
        self.store.log.append('rollback to %s: %s' % (self.label, exc))
        return issubclass(exc_type, IntegrityError)

store = Store()
with store.transaction('t1') as s:
    s.insert('a', 1)
    s.insert('b', 2)
print(sorted(store.data.items()))
try:
    with store.transaction('t2'):
        store.insert('c', 3)
        store.insert('a', 99)
except IntegrityError as e:
    print('failed:', e)
print(sorted(store.data.items()))
with store.transaction('t3'):
    store.insert('d', 4)
    with Savepoint(store, 'sp1'):
        store.insert('e', 5)
        store.insert('b', 0)
    with Savepoint(store, 'sp2'):
        store.insert('f', 6)
print(sorted(store.data.items()))
try:
    with store.transaction('t4'), Savepoint(store, 'sp3'):
        store.insert('g', 7)
        raise KeyError('boom')
except KeyError as e:
    print('KeyError', e)
print(sorted(store.data.items()))
print(*store.log, sep=' | ')

closed = []
class Resource:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def close(self):
        closed.append(self.name)
        if self.fail:
            raise OSError('close failed: ' + self.name)

with ExitStack() as stack:
    for n in ('db', 'cache', 'queue'):
        stack.callback(Resource(n).close)
    stack.enter_context(suppress(ZeroDivisionError))
    1 / 0
print('closed in order:', closed)
closed.clear()
try:
    with ExitStack() as stack:
        stack.callback(Resource('a').close)
        stack.callback(Resource('b', fail=True).close)
        stack.callback(Resource('c').close)
except OSError as e:
    print('OSError', e, closed)
with suppress(KeyError, IndexError):
    [][1]
print('suppressed ok')
