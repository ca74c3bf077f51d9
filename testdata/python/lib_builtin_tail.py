# builtin-type tail: dict views as sets, int() prefixes/underscores, pow modular inverse, math.hypot/dist, str/bytes.splitlines(keepends=), format 'n', BytesIO.getbuffer, closed-stream messages, encode errors
d = {1: 2, 3: 4}
print(d.keys() <= {1, 3, 5}, d.keys() < {1, 3}, d.keys() >= {1}, d.keys() > {1, 3})
print({1, 3, 5} >= d.keys(), {1} <= d.keys(), frozenset({1}) < d.keys())
print(d.items() <= {(1, 2), (3, 4), 5}, d.keys() == {1, 3}, d.keys() != {1}, d.keys() <= {1: 0, 3: 0}.keys())
print(d.keys().isdisjoint([5]), d.keys().isdisjoint({1}), d.items().isdisjoint([(1, 2)]))
print({5} | d.keys(), [1, 9] - d.keys() if False else {1, 9} - d.keys(), {1} & d.keys(), {1, 9} ^ d.keys())
print(d.keys() | [7], d.keys() - [1])
try:
    d.keys() <= [1]
except TypeError as e:
    print(e)
try:
    d.values() <= {1}
except TypeError as e:
    print(e)
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for a in [('0x_ff', 16), ('0x_ff', 0), ('0b_1', 0), ('00', 0), ('-000', 0), ('0_0', 0), ('0x_ff', 10), ('1__2',), ('_1',), ('0x__f', 16), ('1_2', 2), ('0o_17', 8), ('+0x_1f', 0), (' 0b_101 ', 2), ('0_', 0), ('0x', 16), ('0', 0), ('01', 0)]:
    t(lambda: int(*a))
for a in [(3, -1, 7), (38, -1, 97), (2, -1, 4), (5, -1, 1), (3, 4, -7), (3, 2, 0), (2, 10, 1000), (-2, 3, 5), (2.0, 3, 5), (2, 3.0, 5), (True, -1, 3)]:
    t(lambda: pow(*a))
t(lambda: pow(base=2, exp=5, mod=7))
t(lambda: pow(2, 5))
t(lambda: pow(2.5, 2))
t(lambda: pow(2, -2))
import math
for a in [(1, 2, 2), (), (3,), (-3,), (3, 4), (1e308, 1e308), (1.5, 2.5, 3.5, 4.5), (float('inf'), float('nan')), (float('nan'), 1), (0.1, 0.2, 0.3), (1e-320, 1e-320)]:
    t(lambda: math.hypot(*a))
t(lambda: math.hypot('a'))
t(lambda: math.dist((1, 2, 3), (4, 6, 8)))
t(lambda: math.dist((0.1, 0.2), (0.3, 0.7)))
print("a\nb\r\nc\rd".splitlines(keepends=True), "x\n".splitlines(keepends=False), b"a\nb\r\n".splitlines(keepends=1), "a\nb".splitlines(True))
print(format(1234.5, 'n'), format(1e20, 'n'), format(0.1, '.3n'), format(3, 'n'), format(2.0, '10n'), '{:n}'.format(1e-7))
import io
b = io.BytesIO(b'abcdef')
m = b.getbuffer()
m[0] = ord('Z')
print(b.getvalue(), m.nbytes, bytes(m[1:3]), len(m))
for cls in (io.BytesIO, io.StringIO):
    s = cls()
    s.close()
    try:
        s.read()
    except ValueError as e:
        print(cls.__name__, e)
for s, enc in (("caf\xe9", "ascii"), ("\u20ac\u20acx", "latin-1"), ("\U0001f600", "cp1252"), ("a\u0100", "iso8859-15")):
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e, e.start, e.end, e.encoding)
print("h\xe9".encode("utf-16"), "h\xe9".encode("utf-8-sig"), b"\xef\xbb\xbfx".decode("utf-8-sig"), "\u20ac".encode("windows-1252"), "\u20ac".encode("latin9"))
for data, enc in ((b"\xff\xfea", "utf-16"), (b"\xe2\x82", "utf-8"), (b"\xed\xa0\x80", "utf-8"), (b"\x81", "cp1252")):
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e, e.start, e.end, repr(data.decode(enc, "replace")))
print(slice(1, None, -1), repr(slice(3)), slice(None, None, 2).indices(7), slice(-100, 100).indices(4))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print(e)
try:
    slice(0, 1).indices(-1)
except ValueError as e:
    print(e)
