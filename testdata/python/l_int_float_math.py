# Integer/float edge arithmetic
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, -1)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b, -a // b, int(a / b))
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2.0), (-0.0, 1), (5.0, 0.5)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 2 ** 0.5, 4 ** 0.5, 0 ** 0, (-8) ** (1 / 3) == 2)
print(pow(3, 4), pow(3, 4, 5), pow(2, -1, 7), pow(-3, 3, 5), 10 ** 20, 2 ** 100)
big = 3 ** 80
print(big, big // 7 ** 20, big % 1000007, -big // 3, -big % 11, len(str(big)))
print(big * big - big, (big + 1) * (big - 1) == big * big - 1, big.bit_length(), (-big).bit_length())
print(int('ff', 16), int('-0b101', 0), int('0o17', 0), int('  42  '), int('1_000'), int(-3.9), int(3.9), round(2.5), round(3.5), round(-2.5))
print(round(1.25, 1), round(1.35, 1), round(123.456, -1), round(1234, -2), round(-0.5), round(0.5))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1e16 + 1, 1 / 3, 2 / 3, 10 / 4)
print(float('inf') > 10 ** 300, float('-inf') < -1e308, float('nan') == float('nan'), 1e308 * 10, -1e308 * 10)
print(7 // 0.5, 7 % 0.5, 2.0 ** 10, 1e-5, 1e-4, 123456789.0, 1e15, 1e16, 1.5e-7, 3.0, -0.0)
print(abs(-5), abs(-2.5), -(-3), +4, ~5, ~-1, 5 & 3, 5 | 3, 5 ^ 3, 1 << 70, -16 >> 2, -1 >> 10)
print(True + True, True * 10, False - 1, 3 * 'ab', [0] * 3, 10 - True)
for bad in ['int(float("inf"))', "float('abc')", '1 // 0', '1 % 0', '1.0 / 0', 'divmod(1, 0)', '2 ** -1 % 0', "int('x')", "int('1.5')", '10 ** 400 * 1.0', '0.0 ** -1']:
    try:
        print(eval(bad))
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(divmod(-17, 5), divmod(17, -5), divmod(-17.5, 5), (-17) % 5 + 5 * (-17 // 5))
print(float(10 ** 20), int(1e20), int(float('1e3')), float('  -1.5  '), float('1_0.5'), 1e3 == 1000)
print(max(1, 2.0), min(-1, -1.0), sum([0.1] * 10), sum([1, 2, 3], 10), 3 * 1.1)
print(5 / 1, 6 // 4.0, type(6 // 4.0).__name__, type(2 ** -1).__name__, type(10 // 3).__name__)
print((255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'), (1024).bit_length(), (37).__index__())
print(hash(1) == hash(1.0), 1 == 1.0, {1: 'a', 1.0: 'b'}, 2 ** 63 - 1, -2 ** 63, 0xFFFFFFFFFFFFFFFF + 1)
print(10 ** 18 // 7, -(10 ** 18) // 7, (10 ** 30) % 97, 12345678901234567890 * 98765432109876543210)
print(float.is_integer(3.0), (2.5).as_integer_ratio(), (0.75).hex() if hasattr(0.75, 'hex') else '', (7).conjugate(), (3).real)
print(format(1234567.891, ',.2f'), format(-42, '+05d'), format(255, '#o'), format(0.000123, '.2e'), format(12, 'b'))
