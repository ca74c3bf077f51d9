import collections.abc as cabc
from collections import OrderedDict, defaultdict, Counter
def kinds(v):
    names = ['Iterable', 'Sized', 'Container', 'Collection', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping', 'Set', 'MutableSet', 'Callable']
    return [n for n in names if isinstance(v, getattr(cabc, n))]
for v in [[1], {'a': 1}, {1}, 'str', OrderedDict(), defaultdict(list), Counter('ab'), len, range(3)]:
    print(type(v).__name__, kinds(v))
def flatten(obj, prefix=''):
    out = {}
    if isinstance(obj, cabc.Mapping):
        for k, v in obj.items():
            out.update(flatten(v, prefix + str(k) + '.'))
    elif isinstance(obj, cabc.Sequence) and not isinstance(obj, (str, bytes)):
        for i, v in enumerate(obj):
            out.update(flatten(v, prefix + str(i) + '.'))
    else:
        out[prefix[:-1]] = obj
    return out
print(flatten({'a': {'b': [1, {'c': 'x'}], 'd': 'str'}, 'e': (2, 3)}))
class CaseInsensitiveDict(cabc.MutableMapping):
    def __init__(self, data=None, **kw):
        self._store = {}
        self.update(data or {}, **kw)
    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)
    def __getitem__(self, key):
        return self._store[key.lower()][1]
    def __delitem__(self, key):
        del self._store[key.lower()]
    def __iter__(self):
        return (orig for orig, _ in self._store.values())
    def __len__(self):
        return len(self._store)
    def __repr__(self):
        return 'CID(%r)' % dict(self.items())
h = CaseInsensitiveDict({'Content-Type': 'text/html'}, Accept='*/*')
h['X-Token'] = 'abc'
print(h['content-type'], h.get('ACCEPT'), h.get('missing', '-'), 'x-token' in h, len(h), list(h), sorted(h.keys()))
h.setdefault('Cache-Control', 'no-cache')
h.setdefault('cache-control', 'ignored')
print(h.pop('accept'), h.pop('nope', None), sorted(h.items()), h == {'Content-Type': 'text/html', 'X-Token': 'abc', 'Cache-Control': 'no-cache'})
del h['X-TOKEN']
print(h, isinstance(h, cabc.Mapping), isinstance(h, dict))
try:
    h['absent']
except KeyError as e:
    print('KeyError', e)
k, v = h.popitem()
print(k, v, len(h))
h.clear()
print(len(h), dict(h))
class Registry(cabc.Mapping):
    def __init__(self):
        self._items = {}
    def register(self, name):
        def deco(fn):
            self._items[name] = fn
            return fn
        return deco
    def __getitem__(self, k):
        return self._items[k]
    def __iter__(self):
        return iter(sorted(self._items))
    def __len__(self):
        return len(self._items)
reg = Registry()
@reg.register('b')
def b_handler():
    return 'B'
@reg.register('a')
def a_handler():
    return 'A'
print(list(reg), [reg[k]() for k in reg], 'a' in reg, reg.get('z'), list(reg.values())[0](), [k for k, _ in reg.items()])
