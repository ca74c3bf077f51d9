# Numeric conversion protocol: __int__, __float__, __index__, __round__, __trunc__, __floor__, __ceil__, __abs__
import math

class Fixed:
    SCALE = 100
    def __init__(self, raw):
        self.raw = raw
    @classmethod
    def of(cls, x):
        return cls(round(x * cls.SCALE))
    def __int__(self):
        return self.raw // self.SCALE
    def __float__(self):
        return self.raw / self.SCALE
    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.raw / self.SCALE)
        return Fixed.of(round(self.raw / self.SCALE, ndigits))
    def __trunc__(self):
        return int(self.raw / self.SCALE)
    def __floor__(self):
        return self.raw // self.SCALE
    def __ceil__(self):
        return -(-self.raw // self.SCALE)
    def __abs__(self):
        return Fixed(abs(self.raw))
    def __neg__(self):
        return Fixed(-self.raw)
    def __add__(self, o):
        o = o if isinstance(o, Fixed) else Fixed.of(o)
        return Fixed(self.raw + o.raw)
    __radd__ = __add__
    def __lt__(self, o):
        return float(self) < float(o)
    def __eq__(self, o):
        return float(self) == float(o)
    def __repr__(self):
        sign = '-' if self.raw < 0 else ''
        return 'Fixed(%s%d.%02d)' % (sign, abs(self.raw) // 100, abs(self.raw) % 100)

x = Fixed.of(3.14159)
y = Fixed.of(-2.5)
print(x, y, int(x), int(y), float(x), float(y))
print(round(x), round(y), round(x, 1), math.trunc(y), math.floor(y), math.ceil(y), math.floor(x), math.ceil(x))
print(abs(y), -x, x + 1, 1 + x, x + y, sorted([x, y, Fixed.of(0)]), max(x, y), x == 3.14, x < 4)
print(math.sqrt(Fixed.of(16)), '%.3f' % x, '%d' % x, float(x) * 2)

class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
i = Idx(2)
data = ['a', 'b', 'c', 'd']
print(data[i], data[Idx(-1)], data[Idx(1):Idx(3)], list(range(Idx(4))), int(i) if hasattr(Idx, '__int__') else 'no __int__')
try:
    float(Idx(1))
except TypeError as e:
    print('TypeError', e)
try:
    int(object())
except TypeError as e:
    print('TypeError', e)
try:
    data[Fixed.of(1)]
except TypeError as e:
    print('TypeError', e)

print(round(2.675, 2), round(0.125, 2), round(-1.5), round(7, -1), round(15, -1), round(25, -1), math.floor(-0.5), math.ceil(-0.5))
print(int(True), float(False), complex(1, 2) * 2, abs(complex(3, 4)), (1 + 2j).real, (1 + 2j).imag, (1j) ** 2)
print(math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.copysign(1, -0.0))
print(int('  -12  '), int('z', 36), int('11', 2), float('1e-3'), float('-inf'), int(2.9999), int(-2.9999), math.fsum([0.1] * 10))
print(sum(Fixed.of(v) for v in (0.1, 0.2, 0.3)), sum([Fixed.of(1)], Fixed(0)))
