import json, hashlib, io
from http import HTTPStatus
from urllib.parse import parse_qs, urlsplit
DB = {1: {'id': 1, 'title': 'Buy milk', 'done': False, 'tags': ['home']}, 2: {'id': 2, 'title': 'Write tests', 'done': True, 'tags': ['work', 'dev']}}
class HTTPError(Exception):
    def __init__(self, status, detail=None):
        super().__init__(status)
        self.status = HTTPStatus(status)
        self.detail = detail or self.status.phrase
def respond(status, payload, headers=None):
    body = json.dumps(payload, sort_keys=True, separators=(',', ':')).encode('utf-8')
    st = HTTPStatus(status)
    h = [('Content-Type', 'application/json; charset=utf-8'), ('Content-Length', str(len(body))), ('ETag', '"%s"' % hashlib.sha1(body).hexdigest()[:16])]
    return '%d %s' % (st.value, st.phrase), h + (headers or []), body
def read_json(environ):
    length = int(environ.get('CONTENT_LENGTH') or 0)
    raw = environ['wsgi.input'].read(length)
    if not raw:
        raise HTTPError(400, 'empty body')
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        raise HTTPError(400, 'invalid JSON: %s (line %d col %d)' % (e.msg, e.lineno, e.colno))
    if not isinstance(data, dict):
        raise HTTPError(422, 'object expected, got %s' % type(data).__name__)
    return data
def validate(data, partial=False):
    errors = {}
    if not partial or 'title' in data:
        t = data.get('title')
        if not isinstance(t, str) or not t.strip():
            errors['title'] = 'required non-empty string'
        elif len(t) > 20:
            errors['title'] = 'max 20 chars (got %d)' % len(t)
    if 'done' in data and not isinstance(data['done'], bool):
        errors['done'] = 'must be boolean'
    if 'tags' in data and not (isinstance(data['tags'], list) and all(isinstance(x, str) for x in data['tags'])):
        errors['tags'] = 'list of strings'
    if errors:
        raise HTTPError(422, errors)
    return data
def app(environ):
    method, url = environ['REQUEST_METHOD'], urlsplit(environ['PATH_INFO'] + '?' + environ.get('QUERY_STRING', ''))
    parts = [p for p in url.path.split('/') if p]
    try:
        if parts == ['todos'] and method == 'GET':
            q = parse_qs(url.query)
            items = sorted(DB.values(), key=lambda t: t['id'])
            if 'done' in q:
                want = q['done'][0] in ('1', 'true', 'yes')
                items = [t for t in items if t['done'] is want]
            if 'tag' in q:
                items = [t for t in items if set(q['tag']) & set(t['tags'])]
            return respond(200, {'count': len(items), 'items': items})
        if parts == ['todos'] and method == 'POST':
            data = validate(read_json(environ))
            new_id = max(DB) + 1
            DB[new_id] = {'id': new_id, 'title': data['title'].strip(), 'done': data.get('done', False), 'tags': data.get('tags', [])}
            return respond(201, DB[new_id], [('Location', '/todos/%d' % new_id)])
        if len(parts) == 2 and parts[0] == 'todos':
            if not parts[1].isdigit():
                raise HTTPError(404, 'bad id %r' % parts[1])
            tid = int(parts[1])
            if tid not in DB:
                raise HTTPError(404)
            if method == 'GET':
                return respond(200, DB[tid])
            if method == 'PATCH':
                DB[tid].update(validate(read_json(environ), partial=True))
                return respond(200, DB[tid])
            if method == 'DELETE':
                del DB[tid]
                return respond(204, None)
            raise HTTPError(405)
        raise HTTPError(404)
    except HTTPError as e:
        return respond(e.status, {'error': e.detail, 'status': e.status.value})
def call(method, path, body=None, qs=''):
    raw = body if isinstance(body, bytes) else (json.dumps(body).encode() if body is not None else b'')
    env = {'REQUEST_METHOD': method, 'PATH_INFO': path, 'QUERY_STRING': qs, 'CONTENT_LENGTH': str(len(raw)), 'wsgi.input': io.BytesIO(raw)}
    status, headers, out = app(env)
    hd = dict(headers)
    print(method, path + ('?' + qs if qs else ''), '->', status, hd.get('Location', ''), hd['Content-Length'], out.decode())
CASES = [('GET', '/todos', None, ''), ('GET', '/todos', None, 'done=true'), ('GET', '/todos', None, 'tag=home&tag=dev'), ('POST', '/todos', {'title': '  Deploy  ', 'tags': ['ops']}, ''),
         ('POST', '/todos', {'title': '', 'done': 'yes', 'tags': [1]}, ''), ('POST', '/todos', {'title': 'x' * 30}, ''), ('POST', '/todos', b'{"title": "oops",}', ''), ('POST', '/todos', b'[1, 2]', ''),
         ('POST', '/todos', b'', ''), ('PATCH', '/todos/1', {'done': True}, ''), ('PATCH', '/todos/1', {'done': 1}, ''), ('GET', '/todos/3', None, ''), ('DELETE', '/todos/2', None, ''),
         ('GET', '/todos/2', None, ''), ('GET', '/todos/abc', None, ''), ('PUT', '/todos/1', None, ''), ('GET', '/nowhere', None, '')]
for method, path, body, qs in CASES:
    call(method, path, body, qs)
print(len(DB), sorted(DB))
