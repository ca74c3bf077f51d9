# complex basics and memoryview basics
z = complex(3, 4)
w = 1 - 2j
print(z, w, z + w, z - w, z * w, z / w, -z, +z, abs(z), z.conjugate(), z.real, z.imag)
print(complex(), complex(2), complex("1+2j"), complex(" 3-4j "), complex("5j"), complex(1.5, -0.5), 2j ** 2)
print(z == 3 + 4j, z == complex(3.0, 4.0), 1j * 1j == -1, (1 + 0j) == 1, hash(1 + 0j) == hash(1))
print(repr(1j), repr(-1j), repr(0j), repr(complex(0, -0.0)), repr(complex(1, 0)), repr(1e20j), repr(complex(-1.5, 2)))
print(format(z, ""), format(w, ".2f"), "{:>12}".format(str(z)), type(z).__name__, isinstance(z, complex))
try:
    z < w
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
import cmath
print(cmath.sqrt(-1), cmath.phase(1j) == cmath.pi / 2, round(cmath.polar(z)[0], 6), abs(cmath.exp(0j)))
# memoryview
data = bytearray(b"hello world")
m = memoryview(data)
print(len(m), m[0], m[-1], m.tobytes(), bytes(m[0:5]), m[6:].tobytes(), m.readonly, m.nbytes)
print(m[::2].tobytes(), m.tolist()[:3], list(m[:2]), m == b"hello world", m[1:3] == b"el")
m[0] = ord("J")
m[6:11] = b"WORLD"
print(data, m.tobytes())
sub = m[6:]
sub[0] = ord("w")
print(data, len(sub), sub.tobytes(), m.hex(), m[:3].hex())
ro = memoryview(b"readonly")
print(ro.readonly, ro[4:].tobytes(), ro.format, ro.itemsize, ro.ndim, ro.shape)
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[0:2] = b"abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[100]
except IndexError as e:
    print(type(e).__name__, e)
with memoryview(b"ctx") as cm:
    print(cm.tobytes(), bytes(cm).decode())
print(cm.obj if False else "released")
def checksum(buf):
    mv = memoryview(buf)
    return sum(mv) % 256, sum(mv[i] for i in range(0, len(mv), 2))
print(checksum(b"\x01\x02\x03\x04"), checksum(bytearray(range(10))))
