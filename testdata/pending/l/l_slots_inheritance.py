# __slots__: restrictions, inheritance, slots + properties, __dict__ opt-in
class P2:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'P2(%r, %r)' % (self.x, self.y)

p = P2(1, 2)
p.x = 10
print(p, hasattr(p, '__dict__'), P2.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', e)
q = P2.__new__(P2)
try:
    q.x
except AttributeError as e:
    print('AttributeError', e)
del p.y
print(hasattr(p, 'y'))
try:
    del p.y
except AttributeError as e:
    print('AttributeError', e)

class P3(P2):
    __slots__ = ('z',)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
p3 = P3(1, 2, 3)
print(p3.x, p3.z, hasattr(p3, '__dict__'))
try:
    p3.w = 1
except AttributeError as e:
    print('AttributeError', e)

class Loose(P2):
    pass
lo = Loose(1, 2)
lo.anything = 'ok'
print(lo.anything, hasattr(lo, '__dict__'), vars(lo))

class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w))

class Desc:
    __slots__ = ('_v',)
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
d = Desc()
d.v = 5
print(d.v, type(Desc.__dict__['_v']).__name__)
print(isinstance(P2.x, object), 'x' in P2.__dict__, '__dict__' in P2.__dict__)
