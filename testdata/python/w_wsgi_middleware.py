# A WSGI app wrapped in a middleware stack, driven by a fake server.
import io
from urllib.parse import parse_qs, quote, urlencode
from http.cookies import SimpleCookie

def app(environ, start_response):
    path = environ['PATH_INFO']
    if path == '/old':
        start_response('302 Found', [('Location', '/new?' + urlencode({'from': 'old'}))])
        return [b'']
    if path == '/form':
        size = int(environ.get('CONTENT_LENGTH') or 0)
        form = parse_qs(environ['wsgi.input'].read(size).decode('utf-8'))
        body = '; '.join('%s=%s' % (k, ','.join(v)) for k, v in sorted(form.items()))
    else:
        q = parse_qs(environ.get('QUERY_STRING', ''), keep_blank_values=True)
        user = environ.get('app.user', 'anonymous')
        body = f'path={path} user={user} q={sorted(q.items())}'
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return [body.encode('utf-8'), b'\n']

def auth_middleware(inner):
    def wrapper(environ, start_response):
        cookie = SimpleCookie(environ.get('HTTP_COOKIE', ''))
        if 'user' in cookie:
            environ['app.user'] = cookie['user'].value
        return inner(environ, start_response)
    return wrapper

def header_middleware(name, value):
    def deco(inner):
        def wrapper(environ, start_response):
            def sr(status, headers, exc_info=None):
                return start_response(status, headers + [(name, value)], exc_info)
            return inner(environ, sr)
        return wrapper
    return deco

class ContentLength:
    def __init__(self, inner):
        self.inner = inner
    def __call__(self, environ, start_response):
        saved = []
        chunks = list(self.inner(environ, lambda s, h, e=None: saved.append((s, h))))
        status, headers = saved[0]
        body = b''.join(chunks)
        start_response(status, headers + [('Content-Length', str(len(body)))])
        return [body]

stack = ContentLength(header_middleware('X-Frame-Options', 'DENY')(auth_middleware(app)))

def request(method, url, body=b'', cookie=None):
    path, _, query = url.partition('?')
    environ = {'REQUEST_METHOD': method, 'PATH_INFO': path, 'QUERY_STRING': query,
               'CONTENT_LENGTH': str(len(body)), 'wsgi.input': io.BytesIO(body),
               'SERVER_NAME': 'localhost', 'SERVER_PORT': '80', 'wsgi.url_scheme': 'http'}
    if cookie:
        environ['HTTP_COOKIE'] = cookie
    result = {}
    def start_response(status, headers, exc_info=None):
        result['status'], result['headers'] = status, headers
    body = b''.join(stack(environ, start_response))
    print(method, url, '->', result['status'])
    for k, v in result['headers']:
        print('   %s: %s' % (k, v))
    print('   body:', body)

request('GET', '/hello?a=1&b=two&a=3&empty=')
request('GET', '/me', cookie='user=alice; theme=dark')
request('GET', '/me', cookie='theme="dark blue"; user="bob smith"')
request('POST', '/form', body=b'name=J%C3%BCrgen&tags=a&tags=b+c&x=%26')
request('GET', '/old')
print(quote('a b/c?d=\u00e9'), quote('a b/c', safe=''), urlencode([('k', 'v w'), ('k', '&')]))
c = SimpleCookie()
c['sid'] = 'abc123'
c['sid']['path'] = '/'
c['sid']['httponly'] = True
print(c.output())
print(sorted(SimpleCookie('a=1; b=2; c=3').keys()))
