# An allow-list HTML sanitizer and text extractor using re: tags, attributes, entities, URLs, truncation.
import re
import html

ALLOWED = {'b': (), 'i': (), 'em': (), 'strong': (), 'p': (), 'br': (), 'a': ('href', 'title'), 'ul': (), 'li': (),
           'code': (), 'img': ('src', 'alt')}
VOID = {'br', 'img'}
SAFE_SCHEMES = ('http:', 'https:', 'mailto:', '/', '#')
TAG = re.compile(r'<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s>]+))?)*)\s*(/?)>', re.S)
ATTR = re.compile(r'([^\s=>/]+)(?:\s*=\s*("[^"]*"|\'[^\']*\'|[^\s>]+))?')
COMMENT = re.compile(r'<!--.*?-->', re.S)
DROP_CONTENT = re.compile(r'<(script|style)\b.*?</\1\s*>', re.S | re.I)

def clean_attrs(tag, raw):
    out = []
    for name, value in ATTR.findall(raw):
        name = name.lower()
        if name not in ALLOWED[tag]:
            continue
        value = html.unescape(value.strip('"\'') if value else '')
        if name in ('href', 'src') and not value.strip().lower().startswith(SAFE_SCHEMES):
            continue
        out.append(' %s="%s"' % (name, html.escape(value, quote=True)))
    if tag == 'a' and out:
        out.append(' rel="nofollow"')
    return ''.join(out)

def sanitize(text):
    text = DROP_CONTENT.sub('', COMMENT.sub('', text))
    pieces, stack, pos = [], [], 0
    for m in TAG.finditer(text):
        pieces.append(html.escape(html.unescape(text[pos:m.start()]), quote=False))
        pos = m.end()
        closing, tag, attrs, selfclose = m.group(1), m.group(2).lower(), m.group(3), m.group(4)
        if tag not in ALLOWED:
            continue
        if closing:
            if tag in stack:
                while stack:
                    t = stack.pop()
                    pieces.append('</%s>' % t)
                    if t == tag:
                        break
        elif tag in VOID or selfclose:
            pieces.append('<%s%s>' % (tag, clean_attrs(tag, attrs)))
        else:
            pieces.append('<%s%s>' % (tag, clean_attrs(tag, attrs)))
            stack.append(tag)
    pieces.append(html.escape(html.unescape(text[pos:]), quote=False))
    pieces.extend('</%s>' % t for t in reversed(stack))
    return ''.join(pieces)

def strip_tags(text, limit=None):
    plain = ' '.join(html.unescape(TAG.sub(' ', DROP_CONTENT.sub('', text))).split())
    if limit and len(plain) > limit:
        cut = plain[:limit].rsplit(' ', 1)[0]
        return cut.rstrip('.,;:') + '...'
    return plain

samples = [
    '<p>Hello <b>world</b> &amp; <i>friends</i></p>',
    '<script>alert(1)</script><p onclick="x()">click</p>',
    '<a href="javascript:alert(1)" title=\'t\'>bad</a> <a HREF="https://ex.com/?a=1&amp;b=2" target=_blank>good</a>',
    '<p>unclosed <strong>bold <em>both',
    '<div><p>div is dropped</p></div><!-- secret --><style>p{}</style>',
    '<img src="/logo.png" alt="Logo &quot;x&quot;" onerror=evil()><br/><br>',
    'a < b > c & d <notatag <b>ok</b></i></p>',
    '<ul><li>one<li>two</ul>',
]
for s in samples:
    print(sanitize(s))
print(strip_tags('<p>The <b>quick</b> brown&nbsp;fox <script>x</script>jumps over the lazy dog.</p>', limit=28))
print(strip_tags('<h1>Title</h1><p>Body &lt;text&gt;</p>'), repr(strip_tags('')))
print(TAG.match('<a  href = "x" disabled >').groups(), ATTR.findall(' a=1 b="two words" c'))
