# bytearray: construction, bytes methods returning bytearray, mutation,
# comparison with bytes, use where bytes-like values are taken.
import base64
import hashlib
import io

b = bytearray(b"hello")
print(b, len(b), b[0], b[-1], b[1:3], type(b[1:3]).__name__, list(b[:2]))
print(bytearray(), bytearray(3), bytearray([65, 66]), bytearray("h\u00e9", "utf-8"), bytearray(b"x") * 3)
b[0] = 72
b += b" world"
b.append(33)
print(b, b.upper(), type(b.upper()).__name__, b.decode(), b.find(b"o"), b.count(b"l"))
b.extend([10, 11])
b.extend(b"\x00")
print(b, b.pop(), b.pop(0), b)
b.insert(0, 74)
b.insert(100, 63)
b.remove(63)
print(b)
del b[0]
del b[-2:]
print(b)
b[0:5] = b"HELLO"
print(b)
b[0:0] = [1, 2]
print(b)
b[::2] = bytes(len(b[::2]))
print(b)
b.reverse()
print(b, b.copy() == b, b.copy() is b)
c = bytearray(b"a,b,,c")
print(c.split(b","), c.partition(b","), c.replace(b",", b";"), c.strip(b"ac"), c.startswith(b"a,"))
print(bytearray(b" x ").strip(), bytearray(b"-").join([b"a", bytearray(b"b")]), b"+".join([bytearray(b"p"), b"q"]))
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", bytearray(b"b") > bytearray(b"a"))
print(b"ab" in bytearray(b"xaby"), 97 in bytearray(b"a"), bytes(bytearray(b"q")), type(bytes(bytearray(b"q"))).__name__)
print(bytearray.fromhex("de ad"), bytearray(b"\xde\xad").hex(), isinstance(bytearray(), bytes), isinstance(bytearray(), bytearray))
print(b"x" + bytearray(b"y"), type(b"x" + bytearray(b"y")).__name__, bytearray(b"x") + b"y")
print(hashlib.sha256(bytearray(b"abc")).hexdigest()[:16], base64.b64encode(bytearray(b"hi")), io.BytesIO(bytearray(b"io")).read())
print([x for x in bytearray(b"AB")], sorted(bytearray(b"cab")), bytearray(b"%d-%s") % (1, b"x"))
c.clear()
print(c, len(c), bool(c))
for bad in (lambda: bytearray(b"a")[5], lambda: bytearray(b"a").__setitem__(0, 300), lambda: hash(bytearray()),
            lambda: bytearray().pop(), lambda: bytearray(b"a").remove(98), lambda: bytearray("x")):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
