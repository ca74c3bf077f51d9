import hashlib, hmac, base64, binascii
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s', 'sha3_256']:
    h = hashlib.new(name, b'hello')
    print(name, h.hexdigest()[:32], h.digest_size, h.name)
h = hashlib.sha256()
h.update(b'hel')
c = h.copy()
h.update(b'lo')
print(h.hexdigest() == hashlib.sha256(b'hello').hexdigest(), c.hexdigest() == hashlib.sha256(b'hel').hexdigest(), h.block_size)
print(hashlib.md5(b'').hexdigest(), len(hashlib.sha1(b'x').digest()), sorted(hashlib.algorithms_guaranteed)[:3])
try:
    hashlib.sha256('text')
except TypeError as e:
    print('TypeError', e)
try:
    hashlib.new('nope')
except ValueError as e:
    print('ValueError', e)
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex(), hashlib.pbkdf2_hmac('sha1', b'pw', b's', 2, dklen=8).hex())
mac = hmac.new(b'key', b'message', hashlib.sha256)
print(mac.hexdigest(), mac.name, mac.digest_size)
mac2 = hmac.new(b'key', digestmod='md5')
mac2.update(b'msg')
print(mac2.hexdigest(), hmac.digest(b'k', b'm', 'sha1').hex(), hmac.compare_digest(b'a', b'a'), hmac.compare_digest('a', 'b'))
print(base64.b64encode(b'hello world'), base64.b64decode(b'aGVsbG8gd29ybGQ='), base64.b64decode('aGVsbG8=\n'))
print(base64.urlsafe_b64encode(b'\xfb\xff'), base64.urlsafe_b64decode('-_8='), base64.b64encode(b'\xfb\xff', altchars=b'-_'))
print(base64.b32encode(b'abc'), base64.b32decode(b'MFRGG==='), base64.b16encode(b'\x01\xab'), base64.b16decode('01AB'))
print(base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\n'), base64.standard_b64encode(b'1'))
for bad in ['abc', 'a']:
    try:
        base64.b64decode(bad)
    except binascii.Error as e:
        print('binascii.Error', e)
try:
    base64.b64decode('ab!c', validate=True)
except binascii.Error as e:
    print('binascii.Error')
