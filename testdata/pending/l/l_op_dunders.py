# Operator dunders: arithmetic, reflected, in-place, comparisons, hashing
import functools

class Vec:
    def __init__(self, *c):
        self.c = tuple(c)
    def __repr__(self):
        return 'Vec%r' % (self.c,)
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return Vec(*[a + o for a in self.c])
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return Vec(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vec(*[a * k for a in self.c])
    def __rmul__(self, k):
        return Vec(*[k * a for a in self.c])
    def __neg__(self):
        return Vec(*[-a for a in self.c])
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __matmul__(self, o):
        return ('matmul', self.c, o.c)
    def __truediv__(self, k):
        return Vec(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return Vec(*[a // k for a in self.c])
    def __mod__(self, k):
        return Vec(*[a % k for a in self.c])
    def __pow__(self, k):
        return Vec(*[a ** k for a in self.c])
    def __rsub__(self, k):
        return Vec(*[k - a for a in self.c])
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __hash__(self):
        return hash(self.c)
    def __len__(self):
        return len(self.c)
    def __bool__(self):
        return any(self.c)

v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v + 10, 10 + v, sum([v, w, Vec(1, 1)]), v - w, 5 - v)
print(v * 3, 3 * v, v * w, -v, +v is v, abs(Vec(3, 4)), v @ w)
print(w / 2, w // 3, w % 3, w ** 2)
print(v == Vec(1, 2), v != w, v == (1, 2), len({v, Vec(1, 2), w}), bool(Vec(0, 0)), len(v))
try:
    v + 'x'
except TypeError as e:
    print('TypeError', e)
try:
    'x' + v
except TypeError as e:
    print('TypeError', e)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
    def __ior__(self, other):
        self.items.extend(other)
        return self
a = Acc(); ref = a
a += 1; a += 2; a -= 1; a |= [7, 8]
print(a.items, a is ref)

class NoIadd:
    def __init__(self, n): self.n = n
    def __add__(self, o): return NoIadd(self.n + o)
x = NoIadd(1); y = x
x += 5
print(x.n, y.n, x is y)

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))
vs = [Version(s) for s in ['1.10', '1.2', '1.2.1', '0.9']]
print(sorted(vs), max(vs), Version('1.2') <= Version('1.2'), Version('2.0') >= Version('1.9'), Version('1.0') > Version('1.0'))

class Cmp:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print('lt', self.n, o.n); return self.n < o.n
    def __gt__(self, o):
        print('gt', self.n, o.n); return self.n > o.n
print(Cmp(1) > Cmp(2))
print(Cmp(5) < Cmp(3))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print('TypeError', e)
class Unhashable:
    def __eq__(self, o): return True
try:
    hash(Unhashable())
except TypeError as e:
    print('TypeError', e)
print(Unhashable.__hash__ is None, divmod(7, 2), pow(2, 10, 1000))
class BitFlags:
    def __init__(self, v): self.v = v
    def __and__(self, o): return BitFlags(self.v & o.v)
    def __or__(self, o): return BitFlags(self.v | o.v)
    def __xor__(self, o): return BitFlags(self.v ^ o.v)
    def __invert__(self): return BitFlags(~self.v & 0xF)
    def __lshift__(self, n): return BitFlags(self.v << n)
    def __rshift__(self, n): return BitFlags(self.v >> n)
    def __index__(self): return self.v
f1, f2 = BitFlags(0b1100), BitFlags(0b1010)
print((f1 & f2).v, (f1 | f2).v, (f1 ^ f2).v, (~f1).v, (f1 << 2).v, (f1 >> 2).v, bin(f1), hex(f2), [10, 20, 30, 40][BitFlags(2)])
