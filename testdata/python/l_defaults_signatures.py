# Default argument evaluation time, __defaults__/__kwdefaults__, mutable defaults, sentinel patterns
import functools
counter = 0
def next_id():
    global counter
    counter += 1
    return counter

def make(item, ident=next_id(), tags=[], *, created=next_id(), meta=None):
    tags.append(item)
    return ident, created, list(tags), meta
print(make('a'), make('b'), make('c', 99, []), make('d', meta={}))
print(make.__defaults__[0], make.__kwdefaults__, counter)

base = 10
def uses_base(x, b=base):
    return x + b
base = 1000
print(uses_base(1), uses_base(1, base))
uses_base.__defaults__ = (5,)
print(uses_base(1))

_sentinel = object()
def get(d, key, default=_sentinel):
    if key in d:
        return d[key]
    if default is _sentinel:
        raise KeyError(key)
    return default
print(get({'a': 1}, 'a'), get({}, 'b', None), get({}, 'c', 0))
try:
    get({}, 'zz')
except KeyError as e:
    print('KeyError', e)

def outer():
    fns = []
    for i in range(3):
        def f(x, i=i):
            return x * i
        fns.append(f)
    return fns
print([f(10) for f in outer()])

class Widget:
    def __init__(self, name, children=None, style={}):
        self.name = name
        self.children = children if children is not None else []
        self.style = style
w1, w2 = Widget('a'), Widget('b')
w1.children.append('x')
w1.style['color'] = 'red'
print(w2.children, w2.style, w1.style is w2.style, Widget.__init__.__defaults__)

def kw_only(a, *, b=2, c):
    return a, b, c
print(kw_only(1, c=3), kw_only(1, c=3, b=0), kw_only.__kwdefaults__)
def varargs(*args, sep=', ', end='.'):
    return sep.join(map(str, args)) + end
print(varargs(1, 2, 3), varargs(sep='-'), varargs('x', end='!'))
partial_v = functools.partial(varargs, 'p', sep='/')
print(partial_v('q'), partial_v('q', sep='+'), partial_v.args, sorted(partial_v.keywords))
def lazy_default(x, factory=list):
    container = factory()
    container.append(x)
    return container
print(lazy_default(1), lazy_default(2), lazy_default(3, factory=lambda: ['seed']))
def counter_fn(step=1, _state={'n': 0}):
    _state['n'] += step
    return _state['n']
print(counter_fn(), counter_fn(), counter_fn(10))
def describe(a, b=2, *c, d, e=5, **f):
    return locals()
print(sorted(describe(1, d=4).items()), sorted(describe(1, 2, 3, d=4, g=7).items()))
