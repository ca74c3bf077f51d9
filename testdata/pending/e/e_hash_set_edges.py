# hashing and set/dict key edge cases: numeric equivalence, NaN, -0.0, mutability

print({1, 1.0, True}, {0, 0.0, False, -0.0}, len({1, 1.0, True}))
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, list(d.keys())[0].__class__.__name__)
nan = float('nan')
s = {nan, nan}
print(len(s), nan in s, float('nan') in s, len({float('nan'), float('nan')}))
dn = {nan: 1}
print(dn.get(nan), dn.get(float('nan')))
print({-0.0: 'neg'}.get(0.0), {0.0: 'pos'}[-0.0], hash(-0.0) == hash(0.0))
print(hash(2 ** 61 - 1) == hash(0), hash(-1) == hash(-2), hash(1.5) == hash(1.5))
print({(1, 2): 'a'}[(1.0, 2.0)], (1, 2) == (1.0, 2.0))
print(frozenset([1, 2]) == {1, 2}, {frozenset([1]): 'x'}[frozenset([1.0])])

def show(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)

show('list key', lambda: {[1]: 1})
show('set key', lambda: {{1}: 1})
show('dict in set', lambda: {1, {}})
show('tuple with list', lambda: hash((1, [2])))
show('frozenset key', lambda: {frozenset({1}): 'ok'})
show('slice key', lambda: {slice(1, 2): 'ok'})
show('in set list', lambda: [1] in {1, 2})
show('in dict list', lambda: [1] in {1: 2})
show('set of tuples', lambda: sorted({(1, 2), (1, 2), (2, 1)}))

class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return isinstance(o, Key) and o.k == self.k

    def __hash__(self):
        return hash(self.k)

    def __repr__(self):
        return f'Key({self.k!r})'

k = Key('a')
m = {k: 1}
print(m[Key('a')], Key('a') in m)
k.k = 'b'
print(Key('a') in m, list(m))
print(sorted({3, 1, 2}), {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), set() == frozenset())
print(set('aab') == {'a', 'b'}, sorted(set('hello')), len(set(range(100)) - set(range(50))))
e = set()
print(e, type(e).__name__, {} == set(), bool(set()), repr(frozenset()))
