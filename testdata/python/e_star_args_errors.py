# errors when unpacking *args / **kwargs at call sites

def f(a, b=0, **kw):
    return a, b, sorted(kw.items())

def g(*args):
    return args

def show(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)

show('star int', lambda: g(*5))
show('star none', lambda: g(*None))
show('star str', lambda: g(*'ab'))
show('star dict', lambda: g(*{'x': 1, 'y': 2}))
show('star gen', lambda: g(*(i for i in range(3))))
show('dstar list', lambda: f(**[1]))
show('dstar none', lambda: f(**None))
show('dstar int keys', lambda: f(1, **{1: 2}))
show('dstar dup', lambda: f(**{'a': 1}, a=2))
show('dstar dup2', lambda: f(1, **{'b': 1}, **{'b': 2}))
show('dstar ok', lambda: f(**{'a': 1, 'z': 3}))
show('dict kw int', lambda: dict(**{1: 2}))
show('dict kw ok', lambda: dict({'a': 1}, b=2))

class Mapping:
    def keys(self):
        return ['a', 'b']

    def __getitem__(self, k):
        return k.upper()

show('custom mapping', lambda: f(**Mapping()))

class NoKeys:
    def __getitem__(self, k):
        return k

show('no keys', lambda: f(**NoKeys()))
show('both', lambda: f(*[1], **{'b': 2, 'c': 3}))
show('multi star', lambda: g(*[1, 2], *(3,), *'4'))
show('print sep', lambda: print('a', 'b', sep=1))
show('print kw', lambda: print('a', bad=1))
show('sorted kw', lambda: sorted([1], reversed=True))
show('max kw', lambda: max([1], foo=1))
show('method self kw', lambda: 'abc'.split(sep=','))
show('str kw bad', lambda: 'abc'.split(separator=','))
