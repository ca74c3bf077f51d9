# Transactional email rendering: string.Template, textwrap, header folding, multipart-ish assembly.
import string
import textwrap
from email.utils import formataddr, parseaddr, formatdate

class EmailTemplate(string.Template):
    delimiter = '%'
    idpattern = r'[a-z][a-z0-9_]*'

WELCOME = string.Template('Hi $name,\n\nThanks for joining $site! Your plan is ${plan}-tier and costs $$${price}/mo.\n')
RESET = EmailTemplate('Reset link for %user: %{base}/reset?token=%token (valid %hours h). 100%% safe.')

def render_body(template, width=48, **ctx):
    text = template.safe_substitute(ctx)
    paras = text.split('\n\n')
    return '\n\n'.join(textwrap.fill(p, width=width, subsequent_indent='') if len(p) > width else p for p in paras)

def fold_header(name, value, limit=40):
    words, lines, cur = value.split(' '), [], name + ':'
    for w in words:
        if len(cur) + 1 + len(w) > limit and cur.strip():
            lines.append(cur)
            cur = ' '
        cur += ('' if cur == ' ' else ' ') + w
    lines.append(cur)
    return '\r\n'.join(lines)

def build_message(sender, to, subject, body, ts):
    headers = [('From', formataddr(sender)), ('To', ', '.join(formataddr(t) for t in to)), ('Subject', subject),
               ('Date', formatdate(ts, usegmt=True)), ('MIME-Version', '1.0'), ('Content-Type', 'text/plain; charset="utf-8"')]
    head = '\r\n'.join(fold_header(k, v) for k, v in headers)
    return head + '\r\n\r\n' + body.replace('\n', '\r\n')

body = render_body(WELCOME, name='Dana', site='Example Cloud Platform', plan='pro', price='12.50')
print(body)
print(render_body(WELCOME, name='Eli'))
try:
    WELCOME.substitute(name='x')
except KeyError as e:
    print('KeyError', e)
print(RESET.substitute(user='dana', base='https://ex.com', token='abc123', hours=2))
try:
    string.Template('cost: $').substitute()
except ValueError as e:
    print('ValueError', e)
msg = build_message(('Example Support', 'support@example.com'), [('Dana Smith', 'dana@ex.com'), ('', 'ops@ex.com')],
                    'Welcome aboard - your account is ready and waiting for you', body, 1700000000)
for line in msg.split('\r\n'):
    print(repr(line))
print(parseaddr('Dana Smith <dana@ex.com>'), parseaddr('plain@ex.com'), formataddr(('A, B', 'ab@x.org')))
print(textwrap.dedent('''
    def f():
        return 1
'''), textwrap.indent('a\nb\n\nc', '> '), textwrap.shorten('The quick brown fox jumps over', width=18))
print(textwrap.wrap('supercalifragilistic word', width=8), string.ascii_lowercase[:5], string.capwords('hello  big world'))
print(string.Formatter().format('{0}-{x!r}', 1, x='y'), sorted(string.Template('$a ${b} $$c $a').get_identifiers()))
