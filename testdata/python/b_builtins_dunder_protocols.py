# builtins that dispatch to dunders: len/bool/iter/next/reversed/contains/abs/round/hash/format/str/repr/int/float
class Box:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return iter(self.items[::-1])
    def __contains__(self, x):
        print("  contains?", x)
        return x in self.items
    def __repr__(self):
        return "Box(%s)" % ", ".join(map(repr, self.items))
    def __str__(self):
        return "box of %d" % len(self)
    def __format__(self, spec):
        return "Box<" + spec + ">"
    def __eq__(self, other):
        return isinstance(other, Box) and self.items == other.items
    __hash__ = None
b = Box(3, 1, 2)
print(len(b), bool(b), bool(Box()), list(b), list(reversed(b)), sorted(b), sum(b), max(b), 2 in b, 9 not in b)
print(repr(b), str(b), f"{b}", f"{b!r}", f"{b:xyz}", format(b, "q"), [b], (b,), {"k": b})
try:
    hash(b)
except TypeError as e:
    print(type(e).__name__, e)
print(b == Box(3, 1, 2), b != Box(3, 1, 2), b == [3, 1, 2])
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __abs__(self):
        return Num(abs(self.v))
    def __round__(self, nd=None):
        return round(self.v, nd)
    def __neg__(self):
        return Num(-self.v)
    def __bool__(self):
        return self.v != 0
    def __repr__(self):
        return "Num(%r)" % self.v
n = Num(-7.6)
print(int(n), float(n), abs(n), round(n), round(n, 1), -n, bool(n), bool(Num(0)), "abcdefghij"[Num(2)])
print(list(range(Num(3))), [0, 1, 2, 3][Num(1):Num(3)], operator_index := __import__("operator").index(Num(5)))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(next(c), list(c), next(c, "empty"), list(Countdown(4)), sum(Countdown(100)), 2 in Countdown(5))
print(list(zip(Countdown(3), "abc")), list(enumerate(Countdown(2))), dict(zip("ab", Countdown(2))))
class BadLen:
    def __len__(self):
        return -1
class StrLen:
    def __len__(self):
        return "3"
for obj in (BadLen(), StrLen()):
    try:
        len(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(OnlyGetitem()), 20 in OnlyGetitem(), list(reversed([1, 2])), iter(OnlyGetitem()).__next__())
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
