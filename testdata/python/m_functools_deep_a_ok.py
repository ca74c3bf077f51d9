import functools
from functools import partial, reduce, wraps, update_wrapper, lru_cache, total_ordering, cached_property, singledispatch
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
print(shim.__name__, shim.__wrapped__ is original)
def noattrs(*a):
    return a
print(wraps(noattrs)(lambda *a: a).__name__, wraps(noattrs, assigned=())(lambda: 0).__name__)
# partial
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(5), cube_mod(4), square(3, exp=3), partial(partial(power, 2), 10)(), square.func.__name__, square.keywords, partial(int, base=16)('ff'))
try:
    partial()
except TypeError as e:
    print('TypeError', type(e).__name__)
# reduce
print(reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, ['x'], 'init-'))
try:
    reduce(max, [])
except TypeError as e:
    print('TypeError', e)
# lru_cache details
@lru_cache(maxsize=3)
def ident(x):
    return (x, type(x).__name__)
print(ident(1), ident('1'), ident(1), ident.cache_info())
for i in range(5):
    ident(i)
info = ident.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
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
