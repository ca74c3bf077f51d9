import hashlib, hmac, io
data = b'The quick brown fox jumps over the lazy dog'
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']:
    h = getattr(hashlib, name)(data)
    print(name, h.hexdigest(), h.digest_size, h.block_size)
print(hashlib.shake_128(data).hexdigest(16), hashlib.shake_256(b'').hexdigest(8))
print(hashlib.blake2b(b'x', digest_size=16).hexdigest(), hashlib.blake2b(b'x', key=b'secret', digest_size=20).hexdigest())
print(hashlib.blake2s(b'x', person=b'app', salt=b'salty').hexdigest())
h = hashlib.new('SHA256')
for chunk in [data[i:i + 7] for i in range(0, len(data), 7)]:
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), h.name)
h = hashlib.md5()
h.update(bytearray(b'abc'))
h.update(memoryview(b'def'))
print(h.hexdigest(), hashlib.md5(b'abcdef').hexdigest())
big = b'a' * 1000000
print(hashlib.sha1(big).hexdigest(), hashlib.sha256(big).hexdigest())
f = io.BytesIO(data * 100)
h = hashlib.sha256()
while True:
    block = f.read(256)
    if not block:
        break
    h.update(block)
print(h.hexdigest())
c1 = hashlib.sha512(b'prefix')
c2 = c1.copy()
c2.update(b'-more')
print(c1.hexdigest()[:40], c2.hexdigest()[:40], c1.digest()[:4])
print(sorted(a for a in hashlib.algorithms_guaranteed if not a.startswith('shake')))
print('sha256' in hashlib.algorithms_available, type(hashlib.sha1()).__name__ in ('HASH', 'sha1'))
try:
    hashlib.md5().update('str')
except TypeError as e:
    print('TypeError', e)
for dk in [hashlib.pbkdf2_hmac('sha512', b'pw', b'salt' * 4, 3), hashlib.pbkdf2_hmac('md5', b'', b'x', 1, 40)]:
    print(dk.hex())
print(hashlib.scrypt(b'password', salt=b'NaCl', n=16, r=8, p=1, dklen=32).hex() if hasattr(hashlib, 'scrypt') else 'noscrypt')
# hmac
key = b'\x0b' * 20
for dm in ['md5', 'sha1', 'sha256', 'sha512', hashlib.sha384]:
    m = hmac.new(key, b'Hi There', dm)
    print(m.name, m.hexdigest(), m.digest_size, m.block_size)
m = hmac.new(b'k' * 200, digestmod=hashlib.sha256)
m.update(b'part1')
m2 = m.copy()
m.update(b'part2')
print(m.hexdigest(), m2.hexdigest())
print(hmac.new(b'k', b'part1part2', 'sha256').digest() == hmac.new(b'k', b'part1part2', 'sha256').digest())
sig = hmac.new(b'secret', b'payload', 'sha256').hexdigest()
print(hmac.compare_digest(sig, hmac.new(b'secret', b'payload', 'sha256').hexdigest()), hmac.compare_digest(sig, sig[:-1] + '0'), hmac.compare_digest(b'', b''))
try:
    hmac.new(b'key', b'msg')
except TypeError as e:
    print('TypeError', e)
try:
    hmac.new('strkey', b'msg', 'sha256')
except TypeError as e:
    print('TypeError', e)
try:
    hmac.compare_digest('a', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    hmac.compare_digest('\u00e9', '\u00e9')
except TypeError as e:
    print('TypeError', e)
print(hmac.digest(b'key', b'msg', 'sha256').hex())
