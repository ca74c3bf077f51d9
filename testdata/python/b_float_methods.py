# float: repr shortest round-trip, specials, methods, parsing
vals = [0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15 + 0.5, 123456789.123, 1e-7, 1.5e-5, 0.0001, 1e22, 1e23,
        2.0**53, 2.0**53 + 1, 5e-324, 1.7976931348623157e308, 100.0, -0.0, 3.0e10, 12345678901234567.0]
for v in vals:
    print(repr(v), str(v), v.is_integer())
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float(" nan "), float("1e500"), float("-1e500"))
print(inf == inf, nan == nan, nan != nan, inf > 1e308, -inf < -1e308, inf - inf, inf * 0, 0.0 == -0.0)
print(float("-0.0"), -0.0, 0.0 * -1, abs(-0.0), str(-0.0), repr(-0.0 + 0.0))
import math
print(math.copysign(1, -0.0), math.isnan(nan), math.isinf(-inf), math.isfinite(1e308))
for v in (1.0, 0.5, -2.75, 0.1, 1e300, 0.0, -0.0):
    print(v.hex(), float.fromhex(v.hex()) == v, v.as_integer_ratio())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0XAp0"), float.fromhex("inf"))
for bad in (inf, nan):
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((2.5).is_integer(), (2.0).is_integer(), (-0.0).is_integer(), inf.is_integer(), (3.7).conjugate())
print((1.5).real, (1.5).imag, float(7), float("  3.25\n"), float("1_000.5"), float(".5"), float("5."), float("-.5e-2"))
for bad in ("", "abc", "1.2.3", "1e", "0x10", "in f", "1__0"):
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, -2), 2 ** 0.5, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(1e308 * 10, -1e308 * 10, 0.1 * 3, 1 - 0.9, round(1 - 0.9, 10), 3 * 1.1, sum([0.1] * 10), math.fsum([0.1] * 10))
print(int(1e20), int(-2.5), float(2**63), float(10**16 + 1), 1e16 + 1 == 1e16, 9007199254740993 == 2.0**53 + 1)
print(1 == 1.0, hash(1) == hash(1.0), hash(0.5) == hash(0.5), 2**53 + 1 == float(2**53 + 1), 0.1 + 0.2 == 0.3)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.isclose(0.1 + 0.2, 0.3), float.__name__)
print((0.1).__round__(1), (1.25).__round__(1), (2.5).__round__(), (7.5).__round__(-1))
