# ZeroDivisionError variants, OverflowError and float edge formatting
import math

def show(label, fn):
    try:
        print(label, fn())
    except (ArithmeticError, ValueError) as e:
        print(label, type(e).__name__, e)

show('int div', lambda: 1 / 0)
show('int floordiv', lambda: 1 // 0)
show('int mod', lambda: 1 % 0)
show('float div', lambda: 1.0 / 0)
show('float div0.0', lambda: 1 / 0.0)
show('float floordiv', lambda: 1.5 // 0.0)
show('float mod', lambda: 1.5 % 0.0)
show('divmod int', lambda: divmod(7, 0))
show('divmod float', lambda: divmod(7.0, 0.0))
show('zero pow neg', lambda: 0 ** -1)
show('zero float pow neg', lambda: 0.0 ** -1)
show('big float pow', lambda: 10.0 ** 400)
show('exp', lambda: math.exp(1000))
show('int to float', lambda: float(10 ** 400))
show('int big div', lambda: 10 ** 400 / 3)
show('float mul inf', lambda: 1e308 * 10)
show('big int ok', lambda: len(str(2 ** 1000)))
show('round inf', lambda: round(float('inf')))
show('int inf', lambda: int(float('inf')))
show('int nan', lambda: int(float('nan')))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(FloatingPointError, ArithmeticError))
try:
    x = 5 % 0
except ZeroDivisionError as e:
    print('args', e.args)

for a in [7, -7]:
    for b in [2, -2, 3, -3]:
        print(a, b, a // b, a % b, divmod(a, b), int(a / b))
for a in [7.5, -7.5]:
    for b in [2.0, -2.0]:
        print(a, b, a // b, a % b, divmod(a, b))
print(-0.0, 0.0 == -0.0, math.copysign(1, -0.0), -0.0 % 5)
print(1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234)
print(1e300 * 1e10, -1e300 * 1e10, float('inf') - float('inf'))
print(repr(1e22), repr(1.5e-7), str(2.0 ** 70), 2 ** 70)
print(float('nan') == float('nan'), math.isnan(float('nan')))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2))
print(7 // 2.0, -7 // 2.0, 7 % -2.5, 2 ** -1, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(int(-3.9), int(3.9), math.floor(-3.5), math.ceil(-3.5), math.trunc(-3.5))
print(10 ** 20 // 7, 10 ** 20 % 7, -(10 ** 20) // 7, pow(3, 200, 1000))
print(format(1e-10, '.3g'), format(123456789.0, ',.2f'), format(1e100, 'e'))
sys_max = 2 ** 63 - 1
print(sys_max, sys_max + 1, -sys_max - 2)
