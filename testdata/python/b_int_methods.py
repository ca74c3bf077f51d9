# int: to_bytes/from_bytes, bit ops, parsing with bases, errors
for n in (0, 1, 255, 256, 65535, 2**31, 2**64 - 1):
    print(n, n.to_bytes(8, "big"), n.to_bytes(8, "little"), n.bit_length(), n.bit_count())
print((1024).to_bytes(2, byteorder="big"), (-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((127).to_bytes(1, "big", signed=True), (0).to_bytes(0, "big"), (5).to_bytes(length=3, byteorder="little"))
for args in ((256, 1, "big"), (-1, 1, "big"), (128, 1, "big", True)):
    try:
        if len(args) == 4:
            args[0].to_bytes(args[1], args[2], signed=args[3])
        else:
            args[0].to_bytes(args[1], args[2])
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    (1).to_bytes(2, "middle")
except ValueError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"), int.from_bytes([1, 2], "big"))
print(int.from_bytes(b"\x80\x00", byteorder="little", signed=True), int.from_bytes(bytearray(b"\x7f"), "big", signed=True))
print((-5).bit_length(), (-5).bit_count(), (10**20).bit_length(), (7).conjugate(), (7).real, (7).imag)
print((7).numerator, (7).denominator, (10).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio())
# parsing
print(int("42"), int(" -42 "), int("+7"), int("1_000_000"), int("ff", 16), int("FF", 16), int("0xff", 16))
print(int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("17", 0), int("z", 36), int("101", 2), int("0B11", 0))
print(int("٣"), int(3.99), int(-3.99), int(True), int("-0"), int(b"12"), int(bytearray(b" 7 ")))
for bad in ("", "1.5", "0x1f", "12a", "1__0", "_1", " ", "08"):
    try:
        print(int(bad, 0) if bad == "08" else int(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for args in (("12", 1), ("12", 37), ("9", 8)):
    try:
        int(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in (None, [1], 1 + 2j):
    try:
        int(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
# arithmetic edges
print(7 // 2, -7 // 2, 7 % -2, -7 % 2, divmod(-7, 2), divmod(7, -2), 2 ** -1, (-8) ** 2, -8 ** 2)
print(1 << 100, (1 << 100) >> 99, -1 >> 10, ~5, ~-1, 5 & -2, 5 | 8, 5 ^ 1, -(2**63))
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    5 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(int.__name__, isinstance(True, int), (3).__index__(), int("7") + int.from_bytes(b"\x03", "big"))
