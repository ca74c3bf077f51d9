import functools
from functools import partial, reduce, wraps, lru_cache, total_ordering, cached_property, cmp_to_key
def add(a, b, c=0):
    return a + b + c
p = partial(add, 1, c=10)
print(p(2), partial(p, 5)(), p.args, p.keywords, p.func is add)
print(reduce(lambda x, y: x * y, [1, 2, 3, 4]), reduce(lambda x, y: x + y, [], 7))
try:
    reduce(lambda x, y: x, [])
except TypeError as e:
    print('TypeError', e)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k) * 2
    return inner
@deco
def double_me(x):
    """Doubles."""
    return x
print(double_me(4), double_me.__name__, double_me.__doc__, double_me.__wrapped__(4))
calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2), calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60))
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(2) > V(1), V(1) <= V(1), V(3) >= V(4))
class C:
    n = 0
    @cached_property
    def expensive(self):
        C.n += 1
        return 'value'
c = C()
print(c.expensive, c.expensive, C.n)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@functools.singledispatch
def show(x):
    return 'object'
@show.register(int)
def _(x):
    return 'int'
print(show(1), show('s'), show(True))
