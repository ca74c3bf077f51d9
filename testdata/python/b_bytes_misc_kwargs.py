# bytes/str keyword arguments, bytearray repr quirks, mixed-type errors
print(b"abc".decode(errors="replace"), "x".encode(errors="strict"), b"\xff".decode(encoding="latin-1"))
print(repr(bytearray(b"x'y")), repr(b"x'y"), bytearray(b"a\"b'c"), b"a\"b'c", repr(bytearray(b'"')))
for f in (lambda: b"abc".find("a"), lambda: "abc" + b"d", lambda: b"abc" + "d", lambda: "a" in b"abc"):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
