import collections.abc as cabc
from collections import OrderedDict, defaultdict, deque, Counter, namedtuple
import abc
def gen():
    yield 1
class Seq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
class Call:
    def __call__(self):
        pass
class Hashless:
    __hash__ = None
class Sized:
    def __len__(self):
        return 0
class Cont:
    def __contains__(self, x):
        return True
values = [[], (), {}, set(), frozenset(), '', b'', bytearray(), range(3), iter([]), gen(), {}.keys(), {}.values(), {}.items(),
          OrderedDict(), defaultdict(int), deque(), Counter(), 1, 1.5, None, len, Seq(), It(), Call(), Hashless(), Sized(), Cont()]
names = ['Iterable', 'Iterator', 'Generator', 'Sized', 'Container', 'Collection', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping', 'Set', 'MutableSet', 'Hashable', 'Callable', 'Reversible', 'ByteString', 'KeysView', 'ItemsView', 'ValuesView', 'MappingView']
for v in values:
    row = ''.join('1' if isinstance(v, getattr(cabc, n)) else '.' for n in names)
    print('%-22s %s' % (type(v).__name__, row))
print(issubclass(list, cabc.Sequence), issubclass(dict, cabc.Mapping), issubclass(str, cabc.Sequence), issubclass(int, cabc.Hashable), issubclass(list, cabc.Hashable))
# custom registration and mixins
class MyMap(cabc.Mapping):
    def __init__(self, d):
        self._d = dict(d)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
m = MyMap({'a': 1, 'b': 2})
print(m['a'], m.get('z', 0), 'a' in m, sorted(m.keys()), sorted(m.items()), sorted(m.values()), m == {'a': 1, 'b': 2}, len(m))
class Bag(cabc.MutableSet):
    def __init__(self, it=()):
        self._s = list(dict.fromkeys(it))
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(self._s)
    def __len__(self):
        return len(self._s)
    def add(self, x):
        if x not in self._s:
            self._s.append(x)
    def discard(self, x):
        if x in self._s:
            self._s.remove(x)
b = Bag([3, 1, 2])
b |= {5}
b -= {1}
print(list(b), sorted(b & {2, 5, 9}), b <= {2, 3, 5, 7}, b.isdisjoint({8}), len(b), sorted(Bag([1]) | Bag([2])))
class MyList(cabc.MutableSequence):
    def __init__(self):
        self._l = []
    def __getitem__(self, i):
        return self._l[i]
    def __setitem__(self, i, v):
        self._l[i] = v
    def __delitem__(self, i):
        del self._l[i]
    def __len__(self):
        return len(self._l)
    def insert(self, i, v):
        self._l.insert(i, v)
ml = MyList()
ml.append(1); ml.extend([2, 3]); ml.insert(0, 0); ml.reverse()
print(list(ml), ml.index(2), ml.count(3), 2 in ml, list(reversed(ml)), ml.pop(), list(ml))
ml += [9]
ml.remove(9)
print(list(ml), isinstance(ml, cabc.Sequence), isinstance(ml, list))
try:
    cabc.Mapping()
except TypeError as e:
    print('TypeError', e)
class Incomplete(cabc.Sequence):
    def __len__(self):
        return 0
try:
    Incomplete()
except TypeError as e:
    print('TypeError', e)
class Plugin(abc.ABC):
    pass
Plugin.register(int)
print(isinstance(5, Plugin), issubclass(bool, Plugin), isinstance('x', Plugin))
