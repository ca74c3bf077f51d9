# memoryview slices with a step read and write the same memory
ba = bytearray(b'abcdefgh')
m = memoryview(ba)
print(m[::2].tobytes(), m[::-1].tobytes(), m[1::3].tolist(), m[::-2][1:].tobytes(), len(m[::3]), m[::2][1], m[::-1][0])
m[::2] = b'1234'
print(ba)
m[::-3] = b'XYZ'
print(ba)
v = m[::2]; v[1] = 0x41; print(ba, bytes(v), v == b'1A3Y' , m[5:2:-1].tobytes(), m[::2].nbytes)
