import html, re
from html import escape, unescape
class Markup(str):
    def __html__(self):
        return self
def esc(v):
    if hasattr(v, '__html__'):
        return v.__html__()
    return Markup(escape(str(v), quote=True))
def attrs(**kw):
    parts = []
    for k, v in sorted(kw.items()):
        k = k.rstrip('_').replace('_', '-')
        if v is True:
            parts.append(k)
        elif v is False or v is None:
            continue
        else:
            parts.append('%s="%s"' % (k, esc(v)))
    return (' ' + ' '.join(parts)) if parts else ''
def tag(name, *children, **kw):
    inner = ''.join(esc(c) for c in children)
    return Markup('<%s%s>%s</%s>' % (name, attrs(**kw), inner, name))
page = tag('ul', *[tag('li', tag('a', title, href='/p?id=%d&x=<y>' % i, class_='item', data_id=i)) for i, title in enumerate(['Tom & Jerry', '<script>alert(1)</script>', 'O"Reilly'])], id='list', hidden=False, role='nav')
print(page)
print(tag('input', type='checkbox', checked=True, disabled=None, value="it's"))
print(esc('<b>'), esc(Markup('<b>safe</b>')), escape("'single' & \"double\""), escape("'", quote=False))
for s in ['&lt;&gt;&amp;&quot;&#x27;', '&#65;&#x42;&#X43;', '&amp;lt;', '&copy;2024 &mdash; &hellip; &trade;', '&nbsp;&ensp;&thinsp;', '&unknown; & &', '&#0;&#1;&#x80;&#x9f;', '&ltx &lt;x &amp', '&Alpha;&alpha;&rarr;&hearts;']:
    print(repr(s), '->', ascii(unescape(s)))
def strip_tags(s):
    return unescape(re.sub(r'<[^>]*>', '', s))
print(strip_tags('<p>Caf&eacute; <b>&amp;</b> <i>bar</i></p>'))
def linkify(text):
    out = []
    pos = 0
    for m in re.finditer(r'https?://[^\s<>"]+', text):
        out.append(escape(text[pos:m.start()]))
        url = m.group(0)
        out.append('<a href="%s">%s</a>' % (escape(url), escape(url)))
        pos = m.end()
    out.append(escape(text[pos:]))
    return ''.join(out)
print(linkify('see <https://x.com/?a=1&b=2> & http://y.org/"q" now'))
def render_table(rows, headers):
    head = ''.join('<th>%s</th>' % escape(h) for h in headers)
    body = ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % escape(str(c)) for c in r) for r in rows)
    return '<table><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (head, body)
print(render_table([('<admin>', 3, None), ('a&b', 2.5, True)], ['User', 'Count', 'Flag']))
nbsp = unescape('&nbsp;')
print(len(nbsp), ord(nbsp), nbsp.isspace(), 'a\u00a0b'.split(), ascii(unescape('&#128512;&#x1F600;')), unescape('&#xD800;') == '\ufffd')
text = 'x' * 3 + '<>' * 2
print(escape(text), len(escape(text)), unescape(escape(text)) == text, escape('') == '', type(escape(Markup('<'))).__name__)
