# bytearray: mutation methods, slice assignment, +=, *=, errors
ba = bytearray(b"hello")
ba.append(33)
print(ba, len(ba))
ba.extend(b" abc")
ba.extend([65, 66])
ba.extend(bytearray(b"!"))
print(ba)
ba.insert(0, ord(">"))
ba.insert(-1, 0x2d)
ba.insert(100, ord("$"))
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("l"))
print(ba)
try:
    ba.remove(ord("z"))
except ValueError as e:
    print(type(e).__name__, e)
ba.reverse()
print(ba)
ba.reverse()
ba[0] = ord("H")
ba[-1] = 0x3f
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b""
print(ba)
ba[0:0] = b"<<"
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
try:
    ba[::2] = b"x"
except ValueError as e:
    print(type(e).__name__, e)
del ba[::2]
print(ba)
del ba[0]
del ba[-2:]
print(ba)
for bad in (256, -1):
    try:
        ba[0] = bad
    except ValueError as e:
        print(type(e).__name__, e)
try:
    ba.append("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
c = bytearray(b"ab")
d = c
c += b"cd"
print(c, d, c is d)
c *= 2
print(c, d is c, c * 2, bytearray(b"x") + b"y", type(bytearray(b"x") + b"y").__name__)
c.clear()
print(c, len(d), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
e = bytearray(b"copy me")
f = e.copy()
f[0] = ord("C")
print(e, f, e == b"copy me", e.upper(), e.replace(b" ", b"_"), e.split(), e.hex())
print(e.decode(), bytes(e), e[1], e[1:3], type(e[1:3]).__name__, list(e[:2]))
buf = bytearray()
for i in range(5):
    buf += bytes([48 + i])
    buf.append(44)
print(buf, buf.rstrip(b","), buf.count(b","), buf.find(b"3"))
print(bytearray(b"key=val").partition(b"="), bytearray.fromhex("4142"))
