# JWT-style HS256 tokens: base64url JSON segments, hmac signature, expiry/nbf claims with a fake clock.
import base64
import hashlib
import hmac
import json

class TokenError(Exception):
    pass

class ExpiredToken(TokenError):
    pass

def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b'=').decode('ascii')

def unb64url(text):
    try:
        return base64.urlsafe_b64decode(text + '=' * (-len(text) % 4))
    except (ValueError, TypeError) as e:
        raise TokenError('bad base64: %s' % type(e).__name__)

def encode(claims, key, headers=None):
    header = dict({'alg': 'HS256', 'typ': 'JWT'}, **(headers or {}))
    segs = [b64url(json.dumps(x, separators=(',', ':'), sort_keys=True).encode()) for x in (header, claims)]
    signing_input = '.'.join(segs).encode()
    segs.append(b64url(hmac.new(key, signing_input, hashlib.sha256).digest()))
    return '.'.join(segs)

def decode(token, key, now, leeway=0, audience=None):
    parts = token.split('.')
    if len(parts) != 3:
        raise TokenError('expected 3 segments, got %d' % len(parts))
    try:
        header = json.loads(unb64url(parts[0]))
        claims = json.loads(unb64url(parts[1]))
    except ValueError:
        raise TokenError('segment is not JSON')
    if header.get('alg') != 'HS256':
        raise TokenError('unsupported alg %r' % header.get('alg'))
    expected = hmac.new(key, (parts[0] + '.' + parts[1]).encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, unb64url(parts[2])):
        raise TokenError('signature verification failed')
    if 'exp' in claims and now > claims['exp'] + leeway:
        raise ExpiredToken('expired %ds ago' % (now - claims['exp']))
    if 'nbf' in claims and now + leeway < claims['nbf']:
        raise TokenError('not valid yet')
    if audience is not None and audience not in ([claims['aud']] if isinstance(claims.get('aud'), str) else claims.get('aud', [])):
        raise TokenError('audience mismatch')
    return claims

KEY = b'super-secret-key'
NOW = 1700000000
tok = encode({'sub': 'user-42', 'iat': NOW, 'exp': NOW + 3600, 'aud': ['api', 'web'], 'roles': ['admin']}, KEY)
print(tok)
print(decode(tok, KEY, NOW + 10, audience='api'))
h, p, s = tok.split('.')
forged = b64url(json.dumps({'sub': 'user-1', 'exp': NOW + 99999}).encode())
none_alg = b64url(b'{"alg":"none"}')
cases = [('expired', tok, KEY, NOW + 3601, 0), ('leeway', tok, KEY, NOW + 3610, 30), ('wrong key', tok, b'nope', NOW, 0),
         ('forged', h + '.' + forged + '.' + s, KEY, NOW, 0), ('two segs', h + '.' + p, KEY, NOW, 0),
         ('alg none', none_alg + '.' + p + '.', KEY, NOW, 0), ('junk', 'a.b.c', KEY, NOW, 0),
         ('nbf', encode({'nbf': NOW + 60}, KEY), KEY, NOW, 0), ('nbf leeway', encode({'nbf': NOW + 60}, KEY), KEY, NOW, 120)]
for label, t, key, now, leeway in cases:
    try:
        print('%-10s ok %s' % (label, sorted(decode(t, key, now, leeway))))
    except ExpiredToken as e:
        print('%-10s expired: %s' % (label, e))
    except TokenError as e:
        print('%-10s %s: %s' % (label, type(e).__name__, e))
try:
    decode(tok, KEY, NOW, audience='mobile')
except TokenError as e:
    print(e, issubclass(ExpiredToken, TokenError))
print(unb64url('aGk'), b64url(b'\xfb\xff'), base64.b64encode(b'\xfb\xff'), json.loads(unb64url(h)))
