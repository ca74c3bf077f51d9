from functools import partial, reduce, wraps, lru_cache, singledispatch, cached_property, total_ordering
import json, time
def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)
clean = compose(lambda s: s.strip(), str.lower, lambda s: s.replace(' ', '-'))
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
