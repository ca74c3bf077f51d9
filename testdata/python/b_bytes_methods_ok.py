# bytes: methods, hex/fromhex, formatting, errors
b = b"Hello, World! 123"
print(b.lower(), b.upper())
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.rindex(b"l"), b.count(b"l"), b.count(b"l", 5))
print(b.find(111), b.count(108), b.find(b"o", 5, 9), b.find(b"zz"))
print(b.startswith(b"Hell"), b.startswith((b"x", b"He")), b.endswith(b"123"), b.endswith(b"1", 0, 15))
print(b.replace(b"l", b"L"), b.replace(b"l", b"L", 1), b.replace(b"", b"."[:0]))
print(b.split(), b.split(b", "), b.split(b"l", 1), b.rsplit(b"l", 1), b.split(None, 1))
print(b"a\nb\r\nc".splitlines(), b"a\nb\r\nc".splitlines(True))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  pad  ".lstrip(), b"  pad  ".rstrip())
print(b.partition(b" "), b.rpartition(b" "), b.partition(b"#"))
print(b"123".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t".isspace())
print(b"".isdigit(), b"\xe9".isalpha())
# hex / fromhex
print(b"\x00\x0f\xff".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), b"".hex())
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytes.fromhex("0A0b"))
# join / translate / maketrans
print(b", ".join([b"a", b"b", bytearray(b"c")]), b"".join([]))
# % formatting
print(b"%s=%d" % (b"x", 5), b"%05.1f|%x|%c" % (3.14159, 255, 65), b"%r" % b"q", b"%%")
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
