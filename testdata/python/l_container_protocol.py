# Container protocol dunders
class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = {}
        self.fill = fill
    def _check(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError('key must be (x, y), got %r' % (key,))
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError('out of range: %r' % (key,))
    def __getitem__(self, key):
        self._check(key)
        return self.cells.get(key, self.fill)
    def __setitem__(self, key, value):
        self._check(key)
        self.cells[key] = value
    def __delitem__(self, key):
        self._check(key)
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __len__(self):
        return len(self.cells)
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield self[x, y]
    def __reversed__(self):
        return reversed(list(self))

g = Grid(3, 2)
g[0, 0] = 5; g[2, 1] = 7; g[1, 1] = 3
print(g[0, 0], g[1, 0], len(g), 7 in g, 9 in g, list(g), list(reversed(g)))
del g[1, 1]
print(len(g), list(g), sum(g), max(g), sorted(g, reverse=True)[:2])
for bad in [(5, 5), 3]:
    try:
        g[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del g[0, 1]
except KeyError as e:
    print('KeyError', e)

class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if i >= self.n or i < 0:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n

s = Seq(6)
print(list(s), s[-1], s[1:5], s[::2], s[::-2], 16 in s, 17 in s, list(reversed(s)))
a, b, *rest = s
print(a, b, rest, list(enumerate(s))[:2], dict(zip('abc', s)))

class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
c = Countdown(3)
print(list(c), list(c), next(Countdown(1)), next(iter(Countdown(0)), 'empty'))
it = iter(Countdown(5))
print(next(it), [x for x in it if x % 2])

class Truthy:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class BoolWins:
    def __len__(self): return 0
    def __bool__(self): return True
print(bool(Truthy(0)), bool(Truthy(2)), bool(BoolWins()), not Truthy(0), Truthy(0) or 'fallback')
try:
    bool(type('BadLen', (), {'__len__': lambda self: -1})())
except ValueError as e:
    print('ValueError', e)

class Callable:
    def __init__(self): self.calls = []
    def __call__(self, *args, **kw):
        self.calls.append((args, sorted(kw.items())))
        return len(self.calls)
cb = Callable()
print(cb(1), cb(2, k=3), cb.calls, callable(cb), callable(Grid), callable(3))
m = {}
class Missing(dict):
    def __missing__(self, key):
        self[key] = key.upper()
        return self[key]
md = Missing(a=1)
print(md['a'], md['zz'], sorted(md.items()), md.get('q'), 'q' in md)
iter_sentinel = iter([1, 2, 0, 3].pop, 2)
print(list(iter_sentinel))
