# The shape of a small WSGI application, run directly with a fake server.
import json
from urllib.parse import parse_qs
from http import HTTPStatus
def application(environ, start_response):
    path = environ.get('PATH_INFO', '/')
    qs = parse_qs(environ.get('QUERY_STRING', ''))
    if path == '/json':
        body = json.dumps({'path': path, 'q': qs}, sort_keys=True).encode('utf-8')
        status = HTTPStatus.OK
        ctype = 'application/json'
    elif path == '/echo':
        length = int(environ.get('CONTENT_LENGTH') or 0)
        body = environ['wsgi.input'].read(length)
        status = HTTPStatus.OK
        ctype = 'application/octet-stream'
    else:
        body = b'not found'
        status = HTTPStatus.NOT_FOUND
        ctype = 'text/plain'
    start_response('%d %s' % (status, status.phrase), [('Content-Type', ctype), ('Content-Length', str(len(body)))])
    return [body]
import io
def call(path, query='', data=b''):
    captured = {}
    def start_response(status, headers, exc_info=None):
        captured['status'] = status
        captured['headers'] = headers
    env = {'PATH_INFO': path, 'QUERY_STRING': query, 'CONTENT_LENGTH': str(len(data)), 'wsgi.input': io.BytesIO(data)}
    body = b''.join(application(env, start_response))
    return captured['status'], captured['headers'], body
print(call('/json', 'a=1&a=2&b=x'))
print(call('/echo', data=b'payload'))
print(call('/missing'))
