class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, '__dict__'))
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
print(P.__slots__)

class Q(P):
    __slots__ = ('z',)
q = Q(1, 2)
q.z = 5
print(q.x, q.y, q.z)
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError:", e)

class E:
    __slots__ = ()
e = E()
try:
    e.a = 1
except AttributeError as ex:
    print("AttributeError:", ex)

class U:
    __slots__ = ['a', 'b']
u = U()
try:
    print(u.a)
except AttributeError as ex:
    print("AttributeError:", ex)
u.a = 10
print(u.a)
del u.a
try:
    u.a
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    del u.b
except AttributeError as ex:
    print("AttributeError:", ex)

class D:
    __slots__ = ('a', '__dict__')
d = D()
d.a = 1
d.other = 2
print(d.a, d.other, d.__dict__['other'], hasattr(d, '__dict__'))

class NoSlots(P):
    pass
n = NoSlots(1, 2)
n.z = 3
print(n.z, n.__dict__['z'], hasattr(n, '__dict__'))

class S1:
    __slots__ = 'single'
s = S1()
s.single = 'ok'
print(s.single)
try:
    s.other = 1
except AttributeError as ex:
    print("AttributeError:", ex)
print(type(P.__dict__['x']).__name__ if 'x' in P.__dict__ else 'missing')
print(getattr(p, 'z', 'dflt'))
setattr(p, 'x', 100)
print(p.x)
try:
    setattr(p, 'nope', 1)
except AttributeError as ex:
    print("AttributeError:", ex)

class WithProp:
    __slots__ = ('_v',)
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val
w = WithProp()
w.v = 42
print(w.v)
class WithClassAttr:
    __slots__ = ('a',)
    kind = 'cls'
wc = WithClassAttr()
print(wc.kind)
try:
    wc.kind = 'inst'
except AttributeError as ex:
    print("AttributeError:", ex)

try:
    class Bad:
        __slots__ = ('a',)
        a = 1
except ValueError as ex:
    print("ValueError:", ex)
class Priv:
    __slots__ = ('__secret',)
    def __init__(self):
        self.__secret = 's'
    def get(self):
        return self.__secret
print(Priv().get())
print(repr(P.__dict__['x']))
try:
    vars(p)
except TypeError as ex:
    print("TypeError:", ex)
class Frozen:
    __slots__ = ('v',)
    def __setattr__(self, k, val):
        if k != 'v':
            raise AttributeError('frozen ' + k)
        object.__setattr__(self, k, val)
f = Frozen()
f.v = 1
print(f.v)
try:
    f.w = 2
except AttributeError as ex:
    print("AttributeError:", ex)
