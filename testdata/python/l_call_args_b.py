# Star unpacking, keyword-only, positional-only, defaults evaluation
def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, sorted(kw.items()))

print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5, z=9))
print(f(*[1, 2, 3, 40, 50, 60], e=0, **{'f': 7, 'g': 8}))
print(f(1, 2, 3, *(4, 5), *[6], e=1, **{'x': 1}, **{'y': 2}))
for call in [lambda: f(1, 2, 3), lambda: f(1, 2, 3, e=1, c=9), lambda: f(1)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)


def kwonly(*, key, reverse=False):
    return key, reverse
print(kwonly(key='k'), kwonly(reverse=True, key=None))
try:
    kwonly('k')
except TypeError as e:
    print('TypeError', e)

calls = []
def stamp():
    calls.append(len(calls))
    return len(calls)
def with_default(x=stamp(), y=[]):
    y.append(x)
    return y
print(with_default(), with_default(), with_default(10), calls)
print(with_default.__defaults__[0], len(with_default.__defaults__[1]))

def safe_default(x, y=None):
    y = [] if y is None else y
    y.append(x)
    return y
print(safe_default(1), safe_default(2))

a, *b, c = range(6)
print(a, b, c)
*init, last = 'hello'
print(init, last)
first, *_ = [9]
print(first, _)
(p, q), *r = [(1, 2), 3, 4]
print(p, q, r)
x, (y, *z) = 1, [2, 3, 4]
print(x, y, z)
head, *mid, tail = 1, 2
print(head, mid, tail)
try:
    a1, *b1, c1 = [1]
except ValueError as e:
    print('ValueError', e)
try:
    a2, b2 = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
try:
    a3, b3, c3 = [1, 2]
except ValueError as e:
    print('ValueError', e)
merged = [*range(3), *'ab', *{'k': 1}]
print(merged, (*merged[:2],), {**{'a': 1}, 'b': 2, **{'a': 3}}, {*[1, 2], *[2, 3]})
def show(*args, **kwargs):
    return args, kwargs
print(show(), show(*(), **{}), show(*'xy', sep='-'))
for i, (k, v) in enumerate(sorted({'b': 2, 'a': 1}.items())):
    print(i, k, v)
swap_a, swap_b = 1, 2
swap_a, swap_b = swap_b, swap_a
print(swap_a, swap_b)
lst = [0, 1, 2]
i = 0
i, lst[i] = 1, 'set'
print(i, lst)
print(f.__kwdefaults__, f.__defaults__, f.__name__)
def anno(a: int, b: 'str' = 'x') -> bool:
    return True
print(sorted(anno.__annotations__.items(), key=lambda kv: kv[0]))
