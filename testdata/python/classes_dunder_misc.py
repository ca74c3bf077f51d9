import types
from collections import namedtuple
class O:
    def __rsub__(self, other):
        return ('rsub', other)
    def __radd__(self, other):
        return ('radd', other)
    def __rmul__(self, o):
        return ('rmul', o)
    def __pow__(self, e, mod=None):
        return ('pow', e, mod)
    def __rpow__(self, b):
        return ('rpow', b)
    def __rtruediv__(self, o):
        return ('rtruediv', o)
    def __rlshift__(self, o):
        return ('rlshift', o)
    def __rmatmul__(self, o):
        return 'rmatmul'
o = O()
print(5 - o, 5 + o, 2.5 * o, 'a' * o if False else '', 2 ** o, 1 / o, 1 << o)
print(pow(o, 2), pow(o, 2, 5), o ** 3)
print(abs(True), abs(False), -True, +True, ~True)
class H:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
print(len({H(1), H(1), H(2)}), H(1) in {H(1): 'x'})
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError:', e)
try:
    {NoHash()}
except TypeError as e:
    print('TypeError:', e)
class Sub(H):
    pass
print(hash(Sub(3)) == hash(3))
class Sub2(H):
    def __eq__(self, other):
        return False
try:
    hash(Sub2(1))
except TypeError as e:
    print('TypeError:', e)
Row = namedtuple('Row', 'a b c')
class Row2(Row):
    def total(self):
        return self.a + self.b + self.c
r = Row2(1, 2, 1)
print(r.count(1), r.index(2), r.total(), Row(1, 1, 2).count(1), len(r), r[1:])
def meth(self, y):
    return (self, y)
m = types.MethodType(meth, 'me')
print(m(2), m.__self__, m.__func__ is meth)
class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Kid(Base, tag='k'):
    pass
print(Kid.tag)
class NewArgs:
    def __new__(cls, *args, **kw):
        inst = super().__new__(cls)
        inst.args = args
        return inst
    def __init__(self, a, b):
        self.a, self.b = a, b
n = NewArgs(1, 2)
print(n.args, n.a, n.b)
class NewOnly:
    def __new__(cls, x):
        self = object.__new__(cls)
        self.x = x
        return self
print(NewOnly(4).x)
try:
    object.__new__(NewOnly, 1)
    print('ok')
except TypeError as e:
    print('TypeError:', e)
class Plain:
    pass
try:
    Plain(1)
except TypeError as e:
    print('TypeError:', e)
try:
    pow(o, 2, o) if False else pow(2, o, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    types.MethodType(1, 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    o - 5
except TypeError as e:
    print('TypeError:', e)
print(pow(2, 10, 1000), pow(base=3, exp=2), pow(True, 2), 2 ** True)
