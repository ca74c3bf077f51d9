# tuple: methods, immutability, packing, comparison, hashing, nesting
t = (3, 1, 4, 1, 5, 9, 2, 6, 5)
print(t.count(1), t.count(5), t.count(7), t.index(5), t.index(5, 5), t.index(1, 2, 4))
try:
    t.index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 10
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
print(t[2:5], t[::-1], t[::3], t[-2:], t[100:], type(t[1:2]).__name__, len(t))
print((1,), (), tuple(), tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({3: 0, 4: 0}))
print((1, 2) + (3,), (0,) * 3, 2 * ("a", "b"), () * 5, (1, 2) * 0)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2), (1, 2) == [1, 2])
print((1, "a") < (1, "b"), (0, 1.5) == (0.0, 1.5), max([(2, "b"), (2, "a"), (1, "z")]))
try:
    (1, "a") < ("a", 1)
except TypeError:
    print("TypeError compare")
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(tuple()))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
d = {(0, 0): "origin", (1, 2): "pt"}
print(d[(1, 2)], d[1, 2], (0, 0) in d)
a, b, *rest = t
print(a, b, rest)
first, *mid, last = (1,)  if False else (1, 2)
print(first, mid, last)
(x, y), z = (1, 2), 3
print(x, y, z)
nested = ((1, 2), (3, (4, 5)), [])
print(nested, len(nested), nested[1][1][0], repr(((),)), repr((((1,),),)))
nested[2].append("mut")
print(nested)
def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats(t)
print(lo, hi, round(avg, 3))
print(sorted(t), sorted(t, reverse=True), tuple(sorted(set(t))), 4 in t, 8 not in t)
print(list(enumerate(("a", "b"))), list(zip((1, 2), ("x", "y"))), tuple(map(str, (1, 2))))
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p == (1, 2), isinstance(p, tuple), p.x + p[1], p._replace(x=9), p._asdict())
print(tuple.__name__, type(()) is tuple, bool(()), bool((0,)), (1, 2).__len__())
