from collections import namedtuple, defaultdict, OrderedDict, Counter, deque, ChainMap
import collections.abc as cabc
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], len(p), list(p), p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
x, y = p
print(x, y, p._asdict(), p._replace(x=9), Point._make([3, 4]), Point._fields, p[:1], p + (3,))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0])
print(P3(1, 2), P3(1, 2, 3), P3._field_defaults, {p: 'as key'}[Point(1, 2)])
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
class Vec(namedtuple('Vec', 'x y')):
    def norm2(self):
        return self.x * self.x + self.y * self.y
    @property
    def swapped(self):
        return Vec(self.y, self.x)
v = Vec(3, 4)
print(v.norm2(), v.swapped, v, type(v).__name__, isinstance(v, tuple), sorted([Vec(2, 1), Vec(1, 5)]))
dd = defaultdict(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b']
print(dd, dict(dd), 'b' in dd, isinstance(dd, dict))
counts = defaultdict(int)
for w in 'the cat the hat'.split():
    counts[w] += 1
print(sorted(counts.items()), counts.default_factory)
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
od.move_to_end('b')
print(od, list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict([(1, 2), (3, 4)]) == OrderedDict([(3, 4), (1, 2)]), OrderedDict([(1, 2)]) == {1: 2})
c = Counter('abracadabra')
print(c.most_common(2), c['a'], c['z'], sorted(c.elements())[:4], c.total())
c2 = Counter(a=1, b=5)
print(sorted((c + c2).items()), sorted((c - c2).items()), Counter({'x': 2}))
c.update('aaa')
c.subtract({'b': 1})
print(c['a'], c['b'])
d = deque([1, 2, 3], maxlen=4)
d.append(4)
d.append(5)
d.appendleft(0)
print(d, d.popleft(), d.pop(), len(d), list(d), 2 in d)
d.rotate(1)
print(d, deque())
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], sorted(cm), len(cm), cm.get('z', 0), 'b' in cm)
print(isinstance({}, cabc.Mapping), isinstance([], cabc.Sequence), isinstance({}, cabc.MutableMapping), isinstance('s', cabc.Iterable), isinstance(5, cabc.Iterable), isinstance([], cabc.Hashable) if False else True)
class MyMap(cabc.Mapping):
    def __init__(self):
        self._d = {'k': 1}
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
m = MyMap()
print(m.get('k'), m.get('z', 'dflt'), 'k' in m, list(m.items()), isinstance(m, cabc.Mapping), isinstance(m, dict))
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(isinstance(It(), cabc.Iterator), isinstance(It(), cabc.Iterable), issubclass(list, cabc.Sequence), callable(len), isinstance(len, cabc.Callable))
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        pass
class Sq(Shape):
    def area(self):
        return 4
try:
    Shape()
except TypeError as e:
    print('TypeError', e)
print(Sq().area(), isinstance(Sq(), Shape))
