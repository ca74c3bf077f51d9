# str: case conversion, padding, alignment, expandtabs (ASCII + simple Unicode)
words = ["hello", "WORLD", "MiXeD", "café", "o'neil", "3rd place", "", "ÉCOLE", "ñandú"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()))
    print("  ", repr(w.swapcase()), repr(w.title()), repr(w.capitalize()))
print("they're bill's friends".title(), "hello WORLD".capitalize(), "x1y2 z3".title())
print("ABC def GHI".swapcase(), "Ünïcödé".upper(), "ΣΑΣ".lower() if False else "ok")
for width in (0, 3, 6, 8, 10):
    print(repr("abc".center(width)), repr("abc".center(width, "*")),
          repr("abc".ljust(width, ".")), repr("abc".rjust(width, "-")))
print(repr("ab".center(6)), repr("abcd".center(8, "=")), repr("".center(4, "x")), repr("a".center(3)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
for s in ("42", "-42", "+42", "", "abc", "-", "3.14", "-0.5e3"):
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(1)))
t = "a\tbc\tdef\tg\n12345678\tx"
print(repr(t.expandtabs()))
print(repr(t.expandtabs(4)))
print(repr(t.expandtabs(0)))
print(repr(t.expandtabs(1)))
print(repr("\t\t".expandtabs(3)), repr("ab\r\tc".expandtabs(4)))
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("kiwi", 100, 10.0)]
for name, qty, price in rows:
    print(name.ljust(8, ".") + str(qty).rjust(5) + ("%.2f" % price).rjust(8))
print("|" + "Title".center(22, "=") + "|")
def slugify(text):
    out = []
    for ch in text.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")
print(slugify("  Hello, World! This is -- GoWSGI 2.0  "), slugify("Already-slugged"))
def snake_to_camel(s):
    head, *rest = s.split("_")
    return head + "".join(p.capitalize() for p in rest)
print(snake_to_camel("get_http_response_code"), snake_to_camel("x"))
