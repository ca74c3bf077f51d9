# int() parsing edges: whitespace, underscores, signs, bases, prefixes, big numbers

def parse(text, base=10):
    try:
        return int(text, base)
    except ValueError as e:
        return f'ValueError: {e}'

for t in ['42', '  42  ', '\t-7\n', '+3', '0', '-0', '00', '007', '1_000', '1__0', '_1',
          '1_', '٣', '12 34', '0b101', '1e3', '', ' ', '9' * 30]:
    print(repr(t), parse(t))
for t, b in [('ff', 16), ('FF', 16), ('0xff', 16), ('0xff', 0), ('0o17', 0), ('0b11', 0),
             ('017', 0), ('0', 0), ('z', 36), ('Z', 36), ('10', 2), ('12', 2), ('0B1_1', 0),
             ('  -0x1A ', 16), ('777', 8), ('8', 8), ('11', 3)]:
    print(repr(t), b, parse(t, b))
print(int(3.99), int(-3.99), int(True), int('  12  '), int(b'42'), int(1e20))
print(int('1' * 50) % 97, len(str(10 ** 100)), -10 ** 100 // 3)
print(hex(-255), oct(8), bin(-5), hex(0), format(255, '08b'), format(-255, 'x'))
print((255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((1024).bit_length(), (-1).bit_length(), (0).bit_length(), abs(-10 ** 30))
print(7 .__floordiv__(2), (7).__mod__(-3), (-7).__rshift__(1), 1 << 100, -1 >> 5)
print(int('-' + '9' * 25) + 1, 2 ** 64 - 1, -(2 ** 63), (2 ** 64) // (2 ** 32))
print(pow(2, -1), pow(-2, 3), pow(2, 10, 7), pow(-3, 3, 5), 10 ** -2)
print(round(-7, -1), round(15, -1), round(25, -1), round(35, -1), round(-25, -1))
print(divmod(-10 ** 20, 7), (-10 ** 20) % 7, 10 ** 20 % -7)
print(isinstance(True, int), True + 0, type(True + 0).__name__, int.__name__, (5).real, (5).imag)
print(sum(range(101)), sum([], 10), max(-3, 2, key=abs), min([4, -5, 2], key=abs))
