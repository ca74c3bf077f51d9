import hashlib
for f in (hashlib.blake2b, hashlib.blake2s):
    for kw in [dict(digest_size=16), dict(key=b'secret', digest_size=20), dict(person=b'app', salt=b'salty'), dict(key=b'k'*32), dict(digest_size=1)]:
        for data in [b'', b'x', b'a' * 63, b'a' * 64, b'a' * 65, b'b' * 128, b'c' * 129, b'd' * 1000]:
            h = f(data, **kw)
            h2 = f(**kw)
            for i in range(0, len(data), 37):
                h2.update(data[i:i+37])
            c = h2.copy(); c.update(b'more')
            print(sorted(kw), len(data), h.hexdigest(), h2.hexdigest() == h.hexdigest(), c.hexdigest()[:16], h.digest_size, h.block_size, h.name)
for bad in [dict(digest_size=0), dict(digest_size=65), dict(key=b'x'*65), dict(salt=b'x'*17), dict(person=b'x'*17)]:
    try:
        hashlib.blake2b(**bad)
    except ValueError as e:
        print('ValueError', e)
print(hashlib.blake2s(b'x').hexdigest(), hashlib.blake2b(b'x').digest_size)
print(hashlib.shake_128(b'abc').hexdigest(40), hashlib.shake_256(b'abc').digest(5), hashlib.shake_128().digest_size, hashlib.shake_128().block_size, hashlib.shake_256().block_size, hashlib.new('shake_128', b'x').hexdigest(4))
s = hashlib.shake_128(b'a'); c = s.copy(); c.update(b'b'); print(s.hexdigest(8), c.hexdigest(8), s.name)
for n in ['sha3_224', 'sha3_384']:
    h = hashlib.new(n, b'abc'); print(n, h.hexdigest(), h.digest_size, h.block_size, h.name)
