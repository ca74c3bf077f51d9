# Protocol fallbacks and edge rules of special methods
class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return isinstance(o, OnlyEq) and self.v == o.v
    __hash__ = None
print(OnlyEq(1) != OnlyEq(2), OnlyEq(1) != OnlyEq(1), OnlyEq(1) == 1, 1 != OnlyEq(1))

class NI:
    def __eq__(self, o):
        return NotImplemented
a = NI()
print(a == a, a == NI(), a != a, a != NI())

class IterOnly:
    def __iter__(self):
        yield from (1, 2, 3)
print(2 in IterOnly(), 5 in IterOnly())
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(20 in GetItemOnly(), 25 in GetItemOnly(), list(GetItemOnly()))
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print('TypeError', e)

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError', e)
class BadLen:
    def __len__(self):
        return 'x'
try:
    len(BadLen())
except TypeError as e:
    print('TypeError', e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print('OverflowError', e)
class BadHash:
    def __hash__(self):
        return 'h'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError', e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(isinstance(hash(BigHash()), int))

class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')
class Duck(metaclass=Meta):
    pass
class Mallard:
    quack = True
print(isinstance(Mallard(), Duck), isinstance(1, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))

class Cls:
    def __class_getitem__(cls, item):
        return '%s[%s]' % (cls.__name__, getattr(item, '__name__', item))
print(Cls[int], Cls['x'], list[int] == list[int], dict[str, int])

class Rev:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return chr(97 + i)
print(list(reversed(Rev(4))), ''.join(Rev(3)), sorted(Rev(3), reverse=True))

class CmpRefl:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print('lt called'); return self.v < o
    def __gt__(self, o):
        print('gt called'); return self.v > o
print(5 < CmpRefl(7), 5 > CmpRefl(7))
class AddRefl:
    def __radd__(self, o):
        return 'radd(%r)' % (o,)
    def __rsub__(self, o):
        return NotImplemented
print(1 + AddRefl(), [1] + AddRefl(), 'a' + AddRefl())
try:
    1 - AddRefl()
except TypeError as e:
    print('TypeError', e)
class Sub(int):
    def __radd__(self, o):
        return 'Sub.__radd__ wins'
print(1 + Sub(2), Sub(2) + 1)
