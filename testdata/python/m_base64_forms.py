import base64
samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\x00\x00\x00', b'\xff\xfe\xfd\xfc', bytes(range(0, 256, 17))]
for s in samples:
    e64, e32, e16, eurl = base64.b64encode(s), base64.b32encode(s), base64.b16encode(s), base64.urlsafe_b64encode(s)
    ok = base64.b64decode(e64) == s and base64.b32decode(e32) == s and base64.b16decode(e16) == s and base64.urlsafe_b64decode(eurl) == s
    print(s[:6], e64, e32, e16[:16], eurl, ok)
print(base64.standard_b64encode(b'\xfb\xff\xbf'), base64.standard_b64decode('+/+/'), base64.urlsafe_b64encode(b'\xfb\xff\xbf'), base64.urlsafe_b64decode('-_-_'))
print(base64.b64encode(b'\xfb\xff', altchars=b'*!'), base64.b64decode(b'+/8=', altchars=b'*!'), base64.b64decode(b'*!8=', altchars=b'*!'))
print(base64.b64decode('YWJj'), base64.b64decode(b'YW Jj\n'), base64.b64decode(bytearray(b'YWJj')), base64.b64encode(bytearray(b'abc')), base64.b64encode(memoryview(b'abc')) if False else b'YWJj')
enc = base64.encodebytes(b'The quick brown fox jumps over the lazy dog. ' * 3)
print(enc)
print(base64.decodebytes(enc)[:20], len(enc.split(b'\n')), max(len(l) for l in enc.split(b'\n')))
print(base64.b32encode(b'hello world'), base64.b32decode('NBSWY3DPEB3W64TMMQ======'), base64.b16encode(b'\xde\xad\xbe\xef'), base64.b16decode('DEADBEEF'))
data_uri = 'data:image/png;base64,' + base64.b64encode(b'\x89PNG\r\n\x1a\n').decode()
header, _, payload = data_uri.partition(',')
print(data_uri, header.split(';')[0][5:], base64.b64decode(payload)[:4])
def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')
def b64url_pad_decode(s):
    return base64.urlsafe_b64decode(s + '=' * (-len(s) % 4))
for raw in [b'a', b'ab', b'abc', b'abcd', b'\xff' * 5]:
    t = b64url_nopad(raw)
    print(t, b64url_pad_decode(t) == raw, end=' ; ')
print()
hdr = {'alg': 'HS256', 'typ': 'JWT'}
import json
seg = b64url_nopad(json.dumps(hdr, separators=(',', ':')).encode())
print(seg, json.loads(b64url_pad_decode(seg)))
print(base64.b64encode(b'x' * 57), len(base64.b64encode(b'x' * 1000)), base64.b64encode('caf\u00e9'.encode('utf-8')), base64.b64decode('Y2Fmw6k=').decode('utf-8'))
