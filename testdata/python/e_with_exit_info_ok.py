# with-statement __exit__ receiving exception info, suppression and failing __enter__/__exit__

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


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
