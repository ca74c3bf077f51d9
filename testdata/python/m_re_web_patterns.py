import re
def slugify(s):
    s = s.lower().strip()
    s = re.sub(r'[^\w\s-]', '', s)
    s = re.sub(r'[\s_-]+', '-', s)
    return re.sub(r'^-+|-+$', '', s)
print([slugify(t) for t in ['Hello, World!', '  Python 3.11 -- Release  ', 'a_b c', '---', 'Caf\u00e9 & Cr\u00e8me']])
ROUTES = [(r'^/$', 'index'), (r'^/users/(?P<uid>\d+)/?$', 'user'), (r'^/posts/(?P<year>\d{4})/(?P<slug>[\w-]+)$', 'post'), (r'^/static/(?P<path>.+)$', 'static')]
compiled = [(re.compile(p), name) for p, name in ROUTES]
def resolve(path):
    for rx, name in compiled:
        m = rx.match(path)
        if m:
            return name, m.groupdict()
    return None, {}
for path in ['/', '/users/42', '/users/42/', '/users/x', '/posts/2024/hello-world', '/static/css/a.css', '/nope']:
    print(path, resolve(path))
def convert_route(pattern):
    def repl(m):
        conv, name = m.group('conv') or 'str', m.group('name')
        rx = {'int': r'\d+', 'str': r'[^/]+', 'path': r'.+', 'slug': r'[-\w]+'}[conv]
        return '(?P<%s>%s)' % (name, rx)
    return '^' + re.sub(r'<(?:(?P<conv>\w+):)?(?P<name>\w+)>', repl, pattern) + '$'
for pat in ['/item/<int:id>', '/u/<name>/files/<path:rest>', '/blog/<slug:s>']:
    print(pat, convert_route(pat))
print(re.match(convert_route('/u/<name>/files/<path:rest>'), '/u/bob/files/a/b.txt').groupdict())
LOG = '''127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
10.0.0.2 - bob [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 12 "https://x/" "curl/8.0"
bad line here
192.168.1.9 - - [10/Oct/2023:14:00:00 +0000] "GET /img/logo.png HTTP/2.0" 304 - "-" "Safari"'''
LOG_RE = re.compile(r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \S+ (?P<user>\S+) \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+|-)')
for line in LOG.splitlines():
    m = LOG_RE.match(line)
    if not m:
        print('unparsed:', line)
        continue
    g = m.groupdict()
    print(g['ip'], g['user'], g['method'], g['path'], int(g['status']), 0 if g['size'] == '-' else int(g['size']), g['ts'].split(':')[0])
EMAIL = re.compile(r'^[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$')
print([e for e in ['a@b.co', 'first.last+tag@sub.example.org', 'no-at.com', 'x@y', 'sp ace@x.com', 'u@-x.com.'] if EMAIL.match(e)])
print(re.findall(r'#(\w+)', 'Loving #python and #go! #3d'), re.findall(r'@([A-Za-z_]\w{0,14})', '@alice hi @bob_99 and email a@b.c'))
print(re.sub(r'(https?://[^\s<]+)', r'<a href="\1">\1</a>', 'see http://x.com/a?b=1 and https://y.org.'))
CAMEL = re.compile(r'(?<!^)(?=[A-Z])')
print([CAMEL.sub('_', n).lower() for n in ['camelCase', 'HTTPServer', 'getHTTPResponseCode', 'simple']], re.sub(r'_([a-z])', lambda m: m.group(1).upper(), 'snake_case_name'))
print(re.sub(r'\s+', ' ', '  multiple   spaces\n\tand\ttabs  ').strip(), re.split(r'\s*;\s*', 'text/html; charset=utf-8 ;q=0.9'))
accept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
items = []
for part in accept.split(','):
    m = re.match(r'\s*([^;\s]+)\s*(?:;\s*q=([0-9.]+))?', part)
    items.append((m.group(1), float(m.group(2) or 1)))
print(sorted(items, key=lambda t: -t[1]))
tmpl = 'Hello {{ name }}, you have {{count}} new {{ things|upper }}'
ctx = {'name': 'Ann', 'count': 3, 'things': 'messages'}
def render(m):
    expr = m.group(1).strip()
    name, _, filt = expr.partition('|')
    val = str(ctx.get(name.strip(), ''))
    return val.upper() if filt == 'upper' else val
print(re.sub(r'\{\{(.*?)\}\}', render, tmpl))
print(bool(re.fullmatch(r'(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}', 'Passw0rdX')), bool(re.fullmatch(r'(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}', 'password')))
print(re.findall(r'(?i)\b(?:color|colour)\b', 'Color colour COLOUR colorful'), re.sub(r'(?<=\d)(?=(?:\d{3})+(?!\d))', ',', 'total 1234567 and 89'))
ip_re = re.compile(r'^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$')
print([ip for ip in ['1.2.3.4', '256.1.1.1', '10.0.0.255', '1.2.3'] if ip_re.match(ip)])
print(re.sub(r'<[^>]+>', '', '<p>Hello <b>World</b></p>'), re.findall(r'<(\w+)[^>]*>', '<div class="x"><span>t</span></div>'))
