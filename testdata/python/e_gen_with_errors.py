# exceptions inside generators, comprehensions, and with-statement __exit__ info

def gen(items):
    for it in items:
        if it is None:
            raise ValueError('None in stream')
        yield it * 2

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

show('gen ok', lambda: list(gen([1, 2])))
show('gen fail', lambda: list(gen([1, None, 3])))

g = gen([5, None, 7])
print(next(g))
try:
    next(g)
except ValueError as e:
    print('caught', e)
show('after error', lambda: next(g))

show('listcomp', lambda: [10 // x for x in [5, 2, 0, 1]])
show('dictcomp', lambda: {k: v for k, v in [('a', 1), ('b',)]})
show('setcomp', lambda: {int(s) for s in ['1', 'two']})
show('genexpr sum', lambda: sum(1 / (x - 2) for x in range(4)))
show('nested comp', lambda: [[row[i] for i in range(3)] for row in [[1, 2, 3], [4, 5]]])

def safe_gen():
    try:
        yield 1
        yield 2
    finally:
        print('  gen cleanup')

for v in safe_gen():
    print('got', v)
    break

def catching_gen():
    while True:
        try:
            x = yield
            print('  received', x)
        except KeyError as e:
            print('  gen handled', repr(e))

cg = catching_gen()
next(cg)
cg.send(1)
cg.throw(KeyError('k'))
cg.send(2)
cg.close()

class Tracker:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        info = exc_type.__name__ if exc_type else None
        print('exit', self.name, info, exc, tb is not None)
        return self.swallow

with Tracker('clean') as t:
    print('body', t.name)
with Tracker('swallow', swallow=True):
    raise KeyError('hidden')
print('after swallow')
try:
    with Tracker('outer'), Tracker('inner'):
        raise IndexError('propagated')
except IndexError as e:
    print('caught', repr(e))

class BadEnter:
    def __enter__(self):
        raise RuntimeError('cannot enter')

    def __exit__(self, *a):
        print('never')

show('bad enter', lambda: [1 for _ in [0] if BadEnter().__enter__()])

def use_bad():
    with BadEnter():
        return 'unreachable'

show('with bad enter', use_bad)

class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise TypeError('from exit')

def use_exit_raises():
    with ExitRaises():
        raise ValueError('original')

show('exit raises', use_exit_raises)
