# Convert a markdown subset (headers, lists, code, emphasis, links, quotes) to HTML.
import re
import html

INLINE = [
    (re.compile(r'`([^`]+)`'), lambda m: '<code>%s</code>' % m.group(1)),
    (re.compile(r'\*\*(.+?)\*\*'), r'<strong>\1</strong>'),
    (re.compile(r'(?<!\*)\*(?!\*)(.+?)\*'), r'<em>\1</em>'),
    (re.compile(r'\[([^\]]+)\]\(([^)\s]+)\)'), lambda m: '<a href="%s">%s</a>' % (html.escape(m.group(2), quote=True), m.group(1))),
]

def inline(text):
    text = html.escape(text, quote=False)
    for rx, repl in INLINE:
        text = rx.sub(repl, text)
    return text

def convert(md):
    out, para, list_kind, in_code = [], [], None, False
    def flush_para():
        if para:
            out.append('<p>%s</p>' % inline(' '.join(para)))
            para.clear()
    def close_list():
        nonlocal list_kind
        if list_kind:
            out.append('</%s>' % list_kind)
            list_kind = None
    for line in md.splitlines():
        if line.startswith('```'):
            flush_para(); close_list()
            out.append('</code></pre>' if in_code else '<pre><code>')
            in_code = not in_code
            continue
        if in_code:
            out.append(html.escape(line))
            continue
        m = re.match(r'^(#{1,6})\s+(.*?)\s*#*$', line)
        item = re.match(r'^\s*(?:([-*+])|(\d+)\.)\s+(.*)', line)
        if m:
            flush_para(); close_list()
            level = len(m.group(1))
            slug = re.sub(r'[^a-z0-9]+', '-', m.group(2).lower()).strip('-')
            out.append('<h%d id="%s">%s</h%d>' % (level, slug, inline(m.group(2)), level))
        elif item:
            flush_para()
            kind = 'ul' if item.group(1) else 'ol'
            if kind != list_kind:
                close_list()
                out.append('<%s>' % kind)
                list_kind = kind
            out.append('  <li>%s</li>' % inline(item.group(3)))
        elif line.startswith('> '):
            flush_para(); close_list()
            out.append('<blockquote>%s</blockquote>' % inline(line[2:]))
        elif not line.strip():
            flush_para(); close_list()
        elif re.fullmatch(r'-{3,}', line.strip()):
            flush_para(); close_list()
            out.append('<hr/>')
        else:
            close_list()
            para.append(line.strip())
    flush_para(); close_list()
    if in_code:
        out.append('</code></pre>')
    return '\n'.join(out)

DOC = """# Release Notes ##
This is **important** and *new*, see [the docs](https://ex.com/a?b=1&c=2).
Use `x < y` carefully & often.

## What's changed
- Faster *routing*
- Fixed **bug** #12
1. first
2. second with `code`
> Quote me *on this*
---
```
if a < b:
    print("<tag>")
```
Trailing paragraph
"""
print(convert(DOC))
print(convert('```\nunclosed'), convert(''), repr(convert('   ')))
print(html.escape('<a href="x">\'&\'</a>'), html.unescape('&lt;p&gt; &amp;amp; &#39;q&#39; &quot; &#x41;'))
