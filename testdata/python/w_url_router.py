# A small URL router with regex path params, converters and method dispatch.
import re

class NotFound(Exception):
    pass

class MethodNotAllowed(Exception):
    def __init__(self, allowed):
        super().__init__('allowed: ' + ', '.join(sorted(allowed)))
        self.allowed = allowed

CONVERTERS = {
    'int': (r'\d+', int),
    'str': (r'[^/]+', str),
    'slug': (r'[a-z0-9-]+', str),
    'path': (r'.+', str),
}

class Router:
    def __init__(self):
        self.routes = []

    def add(self, pattern, handler, methods=('GET',)):
        convs = {}
        def repl(m):
            kind, name = m.group(1) or 'str', m.group(2)
            rx, fn = CONVERTERS[kind]
            convs[name] = fn
            return '(?P<%s>%s)' % (name, rx)
        rx = re.sub(r'<(?:(\w+):)?(\w+)>', repl, pattern)
        self.routes.append((re.compile('^' + rx + '$'), convs, set(methods), handler, pattern))

    def route(self, pattern, methods=('GET',)):
        def deco(fn):
            self.add(pattern, fn, methods)
            return fn
        return deco

    def match(self, method, path):
        allowed = set()
        for rx, convs, methods, handler, _ in self.routes:
            m = rx.match(path)
            if not m:
                continue
            if method not in methods:
                allowed |= methods
                continue
            kwargs = {k: convs[k](v) for k, v in m.groupdict().items()}
            return handler, kwargs
        if allowed:
            raise MethodNotAllowed(allowed)
        raise NotFound(path)

router = Router()

@router.route('/')
def index():
    return 'home'

@router.route('/users/<int:uid>')
def user(uid):
    return 'user %d (%s)' % (uid, type(uid).__name__)

@router.route('/users/<int:uid>', methods=('PUT', 'DELETE'))
def user_edit(uid):
    return 'edit user %r' % uid

@router.route('/blog/<slug:slug>/<int:year>')
def post(slug, year):
    return f'post {slug!r} from {year:04d}'

@router.route('/static/<path:rest>')
def static(rest):
    return 'file ' + '|'.join(rest.split('/'))

@router.route('/hello/<name>', methods=['GET', 'POST'])
def hello(name):
    return 'Hello, %s!' % name.title()

requests = [
    ('GET', '/'), ('GET', '/users/42'), ('PUT', '/users/7'), ('POST', '/users/7'),
    ('GET', '/users/abc'), ('GET', '/blog/my-first-post/2019'), ('GET', '/blog/Bad_Slug/1'),
    ('GET', '/static/css/site/main.css'), ('POST', '/hello/ada lovelace'), ('DELETE', '/nope'),
]
for method, path in requests:
    try:
        handler, kwargs = router.match(method, path)
        print(f'{method:6} {path:28} -> {handler.__name__}{sorted(kwargs.items())}: {handler(**kwargs)}')
    except MethodNotAllowed as e:
        print(f'{method:6} {path:28} -> 405', e, sorted(e.allowed))
    except NotFound as e:
        print(f'{method:6} {path:28} -> 404', e.args)
print([r[4] for r in router.routes])
print(router.routes[1][0].pattern)
