# An INI-style config parser with sections, defaults, interpolation and typed getters.
import re

class ConfigError(Exception):
    def __init__(self, lineno, msg):
        super().__init__('line %d: %s' % (lineno, msg))
        self.lineno = lineno

class Config:
    SECTION = re.compile(r'^\[(?P<name>[^\]]+)\]\s*$')
    OPTION = re.compile(r'^(?P<key>[\w.-]+)\s*[=:]\s*(?P<value>.*)$')
    TRUE, FALSE = {'1', 'yes', 'true', 'on'}, {'0', 'no', 'false', 'off'}

    def __init__(self, text):
        self.sections = {'DEFAULT': {}}
        current, last_key = None, None
        for lineno, raw in enumerate(text.splitlines(), 1):
            line = raw.split(' #', 1)[0].rstrip()
            if not line.strip() or line.lstrip().startswith((';', '#')):
                continue
            if raw[0] in ' \t' and last_key:
                self.sections[current][last_key] += '\n' + line.strip()
                continue
            m = self.SECTION.match(line)
            if m:
                current = m.group('name').strip()
                if current in self.sections and current != 'DEFAULT':
                    raise ConfigError(lineno, 'duplicate section %r' % current)
                self.sections.setdefault(current, {})
                last_key = None
                continue
            m = self.OPTION.match(line)
            if not m:
                raise ConfigError(lineno, 'cannot parse %r' % line)
            if current is None:
                raise ConfigError(lineno, 'option outside of section')
            last_key = m.group('key').lower()
            self.sections[current][last_key] = m.group('value').strip()

    def get(self, section, key, fallback=KeyError, depth=0):
        merged = dict(self.sections['DEFAULT'], **self.sections.get(section, {}))
        if key not in merged:
            if fallback is KeyError:
                raise KeyError('%s.%s' % (section, key))
            return fallback
        if depth > 5:
            raise ValueError('interpolation too deep for %s' % key)
        return re.sub(r'%\((\w+)\)s', lambda m: self.get(section, m.group(1), depth=depth + 1), merged[key])

    def getint(self, section, key, fallback=KeyError):
        return int(self.get(section, key, fallback))

    def getboolean(self, section, key):
        v = self.get(section, key).lower()
        if v in self.TRUE:
            return True
        if v in self.FALSE:
            return False
        raise ValueError('not a boolean: %r' % v)

    def getlist(self, section, key):
        return [x.strip() for x in re.split(r'[,\n]', self.get(section, key)) if x.strip()]

TEXT = """
; global settings
[DEFAULT]
base_dir = /srv/app
debug = no

[server]
host = 0.0.0.0
port: 8080   # inline comment
log_file = %(base_dir)s/logs/server.log
workers = 4
debug = Yes

[database]
url = postgres://%(user)s@localhost/%(name)s
user = app
name = prod
hosts = db1, db2,
    db3
    db4
"""
cfg = Config(TEXT)
print(sorted(cfg.sections), sorted(cfg.sections['server'].items()))
print(cfg.get('server', 'host'), cfg.getint('server', 'port') + 1, cfg.get('server', 'log_file'))
print(cfg.getboolean('server', 'debug'), cfg.getboolean('database', 'debug'), cfg.get('database', 'url'))
print(cfg.getlist('database', 'hosts'), repr(cfg.get('database', 'hosts')))
print(cfg.get('server', 'timeout', fallback='30'), cfg.getint('server', 'retries', fallback=3))
for call in [lambda: cfg.get('server', 'nope'), lambda: cfg.getboolean('server', 'host'), lambda: cfg.getint('server', 'host')]:
    try:
        call()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
for bad in ['x = 1', '[a]\n[a]', '[a]\n???', '[a]\nk = %(k)s']:
    try:
        c = Config(bad)
        print(c.get('a', 'k'))
    except (ConfigError, ValueError, RecursionError) as e:
        print(type(e).__name__, e, getattr(e, 'lineno', '-'))
