import hashlib, hmac, base64, json, secrets
def hash_password(password, salt, iterations=1000):
    dk = hashlib.pbkdf2_hmac('sha256', password.encode('utf-8'), salt, iterations)
    return 'pbkdf2_sha256$%d$%s$%s' % (iterations, base64.b64encode(salt).decode(), base64.b64encode(dk).decode())
def verify_password(password, encoded):
    algo, iters, salt_b64, hash_b64 = encoded.split('$')
    salt = base64.b64decode(salt_b64)
    return hmac.compare_digest(hash_password(password, salt, int(iters)), encoded)
stored = hash_password('s3cret!', b'fixedsalt123')
print(stored)
print(verify_password('s3cret!', stored), verify_password('wrong', stored), verify_password('S3cret!', stored))
SECRET = b'server-secret-key'
def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b'=').decode('ascii')
def b64url_decode(s):
    return base64.urlsafe_b64decode(s + '=' * (-len(s) % 4))
def sign(payload):
    body = b64url(json.dumps(payload, sort_keys=True, separators=(',', ':')).encode())
    sig = b64url(hmac.new(SECRET, body.encode(), hashlib.sha256).digest())
    return body + '.' + sig
def unsign(token):
    try:
        body, sig = token.split('.')
    except ValueError:
        return None, 'malformed'
    expected = b64url(hmac.new(SECRET, body.encode(), hashlib.sha256).digest())
    if not hmac.compare_digest(sig, expected):
        return None, 'bad signature'
    return json.loads(b64url_decode(body)), 'ok'
tok = sign({'uid': 42, 'role': 'admin', 'exp': 1700000000})
print(tok)
print(unsign(tok), unsign(tok[:-2] + 'xx'), unsign('nodot'), unsign(tok.replace('admin', 'user')))
def etag(content):
    return 'W/"%s"' % hashlib.md5(content).hexdigest()[:12]
pages = [b'<h1>home</h1>', b'<h1>home</h1>', b'<h1>about</h1>']
print([etag(p) for p in pages], etag(pages[0]) == etag(pages[1]))
def content_address(data):
    h = hashlib.sha256(data).hexdigest()
    return '%s/%s/%s' % (h[:2], h[2:4], h[4:])
print(content_address(b'hello world'), content_address(b''))
def api_signature(method, path, query, body, ts, key):
    canonical = '\n'.join([method.upper(), path, '&'.join(sorted(query.split('&'))) if query else '', hashlib.sha256(body).hexdigest(), str(ts)])
    return hmac.new(key, canonical.encode(), 'sha256').hexdigest()
s1 = api_signature('get', '/v1/items', 'b=2&a=1', b'', 1700000000, b'k1')
s2 = api_signature('GET', '/v1/items', 'a=1&b=2', b'', 1700000000, b'k1')
print(s1, s1 == s2, api_signature('POST', '/v1/items', '', b'{"x":1}', 1700000000, b'k1')[:16])
basic = 'Basic ' + base64.b64encode(b'alice:open sesame').decode()
scheme, _, cred = basic.partition(' ')
user, _, pw = base64.b64decode(cred).decode().partition(':')
print(basic, scheme, user, pw)
print(base64.b64encode(hashlib.sha1(b'dGhlIHNhbXBsZSBub25jZQ==' + b'258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest()).decode())
h = hashlib.sha256()
for chunk in (b'part1', b'part2', b'part3'):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b'part1part2part3').hexdigest(), h.digest_size, h.name, len(h.digest()))
gravatar = hashlib.md5(' Alice@Example.COM '.strip().lower().encode()).hexdigest()
print('https://www.gravatar.com/avatar/' + gravatar + '?s=80')
csrf = secrets.token_urlsafe(32)
print(len(csrf) >= 43, hmac.compare_digest(csrf, csrf), type(csrf).__name__)
print(hashlib.sha256(b'abc').hexdigest(), hashlib.sha512(b'abc').hexdigest()[:32], hashlib.sha1(b'abc').hexdigest(), hashlib.md5(b'abc').hexdigest())
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.md5).hexdigest(), hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', 'sha1').hexdigest())
