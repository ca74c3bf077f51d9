# pickle in a signed cookie as bottle 0.12 does it (cookie_encode /
# cookie_decode: pickle.dumps(data, -1), base64, hmac-md5) and in a
# session store round trip
import base64
import hashlib
import hmac
import pickle


def tob(s):
    return s.encode('utf8') if isinstance(s, str) else bytes(s)


def cookie_encode(data, key):
    msg = base64.b64encode(pickle.dumps(data, -1))
    sig = base64.b64encode(hmac.new(tob(key), msg, digestmod=hashlib.md5).digest())
    return tob('!') + sig + tob('?') + msg


def cookie_decode(data, key):
    data = tob(data)
    if data.startswith(b'!') and b'?' in data:
        sig, msg = data.split(b'?', 1)
        if hmac.compare_digest(sig[1:], base64.b64encode(hmac.new(tob(key), msg, digestmod=hashlib.md5).digest())):
            return pickle.loads(base64.b64decode(msg))
    return None


for value in [('account', 'alice'), ['user', {'id': 7, 'roles': ['admin', 'dev']}],
              ('n', 12345678901234567890), ('f', 0.1), ('t', (1, 'two', b'three', None, True))]:
    c = cookie_encode(value, 'secret-key')
    print(c)
    print(cookie_decode(c, 'secret-key'), cookie_decode(c, 'wrong-key'))
print(cookie_decode(b'!bad?data', 'secret-key'))

# a session dict, cached and restored
session = {'user_id': 42, 'cart': [{'sku': 'A1', 'qty': 2}, {'sku': 'B7', 'qty': 1}],
           'flash': None, 'csrf': 'abc123', 'seen': [1, 2, 3]}
for proto in (2, 4, 5):
    blob = pickle.dumps(session, proto)
    print(proto, len(blob), blob)
    print(pickle.loads(blob) == session)
