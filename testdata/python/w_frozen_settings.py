# Immutable settings objects (object.__setattr__ in __init__), deep-merged layered config with copy.deepcopy.
import copy
import os

class FrozenError(AttributeError):
    pass

class Settings:
    def __init__(self, **values):
        for k, v in values.items():
            object.__setattr__(self, k, Settings(**v) if isinstance(v, dict) else v)
        object.__setattr__(self, '_keys', tuple(sorted(values)))
    def __setattr__(self, key, value):
        raise FrozenError('settings are read-only (tried to set %r)' % key)
    def __delattr__(self, key):
        raise FrozenError('settings are read-only (tried to delete %r)' % key)
    def __getattr__(self, key):
        raise AttributeError('no setting %r; have %s' % (key, ', '.join(self._keys)))
    def as_dict(self):
        return {k: (v.as_dict() if isinstance(v, Settings) else v) for k, v in ((k, object.__getattribute__(self, k)) for k in self._keys)}
    def __repr__(self):
        return 'Settings(%s)' % ', '.join('%s=%r' % (k, getattr(self, k)) for k in self._keys)
    def __eq__(self, other):
        return isinstance(other, Settings) and self.as_dict() == other.as_dict()
    __hash__ = object.__hash__

def deep_merge(base, override):
    out = copy.deepcopy(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out

def from_env(environ, prefix='APP_'):
    tree = {}
    for key in sorted(environ):
        if not key.startswith(prefix):
            continue
        parts = key[len(prefix):].lower().split('__')
        node = tree
        for p in parts[:-1]:
            node = node.setdefault(p, {})
        raw = environ[key]
        node[parts[-1]] = int(raw) if raw.isdigit() else {'true': True, 'false': False}.get(raw.lower(), raw)
    return tree

DEFAULTS = {'debug': False, 'db': {'host': 'localhost', 'port': 5432, 'options': {'ssl': False, 'pool': 5}}, 'hosts': ['a']}
PROD = {'db': {'host': 'db.prod', 'options': {'ssl': True}}, 'hosts': ['web1', 'web2']}
env = {'APP_DEBUG': 'true', 'APP_DB__OPTIONS__POOL': '20', 'APP_NAME': 'shop', 'HOME': '/root'}
merged = deep_merge(deep_merge(DEFAULTS, PROD), from_env(env))
print(from_env(env))
print(merged)
print(DEFAULTS['db']['options'], DEFAULTS['hosts'])
s = Settings(**merged)
print(s.db.host, s.db.options.pool, s.debug, s.hosts, s.name)
print(s)
for action in (lambda: setattr(s, 'debug', False), lambda: setattr(s.db, 'port', 1), lambda: delattr(s, 'name'), lambda: s.db.user):
    try:
        action()
    except FrozenError as e:
        print('FrozenError:', e)
    except AttributeError as e:
        print('AttributeError:', e)
print(s == Settings(**merged), s == Settings(debug=True), isinstance(FrozenError('x'), AttributeError), len({s, s}))
print(s.as_dict() == merged, hasattr(s, 'nope'), getattr(s.db, 'port', None))
shallow = copy.copy(merged)
shallow['db']['port'] = 1
print(merged['db']['port'], copy.deepcopy(merged)['db'] is merged['db'], os.environ.get('NOPE_NOT_SET', 'unset'))
