from collections import namedtuple, defaultdict, OrderedDict, Counter, deque, ChainMap, UserDict, UserList
import collections.abc as cabc
Point = namedtuple('Point', 'x y')
Row = namedtuple('Row', ['id', 'name', 'email'], defaults=[None])
p = Point(1, y=2)
r = Row(1, 'ann')
print(p, r, p._replace(x=10), r._asdict(), Row._fields, Row._field_defaults, p._fields, Point._make([5, 6]))
print(p.x + p[1], tuple(p), list(r), p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple), len(r), r.count(None), r.index('ann'))
x, y = p
print(x, y, Point.__name__, Point.x.__doc__ if hasattr(Point.x, '__doc__') else '', repr(Row(2, 'b', 'e')))
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)
try:
    namedtuple('Bad', 'a a')
except ValueError as e:
    print('ValueError', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
R = namedtuple('R', 'a def', rename=True)
print(R._fields)
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def norm2(self):
        return self.x ** 2 + self.y ** 2
print(Vec(3, 4).norm2(), Vec(3, 4), Vec(1, 2)._replace(y=5))
# defaultdict
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(sorted(dd.items()), dd.default_factory, 'z' in dd, dd['z'], 'z' in dd, dd.get('q'), 'q' in dd)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print({k: dict(v) for k, v in nested.items()}, repr(defaultdict(int, {'a': 1})), defaultdict(None).default_factory)
try:
    defaultdict(None)['missing']
except KeyError as e:
    print('KeyError', e)
dc = defaultdict(set, {'s': {1}}).copy()
print(type(dc).__name__, dc.default_factory is set, dc['t'])
# OrderedDict
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
od.move_to_end('e', last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1}, repr(OrderedDict([(1, 2)])), list(reversed(OrderedDict(x=1, y=2))))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
# Counter
c = Counter('abracadabra')
print(c.most_common(3), c.most_common()[-1], c['z'], sorted(c.elements())[:6], c.total() if hasattr(c, 'total') else 11)
d = Counter(a=3, b=1) + Counter(a=1, c=2)
print(sorted(d.items()), sorted((Counter(a=3, b=1) - Counter(a=1, b=5)).items()), sorted((Counter(a=3, b=1) | Counter(a=1, b=5)).items()), sorted((Counter(a=3, b=1) & Counter(a=1, b=5)).items()))
c.update('zz')
c.subtract({'a': 10})
print(c['a'], c['z'], sorted(Counter({'x': -1, 'y': 0, 'z': 1}).items()), Counter(['a', 'b', 'a']) == Counter({'a': 2, 'b': 1}))
print(sorted(Counter(w.lower() for w in 'The the THE cat'.split()).items()), Counter('aab').most_common(1)[0][0])
# deque
q = deque([1, 2, 3, 4, 5])
q.rotate(2)
print(q, end=' ')
q.rotate(-3)
print(q, q[0], q[-1], q.index(3), q.count(1))
q.appendleft(0); q.extendleft([-2, -1]); q.append(9)
print(q, q.popleft(), q.pop(), len(q))
ring = deque(maxlen=3)
for i in range(6):
    ring.append(i)
print(ring, ring.maxlen, list(ring), deque('abc', maxlen=2), deque(reversed(ring)))
ring.extendleft([10])
print(ring, 2 in ring, ring.copy() == ring, deque([1, 2]) + deque([3]))
q.remove(3) if 3 in q else None
q.insert(1, 'ins')
del q[0]
print(q, q * 2 if len(q) < 4 else len(q * 2))
try:
    deque().pop()
except IndexError as e:
    print('IndexError', e)
try:
    deque([1]).remove(7)
except ValueError as e:
    print('ValueError', e)
# ChainMap
defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm['user'], cm['color'], len(cm), sorted(cm), cm.get('nope', 0), 'color' in cm)
cm['color'] = 'blue'
print(cli, defaults['color'], cm.maps[0] is cli, sorted(cm.new_child({'user': 'x'}).items()), sorted(cm.parents.items()))
try:
    del cm['user']
except KeyError as e:
    print('KeyError', e)
