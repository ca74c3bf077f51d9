print((255).bit_length(), (0).bit_length(), (-5).bit_length(), (2 ** 100).bit_length())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), (5).to_bytes(1, byteorder='big'))
print(int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2], 'big'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(2.675, 2), round(1.005, 2), round(1234.5678, -2), round(1234, -2), round(1250, -2), round(-15, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(7), round(True))
print((1.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (3).numerator, (3).denominator, (2.5).real)
print(int('ff', 16), int('0x1f', 0), int('0b101', 0), int(' 42 '), int(3.9), int(-3.9), int('-7'))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), 7 // -2, -7 % 3, 2 ** -1, pow(2, 10), pow(2, 10, 1000), abs(-2.5))
print(1e16, 1e-7, 0.1 + 0.2, 1 / 3, -0.0, float('inf'), -float('inf'), 2.0 ** 0.5, 10 / 2)
print(hex(255), oct(8), bin(5), hex(-1), float('1e3'), float(' 2.5 '), int(True), 3 * True)
try:
    int('abc')
except ValueError as e:
    print('ValueError', e)
it = iter([1, 2, 3, 0, 5]).__next__
print(list(iter(it, 0)))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
