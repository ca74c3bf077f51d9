import re
TOKEN_SPEC = [('NUMBER', r'\d+(?:\.\d*)?'), ('STRING', r'"(?:[^"\\]|\\.)*"'), ('IDENT', r'[A-Za-z_]\w*'), ('OP', r'==|!=|<=|>=|&&|\|\||[-+*/%<>=!(),;{}]'), ('NEWLINE', r'\n'), ('SKIP', r'[ \t]+'), ('COMMENT', r'#[^\n]*'), ('MISMATCH', r'.')]
TOK_RE = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKEN_SPEC))
KEYWORDS = {'if', 'else', 'while', 'return', 'let'}
def tokenize(code):
    line, line_start = 1, 0
    for m in TOK_RE.finditer(code):
        kind, value = m.lastgroup, m.group()
        col = m.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'IDENT' and value in KEYWORDS:
            kind = value.upper()
        elif kind == 'STRING':
            value = re.sub(r'\\(.)', r'\1', value[1:-1])
        elif kind == 'NEWLINE':
            line_start = m.end()
            line += 1
            continue
        elif kind in ('SKIP', 'COMMENT'):
            continue
        elif kind == 'MISMATCH':
            yield ('ERROR', value, line, col)
            continue
        yield (kind, value, line, col)
src = '''let total = 0; # running sum
while (i <= 10.5) { total = total + i * 2; }
if (name != "O\\"Brien") return total @ 1'''
for tok in tokenize(src):
    print(tok)
print(TOK_RE.groupindex['STRING'], TOK_RE.groups, len(TOKEN_SPEC))
CSS = re.compile(r'(?P<selector>[^{]+)\{(?P<body>[^}]*)\}')
DECL = re.compile(r'\s*(?P<prop>[-\w]+)\s*:\s*(?P<val>[^;]+?)\s*(?:;|$)')
css = 'body { margin: 0; font-family: "Helvetica", sans-serif }\n.btn:hover{color:#fff;background : rgb(0, 0, 0) ;}\n'
for m in CSS.finditer(css):
    print(m.group('selector').strip(), [(d.group('prop'), d.group('val')) for d in DECL.finditer(m.group('body'))])
INI = re.compile(r'^\s*(?:\[(?P<section>[^\]]+)\]|(?P<key>[^=#;\s][^=]*?)\s*=\s*(?P<value>.*?)\s*|[#;].*|)$', re.M)
ini = '[server]\nhost = 0.0.0.0\nport=8080\n# comment\n\n[db]\nurl = postgres://u:p@h/db ; inline\n'
section, conf = None, {}
for m in INI.finditer(ini):
    if m.group('section'):
        section = m.group('section')
        conf[section] = {}
    elif m.group('key'):
        conf[section][m.group('key')] = m.group('value')
print(conf)
def parse_duration(s):
    units = {'d': 86400, 'h': 3600, 'm': 60, 's': 1, 'ms': 0.001}
    parts = re.findall(r'(\d+(?:\.\d+)?)(ms|[dhms])', s.replace(' ', ''))
    if not parts or ''.join(n + u for n, u in parts) != s.replace(' ', ''):
        raise ValueError('bad duration: %r' % s)
    return sum(float(n) * units[u] for n, u in parts)
for s in ['1h30m', '2d', '45s', '1.5h', '250ms', '1h 2m 3s', 'abc', '5x']:
    try:
        print(s, parse_duration(s))
    except ValueError as e:
        print('ValueError', e)
print(re.sub(r'(?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4})', r'\g<y>-\g<m>-\g<d>', 'born 24/12/1990, wed 01/02/2020'))
print(re.sub(r'\$\{(\w+)(?::-(.*?))?\}', lambda m: {'HOME': '/home/u'}.get(m.group(1), m.group(2) or ''), 'path=${HOME}/x ${MISSING:-dflt} ${NONE}'))
phone = re.compile(r'^\+?(?P<cc>\d{1,3})?[-. ]?\(?(?P<area>\d{3})\)?[-. ]?(?P<a>\d{3})[-. ]?(?P<b>\d{4})$')
for p in ['+1 (555) 123-4567', '555.123.4567', '5551234567', '12-34']:
    m = phone.match(p)
    print(p, m and '%s-%s-%s' % (m['area'], m['a'], m['b']))
print(re.findall(r'"([^"]*)"|(\S+)', 'say "hello world" now "x"'), [a or b for a, b in re.findall(r'"([^"]*)"|(\S+)', 'say "hello world" now')])
