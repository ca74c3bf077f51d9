# A shopping cart with a Money value type (operator overloading, total_ordering, hashing) and discount rules.
from functools import total_ordering, reduce
import operator

@total_ordering
class Money:
    __slots__ = ('cents', 'currency')
    def __init__(self, cents, currency='USD'):
        if not isinstance(cents, int):
            raise TypeError('cents must be int, not %s' % type(cents).__name__)
        self.cents, self.currency = cents, currency
    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError('currency mismatch %s/%s' % (self.currency, other.currency))
        return other
    def __add__(self, other):
        if other == 0:
            return self
        other = self._check(other)
        return other if other is NotImplemented else Money(self.cents + other.cents, self.currency)
    __radd__ = __add__
    def __sub__(self, other):
        return Money(self.cents - self._check(other).cents, self.currency)
    def __mul__(self, k):
        return Money(int(round(self.cents * k)), self.currency)
    __rmul__ = __mul__
    def __neg__(self):
        return Money(-self.cents, self.currency)
    def __eq__(self, other):
        if isinstance(other, int) and other == 0:
            return self.cents == 0
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)
    def __lt__(self, other):
        other = self._check(other)
        return other if other is NotImplemented else self.cents < other.cents
    def __hash__(self):
        return hash((self.cents, self.currency))
    def __bool__(self):
        return self.cents != 0
    def __repr__(self):
        return 'Money(%d, %r)' % (self.cents, self.currency)
    def __str__(self):
        sign = '-' if self.cents < 0 else ''
        return '%s%s %d.%02d' % (sign, self.currency, abs(self.cents) // 100, abs(self.cents) % 100)

class Cart:
    def __init__(self):
        self.lines = {}
    def add(self, sku, price, qty=1):
        old = self.lines.get(sku, (price, 0))
        self.lines[sku] = (price, old[1] + qty)
        return self
    def subtotal(self):
        return sum((p * q for p, q in self.lines.values()), Money(0))
    def total(self, *rules):
        sub = self.subtotal()
        discounts = [(rule.__name__, rule(self, sub)) for rule in rules]
        applied = [(n, d) for n, d in discounts if d]
        return sub - sum((d for _, d in applied), Money(0)), applied

def ten_percent_over_100(cart, sub):
    return sub * 0.10 if sub >= Money(10000) else Money(0)

def buy_two_mugs_get_one(cart, sub):
    price, qty = cart.lines.get('mug', (Money(0), 0))
    return price * (qty // 3)

cart = Cart().add('mug', Money(1299), 2).add('lamp', Money(4550)).add('mug', Money(1299)).add('pen', Money(199), 10)
print(sorted((k, str(p), q) for k, (p, q) in cart.lines.items()))
total, applied = cart.total(ten_percent_over_100, buy_two_mugs_get_one)
print(cart.subtotal(), '->', total, [(n, str(d)) for n, d in applied])
small = Cart().add('pen', Money(199))
print(small.total(ten_percent_over_100, buy_two_mugs_get_one)[0], small.total()[1])
a, b = Money(500), Money(250)
print(a + b, a - b, b - a, -a, a * 3, 2 * b, a * 0.333, sum([a, b, b]), bool(Money(0)), a == Money(500), a != b)
print(a > b, a >= Money(500), b <= a, max(a, b, Money(499)), sorted([a, b, Money(-1)]), len({a, Money(500), b}))
print(reduce(operator.add, [a, b, Money(1)]), Money(0) == 0, a == 'x', a.__class__.__slots__)
for bad in (lambda: a + Money(1, 'EUR'), lambda: Money(1.5), lambda: a + 'x', lambda: a < 3):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, '-', e)
try:
    a.note = 'x'
except AttributeError as e:
    print('AttributeError', e)
