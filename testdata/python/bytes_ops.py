# bytes: length, indexing, slicing, membership, truth, repetition,
# methods, decoding and encoding.
b = b"hello world"
print(len(b), b[0], b[-1], b[1:3], b[::2], b[::-1])
print(b"ell" in b, 104 in b, b"xyz" in b)
print(bool(b""), bool(b"x"), not b"")
print(b"ab" * 3, 2 * b"-", b"a" + b"b")
print(b.upper(), b.split(), b.split(b"o"), b.replace(b"l", b"L", 2))
print(b"-".join([b"a", b"b", b"c"]), b"  x ".strip(), b"a,b".partition(b","))
print(b.startswith(b"hell"), b.endswith((b"x", b"ld")), b.find(b"o"), b.rfind(b"o"), b.count(b"l"))
print("café".encode("utf-8"), "café".encode("latin-1"), b"caf\xc3\xa9".decode("utf-8"))
print(b"caf\xe9".decode("latin-1"), bytes(3), bytes([65, 66]), list(b"AB"))
print(type(b) is bytes, isinstance(b, bytes), b == b"hello world", b < b"z")
print(b"abc".hex(), bytes.fromhex("616263"), repr(b"it's"), repr(b'"q"'))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError")
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError:
    print("UnicodeDecodeError")
print(b"\xff".decode("utf-8", "replace") == "\ufffd", b"a\xffb".decode("ascii", "ignore"))
data = b""
chunks = [b"ab", b"", b"cd"]
for c in chunks:
    if not c:
        continue
    data += c
print(data)
