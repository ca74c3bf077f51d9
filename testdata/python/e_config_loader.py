# a realistic config loader that collects typed-conversion errors per line

SCHEMA = {
    'port': int,
    'ratio': float,
    'debug': 'bool',
    'name': str,
    'workers': int,
    'hosts': 'list',
}

TEXT = """
# sample config
name = demo app
port = 80x
ratio = 0.75
debug = yes
workers = -3
hosts = a.example, b.example ,, c.example
unknown_key = 1
ratio = abc
just some words
port=
debug = maybe
workers = 4
"""

class ConfigError(Exception):
    def __init__(self, lineno, key, reason):
        super().__init__(lineno, key, reason)
        self.lineno = lineno
        self.key = key
        self.reason = reason

    def __str__(self):
        return f'line {self.lineno}: {self.key}: {self.reason}'

def to_bool(text):
    table = {'yes': True, 'true': True, '1': True, 'no': False, 'false': False, '0': False}
    try:
        return table[text.lower()]
    except KeyError:
        raise ValueError(f'not a boolean: {text!r}') from None

def convert(kind, raw):
    if kind == 'bool':
        return to_bool(raw)
    if kind == 'list':
        return [p.strip() for p in raw.split(',') if p.strip()]
    return kind(raw)

def load(text):
    cfg, errors = {}, []
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        try:
            key, raw = (part.strip() for part in line.split('=', 1))
        except ValueError as e:
            errors.append(ConfigError(lineno, '?', f'malformed ({e})'))
            continue
        try:
            kind = SCHEMA[key]
        except KeyError as e:
            errors.append(ConfigError(lineno, key, f'unknown key {e}'))
            continue
        if not raw:
            errors.append(ConfigError(lineno, key, 'empty value'))
            continue
        try:
            value = convert(kind, raw)
            if key == 'workers' and value < 1:
                raise ValueError(f'must be positive, got {value}')
        except ValueError as e:
            errors.append(ConfigError(lineno, key, str(e)))
        else:
            cfg[key] = value
    return cfg, errors

cfg, errors = load(TEXT)
for key in sorted(cfg):
    print(f'{key:8} -> {cfg[key]!r}')
print(len(errors), 'errors')
for err in errors:
    print(' ', err)
    print('   ', type(err).__name__, err.args)
by_key = {}
for err in errors:
    by_key.setdefault(err.key, []).append(err.lineno)
print(sorted(by_key.items()))
try:
    raise errors[0]
except ConfigError as e:
    print('reraised', e.lineno, repr(e.reason))
