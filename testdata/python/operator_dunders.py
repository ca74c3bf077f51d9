class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.x)
    def __sub__(self, o):
        return V(self.x - o.x)
    def __mul__(self, k):
        return V(self.x * k)
    def __rmul__(self, k):
        return V(self.x * k * 10)
    def __truediv__(self, k):
        return V(self.x / k)
    def __floordiv__(self, k):
        return V(self.x // k)
    def __pow__(self, k):
        return V(self.x ** k)
    def __neg__(self):
        return V(-self.x)
    def __pos__(self):
        return V(abs(self.x))
    def __invert__(self):
        return V(~self.x)
    def __and__(self, o):
        return 'and'
    def __or__(self, o):
        return 'or'
    def __xor__(self, o):
        return 'xor'
    def __lshift__(self, o):
        return 'lshift'
    def __rshift__(self, o):
        return 'rshift'
    def __lt__(self, o):
        return self.x < o.x
    def __le__(self, o):
        return self.x <= o.x
    def __repr__(self):
        return 'V(%r)' % (self.x,)
print(V(1) + V(2), V(1) + 5, 5 + V(1), V(5) - V(2), V(2) * 3, 3 * V(2))
print(V(7) / 2, V(7) // 2, V(2) ** 3, -V(3), +V(-4), ~V(0))
print(V(1) & 1, V(1) | 1, V(1) ^ 1, V(1) << 1, V(1) >> 1)
print(V(1) < V(2), V(2) < V(1), V(1) <= V(1), V(2) > V(1), V(1) >= V(2))
print(sorted([V(3), V(1), V(2)]), max([V(3), V(9), V(2)]), min(V(4), V(2)))
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
a = Acc()
a += 1
a += 2
print(a.items)
v = V(1)
v += V(10)
v *= 2
print(v)
class Truthy:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Truthy(False)), bool(Truthy(True)), not Truthy(False), bool(Sized(0)), bool(Sized(2)))
for obj in (Truthy(False), Sized(0), Sized(3)):
    if obj:
        print('true branch')
    else:
        print('false branch')
print(type(Truthy(False) or 'fallback').__name__, Sized(0) or 'empty', Sized(1) and 'nonempty')
n = Sized(2)
while n:
    n.n -= 1
print('loop ended', n.n)
class Adder:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, scale=1):
        return (x + self.k) * scale
add5 = Adder(5)
print(add5(1), add5(1, scale=2), callable(add5), callable(V(1)))
try:
    V(1)(2)
except TypeError as e:
    print('TypeError', e)
try:
    Truthy(1) + Truthy(2)
except TypeError as e:
    print('TypeError', e)
try:
    Truthy(1) - 1
except TypeError as e:
    print('TypeError', e)
