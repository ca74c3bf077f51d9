# memoryview.toreadonly/strides/contiguous; __qualname__ of the built-in types' methods
ba = bytearray(b'abcdef')
m = memoryview(ba)
r = m.toreadonly()
print(r.readonly, m.readonly, r.tobytes(), m[::2].strides, m.strides, m[::2].contiguous, m.c_contiguous, m[::2][:1].f_contiguous, m.suboffsets)
try: r[0] = 1
except TypeError as e: print(e)
ba[0] = 65; print(r.tobytes(), r[::2].readonly)
import math
for f in (len, str.upper, "a".upper, [].append, list.append, dict.fromkeys, int.from_bytes, math.sqrt, {}.get, (1).bit_length, str.maketrans, bytes.fromhex, object.__init__, [].__len__, "".__add__, set.add, frozenset.union, (1.5).hex, bytearray.zfill):
    print(f.__name__, f.__qualname__)
