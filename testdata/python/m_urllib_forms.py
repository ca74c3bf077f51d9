from urllib.parse import parse_qsl, parse_qs, urlencode, quote, unquote_plus, urlsplit, urlunsplit, urljoin, quote_plus
body = 'username=j%C3%B6rg&password=p%40ss+w0rd&remember=on&tags=a&tags=b&tags=&bio=Line1%0D%0ALine2&empty='
fields = parse_qsl(body, keep_blank_values=True)
print(fields)
form = {}
for k, v in fields:
    form.setdefault(k, []).append(v)
print(form['username'], form['password'], form['tags'], repr(form['bio'][0]), form['empty'])
print(parse_qs(body), parse_qs(body, keep_blank_values=True)['tags'])
print(parse_qsl('a=1&b=2;c=3'), parse_qsl('a=%E9', encoding='latin-1'), parse_qsl('a=%E9'), parse_qsl('x=%2B+%2b'))
def build_url(base, path='', **params):
    s = urlsplit(base)
    q = parse_qsl(s.query, keep_blank_values=True)
    for k, v in sorted(params.items()):
        if v is None:
            continue
        if isinstance(v, (list, tuple)):
            q.extend((k, str(x)) for x in v)
        else:
            q.append((k, str(v).lower() if isinstance(v, bool) else str(v)))
    new_path = s.path.rstrip('/') + '/' + path.lstrip('/') if path else s.path
    return urlunsplit((s.scheme, s.netloc, new_path, urlencode(q), s.fragment))
print(build_url('https://api.example.com/v2/', 'search', q='caf\u00e9 & bar', page=2, exact=True, ids=[1, 2], skip=None))
print(build_url('http://h/x?keep=1#frag', sort='-date'))
def next_page(url, page):
    s = urlsplit(url)
    q = dict(parse_qsl(s.query))
    q['page'] = str(page)
    return s._replace(query=urlencode(q)).geturl()
print(next_page('/items?page=1&size=20', 2), next_page('/items', 5))
redirects = ['/dashboard', 'https://evil.com/x', '//evil.com', '/\\evil.com', 'javascript:alert(1)', 'profile?tab=2', '']
def safe_redirect(target, host='myapp.com'):
    s = urlsplit(target)
    if s.scheme not in ('', 'http', 'https') or (s.netloc and s.netloc != host) or target.startswith('/\\') or not target:
        return '/'
    return target
print([safe_redirect(t) for t in redirects])
print(quote('file name (1).pdf'), quote('a/b c', safe=''), quote_plus('x=1&y=2'), quote('\u00fcber/\u4e2d'), quote('~user'), quote('a+b'))
print(unquote_plus('q=hello+world%21'), unquote_plus('%E4%B8%AD%E6%96%87'), unquote_plus('100%25+sure'))
print(urlencode({'redirect': 'https://x.com/a?b=1&c=2'}), urlencode({'q': 'a b'}, quote_via=quote), urlencode({'list': [1, 2]}, doseq=True), urlencode([('k', 'v'), ('k', 'w')]))
print(urlencode({'s': 'a/b'}, safe='/'), urlencode({'u': '\u00e9'}, encoding='latin-1'), urlencode({'k': b'\xff\x00'}))
print(urljoin('https://cdn.example.com/static/css/', '../img/logo.png'), urljoin('https://a.com/docs/guide/intro.html', 'setup.html#install'), urljoin('https://a.com/x', 'mailto:me@a.com'))
s = urlsplit('https://user:p%40ss@Sub.Example.COM:8443/a%20b/c?x=1&y=%20#sec-2')
print(s.username, s.password, s.hostname, s.port, s.path, s.query, s.fragment, s.netloc)
print(unquote_plus(s.path), dict(parse_qsl(s.query, keep_blank_values=True)))
try:
    parse_qsl('a=1&&b', strict_parsing=True)
except ValueError as e:
    print('ValueError', e)
print(parse_qsl('&a=1&', strict_parsing=False), parse_qsl('a', keep_blank_values=True), parse_qsl('=v'), parse_qsl('=v', keep_blank_values=True))
