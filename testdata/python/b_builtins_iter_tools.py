# builtins: sorted/min/max with key/default, enumerate/zip/map/filter/reversed/range, iter(callable, sentinel)
data = [("pear", 3), ("apple", 7), ("fig", 3), ("kiwi", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(min(data, key=lambda t: t[1]), max(data, key=lambda t: t[1]), max(data, key=lambda t: len(t[0])))
print(min([], default="none"), max([], default=None), min([5], default=0), max(3, 9, 2), min("b", "a", "c"))
print(max([1, 5, 5, 2], key=lambda x: x % 5), min(range(10), key=lambda x: abs(x - 4.4)), max("abc", "ab", key=len))
for bad in (lambda: min([]), lambda: max(), lambda: max(1), lambda: min([1], [2], default=0)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
# enumerate / zip / map / filter / reversed
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate("ab", start=-1)))
print(list(zip("abc", [1, 2])), list(zip()), list(zip("ab", "cd", "ef")), dict(zip("xy", range(2))))
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(map(str.upper, "ab")), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, "ab", "xyz")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"))
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e))
# range: len, contains, slicing, negative steps, equality, index/count
r = range(10, 0, -3)
print(list(r), len(r), r[0], r[-1], r[1:3], list(r[::-1]), 4 in r, 5 in r, r.index(7), r.count(4))
print(range(5)[::2], range(0, 20, 5)[1:], range(3) == range(0, 3, 1), range(0) == range(5, 5), len(range(-5)))
print(r.start, r.stop, r.step, repr(range(3)), repr(range(1, 9, 2)), list(range(5, -5, -4)), bool(range(0)))
print(range(10**20)[-1], len(range(0, 10**12, 7)), 10**19 in range(10**20), range(2, 9, 3)[-2])
for bad in (lambda: range(0, 10, 0), lambda: range(3)[5], lambda: range(1.5), lambda: range(3).index(7)):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
# iter(callable, sentinel)
counter = iter(range(100)).__next__
print(list(iter(counter, 5)))
lines = ["a", "b", "", "c"]
pos = [0]
def readline():
    pos[0] += 1
    return lines[pos[0] - 1]
print(list(iter(readline, "")))
# sum / any / all
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 3), sum(range(101)), sum([], 5), sum((), start=2))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
