# memoryview over bytes and bytearray: views, slicing, writes through to
# the bytearray, conversions, release.
import hashlib

data = b"hello world"
mv = memoryview(data)
print(len(mv), mv[0], mv[-1], mv.tobytes(), mv.tolist()[:3], mv.hex(), mv.readonly, mv.nbytes, mv.format, mv.itemsize)
part = mv[6:]
print(part.tobytes(), len(part), bytes(part), part == b"world", part.obj is data, mv[2:5].tobytes())
print(b"-".join([mv[:5], b"x"]), hashlib.md5(mv).hexdigest()[:8], list(mv[:3]))

buf = bytearray(b"abcdef")
view = memoryview(buf)
view[0] = 65
view[1:3] = b"BC"
print(buf, view.readonly, view[2:4].tobytes())
sub = view[3:]
sub[0] = 0x44
print(buf, bytes(sub))

with memoryview(b"ctx") as m:
    print(m.tobytes())
try:
    m.tobytes()
except ValueError as e:
    print("ValueError", e)
for bad in (lambda: memoryview("text"), lambda: mv.__setitem__(0, 1), lambda: mv[100]):
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
mv.release()
print(mv == mv)
