# A WSGI static-file app over a tempfile dir: mimetypes, ETags/304, Range requests, path traversal guard.
import hashlib
import io
import mimetypes
import os
import tempfile
from http import HTTPStatus
from wsgiref.headers import Headers
from wsgiref.util import request_uri, shift_path_info

def static_app(root):
    def app(environ, start_response):
        rel = environ.get('PATH_INFO', '/').lstrip('/') or 'index.html'
        full = os.path.realpath(os.path.join(root, rel))
        if not full.startswith(os.path.realpath(root) + os.sep):
            return respond(start_response, HTTPStatus.FORBIDDEN, b'forbidden')
        if os.path.isdir(full):
            names = sorted(os.listdir(full))
            return respond(start_response, HTTPStatus.OK, '\n'.join(names).encode(), 'text/plain')
        if not os.path.isfile(full):
            return respond(start_response, HTTPStatus.NOT_FOUND, b'not found: ' + rel.encode())
        with open(full, 'rb') as f:
            data = f.read()
        etag = '"%s"' % hashlib.md5(data).hexdigest()[:12]
        ctype = mimetypes.guess_type(full)[0] or 'application/octet-stream'
        if environ.get('HTTP_IF_NONE_MATCH') == etag:
            return respond(start_response, HTTPStatus.NOT_MODIFIED, b'', ctype, etag)
        rng = environ.get('HTTP_RANGE', '')
        if rng.startswith('bytes='):
            start, _, end = rng[6:].partition('-')
            start = int(start) if start else len(data) - int(end)
            end = min(int(end), len(data) - 1) if end and rng[6] != '-' else len(data) - 1
            if start >= len(data) or start > end:
                return respond(start_response, HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE, b'', extra=[('Content-Range', 'bytes */%d' % len(data))])
            return respond(start_response, HTTPStatus.PARTIAL_CONTENT, data[start:end + 1], ctype, etag,
                           [('Content-Range', 'bytes %d-%d/%d' % (start, end, len(data)))])
        return respond(start_response, HTTPStatus.OK, data, ctype, etag)
    return app

def respond(start_response, status, body, ctype='text/plain', etag=None, extra=()):
    h = Headers([('Content-Type', ctype)])
    if etag:
        h['ETag'] = etag
    for k, v in extra:
        h.add_header(k, v)
    h['Content-Length'] = str(len(body))
    start_response('%d %s' % (status, status.phrase), h.items())
    return [body]

with tempfile.TemporaryDirectory() as root:
    os.makedirs(os.path.join(root, 'css'))
    files = {'index.html': b'<h1>home</h1>', 'css/site.css': b'body{color:red}', 'data.json': b'{"a": 1}',
             'notes.txt': b'0123456789abcdef', 'blob.bin': b'\x00\x01'}
    for name, content in files.items():
        with open(os.path.join(root, name), 'wb') as f:
            f.write(content)
    app = static_app(root)
    etag = '"%s"' % hashlib.md5(b'0123456789abcdef').hexdigest()[:12]
    cases = [('/', {}), ('/css/site.css', {}), ('/data.json', {}), ('/blob.bin', {}), ('/css', {}), ('/missing.png', {}),
             ('/../etc/passwd', {}), ('/notes.txt', {'HTTP_RANGE': 'bytes=2-5'}), ('/notes.txt', {'HTTP_RANGE': 'bytes=-4'}),
             ('/notes.txt', {'HTTP_RANGE': 'bytes=10-'}), ('/notes.txt', {'HTTP_RANGE': 'bytes=99-'}),
             ('/notes.txt', {'HTTP_IF_NONE_MATCH': etag})]
    for path, extra in cases:
        env = dict({'PATH_INFO': path, 'REQUEST_METHOD': 'GET', 'wsgi.input': io.BytesIO()}, **extra)
        seen = {}
        body = b''.join(app(env, lambda s, h: seen.update(s=s, h=h)))
        hdrs = dict(seen['h'])
        print('%-16s %-32s %-24s %s %s' % (path, seen['s'], hdrs['Content-Type'], body[:20], hdrs.get('Content-Range', '')))
env = {'wsgi.url_scheme': 'https', 'HTTP_HOST': 'example.com', 'SCRIPT_NAME': '', 'PATH_INFO': '/app/users/7', 'QUERY_STRING': 'x=1'}
print(request_uri(env), shift_path_info(env), env['SCRIPT_NAME'], env['PATH_INFO'], request_uri(env, include_query=False))
print(mimetypes.guess_type('a/b/photo.JPG'), mimetypes.guess_type('x.tar.gz'), mimetypes.guess_extension('text/html'))
h = Headers([])
h.add_header('Content-Disposition', 'attachment', filename='r\u00e9sum\u00e9.pdf')
h.setdefault('X-A', '1')
print(str(h).strip().splitlines(), h.get_all('x-a'), 'x-a' in h, len(h))
print(HTTPStatus(418).phrase, HTTPStatus.NOT_FOUND.value, int(HTTPStatus.CREATED), HTTPStatus['OK'].description)
