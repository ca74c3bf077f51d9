from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, InvalidOperation, DivisionByZero
import decimal
print(D('1.10'), D('19.99'), repr(D('1e400')), D('-0.000001'), D('0.0000001'), D(5), D(1.1), D('123.4500'))
print(D('1.1') + D('2.2'), D('10') / D('3'), D('1') / D('8'), D('2.50') * 4, D('7') // D('2'), D('-7') % D('3'), D('1.30') - D('1.3'))
print(D('3.14159').quantize(D('0.01')), D('2.675').quantize(D('0.01'), rounding=ROUND_HALF_UP), round(D('2.5')), round(D('3.14159'), 2))
print(D('1.0') == 1, D('1.5') > 1, D('0.1') == 0.1, hash(D('1.0')) == hash(1), hash(D('0.5')) == hash(0.5), sorted([D('2'), D('1.5'), D('10')]))
print(int(D('-7.9')), float(D('1.25')), D('100').normalize(), D('1.2300').normalize(), D('2').sqrt(), D(2) ** 10, D('1.5').as_tuple())
print(f"{D('1234.5678'):.2f}", format(D('0.5'), '%'), str(D('1E+2')), D('0E-3'), -D('0'), abs(D('-3.2')))
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7))
print(getcontext().prec)
for f in [lambda: D(1) / D(0), lambda: D('abc'), lambda: D(1) + 1.5, lambda: D(0)/D(0)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(isinstance(D(1)/D(0) if False else D(1), decimal.Decimal), sum([D('0.1')] * 10), max(D('1'), D('2')))
