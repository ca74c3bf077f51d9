from http import HTTPStatus
from http.cookies import SimpleCookie
import mimetypes, pprint, shutil, os, tempfile, io
from wsgiref.headers import Headers
from wsgiref.util import request_uri, application_uri, shift_path_info, setup_testing_defaults, is_hop_by_hop
print(HTTPStatus.OK, int(HTTPStatus.NOT_FOUND), HTTPStatus(404).phrase, HTTPStatus.NOT_FOUND.description, HTTPStatus.OK == 200, '%d %s' % (HTTPStatus.FORBIDDEN, HTTPStatus.FORBIDDEN.phrase))
c = SimpleCookie()
c.load('session=abc123; theme="dark mode"; empty=')
print(sorted(c.keys()), c['session'].value, c['theme'].value)
out = SimpleCookie()
out['token'] = 'x y'
out['token']['path'] = '/'
out['token']['httponly'] = True
out['token']['max-age'] = 3600
out['id'] = 7
print(out.output())
print(out['token'].OutputString(), repr(out['id']))
print(mimetypes.guess_type('a/b/file.HTML'), mimetypes.guess_type('x.tar.gz'), mimetypes.guess_type('pic.jpeg'), mimetypes.guess_type('nope.zzz'), mimetypes.guess_extension('text/plain'))
data = {'b': list(range(30)), 'a': {'nested': ['x' * 30, 'y' * 30]}, 'c': (1, 2)}
pprint.pprint(data)
print(pprint.pformat({'short': 1, 'z': [1, 2]}), pprint.pformat([1, 2, 3], width=5))
h = Headers([('Content-Type', 'text/html')])
h.add_header('Content-Disposition', 'attachment', filename='a b.txt')
h['X-Custom'] = 'v'
h.setdefault('content-type', 'ignored')
print(h['content-type'], h.get_all('x-custom'), len(h), 'X-CUSTOM' in h, repr(str(h)))
env = {'SERVER_NAME': 'example.com', 'SERVER_PORT': '8080', 'wsgi.url_scheme': 'http', 'SCRIPT_NAME': '/app', 'PATH_INFO': '/a/b', 'QUERY_STRING': 'x=1'}
print(application_uri(env), request_uri(env), shift_path_info(env), env['SCRIPT_NAME'], env['PATH_INFO'], is_hop_by_hop('Connection'))
t = {}
setup_testing_defaults(t)
print(t['SERVER_NAME'], t['REQUEST_METHOD'], t['wsgi.url_scheme'], t['PATH_INFO'])
d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, 'src', 'sub'))
with open(os.path.join(d, 'src', 'sub', 'f.txt'), 'w') as f:
    f.write('data')
shutil.copytree(os.path.join(d, 'src'), os.path.join(d, 'dst'))
print(open(os.path.join(d, 'dst', 'sub', 'f.txt')).read(), shutil.which('sh') is not None)
shutil.move(os.path.join(d, 'dst'), os.path.join(d, 'moved'))
print(sorted(os.listdir(d)))
shutil.rmtree(d)
print(os.path.exists(d))
