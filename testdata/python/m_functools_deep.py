import functools
from functools import partial, partialmethod, reduce, wraps, update_wrapper, lru_cache, total_ordering, cached_property, singledispatch
def log_calls(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper
@log_calls
def greet(name, greeting='Hello'):
    """Greet someone."""
    return '%s, %s!' % (greeting, name)
greet.custom = 'attr'
print(greet('ann'), greet('bob', greeting='Hi'), greet.calls, greet.__name__, greet.__doc__, greet.__qualname__, greet.__module__, greet.__wrapped__.__name__)
def original():
    pass
original.tag = 'x'
def shim():
    pass
update_wrapper(shim, original)
print(shim.__name__, shim.tag, shim.__wrapped__ is original)
def noattrs(*a):
    return a
print(wraps(noattrs)(lambda *a: a).__name__, wraps(noattrs, assigned=())(lambda: 0).__name__)
# partial
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(5), cube_mod(4), square(3, exp=3), partial(partial(power, 2), 10)(), square.func.__name__, square.keywords, partial(int, base=16)('ff'))
print(repr(partial(max, 1, key=abs)).startswith('functools.partial(<built-in function max>, 1, key='))
try:
    partial()
except TypeError as e:
    print('TypeError', type(e).__name__)
class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, value):
        self.state = value
    set_on = partialmethod(set_state, True)
    set_off = partialmethod(set_state, False)
c = Cell()
c.set_on()
print(c.state, end=' ')
c.set_off()
print(c.state)
# reduce
print(reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, ['x'], 'init-'))
try:
    reduce(max, [])
except TypeError as e:
    print('TypeError', e)
# lru_cache details
@lru_cache(maxsize=3, typed=True)
def ident(x):
    return (x, type(x).__name__)
print(ident(1), ident(1.0), ident(1), ident.cache_info(), ident.cache_parameters())
for i in range(5):
    ident(i)
info = ident.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info._fields if hasattr(info, '_fields') else None)
@lru_cache(maxsize=None)
def count_paths(r, c):
    return 1 if r == 0 or c == 0 else count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(16, 16), count_paths.cache_info().currsize)
@lru_cache
def bare(x):
    return x * 2
print(bare(4), bare.cache_info().misses, bare.__wrapped__(5))
try:
    ident([1])
except TypeError as e:
    print('TypeError', e)
# total_ordering
@total_ordering
class Version:
    def __init__(self, s):
        self.t = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o):
        return self.t == o.t
    def __le__(self, o):
        return self.t <= o.t
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.t))
vs = [Version('1.10'), Version('1.2'), Version('1.2.1')]
print(sorted(vs), Version('2') > Version('1.9'), Version('1.0') >= Version('1.0'), Version('1') < Version('1.0'), max(vs))
# cached_property
class Page:
    computed = 0
    def __init__(self, text):
        self.text = text
    @cached_property
    def words(self):
        Page.computed += 1
        return self.text.split()
p = Page('a b c')
print(p.words, p.words, Page.computed, 'words' in p.__dict__)
del p.words
print(p.words, Page.computed)
p.words = ['override']
print(p.words, type(Page.__dict__['words']).__name__)
# singledispatch
@singledispatch
def to_json(obj):
    raise TypeError('unsupported: ' + type(obj).__name__)
@to_json.register
def _(obj: int):
    return str(obj)
@to_json.register(list)
@to_json.register(tuple)
def _(obj):
    return '[' + ','.join(to_json(x) for x in obj) + ']'
@to_json.register(str)
def _(obj):
    return '"' + obj + '"'
print(to_json([1, (2, 'x')]), to_json(True), to_json.dispatch(bool).__name__, sorted(t.__name__ for t in to_json.registry))
try:
    to_json(1.5)
except TypeError as e:
    print('TypeError', e)
