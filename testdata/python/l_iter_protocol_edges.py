# Iterator protocol edge cases: exhaustion, sentinel iter, PEP 479, zip/map laziness
class Numbers:
    def __init__(self, *vals):
        self.vals = vals
    def __iter__(self):
        return iter(self.vals)

class OneShot:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

nums = Numbers(1, 2, 3)
print(list(nums), list(nums), sum(nums), 2 in nums)
once = OneShot(3)
print(list(once), list(once), 1 in OneShot(2), 5 in OneShot(2))
o = OneShot(5)
print(next(o), list(zip(o, o)), list(o))
z = zip([1, 2, 3], 'ab')
print(list(z), list(z))
calls = []
def tracked(v):
    calls.append(v)
    return v * 2
m = map(tracked, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
f = filter(lambda v: v % 2, range(10))
print(next(f), next(f), list(f))
e = enumerate('abc', start=10)
print(next(e), list(e))
r = reversed([1, 2, 3])
print(next(r), list(r), list(reversed(range(5))), list(reversed('abc')))

def gen_stopiter():
    yield 1
    raise StopIteration('inside')
try:
    list(gen_stopiter())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)

def gen_next_exhausted():
    it = iter([])
    yield next(it)
try:
    list(gen_next_exhausted())
except RuntimeError as e:
    print('RuntimeError', e)

counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
lines = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(lines), '')), list(lines))
try:
    iter(5)
except TypeError as e:
    print('TypeError', e)
try:
    next([1, 2])
except TypeError as e:
    print('TypeError', e)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError', e)
it = iter(range(3))
print(iter(it) is it, next(it), list(it), next(it, 'done'))
d = {'a': 1, 'b': 2}
try:
    for k in d:
        d['c'] = 3
except RuntimeError as e:
    print('RuntimeError', e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print('RuntimeError', e)
a, b = iter([1, 2]), iter('xyz')
print(list(zip(a, b)), next(b))
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])), list(map(str.upper, 'ab')))
print(sorted(OneShot(4), reverse=True), max(OneShot(3)), min(Numbers(5, 3, 9)), tuple(OneShot(2)), set(OneShot(3)))
print(dict(zip('abc', OneShot(10))), list(enumerate(Numbers('x', 'y'))), ''.join(map(str, OneShot(5))))
