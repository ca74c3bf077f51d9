# Realistic inventory: classes with properties, class-level registries, exceptions, sorting, reports
class InventoryError(Exception):
    pass
class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__('%s: wanted %d, have %d' % (sku, wanted, have))
        self.sku, self.wanted, self.have = sku, wanted, have
class UnknownSku(InventoryError, KeyError):
    pass

class Product:
    _registry = {}
    def __init__(self, sku, name, price, category='misc'):
        if sku in Product._registry:
            raise InventoryError('duplicate sku ' + sku)
        self.sku, self.name, self.category = sku, name, category
        self.price = price
        Product._registry[sku] = self
    @property
    def price(self):
        return self._price_cents / 100
    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError('negative price for ' + self.sku)
        self._price_cents = round(value * 100)
    @classmethod
    def lookup(cls, sku):
        try:
            return cls._registry[sku]
        except KeyError:
            raise UnknownSku(sku) from None
    def __repr__(self):
        return '%s(%s @%.2f)' % (type(self).__name__, self.sku, self.price)

class Perishable(Product):
    def __init__(self, sku, name, price, days):
        super().__init__(sku, name, price, 'food')
        self.days = days
    @property
    def price(self):
        base = Product.price.fget(self)
        return round(base * (0.5 if self.days <= 1 else 1), 2)
    @price.setter
    def price(self, value):
        Product.price.fset(self, value)

class Warehouse:
    def __init__(self):
        self.stock = {}
        self.moves = []
    def receive(self, sku, qty):
        Product.lookup(sku)
        self.stock[sku] = self.stock.get(sku, 0) + qty
        self.moves.append(('in', sku, qty))
    def ship(self, order):
        for sku, qty in order.items():
            have = self.stock.get(Product.lookup(sku).sku, 0)
            if have < qty:
                raise OutOfStock(sku, qty, have)
        for sku, qty in order.items():
            self.stock[sku] -= qty
            self.moves.append(('out', sku, qty))
        return sum(Product.lookup(s).price * q for s, q in order.items())
    def value(self):
        return round(sum(Product.lookup(s).price * q for s, q in self.stock.items()), 2)
    def report(self):
        by_cat = {}
        for sku, qty in sorted(self.stock.items()):
            p = Product.lookup(sku)
            by_cat.setdefault(p.category, []).append((p.name, qty, p.price))
        lines = []
        for cat in sorted(by_cat):
            lines.append('[%s]' % cat)
            for name, qty, price in sorted(by_cat[cat], key=lambda t: (-t[1] * t[2], t[0])):
                lines.append('  %-8s %4d x %7.2f = %8.2f' % (name, qty, price, qty * price))
        return '\n'.join(lines)

Product('W1', 'widget', 2.50, 'parts')
Product('G7', 'gadget', 19.99, 'parts')
Product('T3', 'tool', 7.25, 'tools')
Perishable('M1', 'milk', 1.20, days=5)
Perishable('B2', 'bread', 3.00, days=1)
try:
    Product('W1', 'dup', 1)
except InventoryError as e:
    print('InventoryError', e)
try:
    Product('X9', 'bad', -1)
except ValueError as e:
    print('ValueError', e)
print(sorted(Product._registry), Product.lookup('B2'), Product.lookup('M1').price)
wh = Warehouse()
for sku, qty in [('W1', 100), ('G7', 5), ('T3', 12), ('M1', 30), ('B2', 8), ('W1', 20)]:
    wh.receive(sku, qty)
print(wh.value())
print('%.2f' % wh.ship({'W1': 10, 'M1': 2}))
for order in [{'G7': 6}, {'ZZ': 1}, {'T3': 12, 'B2': 9}]:
    try:
        wh.ship(order)
    except OutOfStock as e:
        print('OutOfStock', e, e.args)
    except UnknownSku as e:
        print('UnknownSku', e, isinstance(e, KeyError), e.__cause__, e.__suppress_context__)
print(wh.report())
print(wh.value(), len(wh.moves), wh.moves[-3:], sum(q for kind, _, q in wh.moves if kind == 'out'))
