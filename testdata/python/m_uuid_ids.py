import uuid, hashlib, base64, string
NS_APP = uuid.uuid5(uuid.NAMESPACE_DNS, 'myapp.example.com')
print(NS_APP, NS_APP.version)
def user_uuid(email):
    return uuid.uuid5(NS_APP, email.strip().lower())
ids = [user_uuid(e) for e in ['Alice@Example.com', ' alice@example.com', 'bob@example.com']]
print(ids, ids[0] == ids[1], ids[0] != ids[2])
ALPHABET = string.digits + string.ascii_letters
def base62(n):
    if n == 0:
        return ALPHABET[0]
    out = []
    while n:
        n, r = divmod(n, 62)
        out.append(ALPHABET[r])
    return ''.join(reversed(out))
def unbase62(s):
    n = 0
    for c in s:
        n = n * 62 + ALPHABET.index(c)
    return n
for u in ids[:2] + [uuid.UUID(int=0), uuid.UUID(int=2 ** 128 - 1)]:
    short = base62(u.int)
    print(short, len(short), uuid.UUID(int=unbase62(short)) == u)
def short_b64(u):
    return base64.urlsafe_b64encode(u.bytes).rstrip(b'=').decode()
def from_short_b64(s):
    return uuid.UUID(bytes=base64.urlsafe_b64decode(s + '=='))
s = short_b64(ids[2])
print(s, len(s), from_short_b64(s) == ids[2])
u = uuid.UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
print(u == uuid.NAMESPACE_DNS, u.version, u.variant, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.clock_seq, u.time)
print(uuid.uuid3(uuid.NAMESPACE_URL, 'https://example.com/a'), uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com/a'), uuid.uuid5(uuid.NAMESPACE_OID, ''), uuid.uuid3(uuid.NAMESPACE_X500, 'x' * 100))
for form in ['{6BA7B810-9DAD-11D1-80B4-00C04FD430C8}', 'urn:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8', '6ba7b8109dad11d180b400c04fd430c8', '6BA7B810-9dad-11D1-80b4-00c04fd430c8']:
    print(uuid.UUID(form) == u, end=' ')
print()
ordered = sorted([uuid.UUID(int=5), uuid.UUID(int=1), uuid.UUID('ffffffff-0000-0000-0000-000000000000'), uuid.UUID(int=2 ** 100)])
print([str(x)[:8] for x in ordered], uuid.UUID(int=3) < uuid.UUID(int=4), uuid.UUID(int=3) == uuid.UUID(int=3), len({uuid.UUID(int=3), uuid.UUID(int=3)}))
print(uuid.UUID(bytes=bytes(range(16))), uuid.UUID(bytes_le=bytes(range(16))), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)), uuid.UUID(int=1, version=4))
def is_uuid(s):
    try:
        uuid.UUID(s)
        return True
    except (ValueError, AttributeError, TypeError):
        return False
print([is_uuid(s) for s in [str(u), 'nope', '', '6ba7b810-9dad-11d1-80b4-00c04fd430c', str(u).upper(), str(u) + '0']])
for bad in [dict(hex='abc'), dict(bytes=b'x' * 15), dict(int=-1), dict(int=2 ** 128), dict(fields=(1, 2, 3))]:
    try:
        uuid.UUID(**bad)
    except ValueError as e:
        print('ValueError', e)
try:
    uuid.UUID()
except TypeError as e:
    print('TypeError', e)
r4 = uuid.uuid4()
print(r4.version, r4.variant == uuid.RFC_4122, str(r4)[14], str(r4)[19] in '89ab', len(r4.bytes), uuid.uuid4() != r4)
etag = hashlib.sha1(u.bytes + b'v2').hexdigest()[:10]
print(etag, u.urn, u.hex.upper()[:8], repr(u), str(u) == u.__str__(), int(u) if hasattr(u, '__int__') else u.int)
