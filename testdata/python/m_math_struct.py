import math, struct
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), type(math.floor(2.0)).__name__)
print(math.sqrt(2), math.isqrt(10 ** 20 + 1), math.pow(2, 0.5), math.exp(1), math.log(100, 10), math.log10(1000), math.log2(1024), math.log(math.e), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.atan2(1, -1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.gcd(48, 18), math.gcd(0, 0), math.gcd(12, 18, 24), math.lcm(4, 6), math.lcm(3, 5, 7), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(4))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.copysign(3, -0.0), math.fabs(-2), math.fmod(-7, 3), -7 % 3, math.remainder(7, 2))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.nextafter(1, 2) - 1, math.ulp(1.0))
print(math.ceil(7 / 2), -(-7 // 2), divmod(-7, 2), math.floor(1e20), math.sqrt(0.0), math.erf(1), math.gamma(5), math.lgamma(10))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.acos(2), lambda: math.exp(1000), lambda: math.isqrt(-1), lambda: math.comb(3, -1)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
def paginate(total, per_page):
    return max(1, math.ceil(total / per_page))
print([paginate(n, 10) for n in (0, 1, 10, 11, 99, 100)])
def haversine(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi, dl = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))
print(round(haversine(48.8566, 2.3522, 51.5074, -0.1278), 6))
# struct
header = struct.pack('!HHIIBBH', 0x1234, 80, 1000, 2000, 5 << 4, 0x18, 65535)
print(header.hex(), len(header), struct.unpack('!HHIIBBH', header))
print(struct.pack('<i', -2), struct.pack('>i', -2), struct.pack('=h', 258), struct.pack('<e', 1.5), struct.unpack('<e', b'\x00\x3c'), struct.pack('>?', 2))
print(struct.pack('<qQ', -2 ** 63, 2 ** 64 - 1), struct.unpack('<d', struct.pack('<d', 0.1))[0], struct.unpack('>f', struct.pack('>f', 0.1))[0])
print(struct.calcsize('<10s'), struct.calcsize('@ci'), struct.calcsize('@ic'), struct.calcsize('@hq'), struct.calcsize('!hq'), struct.calcsize('0s'), struct.calcsize('@P') in (4, 8), struct.calcsize('n') if False else 8)
print(struct.pack('3s', b'abcdef'), struct.pack('>2H', 1, 2), struct.unpack('2s2x2s', b'ab..cd'), struct.pack('x'), struct.pack('>h2xh', 1, 2))
name = 'caf\u00e9'.encode()
rec = struct.pack('>B%dsI' % len(name), len(name), name, 42)
n = rec[0]
print(rec, struct.unpack_from('>%ds' % n, rec, 1)[0].decode(), struct.unpack_from('>I', rec, 1 + n))
buf = bytearray(8)
struct.pack_into('<HI', buf, 1, 7, 0xdeadbeef)
print(buf, struct.Struct('<HI').unpack_from(buf, 1))
S = struct.Struct('!I2sh')
print(S.size, S.format, S.pack(1, b'hi', -1), S.unpack(S.pack(9, b'xy', 300)), [t for t in S.iter_unpack(S.pack(1, b'aa', 2) * 2)])
for bad in [lambda: struct.pack('>h', 40000), lambda: struct.pack('>I', -1), lambda: struct.pack('>H', 1.0), lambda: struct.pack('>s', 'str'), lambda: struct.unpack('>H', b'\x00\x01\x02'), lambda: struct.calcsize('q!'), lambda: struct.pack('>i')]:
    try:
        print(bad())
    except struct.error as e:
        print('struct.error', e)
    except TypeError as e:
        print('TypeError', e)
