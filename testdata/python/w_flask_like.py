# A Flask-like micro framework: @app.route, Request/Response classes, error handlers, before/after hooks.
import io
import json
import re
from urllib.parse import parse_qs

class HTTPException(Exception):
    code, description = 500, 'Internal Server Error'
    def __init__(self, description=None):
        super().__init__(description or self.description)

class NotFound(HTTPException):
    code, description = 404, 'Not Found'

class BadRequest(HTTPException):
    code, description = 400, 'Bad Request'

class Request:
    def __init__(self, environ):
        self.environ = environ
        self.method = environ.get('REQUEST_METHOD', 'GET').upper()
        self.path = environ.get('PATH_INFO', '/')
        self.args = {k: v[-1] for k, v in parse_qs(environ.get('QUERY_STRING', '')).items()}
        self.headers = {k[5:].replace('_', '-').title(): v for k, v in environ.items() if k.startswith('HTTP_')}
        self._body = None
    @property
    def data(self):
        if self._body is None:
            n = int(self.environ.get('CONTENT_LENGTH') or 0)
            self._body = self.environ['wsgi.input'].read(n)
        return self._body
    def get_json(self):
        try:
            return json.loads(self.data.decode('utf-8'))
        except ValueError:
            raise BadRequest('invalid json body')

class Response:
    def __init__(self, body='', status=200, headers=None, mimetype='text/html'):
        if isinstance(body, (dict, list)):
            body, mimetype = json.dumps(body, sort_keys=True), 'application/json'
        self.body = body.encode('utf-8') if isinstance(body, str) else body
        self.status = status
        self.headers = dict(headers or {}, **{'Content-Type': mimetype})
    @property
    def status_line(self):
        phrases = {200: 'OK', 201: 'Created', 400: 'Bad Request', 404: 'Not Found', 500: 'Internal Server Error'}
        return '%d %s' % (self.status, phrases.get(self.status, 'Unknown'))

class App:
    def __init__(self, name):
        self.name, self.rules, self.before, self.after, self.handlers = name, [], [], [], {}
    def route(self, rule, methods=('GET',)):
        rx = re.compile('^' + re.sub(r'<(\w+)>', r'(?P<\1>[^/]+)', rule) + '$')
        def deco(fn):
            self.rules.append((rx, set(methods), fn))
            return fn
        return deco
    def before_request(self, fn):
        self.before.append(fn)
        return fn
    def after_request(self, fn):
        self.after.append(fn)
        return fn
    def errorhandler(self, code):
        def deco(fn):
            self.handlers[code] = fn
            return fn
        return deco
    def dispatch(self, req):
        for fn in self.before:
            rv = fn(req)
            if rv is not None:
                return rv
        for rx, methods, fn in self.rules:
            m = rx.match(req.path)
            if m and req.method in methods:
                return fn(req, **m.groupdict())
        raise NotFound('no route for %s %s' % (req.method, req.path))
    def make_response(self, rv):
        if isinstance(rv, Response):
            return rv
        if isinstance(rv, tuple):
            return Response(rv[0], status=rv[1])
        return Response(rv)
    def __call__(self, environ, start_response):
        req = Request(environ)
        try:
            resp = self.make_response(self.dispatch(req))
        except HTTPException as e:
            handler = self.handlers.get(e.code)
            resp = self.make_response(handler(e)) if handler else Response(str(e), e.code, mimetype='text/plain')
        except Exception as e:
            resp = Response('%s: %s' % (type(e).__name__, e), 500, mimetype='text/plain')
        for fn in self.after:
            resp = fn(resp)
        start_response(resp.status_line, sorted(resp.headers.items()))
        return [resp.body]

app = App(__name__)
NOTES = {1: 'buy milk'}

@app.before_request
def require_key(req):
    if req.path.startswith('/admin') and req.headers.get('X-Api-Key') != 'k3y':
        return Response('forbidden', 403, mimetype='text/plain')

@app.after_request
def add_server(resp):
    resp.headers['Server'] = 'mini/0.1'
    return resp

@app.errorhandler(404)
def not_found(e):
    return {'error': str(e)}, 404

@app.route('/')
def index(req):
    return '<h1>Hello %s</h1>' % req.args.get('name', 'world')

@app.route('/notes/<nid>')
def get_note(req, nid):
    if int(nid) not in NOTES:
        raise NotFound('note %s' % nid)
    return {'id': int(nid), 'text': NOTES[int(nid)]}

@app.route('/notes', methods=['POST'])
def add_note(req):
    data = req.get_json()
    NOTES[max(NOTES) + 1] = data['text']
    return {'created': max(NOTES)}, 201

@app.route('/admin/stats')
def stats(req):
    return {'notes': len(NOTES), 'ua': req.headers.get('User-Agent')}

def call(method, url, body=b'', **headers):
    path, _, qs = url.partition('?')
    env = {'REQUEST_METHOD': method, 'PATH_INFO': path, 'QUERY_STRING': qs, 'CONTENT_LENGTH': str(len(body)),
           'wsgi.input': io.BytesIO(body)}
    env.update({'HTTP_' + k.upper(): v for k, v in headers.items()})
    out = {}
    body = b''.join(app(env, lambda s, h: out.update(status=s, headers=h)))
    print(method, url, '|', out['status'], '|', dict(out['headers'])['Content-Type'], '|', body.decode())

call('GET', '/?name=Ada&name=Grace')
call('GET', '/notes/1')
call('GET', '/notes/7')
call('POST', '/notes', b'{"text": "write tests"}')
call('POST', '/notes', b'{oops')
call('POST', '/notes', b'{"txt": 1}')
call('GET', '/notes/x')
call('DELETE', '/notes/1')
call('GET', '/admin/stats')
call('GET', '/admin/stats', X_API_KEY='k3y', USER_AGENT='curl/8')
