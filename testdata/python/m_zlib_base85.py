import zlib, base64
for d in [b'', b'a', b'abc' * 1000, bytes(range(256)) * 50]:
    print(zlib.crc32(d), zlib.adler32(d), zlib.adler32(d, 12345), zlib.decompress(zlib.compress(d)) == d, zlib.decompress(zlib.compress(d, 9, wbits=31), 47) == d, zlib.decompress(zlib.compress(d, wbits=-15), -15) == d)
try:
    zlib.decompress(b'garbage')
except zlib.error as e:
    print('zlib.error', e)
print(issubclass(zlib.error, Exception), zlib.MAX_WBITS)
for s in [b'', b'a', b'ab', b'abc', b'abcd', b'abcde', b'\x00\x00\x00\x00', b'\x00' * 5, bytes(range(40)), b'\xff' * 9]:
    print(base64.a85encode(s), base64.a85decode(base64.a85encode(s)) == s, base64.b85encode(s), base64.b85encode(s, pad=True), base64.b85decode(base64.b85encode(s)) == s)
print(base64.b32hexencode(b'hello'), base64.b32hexdecode(b'D1IMOR3F'), base64.b32decode(b'MZXW6YQ=', map01=b'L') if False else '', base64.b32decode('ME======'))
for bad in ['MZXW6', 'MZXW6!==', 'mzxw6===']:
    try:
        base64.b32decode(bad)
    except Exception as e:
        print(type(e).__name__, e)
