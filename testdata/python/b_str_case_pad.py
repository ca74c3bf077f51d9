# str: case conversion, padding, alignment, expandtabs
words = ["hello", "WORLD", "MiXeD", "straße", "ǅemo", "o'neil", "3rd place", ""]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()))
    print("  ", repr(w.swapcase()), repr(w.title()), repr(w.capitalize()))
print("they're bill's friends".title())
print("ABC def GHI".swapcase())
print("ß".upper(), "ß".casefold(), "ß".lower(), "MASSE".casefold() == "maße".casefold())
# center / ljust / rjust with fill
for width in (0, 3, 6, 7, 10):
    print(repr("abc".center(width)), repr("abc".center(width, "*")),
          repr("abc".ljust(width, ".")), repr("abc".rjust(width, "-")))
print(repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)), repr("abc".center(8)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
# zfill
for s in ("42", "-42", "+42", "", "abc", "-", "3.14", "-0.5e3"):
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(1)))
# expandtabs
t = "a\tbc\tdef\tg\n12345678\tx"
print(repr(t.expandtabs()))
print(repr(t.expandtabs(4)))
print(repr(t.expandtabs(0)))
print(repr(t.expandtabs(1)))
print(repr("\t\t".expandtabs(3)), repr("ab\r\tc".expandtabs(4)))
# table formatting using ljust/rjust
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("kiwi", 100, 10.0)]
for name, qty, price in rows:
    print(name.ljust(8, ".") + str(qty).rjust(5) + ("%.2f" % price).rjust(8))
print("|" + "Title".center(21, "=") + "|")
