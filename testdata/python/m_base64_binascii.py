import base64, binascii
samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40], b'\xff\xfe\xfd']
for s in samples[:7]:
    print(base64.b64encode(s), base64.b32encode(s), base64.b16encode(s), base64.urlsafe_b64encode(s))
for s in samples:
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
print('roundtrips ok')
print(base64.b64encode(samples[7]).decode('ascii'))
print(base64.urlsafe_b64encode(b'\xfb\xef\xff').rstrip(b'='), base64.urlsafe_b64decode(b'--__' + b'=' * 0))
token = base64.urlsafe_b64encode(b'{"user":1}').rstrip(b'=').decode()
pad = '=' * (-len(token) % 4)
print(token, base64.urlsafe_b64decode(token + pad))
print(base64.b64decode(b'Zm9v YmFy'), base64.b64decode('Zm9v\nYmFy\n'), base64.b64decode(b'Zm9vYmFy', validate=True))
print(base64.b32decode(b'mzxw6===', casefold=True), base64.b16decode(b'cafe', casefold=True), base64.b32hexencode(b'foo') if hasattr(base64, 'b32hexencode') else b'CPNMU===')
enc = base64.encodebytes(bytes(range(100)))
print(enc.count(b'\n'), len(enc.split(b'\n')[0]), base64.decodebytes(enc) == bytes(range(100)))
print(base64.a85encode(b'hello'), base64.a85decode(b'BOu!rDZ'), base64.b85encode(b'hello'), base64.b85decode(b'Xk~0{Zv'))
for bad, fn in [('Zm9', base64.b64decode), ('Zm9v!', lambda x: base64.b64decode(x, validate=True)), ('MZXW6', base64.b32decode), ('xyz', base64.b16decode), ('cafe', base64.b16decode)]:
    try:
        print(fn(bad))
    except binascii.Error as e:
        print('binascii.Error', e)
    except ValueError as e:
        print('ValueError', e)
try:
    base64.b64encode('text')
except TypeError as e:
    print('TypeError', e)
try:
    base64.b64decode('\u00e9')
except ValueError as e:
    print('ValueError', e)
# binascii
print(binascii.hexlify(b'\x00\x01\xab\xff'), binascii.unhexlify(b'00ff10'), binascii.unhexlify('DEADbeef'))
print(binascii.hexlify(b'abc', '-'), binascii.b2a_hex(b'\x10\x20', b':', 1), binascii.a2b_hex('4142'))
print(binascii.crc32(b''), binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')))
crc = 0
for part in [b'The ', b'quick ', b'brown ', b'fox']:
    crc = binascii.crc32(part, crc)
print(crc, crc == binascii.crc32(b'The quick brown fox'), hex(crc & 0xffffffff))
print(binascii.b2a_base64(b'abc'), binascii.b2a_base64(b'abc', newline=False), binascii.a2b_base64(b'YWJj\n'))
print(binascii.crc_hqx(b'123456789', 0xffff), binascii.b2a_hex(bytes([7, 200])).decode())
for bad in [b'abc', b'zz', 'g0']:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print('binascii.Error', e)
print(issubclass(binascii.Error, ValueError), bytes.fromhex('de ad be ef').hex(), b'\x01\x02'.hex(':'))
import zlib
print(zlib.crc32(b'hello world') == binascii.crc32(b'hello world'), zlib.adler32(b'abc'))
