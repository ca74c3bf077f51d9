from functools import partial, reduce, wraps, lru_cache, singledispatch, cached_property, total_ordering
import json, time
def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)
clean = compose(str.strip, str.lower, partial(str.replace, ' ', '-') if False else (lambda s: s.replace(' ', '-')))
print(clean('  Hello World  '), compose()(5))
def middleware_chain(handler, *mws):
    return reduce(lambda h, mw: mw(h), reversed(mws), handler)
def logging_mw(h):
    @wraps(h)
    def inner(req):
        resp = h(req)
        return resp + ' [logged]'
    return inner
def auth_mw(h):
    @wraps(h)
    def inner(req):
        if not req.get('user'):
            return '401 Unauthorized'
        return h(req)
    return inner
def index(req):
    """Index handler."""
    return '200 hello %s' % req['user']
app = middleware_chain(index, logging_mw, auth_mw)
print(app({'user': 'ann'}), app({}), app.__name__, app.__doc__, app.__wrapped__.__wrapped__ is index)
def require_role(role):
    def deco(fn):
        @wraps(fn)
        def wrapper(user, *a, **kw):
            if role not in user.get('roles', ()):
                raise PermissionError('%s requires %s' % (fn.__name__, role))
            return fn(user, *a, **kw)
        wrapper.required_role = role
        return wrapper
    return deco
@require_role('admin')
def delete_user(user, uid):
    return 'deleted %d' % uid
print(delete_user({'roles': ['admin']}, 7), delete_user.required_role, delete_user.__name__)
try:
    delete_user({'roles': []}, 7)
except PermissionError as e:
    print('PermissionError', e)
calls = []
@lru_cache(maxsize=128)
def get_user(uid):
    calls.append(uid)
    return {'id': uid, 'name': 'user%d' % uid}
for uid in [1, 2, 1, 3, 2, 1]:
    get_user(uid)
print(calls, get_user.cache_info().hits, get_user.cache_info().misses, get_user(1) is get_user(1))
get_user.cache_clear()
get_user(1)
print(calls)
@lru_cache(maxsize=None)
def edit_distance(a, b):
    if not a or not b:
        return len(a) + len(b)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))
print(edit_distance('kitten', 'sitting'), edit_distance('flaw', 'lawn'), edit_distance('', 'abc'))
@singledispatch
def serialize(obj):
    raise TypeError('cannot serialize %s' % type(obj).__name__)
@serialize.register(dict)
def _(obj):
    return {str(k): serialize(v) for k, v in obj.items()}
@serialize.register(list)
@serialize.register(tuple)
def _(obj):
    return [serialize(x) for x in obj]
@serialize.register(str)
@serialize.register(int)
@serialize.register(float)
@serialize.register(type(None))
def _(obj):
    return obj
@serialize.register(set)
def _(obj):
    return sorted(serialize(x) for x in obj)
class Money:
    def __init__(self, cents):
        self.cents = cents
@serialize.register(Money)
def _(obj):
    return '%d.%02d' % divmod(obj.cents, 100)
print(json.dumps(serialize({'a': (1, 2.5, None), 'price': Money(1999), 'tags': {'b', 'a'}, 3: [True]})))
try:
    serialize(object())
except TypeError as e:
    print('TypeError', e)
class Request:
    def __init__(self, raw):
        self.raw = raw
        self.parses = 0
    @cached_property
    def headers(self):
        self.parses += 1
        head = self.raw.split('\r\n\r\n', 1)[0]
        return dict(line.split(': ', 1) for line in head.split('\r\n')[1:])
r = Request('GET / HTTP/1.1\r\nHost: x\r\nAccept: */*\r\n\r\nbody')
print(r.headers['Host'], r.headers['Accept'], r.parses, sorted(r.__dict__))
send_json = partial(json.dumps, sort_keys=True, separators=(',', ':'))
print(send_json({'b': 1, 'a': [1, 2]}), send_json.keywords['sort_keys'], send_json.func is json.dumps)
routes = {}
def route(path, methods=('GET',)):
    def deco(fn):
        for m in methods:
            routes[(m, path)] = fn
        return fn
    return deco
@route('/items', methods=('GET', 'POST'))
def items(req):
    return 'items ' + req
print(sorted(routes), routes[('POST', '/items')]('x'))
