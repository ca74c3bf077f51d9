import io, json
from wsgiref.util import setup_testing_defaults, request_uri, application_uri, shift_path_info
from wsgiref.headers import Headers
from http import HTTPStatus
from http.cookies import SimpleCookie
from urllib.parse import parse_qs
import html
def status_line(code):
    s = HTTPStatus(code)
    return '%d %s' % (s.value, s.phrase)
def hello(environ, start_response):
    qs = parse_qs(environ.get('QUERY_STRING', ''))
    name = qs.get('name', ['world'])[0]
    body = ('<p>Hello, %s!</p>' % html.escape(name)).encode('utf-8')
    h = Headers([('Content-Type', 'text/html; charset=utf-8')])
    h['Content-Length'] = str(len(body))
    start_response(status_line(200), h.items())
    return [body]
def api(environ, start_response):
    sub = shift_path_info(environ)
    if sub == 'echo' and environ['REQUEST_METHOD'] == 'POST':
        n = int(environ.get('CONTENT_LENGTH') or 0)
        data = json.loads(environ['wsgi.input'].read(n) or b'null')
        out = json.dumps({'you_sent': data, 'script': environ['SCRIPT_NAME'], 'path': environ['PATH_INFO']}).encode()
        start_response(status_line(200), [('Content-Type', 'application/json')])
        return [out]
    start_response(status_line(404), [('Content-Type', 'text/plain')])
    return [b'no such api: ' + str(sub).encode()]
def session(environ, start_response):
    c = SimpleCookie(environ.get('HTTP_COOKIE', ''))
    visits = int(c['visits'].value) + 1 if 'visits' in c else 1
    out = SimpleCookie()
    out['visits'] = str(visits)
    out['visits']['path'] = '/'
    out['visits']['httponly'] = True
    headers = [('Content-Type', 'text/plain')] + [('Set-Cookie', m.OutputString()) for m in out.values()]
    start_response(status_line(200), headers)
    return [b'visits=%d' % visits]
def router(environ, start_response):
    first = shift_path_info(environ)
    app = {'hello': hello, 'api': api, 'session': session}.get(first)
    if app is None:
        start_response(status_line(404), [('Content-Type', 'text/plain')])
        return [('Not found: %s' % request_uri(environ)).encode()]
    return app(environ, start_response)
def middleware(app):
    def wrapped(environ, start_response):
        def sr(status, headers, exc_info=None):
            headers = list(headers) + [('X-App-Root', application_uri(environ))]
            return start_response(status, headers, exc_info)
        return app(environ, sr)
    return wrapped
application = middleware(router)
def run(method, path, qs='', body=b'', cookie=None):
    env = {'REQUEST_METHOD': method, 'PATH_INFO': path, 'QUERY_STRING': qs, 'wsgi.input': io.BytesIO(body), 'CONTENT_LENGTH': str(len(body))}
    if cookie:
        env['HTTP_COOKIE'] = cookie
    setup_testing_defaults(env)
    captured = {}
    def start_response(status, headers, exc_info=None):
        captured['status'], captured['headers'] = status, headers
        return lambda data: None
    chunks = application(env, start_response)
    body = b''.join(chunks)
    print(method, path, qs, '->', captured['status'], '|', body.decode())
    for k, v in captured['headers']:
        print('   ', k + ':', v)
run('GET', '/hello', 'name=<Ann>')
run('GET', '/hello')
run('POST', '/api/echo/extra', body=b'{"a": [1, 2]}')
run('GET', '/api/nothing')
run('GET', '/session')
run('GET', '/session', cookie='visits=4; other=x')
run('GET', '/missing/page', 'q=1')
