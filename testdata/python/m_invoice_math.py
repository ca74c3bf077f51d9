import math
from functools import reduce
def to_cents(s):
    s = s.strip().replace(',', '')
    neg = s.startswith('-')
    s = s.lstrip('-+$')
    whole, _, frac = s.partition('.')
    frac = (frac + '000')[:3]
    cents = int(whole or 0) * 100 + int(frac[:2])
    if int(frac[2]) >= 5:
        cents += 1
    return -cents if neg else cents
def fmt(cents):
    sign = '-' if cents < 0 else ''
    d, c = divmod(abs(cents), 100)
    return '%s$%s.%02d' % (sign, '{:,}'.format(d), c)
print([to_cents(s) for s in ['19.99', '$1,234.5', '0.005', '-3', '.5', '7.125', '7.135']])
print([fmt(c) for c in [0, 5, 1999, 123456789, -250]])
lines = [('Widget', 3, '19.99'), ('Gadget', 1, '249.00'), ('Cable', 12, '2.49'), ('Sticker', 100, '0.10')]
subtotal = 0
for name, qty, price in lines:
    amt = qty * to_cents(price)
    subtotal += amt
    print('%-8s %4d x %9s = %12s' % (name, qty, fmt(to_cents(price)), fmt(amt)))
def pct(amount, rate_bp):
    q, r = divmod(amount * rate_bp, 10000)
    return q + (1 if r * 2 >= 10000 else 0)
discount = pct(subtotal, 1000)
tax = pct(subtotal - discount, 825)
total = subtotal - discount + tax
print('subtotal', fmt(subtotal), 'discount', fmt(discount), 'tax', fmt(tax), 'total', fmt(total))
def split_evenly(cents, n):
    base, extra = divmod(cents, n)
    return [base + (1 if i < extra else 0) for i in range(n)]
parts = split_evenly(total, 3)
print(parts, sum(parts) == total, split_evenly(100, 7))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(-2.5), round(2.5), round(3.5), round(7.5 / 3, 3))
print('%.2f' % 2.675, '%.2f' % 1.005, format(1234567.891, ',.2f'), format(0.1 + 0.2, '.17g'), f'{1e-3:.1e}', f'{12.5:08.3f}')
print(sum([0.1] * 10) == 1.0, math.fsum([0.1] * 10) == 1.0, math.isclose(sum([0.1] * 10), 1.0), abs(0.1 + 0.2 - 0.3) < 1e-9)
rates = [0.05, 0.04, 0.06]
growth = reduce(lambda acc, r: acc * (1 + r), rates, 1000.0)
print(round(growth, 4), round(1000 * math.prod(1 + r for r in rates), 4))
def amortize(principal_cents, annual_rate, months):
    r = annual_rate / 12
    pay = principal_cents * r / (1 - (1 + r) ** -months)
    return math.ceil(pay)
pay = amortize(25000000, 0.06, 360)
print(fmt(pay), fmt(pay * 360 - 25000000))
bal = 1000000
sched = []
for m in range(1, 4):
    interest = round(bal * 0.05 / 12)
    principal = 20000 - interest
    bal -= principal
    sched.append((m, fmt(interest), fmt(principal), fmt(bal)))
print(sched)
print(math.floor(-0.5), math.ceil(-0.5), int(-0.5), -7 // 2, -7 % 2, divmod(-7, 2), math.fmod(-7, 2), 7 // -2, round(-0.5), round(0.5), round(1.5))
print(float('1e3'), float(' -12.5 '), int('0012'), int('ff', 16), int('0b101', 0), float('inf') > 1e308, float('-inf') < -1e308, math.isnan(float('nan')))
