# bytes: methods, hex/fromhex, formatting, errors
b = b"Hello, World! 123"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize())
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.rindex(b"l"), b.count(b"l"), b.count(b"l", 5))
print(b.find(111), b.count(108), b.find(b"o", 5, 9), b.find(b"zz"))
print(b.startswith(b"Hell"), b.startswith((b"x", b"He")), b.endswith(b"123"), b.endswith(b"1", 0, 15))
print(b.replace(b"l", b"L"), b.replace(b"l", b"L", 1), b.replace(b"", b"."[:0]))
print(b.split(), b.split(b", "), b.split(b"l", 1), b.rsplit(b"l", 1), b.split(maxsplit=1))
print(b"a\nb\r\nc".splitlines(), b"a\nb\r\nc".splitlines(True))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  pad  ".lstrip(), b"  pad  ".rstrip())
print(b.partition(b" "), b.rpartition(b" "), b.partition(b"#"))
print(b"abc".center(9, b"*"), b"abc".ljust(6, b"."), b"abc".rjust(6), b"42".zfill(5), b"-42".zfill(5))
print(b"123".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper())
print(b"Ab Cd".istitle(), b"".isdigit(), b"\xe9".isalpha(), b"abc".isascii(), b"\x80".isascii())
print(b"a\tb".expandtabs(4), b"prefix_x".removeprefix(b"prefix_"), b"x.txt".removesuffix(b".txt"))
# hex / fromhex
print(b"\x00\x0f\xff".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), b"".hex())
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytes.fromhex("0A0b"))
try:
    bytes.fromhex("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
# join / translate / maketrans
print(b", ".join([b"a", b"b", bytearray(b"c")]), b"".join([]))
try:
    b",".join([b"a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
tbl = bytes.maketrans(b"abc", b"ABC")
print(b"aabbcc".translate(tbl), b"hello".translate(None, b"l"))
# % formatting
print(b"%s=%d" % (b"x", 5), b"%05.1f|%x|%c|%c" % (3.14159, 255, 65, b"Z"), b"%r" % b"q", b"%%")
print(b"%(a)s-%(b)s" % {b"a": b"1", b"b": b"2"})
try:
    b"%s" % "text"
except TypeError as e:
    print(type(e).__name__, e)
# constructors and errors
print(bytes(4), bytes([1, 2, 255]), bytes(range(65, 70)), bytes("hé", "utf-8"), bytes(b"copy"))
for bad in ([256], [-1], "text", 1.5):
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(b[0], b[-1], b[0:5], b[::-3], type(b[0]).__name__, b * 2 == b + b)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(bytes.fromhex(b.hex()) == b, list(b"\x01\x02"), b"abc" < b"abd", b"a" == bytearray(b"a"))
