# Parse raw HTTP/1.1 requests: request line, headers (folded, repeated), chunked bodies.
class BadRequest(Exception):
    def __init__(self, msg, code=400):
        super().__init__(msg)
        self.code = code

class Headers:
    def __init__(self):
        self._items = []
    def add(self, name, value):
        self._items.append((name, value))
    def get(self, name, default=None):
        name = name.lower()
        for k, v in self._items:
            if k.lower() == name:
                return v
        return default
    def get_all(self, name):
        return [v for k, v in self._items if k.lower() == name.lower()]
    def __contains__(self, name):
        return self.get(name) is not None
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(self._items)

METHODS = frozenset(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])

def parse_request(raw):
    head, sep, body = raw.partition(b'\r\n\r\n')
    if not sep:
        raise BadRequest('incomplete headers')
    lines = head.decode('iso-8859-1').split('\r\n')
    try:
        method, target, version = lines[0].split(' ')
    except ValueError:
        raise BadRequest('malformed request line %r' % lines[0]) from None
    if method not in METHODS:
        raise BadRequest('unknown method ' + method, 501)
    if not version.startswith('HTTP/') or version[5:] not in ('1.0', '1.1'):
        raise BadRequest('bad version ' + version, 505)
    headers = Headers()
    for line in lines[1:]:
        if line[:1] in (' ', '\t'):
            if not len(headers):
                raise BadRequest('continuation before header')
            k, v = headers._items.pop()
            headers.add(k, v + ' ' + line.strip())
            continue
        name, colon, value = line.partition(':')
        if not colon or name != name.strip():
            raise BadRequest('bad header line %r' % line)
        headers.add(name, value.strip())
    if headers.get('Transfer-Encoding', '').lower() == 'chunked':
        body = decode_chunked(body)
    elif 'Content-Length' in headers:
        n = int(headers.get('Content-Length'))
        if len(body) < n:
            raise BadRequest('body too short: %d < %d' % (len(body), n))
        body = body[:n]
    path, _, query = target.partition('?')
    return {'method': method, 'path': path, 'query': query, 'version': version, 'headers': headers, 'body': body}

def decode_chunked(data):
    out = bytearray()
    while True:
        size_line, _, data = data.partition(b'\r\n')
        size = int(size_line.split(b';')[0], 16)
        if size == 0:
            return bytes(out)
        out += data[:size]
        data = data[size + 2:]

samples = [
    b'GET /index.html?x=1&y=2 HTTP/1.1\r\nHost: example.com\r\nAccept: text/html\r\nAccept: */*\r\n\r\n',
    b'POST /submit HTTP/1.0\r\nContent-Length: 5\r\nX-Long: part one\r\n  part two\r\n\r\nhello world',
    b'PUT /up HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n4\r\nWiki\r\n5;ext=1\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\n\r\n',
    b'BREW /pot HTTP/1.1\r\n\r\n', b'GET /x HTTP/2.0\r\n\r\n', b'GET /x\r\n\r\n', b'GET / HTTP/1.1\r\nHost example\r\n\r\n',
    b'GET / HTTP/1.1\r\n continued\r\n\r\n', b'POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc', b'GET / HTTP/1.1\r\nHost: a',
]
for raw in samples:
    try:
        req = parse_request(raw)
    except BadRequest as e:
        print('%d %s' % (e.code, e))
        continue
    h = req['headers']
    print(req['method'], req['path'], repr(req['query']), req['version'], len(h), list(h))
    print('  host=%s accept=%s long=%r body=%r' % (h.get('host'), h.get_all('ACCEPT'), h.get('x-long'), req['body']))
