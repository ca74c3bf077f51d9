print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False), hash(2 ** 70) == hash(2.0 ** 70))
print(hash((1, 'a')) == hash((1, 'a')), hash('abc') == hash('abc'), hash(-1), hash(5), hash(None) == hash(None))
print(1 == 1.0, True == 1, (1, 2) == (1, 2), [1, [2]] == [1, [2]], (1,) == [1], 'a' == b'a')
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
    def __repr__(self):
        return 'P(%d)' % self.x
print(P(1) == P(1), P(1) != P(1), P(1) == P(2), P(1) != P(2))
print({P(1): 'a'}[P(1)], P(1) in [P(2), P(1)], P(3) in (P(3),), {P(1), P(1), P(2)} == {P(2), P(1)})
print([P(1), P(2)] == [P(1), P(2)], (P(1),) == (P(2),), [P(1)].index(P(1)), [P(1), P(1)].count(P(1)))
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError', e)
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), hash(a) == hash(a), {a: 1}[a])
class Sub(P):
    pass
print(Sub(1) == P(1), hash(Sub(4)) == hash(4))
class Rev:
    def __eq__(self, other):
        return 'rev-eq'
print(1 == Rev(), Rev() == 1)
