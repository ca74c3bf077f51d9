from urllib.parse import (quote, unquote, quote_plus, unquote_plus, urlencode, urlsplit, urlparse, urlunsplit,
                          urlunparse, urljoin, parse_qs, parse_qsl, SplitResult, ParseResult)
import html
# OAuth-style percent encoding
def oauth_escape(s):
    return quote(s, safe='~')
params = {'oauth_consumer_key': 'key with space', 'status': 'Hello Ladies + Gentlemen, a signed OAuth request!', 'include_entities': 'true'}
pairs = sorted((oauth_escape(k), oauth_escape(v)) for k, v in params.items())
print('&'.join('%s=%s' % p for p in pairs))
print(quote('/path with/sp\u00e4ce'), quote('a&b=c', safe='&='), quote('\u20ac', encoding='latin-1', errors='replace'), quote(''), quote('/'), quote('//', safe=''))
print(quote_plus('a+b c', safe='+'), quote_plus(b'x y'), unquote_plus('%2B+%20'), unquote('%F0%9F%98%80'), unquote('%ff', errors='replace'), unquote(''))
print(urlencode({'q': 'python & go', 'page': 2, 'tags': ('a', 'b')}), urlencode({'q': 'a b'}, quote_via=quote), urlencode([('n', None), ('t', True)]))
print(urlencode({'k': ['x', 'y z'], 'one': 'v'}, doseq=True), urlencode({'s': 'x'}, doseq=True), urlencode({'b': b'\xff'}), urlencode({'e': ''}))
try:
    urlencode('not a mapping')
except TypeError as e:
    print('TypeError', e)
qs = 'name=J%C3%B6rg&tag=a&tag=b&empty=&flag&plus=1+2'
print(parse_qs(qs), parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs, keep_blank_values=True), parse_qsl('a=%zz'), parse_qs('a=1&a=2')['a'][-1], parse_qs(''), parse_qsl('&&a=1&&'))
print(parse_qs('x=1&y=2', max_num_fields=5))
try:
    parse_qs('a=1&b=2&c=3', max_num_fields=2)
except ValueError as e:
    print('ValueError', e)
# request URL handling
for url in ['https://api.example.com/v1/users/42?fields=name,email&sort=-created#top', 'http://localhost:8000', 'file:///etc/hosts', 'HTTP://EXAMPLE.com:443/', '/relative/path?x=1', 'example.com/no-scheme']:
    s = urlsplit(url)
    print(s.scheme, repr(s.netloc), repr(s.path), repr(s.query), repr(s.fragment), s.hostname, s.port)
s = urlsplit('https://u@h.com/p?q=1')
print(s._replace(query=urlencode({'q': 2, 'r': 'x'})).geturl(), s.username, s.password, urlunsplit(s), s[1], len(s), s._fields)
print(SplitResult('http', 'h', '/p', '', '').geturl(), ParseResult('http', 'h', '/p', 'pp', 'q', 'f').geturl(), urlunparse(urlparse('http://x/a;b?c#d')))
print(urljoin('http://h/api/v1/', 'users'), urljoin('http://h/api/v1', 'users'), urljoin('http://h/a/b', '../../../x'), urljoin('http://h/a/', '?page=2'), urljoin('http://h/a', '//cdn/x.js'))
print(urlsplit('http://h/p', scheme='https').scheme, urlsplit('//h/p', scheme='https').scheme, urlsplit('http://h?x').path == '', urlsplit('http://h#f').fragment)
print(urlparse('http://a.com/p?x=1').query, urlsplit('http://[::1]/').netloc, urlsplit('http://u:p@[2001:db8::1]:8080/').hostname, urlsplit('http://H\u00e9.com/').hostname)
try:
    urlsplit('http://[::1/')
except ValueError as e:
    print('ValueError', e)
try:
    urlsplit('http://h:99999/').port
except ValueError as e:
    print('ValueError', e)
# html
s = '<a href="x?a=1&b=2">Tom\'s "quote"</a>'
print(html.escape(s), html.escape(s, quote=False), html.escape('&amp;'), html.escape(''))
print(html.unescape('&lt;p&gt; &amp;amp; &quot;q&quot; &#39;s&#x27; &copy; &eacute; &#8364; &euro; &nbsp;|'))
print(html.unescape('&notanentity; &amp &lt3 &#0; &#x110000; &#128512; &AMP; &gt'), repr(html.unescape('&nbsp;')), html.unescape('no entities'))
print(html.unescape(html.escape('a < b && c > "d"')) == 'a < b && c > "d"', len(html.entities.html5) > 2000 if hasattr(html, 'entities') else True)
rows = [('Name', 'Note'), ('<script>', 'a & b'), ("O'Neil", '"hi"')]
table = '\n'.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % html.escape(c) for c in r) for r in rows)
print(table)
