import copy, types, os, json
from types import SimpleNamespace, MappingProxyType
DEFAULTS = {'db': {'host': 'localhost', 'port': 5432, 'opts': {'ssl': False}}, 'debug': False, 'hosts': ['localhost'], 'cache': {'ttl': 60}}
def deep_merge(base, override):
    out = copy.deepcopy(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out
prod = deep_merge(DEFAULTS, {'db': {'host': 'db.prod', 'opts': {'ssl': True}}, 'hosts': ['example.com'], 'new': 1})
print(json.dumps(prod, sort_keys=True))
print(DEFAULTS['db']['host'], DEFAULTS['db']['opts'], prod['db']['port'], prod['hosts'] is not DEFAULTS['hosts'])
shallow = copy.copy(DEFAULTS)
shallow['db']['port'] = 9999
print(DEFAULTS['db']['port'])
DEFAULTS['db']['port'] = 5432
def env_overrides(prefix, environ):
    out = {}
    for key, raw in sorted(environ.items()):
        if not key.startswith(prefix):
            continue
        path = key[len(prefix):].lower().split('__')
        val = {'true': True, 'false': False}.get(raw.lower(), raw)
        if isinstance(val, str) and val.isdigit():
            val = int(val)
        node = out
        for p in path[:-1]:
            node = node.setdefault(p, {})
        node[path[-1]] = val
    return out
os.environ['MYAPP_DB__PORT'] = '6543'
os.environ['MYAPP_DEBUG'] = 'true'
os.environ['MYAPP_CACHE__BACKEND'] = 'redis'
ov = env_overrides('MYAPP_', os.environ)
print(ov)
final = deep_merge(prod, ov)
print(final['db'], final['debug'], final['cache'])
for k in ['MYAPP_DB__PORT', 'MYAPP_DEBUG', 'MYAPP_CACHE__BACKEND']:
    del os.environ[k]
print(env_overrides('MYAPP_', os.environ))
def to_ns(obj):
    if isinstance(obj, dict):
        return SimpleNamespace(**{k: to_ns(v) for k, v in obj.items()})
    if isinstance(obj, list):
        return [to_ns(x) for x in obj]
    return obj
cfg = to_ns(final)
print(cfg.db.host, cfg.db.opts.ssl, cfg.hosts, cfg.cache.ttl, type(cfg).__name__)
print(sorted(vars(cfg)), hasattr(cfg, 'missing'), getattr(cfg, 'missing', 'default'))
cfg2 = copy.deepcopy(cfg)
cfg2.db.host = 'other'
print(cfg.db.host, cfg2.db.host, cfg == copy.deepcopy(cfg), cfg.db == SimpleNamespace(host='db.prod', port=6543, opts=SimpleNamespace(ssl=True)))
frozen = MappingProxyType(final)
print(frozen['debug'], 'db' in frozen, len(frozen), sorted(frozen.keys()) == sorted(final))
try:
    frozen['debug'] = False
except TypeError:
    print('read-only config')
try:
    del frozen['debug']
except TypeError:
    print('cannot delete')
final['late'] = 'visible through proxy'
print(frozen['late'], frozen.get('nope'))
class Settings:
    __slots__ = ('_data',)
    def __init__(self, data):
        object.__setattr__(self, '_data', copy.deepcopy(data))
    def __getattr__(self, name):
        try:
            v = self._data[name]
        except KeyError:
            raise AttributeError('no setting %r' % name) from None
        return Settings(v) if isinstance(v, dict) else v
    def __setattr__(self, name, value):
        raise AttributeError('settings are immutable')
    def __copy__(self):
        return self
    def __deepcopy__(self, memo):
        return self
s = Settings(final)
print(s.db.port, s.cache.backend, copy.copy(s) is s, copy.deepcopy(s) is s)
try:
    s.debug = False
except AttributeError as e:
    print('AttributeError', e)
try:
    s.nothing
except AttributeError as e:
    print('AttributeError', e)
def make_handler(name):
    def handler(req):
        return '%s handled %s' % (name, req)
    return handler
h = make_handler('users')
print(isinstance(h, types.FunctionType), h.__name__, h('GET /'), h.__closure__ is not None)
