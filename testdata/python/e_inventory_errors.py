# a small inventory service with domain exceptions, validation and error reporting

class InventoryError(Exception):
    """Base class for inventory problems."""

class UnknownItem(InventoryError, KeyError):
    def __init__(self, sku):
        super().__init__(sku)
        self.sku = sku

    def __str__(self):
        return f'unknown item {self.sku!r}'

class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(sku, wanted, have)
        self.sku, self.wanted, self.have = sku, wanted, have

    def __str__(self):
        return f'{self.sku}: wanted {self.wanted}, only {self.have} left'

class Inventory:
    def __init__(self):
        self.stock = {}
        self.history = []

    def add(self, sku, qty):
        if not isinstance(qty, int) or isinstance(qty, bool):
            raise TypeError(f'qty must be int, not {type(qty).__name__}')
        if qty <= 0:
            raise ValueError(f'qty must be positive: {qty}')
        self.stock[sku] = self.stock.get(sku, 0) + qty
        self.history.append(('add', sku, qty))

    def take(self, sku, qty):
        try:
            have = self.stock[sku]
        except KeyError:
            raise UnknownItem(sku) from None
        if qty > have:
            raise OutOfStock(sku, qty, have)
        self.stock[sku] = have - qty
        self.history.append(('take', sku, qty))
        return qty

inv = Inventory()
ops = [
    ('add', 'apple', 10), ('add', 'pear', 0), ('add', 'fig', 2.5), ('add', 'kiwi', True),
    ('take', 'apple', 3), ('take', 'plum', 1), ('take', 'apple', 50), ('add', 'pear', 4),
    ('take', 'pear', 4), ('take', 'pear', 1), ('remove', 'apple', 1),
]
errors = {}
for op, sku, qty in ops:
    try:
        method = getattr(inv, op)
        result = method(sku, qty)
    except InventoryError as e:
        kind = 'inventory'
        print(f'{op:6} {sku:6} -> {type(e).__name__}: {e}')
    except (TypeError, ValueError) as e:
        kind = 'input'
        print(f'{op:6} {sku:6} -> {type(e).__name__}: {e}')
    except AttributeError as e:
        kind = 'program'
        print(f'{op:6} {sku:6} -> {type(e).__name__}: {e}')
    else:
        kind = 'ok'
        print(f'{op:6} {sku:6} -> ok {result}')
    errors[kind] = errors.get(kind, 0) + 1

print(sorted(errors.items()))
print(sorted(inv.stock.items()))
print(inv.history)
print([c.__name__ for c in UnknownItem.__mro__])
try:
    inv.take('ghost', 1)
except KeyError as e:
    print('as KeyError:', e, e.args, e.sku, e.__cause__, e.__suppress_context__)
try:
    inv.take('apple', 100)
except InventoryError as e:
    print('as base:', e, e.args, e.wanted - e.have)
