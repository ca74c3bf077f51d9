from urllib.parse import (urlsplit, urlunsplit, urlparse, urlunparse, urljoin, urldefrag, quote, quote_plus,
                          unquote, unquote_plus, urlencode, parse_qs, parse_qsl, unquote_to_bytes, quote_from_bytes)
import urllib.parse
u = urlsplit('https://user:pw@Example.COM:8080/a/b;p?x=1&y=2#frag')
print(u, u.username, u.password, u.hostname, u.port, u.geturl())
p = urlparse('http://h/path;params?q#f')
print(p, p.params, p.geturl(), urlparse('//netloc/p'), urlparse('mailto:a@b'), urlparse('/just/path?x'))
print(urlsplit('http://[::1]:80/x').hostname, urlsplit('http://[::1]:80/x').port, urlsplit('  http://a/b\n'))
print(urlunsplit(('http', 'h', 'p', 'q', 'f')), urlunparse(('https', 'h:1', '/p', 'a', '', '')), urlunsplit(('', '', 'rel', '', '')))
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g', 'g.', '.g', 'g..', '..g', './../g', 'g/./h', 'g/../h']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('http://x.com/a/', 'b/c'), urljoin('https://x/', 'https://y/z'), urljoin('', 'a'), urldefrag('http://a/b#c'))
print(quote('a b/c?d=é'), quote('a b/c', safe=''), quote_plus('a b&c=d/é'), quote(b'\x00\xff'), quote('~_.-'))
print(unquote('a%20b%2Fc%C3%A9'), unquote_plus('a+b%2B'), unquote('%zz%4'), unquote('%E9', encoding='latin-1'), unquote_to_bytes('a%00b'), quote_from_bytes(b'a b'))
print(urlencode({'a': 1, 'b': 'x y', 'c': 'é'}), urlencode([('k', 'v1'), ('k', 'v2')]), urlencode({'k': ['a', 'b']}, doseq=True), urlencode({'k': ['a', 'b']}))
print(parse_qs('a=1&b=2&a=3&c='), parse_qs('a=1&b=&c', keep_blank_values=True), parse_qsl('x=a+b&y=%2F'), parse_qsl('a=1;b=2', separator=';'))
try:
    parse_qsl('a', strict_parsing=True)
except ValueError as e:
    print('ValueError', e)
try:
    urlsplit('http://h:xx/').port
except ValueError as e:
    print('ValueError', e)
print(urllib.parse.uses_netloc[:3], type(u).__name__, isinstance(u, tuple), u._replace(path='/z').geturl())
