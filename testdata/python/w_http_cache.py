# An HTTP caching middleware: Cache-Control parsing, TTL with a fake clock, Vary keys, ETag revalidation, stats.
import hashlib

def parse_cache_control(value):
    out = {}
    for part in filter(None, (p.strip() for p in (value or '').split(','))):
        k, eq, v = part.partition('=')
        k = k.strip().lower()
        out[k] = int(v.strip('"')) if eq and v.strip('"').isdigit() else (v.strip('"') if eq else True)
    return out

class Clock:
    now = 1000

class CacheMiddleware:
    def __init__(self, app, default_ttl=0):
        self.app, self.default_ttl, self.store = app, default_ttl, {}
        self.stats = {'hit': 0, 'miss': 0, 'stale': 0, 'bypass': 0, 'revalidated': 0}
    def key(self, environ, vary=()):
        base = (environ['REQUEST_METHOD'], environ['PATH_INFO'], environ.get('QUERY_STRING', ''))
        return base + tuple((h, environ.get('HTTP_' + h.upper().replace('-', '_'), '')) for h in vary)
    def __call__(self, environ, start_response):
        req_cc = parse_cache_control(environ.get('HTTP_CACHE_CONTROL'))
        if environ['REQUEST_METHOD'] != 'GET' or req_cc.get('no-store'):
            self.stats['bypass'] += 1
            return self.app(environ, start_response)
        vary = self.store.get(('vary', environ['PATH_INFO']), ())
        k = self.key(environ, vary)
        entry = self.store.get(k)
        if entry and Clock.now < entry['expires'] and not req_cc.get('no-cache'):
            self.stats['hit'] += 1
            age = Clock.now - entry['stored']
            if environ.get('HTTP_IF_NONE_MATCH') == entry['etag']:
                start_response('304 Not Modified', [('ETag', entry['etag']), ('Age', str(age))])
                return [b'']
            start_response(entry['status'], entry['headers'] + [('Age', str(age)), ('X-Cache', 'HIT')])
            return [entry['body']]
        self.stats['stale' if entry else 'miss'] += 1
        captured = {}
        body = b''.join(self.app(environ, lambda s, h: captured.update(status=s, headers=h)))
        headers = dict(captured['headers'])
        etag = '"%s"' % hashlib.sha1(body).hexdigest()[:10]
        cc = parse_cache_control(headers.get('Cache-Control'))
        ttl = 0 if cc.get('private') or cc.get('no-store') else cc.get('s-maxage', cc.get('max-age', self.default_ttl))
        if entry and entry['etag'] == etag:
            self.stats['revalidated'] += 1
        if ttl and captured['status'].startswith('200'):
            vary = tuple(sorted(v.strip() for v in headers.get('Vary', '').split(',') if v.strip()))
            self.store[('vary', environ['PATH_INFO'])] = vary
            self.store[self.key(environ, vary)] = {'status': captured['status'], 'headers': captured['headers'] + [('ETag', etag)],
                                                   'body': body, 'etag': etag, 'stored': Clock.now, 'expires': Clock.now + ttl}
        start_response(captured['status'], captured['headers'] + [('ETag', etag), ('X-Cache', 'MISS')])
        return [body]

calls = {'n': 0}
def app(environ, start_response):
    calls['n'] += 1
    path, lang = environ['PATH_INFO'], environ.get('HTTP_ACCEPT_LANGUAGE', 'en')
    if path == '/news':
        start_response('200 OK', [('Cache-Control', 'public, max-age=60'), ('Vary', 'Accept-Language')])
        return [('news in %s v%d' % (lang, Clock.now // 100)).encode()]
    if path == '/me':
        start_response('200 OK', [('Cache-Control', 'private, max-age=600')])
        return [b'your profile']
    start_response('404 Not Found', [('Cache-Control', 'max-age=999')])
    return [b'nope']

mw = CacheMiddleware(app)
def get(path, t, method='GET', **hdrs):
    Clock.now = t
    env = dict({'REQUEST_METHOD': method, 'PATH_INFO': path}, **{'HTTP_' + k: v for k, v in hdrs.items()})
    out = {}
    body = b''.join(mw(env, lambda s, h: out.update(s=s, h=dict(h))))
    print('t=%-5d %-4s %-6s %-18s %-6s %-4s %s' % (t, method, path, out['s'], out['h'].get('X-Cache', '-'), out['h'].get('Age', '-'), body))
    return out['h'].get('ETag')

etag = get('/news', 1000)
get('/news', 1030)
get('/news', 1031, ACCEPT_LANGUAGE='de')
get('/news', 1045, ACCEPT_LANGUAGE='de')
get('/news', 1050, IF_NONE_MATCH=etag)
get('/news', 1055, CACHE_CONTROL='no-cache')
get('/news', 1120)
get('/me', 1121)
get('/me', 1122)
get('/missing', 1123)
get('/missing', 1124)
get('/news', 1125, method='POST')
print(mw.stats, 'app calls:', calls['n'], len([k for k in mw.store if k[0] != 'vary']))
print(parse_cache_control('public, max-age=60, s-maxage="30", no-transform'), parse_cache_control(None))
