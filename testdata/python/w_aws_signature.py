# An AWS-SigV4-style canonical request, string-to-sign and signing-key derivation with hashlib/hmac.
import hashlib
import hmac
from urllib.parse import quote

def sha256_hex(data):
    return hashlib.sha256(data if isinstance(data, bytes) else data.encode('utf-8')).hexdigest()

def hmac_sha256(key, msg):
    return hmac.new(key, msg.encode('utf-8'), hashlib.sha256).digest()

def canonical_query(params):
    pairs = []
    for k, v in params.items():
        values = v if isinstance(v, (list, tuple)) else [v]
        for item in values:
            pairs.append((quote(str(k), safe='-_.~'), quote(str(item), safe='-_.~')))
    return '&'.join('%s=%s' % kv for kv in sorted(pairs))

def canonical_headers(headers):
    norm = {}
    for k, v in headers.items():
        norm[k.lower().strip()] = ' '.join(str(v).split())
    names = sorted(norm)
    return ''.join('%s:%s\n' % (n, norm[n]) for n in names), ';'.join(names)

def canonical_request(method, path, params, headers, body):
    hdrs, signed = canonical_headers(headers)
    segments = [quote(seg, safe='-_.~') for seg in path.split('/')]
    return '\n'.join([method.upper(), '/'.join(segments) or '/', canonical_query(params), hdrs, signed, sha256_hex(body)]), signed

def signing_key(secret, date, region, service):
    key = ('AWS4' + secret).encode('utf-8')
    for part in (date, region, service, 'aws4_request'):
        key = hmac_sha256(key, part)
    return key

def sign(method, path, params, headers, body, access_key, secret, stamp, region='us-east-1', service='s3'):
    creq, signed = canonical_request(method, path, params, headers, body)
    date = stamp[:8]
    scope = '/'.join([date, region, service, 'aws4_request'])
    to_sign = '\n'.join(['AWS4-HMAC-SHA256', stamp, scope, sha256_hex(creq)])
    sig = hmac.new(signing_key(secret, date, region, service), to_sign.encode(), hashlib.sha256).hexdigest()
    auth = 'AWS4-HMAC-SHA256 Credential=%s/%s, SignedHeaders=%s, Signature=%s' % (access_key, scope, signed, sig)
    return creq, to_sign, auth

headers = {'Host': 'examplebucket.s3.amazonaws.com', 'X-Amz-Date': '20130524T000000Z',
           'X-Amz-Content-Sha256': sha256_hex(b''), 'Range': '  bytes=0-9  ', 'X-Amz-Meta-Note': 'a   b\tc'}
creq, sts, auth = sign('get', '/photos/my vacation/img 1.jpg', {'list-type': 2, 'prefix': 'J&K', 'tag': ['b', 'a'], 'x y': ''},
                       headers, b'', 'AKIDEXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', '20130524T000000Z')
print(creq)
print('---')
print(sts)
print('---')
print(auth)
print(signing_key('secret', '20240101', 'eu-west-1', 'execute-api').hex())
print(hashlib.sha1(b'abc').hexdigest(), hashlib.sha512(b'abc').hexdigest()[:32], hashlib.new('md5', b'x').hexdigest())
h = hashlib.sha256()
for chunk in (b'hello ', b'world'):
    h.update(chunk)
print(h.hexdigest() == sha256_hex('hello world'), h.digest_size, h.block_size, h.name, len(h.digest()))
m = hmac.new(b'k', digestmod='sha1')
m.update(b'part1')
m2 = m.copy()
m2.update(b'part2')
print(m.hexdigest(), m2.hexdigest(), hmac.new(b'k', b'part1part2', 'sha1').hexdigest() == m2.hexdigest())
print(quote('/a b/~c', safe='/'), quote('\u00fc&=', safe=''), bytes.fromhex('00ff10').hex(), b'\x01\xab'.hex(':'))
