# API key management: deterministic uuid5/uuid3 IDs, key hashing with salts, prefix lookup, scopes, rotation.
import hashlib
import hmac
import uuid
from itertools import count, islice, chain, accumulate, pairwise, groupby

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, 'api.example.com')

class KeyStore:
    def __init__(self, pepper):
        self.pepper, self.keys, self.seq = pepper, {}, count(1)
    def _hash(self, secret, salt):
        return hashlib.pbkdf2_hmac('sha256', secret.encode(), salt + self.pepper, 1000).hex()
    def issue(self, owner, scopes):
        n = next(self.seq)
        key_id = uuid.uuid5(NAMESPACE, '%s/%d' % (owner, n))
        secret = hashlib.sha256(('%s|%d|%s' % (owner, n, key_id)).encode()).hexdigest()[:32]
        prefix = 'sk_' + key_id.hex[:8]
        salt = key_id.bytes[:8]
        self.keys[prefix] = {'id': key_id, 'owner': owner, 'scopes': frozenset(scopes), 'hash': self._hash(secret, salt),
                             'salt': salt, 'revoked': False, 'n': n}
        return '%s.%s' % (prefix, secret)
    def authenticate(self, token, need=()):
        prefix, _, secret = token.partition('.')
        rec = self.keys.get(prefix)
        if rec is None:
            return 'unknown key'
        if not hmac.compare_digest(rec['hash'], self._hash(secret, rec['salt'])):
            return 'bad secret'
        if rec['revoked']:
            return 'revoked'
        missing = sorted(set(need) - rec['scopes'])
        return 'missing scopes: ' + ','.join(missing) if missing else 'ok:' + rec['owner']
    def rotate(self, token):
        rec = self.keys[token.split('.')[0]]
        rec['revoked'] = True
        return self.issue(rec['owner'], rec['scopes'])

store = KeyStore(pepper=b'pepper!')
k1 = store.issue('alice', ['read', 'write'])
k2 = store.issue('bob', ['read'])
print(k1, k2, sep='\n')
print(NAMESPACE, uuid.uuid3(uuid.NAMESPACE_URL, 'https://example.com/x'), NAMESPACE.version, NAMESPACE.variant == uuid.RFC_4122)
for token, need in [(k1, ['write']), (k2, ['write', 'admin']), (k2, []), (k1[:-1] + 'x', []), ('sk_nothere.abc', [])]:
    print(token[:14], need, '->', store.authenticate(token, need))
k3 = store.rotate(k1)
print(store.authenticate(k1), store.authenticate(k3, ['read']), sorted(r['n'] for r in store.keys.values()))
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u.hex, u.int % 1000, u.urn, str(uuid.UUID(bytes=u.bytes)) == str(u), uuid.UUID('{12345678123456781234567812345678}') == u)
print(repr(u), u.fields[:3], sorted([uuid.UUID(int=5), uuid.UUID(int=2)]))
try:
    uuid.UUID('not-a-uuid')
except ValueError as e:
    print('ValueError', e)
print(list(islice(count(10, 5), 4)), list(chain.from_iterable([[1], [2, 3]])), list(accumulate([1, 2, 3, 4])), list(pairwise('abcd')))
owners = sorted(((r['owner'], p) for p, r in store.keys.items()), key=lambda t: t[0])
print([(o, len(list(g))) for o, g in groupby(owners, key=lambda t: t[0])])
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 20).hex())
