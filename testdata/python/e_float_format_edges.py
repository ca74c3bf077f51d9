# str/repr/format of huge, tiny and awkward floats

values = [0.0, -0.0, 1.0, 0.1, 1 / 3, 2 / 3, 1e15, 1e16, 1e17, 123456789.123456789,
          1e-4, 1e-5, 1.5e-5, 9.999999999999999e22, 1e23, 1.7976931348623157e308,
          5e-324, 2.5, 3.5, 1234.5678, -987.65e-10, 100.0, 1e100, 0.30000000000000004,
          float('inf'), float('-inf'), float('nan')]
for v in values:
    print(repr(v), str(v), f'{v}', f'{v:.3f}', f'{v:e}', f'{v:g}', f'{v:.2g}', '%.4e' % v)

for v in [1e15, 1e16, 123.0, 0.000123, 1.0]:
    print(f'{v:10.2f}|{v:<12g}|{v:^14.3e}|{v:+.1f}|{v:012.4f}')

print(f'{1234567.891:,.2f}', f'{1234567.891:_.3f}', f'{0.5:%}', f'{0.12345:.1%}')
print(format(1e-7, 'f'), format(1e-7, '.10f'), format(1e21, 'f'), format(1e22, '.0f'))
print(round(1e16 + 1), int(1e16), float(10 ** 16 + 1), int(float('1e5')))
print(float('1_000.5'), float(' 12 '), float('+1.5e3'), float('-.5'), float('5.'))
print(float('Infinity'), float('-INF'), float('NaN'), float('1e500'), float('-1e500'))
print(1e308 * 10, -1e308 * 10, 1e-320, 1e-330, 2.0 ** -1074, 2.0 ** -1075)
print(0.1 + 0.7, 1.1 * 3, 4.35 * 100, 1.0 - 0.9, 3 * 0.1 == 0.3)
print(round(0.5), round(1.5), round(-0.5), round(0.125, 2), round(0.375, 2), round(2.5, 0))
print(round(123.456, -1), round(-123.456, 1), round(5, -1), round(15, -1), round(25, -1))
print(divmod(1e16, 3), divmod(-7.5, 2), 7.5 // -2, -7.5 % 2)
print(float.fromhex('0x1.8p1'), (1.5).hex(), (0.1).as_integer_ratio(), (2.5).is_integer())
print(str(1e-06), str(1e-07), str(123e-9), repr(1e+16), repr(12345678901234567.0))
print('%g %g %g %g' % (1e-5, 1e-4, 123456, 1234567), '%G' % 1e-10)
print('%5.1f|%-8.3f|%08.2f|%+d' % (3.14159, 2.5, -1.5, 7))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, abs(-0.0), -(0.0))
print(max(float('nan'), 1), min(1, float('nan')), sorted([3.0, 1.5, 2.25]))
