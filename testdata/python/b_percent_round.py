# %-formatting matrix and round() rules
for fmt in ("%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%X", "%#X", "%o", "%#o", "%e", "%.2e",
            "%E", "%f", "%.0f", "%10.3f", "%-10.1f|", "%+.1f", "%g", "%.3g", "%G", "%i", "%u", "%r", "%s", "%a", "%c"):
    row = []
    for v in (0, 7, -7, 255, 3.75, -0.5, 1e10):
        try:
            row.append(fmt % v)
        except (TypeError, OverflowError) as e:
            row.append(type(e).__name__[:2])
    print(fmt, row)
print("%s|%r|%a" % ("é", "é", "é"), "%c%c" % (72, "i"), "%%d", "%5s|%-5s|" % ("ab", "cd"), "%.2s" % "hello")
print("%(name)s is %(age)03d" % {"name": "Ann", "age": 7}, "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", (1, 2)), "%d%%" % 50, "%5.1f%%" % 99.44)
for fmt, args in (("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", 1234567),
                  ("%c", "ab"), ("%", ()), ("%s %(a)s", {"a": 1})):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
# round: banker's rounding, ndigits, negative ndigits, types
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994)])
print([round(x, 1) for x in (0.05, 0.15, 0.25, 0.35, 2.675, -0.25)], round(2.675, 2), round(1.005, 2))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, -1))
print(round(15, -1), round(25, -1), round(7, 0), type(round(7, 0)).__name__, type(round(7.0)).__name__, type(round(7.5, 0)).__name__)
print(round(123.456, 0), round(0.0), round(-0.4), round(1e300, -299), round(12345, -10), round(3.14159, 10))
print(round(True), round(False, 2), round(10**20 + 1, -1))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
prices = [19.995, 5.125, 0.125, 99.999]
print(["%.2f" % p for p in prices], [round(p, 2) for p in prices], [f"{p:.2f}" for p in prices])
