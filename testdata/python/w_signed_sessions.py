# A session store that keeps data in hmac-signed, base64-encoded cookies.
import base64
import hashlib
import hmac
import json

class BadSignature(Exception):
    pass

class Signer:
    def __init__(self, secret, salt='cookie-session'):
        self.key = hashlib.sha256((salt + ':' + secret).encode()).digest()
    def signature(self, value):
        mac = hmac.new(self.key, value, hashlib.sha1)
        return base64.urlsafe_b64encode(mac.digest()).rstrip(b'=')
    def sign(self, value):
        return value + b'.' + self.signature(value)
    def unsign(self, signed):
        if b'.' not in signed:
            raise BadSignature('no separator')
        value, sig = signed.rsplit(b'.', 1)
        if not hmac.compare_digest(sig, self.signature(value)):
            raise BadSignature('signature mismatch for %r' % value[:12])
        return value

class Session(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.modified = False
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.modified = True
    def __delitem__(self, key):
        super().__delitem__(key)
        self.modified = True

class SessionInterface:
    cookie_name = 'session'
    def __init__(self, secret):
        self.signer = Signer(secret)
    def open(self, cookie_header):
        cookies = dict(p.strip().split('=', 1) for p in cookie_header.split(';') if '=' in p)
        raw = cookies.get(self.cookie_name)
        if not raw:
            return Session()
        try:
            payload = self.signer.unsign(raw.encode('ascii'))
            data = json.loads(base64.urlsafe_b64decode(payload + b'=' * (-len(payload) % 4)))
        except (BadSignature, ValueError) as e:
            print('  [session rejected: %s: %s]' % (type(e).__name__, e))
            return Session()
        return Session(data)
    def save(self, session):
        if not session.modified:
            return None
        payload = base64.urlsafe_b64encode(json.dumps(session, sort_keys=True, separators=(',', ':')).encode()).rstrip(b'=')
        return '%s=%s; HttpOnly; Path=/' % (self.cookie_name, self.signer.sign(payload).decode())

iface = SessionInterface('s3cr3t')
s = iface.open('')
print(dict(s), s.modified)
s['user_id'] = 42
s['cart'] = ['apple', 'pear']
cookie = iface.save(s)
print(cookie)
value = cookie.split(';')[0]
s2 = iface.open('theme=dark; ' + value)
print(sorted(s2.items()), s2.modified, iface.save(s2))
s2['cart'].append('fig')
del s2['user_id']
print(sorted(s2.items()), s2.modified)
name, _, val = value.partition('=')
payload, sig = val.rsplit('.', 1)
tampered = base64.urlsafe_b64encode(b'{"user_id":1}').rstrip(b'=').decode()
for hdr in ['session=' + tampered + '.' + sig, 'session=' + payload, 'session=' + payload + '.AAAA', 'session=!!!.x']:
    print(hdr[:30], '->', dict(iface.open(hdr)))
other = SessionInterface('different')
print(dict(other.open(value)))
print(hashlib.md5(b'abc').hexdigest(), hashlib.sha256(b'').hexdigest()[:16])
print(hmac.new(b'key', b'The quick brown fox', 'sha256').hexdigest())
print(hmac.compare_digest('abc', 'abc'), hmac.compare_digest(b'abc', b'abd'))
print(base64.b64encode(b'\x00\xff\xfe'), base64.b64decode('aGVsbG8='), base64.b32encode(b'hi'))
