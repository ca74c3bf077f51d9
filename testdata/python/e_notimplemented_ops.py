# NotImplemented handling in custom operators and the resulting TypeErrors

class Money:
    def __init__(self, cents, cur='EUR'):
        self.cents = cents
        self.cur = cur

    def __repr__(self):
        return f'Money({self.cents}, {self.cur!r})'

    def __add__(self, other):
        if isinstance(other, Money):
            if other.cur != self.cur:
                raise ValueError(f'currency mismatch: {self.cur} vs {other.cur}')
            return Money(self.cents + other.cents, self.cur)
        if other == 0:
            return self
        return NotImplemented

    __radd__ = __add__

    def __mul__(self, k):
        if isinstance(k, int) and not isinstance(k, bool):
            return Money(self.cents * k, self.cur)
        return NotImplemented

    def __rmul__(self, k):
        return self.__mul__(k)

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.cur) == (other.cents, other.cur)

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

    __hash__ = None

def show(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)

a, b = Money(150), Money(250)
show('add', lambda: a + b)
show('sum', lambda: sum([a, b, Money(5)]))
show('mul', lambda: a * 3)
show('rmul', lambda: 2 * a)
show('add str', lambda: a + 'x')
show('radd str', lambda: 'x' + a)
show('mul float', lambda: a * 1.5)
show('mul bool', lambda: a * True)
show('sub', lambda: a - b)
show('currency', lambda: a + Money(1, 'USD'))
show('eq', lambda: (a == Money(150), a == 150, a != 'x', 150 == a))
show('lt', lambda: (a < b, b > a))
show('lt int', lambda: a < 5)
show('gt int', lambda: 5 > a)
show('le', lambda: a <= b)
show('sorted', lambda: sorted([b, a, Money(1)]))
show('max', lambda: max([a, b]))
show('hash', lambda: hash(a))
show('in list', lambda: Money(250) in [a, b])
show('neg', lambda: -a)
show('iadd', lambda: (lambda m: (m.__iadd__ if hasattr(m, '__iadd__') else None, m + a))(a)[1])

class Vec:
    def __init__(self, *c):
        self.c = c

    def __add__(self, o):
        return Vec(*(x + y for x, y in zip(self.c, o.c)))

    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c

    def __repr__(self):
        return f'Vec{self.c}'

v = Vec(1, 2)
v += Vec(3, 4)
print(v, v == Vec(4, 6), v != Vec(4, 6), v == (4, 6))
show('vec + int', lambda: v + 1)
print(NotImplemented, repr(NotImplemented), bool(Money.__eq__(a, 1) is NotImplemented))
