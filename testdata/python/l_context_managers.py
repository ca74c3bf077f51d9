# __enter__/__exit__, suppression, multi-item with, ordering
log = []
class CM:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name, self.suppress, self.fail_enter = name, suppress, fail_enter
    def __enter__(self):
        if self.fail_enter:
            log.append('enter-fail ' + self.name)
            raise RuntimeError('cannot enter ' + self.name)
        log.append('enter ' + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        log.append('exit %s %s %s' % (self.name, et.__name__ if et else None, ev))
        return self.suppress

with CM('a') as a, CM('b') as b:
    log.append('body %s %s' % (a, b))
print(log); log.clear()

with CM('outer', suppress=True), CM('inner'):
    log.append('body')
    raise ValueError('oops')
log.append('after')
print(log); log.clear()

try:
    with CM('x'), CM('y', fail_enter=True), CM('z'):
        log.append('never')
except RuntimeError as e:
    log.append('caught ' + str(e))
print(log); log.clear()

def func():
    with CM('r'):
        return 'returned'
print(func(), log); log.clear()

for i in range(3):
    with CM('loop%d' % i):
        if i == 1:
            continue
        if i == 2:
            break
        log.append('body%d' % i)
print(log); log.clear()

class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.caught = ev
        return et is not None and issubclass(et, self.types)

with Suppress(KeyError, IndexError) as s:
    {}['missing']
print('suppressed', repr(s.caught))
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print('propagated', e)

class ReplaceExc:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et is ValueError:
            raise TypeError('replaced') from ev
try:
    with ReplaceExc():
        raise ValueError('orig')
except TypeError as e:
    print(e, repr(e.__cause__), repr(e.__context__))

class Resource:
    opened = 0
    def __enter__(self):
        Resource.opened += 1
        return self
    def __exit__(self, *exc):
        Resource.opened -= 1
        return False
with Resource() as r1:
    with Resource() as r2:
        print('open', Resource.opened, r1 is not r2)
print('open', Resource.opened)

class Truthy:
    def __enter__(self): return None
    def __exit__(self, *a): return 1
with Truthy():
    raise KeyError('x')
print('truthy return suppresses')
m = CM('manual')
v = m.__enter__()
m.__exit__(None, None, None)
print(v, log)
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
