# format() / str.format mini-language: fill, align, sign, #, 0, width, grouping, precision, types
specs_int = ["", "d", "5d", "<5d", ">5d", "^5d", "*^7d", "+d", " d", "-d", "05d", "+06d", "=+6d", "x", "X", "#x", "#X",
             "o", "#o", "b", "#b", "#010b", ",d", "_d", "_x", "_b", "c", "n", ",", "e", ".2f", "%", "08.3e", "g"]
for n in (0, 42, -42, 1234567):
    print(n, [format(n, s) for s in specs_int if not (s == "c" and not 0 <= n < 0x110000)])
specs_float = ["", "f", ".0f", ".1f", "10.3f", "<10.2f", "^10.2f", "+.2f", " .2f", "010.2f", ",.2f", "_.1f", "e", ".2e",
               "E", "g", ".3g", "G", ".10g", "%", ".1%", "#.0f", "#g", "n", "=+10.1f", "x<10.1f"]
for v in (0.0, 3.14159, -2.5, 1234567.891, 1e-5, 1e20, 0.5, -0.0):
    print(v, [format(v, s) for s in specs_float])
for v in (float("inf"), float("-inf"), float("nan")):
    print([format(v, s) for s in ("", "f", "e", "g", "%", "+f", "08.2f", "^9")])
# strings
for s in ("", "<8", ">8", "^8", "-^9", ".2", "8.3", "s", "<3"):
    print(repr(format("hello", s)))
print("{!r:>10}|{!s:<6}|{!a}".format("é", 12, "é"))
# positional, keyword, attribute, index, nested
print("{0}{1}{0}".format("ab", "-"), "{}{}".format(1, 2), "{x}-{y}".format(x=1, y=2), "{0[1]}{0[0]}".format("ab"))
print("{p.real}+{p.imag}j".format(p=3 + 4j), "{d[key]}".format(d={"key": "v"}), "{:{w}.{p}f}".format(3.14159, w=9, p=2))
print("{:{}{}{}}".format("x", "*", "^", 5), "{{literal}} {}".format(7), "{0:>{1}}".format("r", 4))
# errors
cases = [("{:d}", 1.5), ("{:s}", 1), ("{:x}", "a"), ("{:,s}", "a"), ("{:=5}", "a"), ("{", 1), ("}", 1),
         ("{0}{}", 1), ("{:c}", -1), ("{2}", 1), ("{x}", 1), ("{:.2d}", 5), ("{:+s}", "a"), ("{:#s}", "a")]
for fmt, arg in cases:
    try:
        print(fmt.format(arg))
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
# __format__ on user class
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        s = "%d.%02d" % divmod(self.cents, 100)
        return format("$" + s, spec) if spec else "$" + s
print("{}|{:>10}|{:*<10}".format(Money(12345), Money(5), Money(99)), f"{Money(100):^9}")
print(format(True), format(True, "d"), format(None), format(12, ""), format(1.0), format("x"))
