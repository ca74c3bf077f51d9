# binary arithmetic over a matrix of int/float/bool/bigint operands
vals = [7, -7, 0, 2**70, -(2**70), 2.5, -0.5, 0.0, True, 3]
ops = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a / b, "//": lambda a, b: a // b, "%": lambda a, b: a % b,
    "**": lambda a, b: a ** b, "&": lambda a, b: a & b, ">>": lambda a, b: a >> b,
}
for a in vals:
    for b in vals:
        row = []
        for name, fn in ops.items():
            if name == "**" and isinstance(b, int) and abs(b) > 100:
                continue
            try:
                row.append(repr(fn(a, b)))
            except Exception as e:
                row.append(type(e).__name__)
        print(repr(a), repr(b), " ".join(row))
print(1000 * 1.05 ** 10, 1.07 ** 30, 1.1 ** 100, 100 * (1 + 0.05 / 12) ** 120)
import math
print(math.exp(1.5), math.tan(1), math.remainder(7, 2), math.ulp(1.0), math.nextafter(1.0, 2.0))
print(divmod(True, True), True % True, -7 >> 2**70)
