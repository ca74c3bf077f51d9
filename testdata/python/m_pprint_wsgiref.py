import pprint, io
from wsgiref.util import setup_testing_defaults, request_uri, application_uri, shift_path_info, guess_scheme, FileWrapper
from wsgiref.headers import Headers
config = {'database': {'host': 'localhost', 'port': 5432, 'options': {'sslmode': 'require', 'timeout': 30}}, 'debug': False,
          'allowed_hosts': ['example.com', 'www.example.com', 'api.example.com'], 'features': ('a', 'b'), 'empty': {}, 'nums': list(range(25))}
print(pprint.pformat(config))
print(pprint.pformat(config, width=40, sort_dicts=False))
print(pprint.pformat(config, depth=1))
print(pprint.pformat(config['nums'], width=30, compact=True))
print(pprint.pformat([[1, 2], [3, 4]], indent=4, width=10))
print(pprint.pformat('x' * 100, width=40))
print(pprint.pformat({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}), pprint.pformat({'b': 1, 'a': 2}, sort_dicts=False))
cyc = [1]
cyc.append(cyc)
print(pprint.pformat(cyc).startswith('[1, <Recursion on list with id='), pprint.isrecursive(cyc), pprint.isreadable(cyc), pprint.saferepr(cyc)[:20], pprint.isreadable({'a': 1}))
buf = io.StringIO()
pprint.pprint({'k': [1, 2, 3]}, stream=buf)
pprint.PrettyPrinter(width=20, stream=buf).pprint(['alpha', 'beta', 'gamma', 'delta'])
print(repr(buf.getvalue()))
print(pprint.pformat((1,)), pprint.pformat(set(range(3))), pprint.pformat(frozenset()), pprint.pformat([]), pprint.pformat(b'bytes' * 20, width=30))
# wsgiref.util
env = {}
setup_testing_defaults(env)
print(sorted(k for k in env if not k.startswith('wsgi.')), env['HTTP_HOST'], env['SERVER_PROTOCOL'], env['wsgi.version'], env['wsgi.multithread'], env['SCRIPT_NAME'], env['PATH_INFO'])
print(request_uri(env), application_uri(env), guess_scheme(env), guess_scheme({'HTTPS': 'on'}))
env2 = {'wsgi.url_scheme': 'https', 'HTTP_HOST': 'shop.example.com:443', 'SCRIPT_NAME': '/store', 'PATH_INFO': '/items/42/edit', 'QUERY_STRING': 'a=1&b=%20'}
print(request_uri(env2), request_uri(env2, include_query=False), application_uri(env2))
env3 = {'wsgi.url_scheme': 'http', 'SERVER_NAME': 'host', 'SERVER_PORT': '80', 'SCRIPT_NAME': '', 'PATH_INFO': '/caf\u00c3\u00a9 space'}
print(request_uri(env3), application_uri(env3))
env3['SERVER_PORT'] = '8443'
env3['wsgi.url_scheme'] = 'https'
print(application_uri(env3))
segs = []
while True:
    seg = shift_path_info(env2)
    if seg is None:
        break
    segs.append((seg, env2['SCRIPT_NAME'], env2['PATH_INFO']))
print(segs)
e4 = {'SCRIPT_NAME': '/', 'PATH_INFO': '/a//b/'}
print(shift_path_info(e4), e4, shift_path_info(e4), e4, shift_path_info(e4), e4)
e5 = {'SCRIPT_NAME': '', 'PATH_INFO': ''}
print(shift_path_info(e5), e5)
fw = FileWrapper(io.BytesIO(b'abcdefgh'), blksize=3)
print(list(fw))
# wsgiref.headers
h = Headers()
h['Content-Type'] = 'text/plain; charset=utf-8'
h.add_header('Set-Cookie', 'a=1', Path='/', HttpOnly=None)
h.add_header('Set-Cookie', 'b=2')
h.add_header('Content-Disposition', 'attachment', filename='report.csv')
print(len(h), h.keys(), h.values()[:1], h.get_all('set-cookie'), h.get('X-Missing'), h.get('x-missing', 'dflt'))
h['set-cookie'] = 'replaced=1'
print(h.get_all('Set-Cookie'), h.items()[-1])
del h['content-disposition']
del h['not-there']
print(h.setdefault('Cache-Control', 'no-cache'), h.setdefault('cache-control', 'ignored'), 'CACHE-CONTROL' in h, str(h).count('\r\n'))
print(repr(bytes(h)))
print(repr(h))
try:
    h['Bad'] = 5
except AssertionError as e:
    print('AssertionError', e)
try:
    Headers({'a': 'b'})
except TypeError as e:
    print('TypeError', e)
