# set / frozenset: every method and operator, errors (small ints only printed directly)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference(b, [1]), a.symmetric_difference([4, 7]))
print(a <= b, {3} <= b, {3} < b, b < b, b <= b, a >= {1}, a > a, a == {4, 3, 2, 1})
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint([4]))
s = set()
s.add(5)
s.add(5)
s.update([1, 2], (3,), {4})
print(s, len(s))
s.discard(99)
s.discard(1)
s.remove(2)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
x = s.pop()
print(x in {3, 4, 5}, len(s))
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
c = {1, 2, 3, 4, 5, 6}
c.intersection_update({1, 2, 3, 10})
print(c)
c.difference_update([1])
print(c)
c.symmetric_difference_update({3, 4})
print(c)
c |= {8}
c &= {2, 4, 8, 9}
c -= {2}
c ^= {4, 7}
print(c)
d = c.copy()
d.add(100)
print(c, d, c is d)
d.clear()
print(d, bool(d), set() == frozenset())
# frozenset
fs = frozenset([3, 1, 2, 1])
print(fs, len(fs), 2 in fs, fs | {9}, type(fs | {9}).__name__, type({9} | fs).__name__)
print(fs & a, fs.union([7]), fs.copy() is fs, hash(fs) == hash(frozenset({1, 2, 3})))
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset()}
print(len(nested), frozenset({1, 2}) in nested, {fs: "k"}[frozenset([1, 2, 3])])
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} | [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    set().add({1})
except TypeError as e:
    print(type(e).__name__, e)
# strings: always sorted before printing
words = "the quick brown fox jumps over the lazy dog the end".split()
uniq = set(words)
print(len(words), len(uniq), sorted(uniq))
print(sorted(uniq & {"fox", "cat", "dog"}), sorted(set("hello") - set("world")))
seen, dups = set(), set()
for w in words:
    (dups if w in seen else seen).add(w)
print(sorted(dups), repr(set()), repr(frozenset()), {0, False} == {0}, {1, 1.0, True})
print(sorted({3, 1, 2}, reverse=True), min({5, 2, 8}), max(frozenset([5, 2, 8])), sum({1, 2, 3}))
print({i % 3 for i in range(10)}, set(range(5)) - set(range(0, 5, 2)), set("aab") == {"a", "b"})
