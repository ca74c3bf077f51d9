# pickle of exceptions (BaseException.__reduce__), named tuples, and
# collections types (round trips)
import collections
import pickle

P = collections.namedtuple('P', 'x y')


class AppError(Exception):
    pass


for o in [ValueError('bad', 1), AppError('boom'), KeyError('k'), P(1, 2)]:
    for proto in ((0, 2, 4) if isinstance(o, Exception) else (2, 4)):
        b = pickle.dumps(o, proto)
        r = pickle.loads(b)
        print(proto, b, type(r).__name__, r.args if isinstance(r, Exception) else r)
for o in [collections.OrderedDict(a=1, b=2), collections.Counter('aab'),
          collections.defaultdict(list, a=[1]), collections.deque([1, 2], maxlen=5)]:
    r = pickle.loads(pickle.dumps(o))
    print(type(r).__name__, r == o, r)
d = pickle.loads(pickle.dumps(collections.defaultdict(list)))
d['x'].append(1)
print(dict(d), pickle.loads(pickle.dumps(collections.deque([1], maxlen=3))).maxlen)
