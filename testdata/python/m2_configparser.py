import configparser as cp
import io, os, tempfile

SRC = """
# a comment
[DEFAULT]
base = /srv
Debug = no

[paths]
home = %(base)s/home
logs = %(home)s/logs ; not a comment
pct = 100%%
multi = first line
    second line

    fourth after blank
empty =

[server]
port: 8080
ratio = 0.75
enabled = Yes
debug = on
"""
c = cp.ConfigParser(); c.read_string(SRC)
print(c.sections(), c.has_section('paths'), c.has_section('DEFAULT'), c.has_section('x'))
print(c.options('paths'), c.defaults())
print(c.get('paths', 'home'), '|', c.get('paths', 'logs'), '|', c.get('paths', 'pct'))
print(repr(c.get('paths', 'multi')), repr(c.get('paths', 'empty')), c.get('paths', 'home', raw=True))
print(c.getint('server', 'port'), c.getfloat('server', 'ratio'), c.getboolean('server', 'enabled'),
      c.getboolean('server', 'debug'), c.getboolean('paths', 'debug'))
print(c.get('server', 'nope', fallback='fb'), c.getint('nosec', 'x', fallback=-1), c.getboolean('server', 'x', fallback=None))
print(c.items('paths'))
print(c.items('server', raw=True), [name for name, proxy in c.items()])
print(c.get('paths', 'home', vars={'base': '/opt'}), c.has_option('server', 'base'), c.has_option('server', 'zz'))
print(c['server']['port'], c['paths'].get('nope', 'dflt'), c['server'].getint('port') + 1, 'port' in c['server'])
print(list(c['server']), len(c), list(c), 'paths' in c, 'nope' in c, c['DEFAULT']['base'])
print(c['server'], c['server'].name, dict(c['server']))

c.set('server', 'port', '9090'); c.add_section('new'); c['new']['key'] = 'value'; c['more'] = {'a': 1, 'B': 'two'}
print(c.get('server', 'port'), c.items('new', raw=True), c.get('more', 'b'), c.sections())
print(c.remove_option('new', 'key'), c.remove_option('new', 'key'), c.remove_section('new'), c.remove_section('new'))
del c['more']; out = io.StringIO(); c.write(out)
print(out.getvalue())

for f in [lambda: c.get('x', 'y'), lambda: c.get('paths', 'zz'), lambda: c.add_section('paths'),
          lambda: c.add_section('DEFAULT'), lambda: c.set('paths', 'q', 1), lambda: c.set('paths', 'q', '50%'),
          lambda: c.getboolean('paths', 'home'), lambda: c.options('nope'), lambda: c['nope'],
          lambda: c['paths']['nope'], lambda: c.set('nope', 'a', 'b'), lambda: c.getint('server', 'ratio')]:
    try:
        print(f())
    except (cp.Error, ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, repr(str(e)))
for src in ['k=v', '[a]\nk=1\n[a]\n', '[a]\nk=1\nK=2\n', '[a]\nbad line\nother\n', '[a]\n=x\n']:
    try:
        cp.ConfigParser().read_string(src)
    except cp.Error as e:
        print(type(e).__name__, repr(str(e)), isinstance(e, cp.Error))
bad = cp.ConfigParser()
bad.read_string('[s]\na=%(missing)s\nb=%z\nc=%(c)s\nd=%(a\n')
for o in 'abcd':
    try:
        bad.get('s', o)
    except cp.InterpolationError as e:
        print(type(e).__name__, repr(str(e)))

raw = cp.RawConfigParser(); raw.read_string('[r]\nv = %(x)s\n'); raw.set('r', 'n', 5)
print(raw.get('r', 'v'), raw.get('r', 'n'), cp.ConfigParser(interpolation=None).__class__.__name__)
d = cp.ConfigParser(defaults={'color': 'red'}, allow_no_value=True); d.read_string('[x]\nflag\nsize = 3\n')
print(d.get('x', 'flag'), d.get('x', 'color'), d.items('x'))
e = cp.ConfigParser(interpolation=cp.ExtendedInterpolation()); e.read_string('[a]\nh = /h\n[b]\np = ${a:h}/x\nq = ${p}/y\nd = $$5\n')
print(e.get('b', 'p'), e.get('b', 'q'), e.get('b', 'd'))
s = cp.ConfigParser(inline_comment_prefixes=(';',)); s.read_string('[z]\nk = v ; trailing\n')
k = cp.ConfigParser(); k.optionxform = str; k.read_string('[C]\nCamel = 1\n')
print(repr(s.get('z', 'k')), k.options('C'))

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'conf.ini')
with open(path, 'w') as fh:
    c.write(fh, space_around_delimiters=False)
f2 = cp.ConfigParser()
print(f2.read([path, os.path.join(tmp, 'missing.ini')]) == [path], f2.get('paths', 'logs'))
f3 = cp.ConfigParser()
with open(path) as fh:
    f3.read_file(fh)
print(f3.sections(), f3['server']['port'], open(path).read().splitlines()[:3])
os.remove(path); os.rmdir(tmp)
