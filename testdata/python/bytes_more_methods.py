# The rest of bytes' methods (ASCII semantics), and the same on bytearray.
for B in (bytes, bytearray):
    b = B(b"hello World \xe9")
    print(B.__name__, b.capitalize(), b.swapcase(), b.title(), b.upper().istitle(), B(b"Hello World").istitle())
    print(b.islower(), B(b"abc1").islower(), B(b"ABC").isupper(), B(b"123").isupper(), b.isascii(), B(b"abc").isascii())
    print(B(b"ab").center(7, b"*"), B(b"abc").center(6), B(b"ab").ljust(5, b"."), B(b"ab").rjust(5), B(b"ab").center(1))
    print(B(b"42").zfill(5), B(b"-42").zfill(6), B(b"+7").zfill(4), B(b"x").zfill(0))
    print(B(b"a\tbc\td").expandtabs(), B(b"a\tb").expandtabs(4), B(b"ab\n\tc").expandtabs(2))
    print(B(b"prefix-body").removeprefix(b"prefix-"), B(b"body.txt").removesuffix(b".txt"), B(b"x").removeprefix(b"y"))
    table = B.maketrans(b"abc", b"xyz")
    print(len(table), B(b"aabbcc-d").translate(table), B(b"hello").translate(None, b"l"), B(b"abc").translate(table, b"b"))
    print(B(b"a,b,c,d").split(b",", maxsplit=1), B(b"a b c").rsplit(maxsplit=1), B(b"x y").split(sep=None))
for bad in (lambda: b"ab".center(5, b"**"), lambda: b"ab".translate(b"short"), lambda: bytes.maketrans(b"ab", b"c")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
