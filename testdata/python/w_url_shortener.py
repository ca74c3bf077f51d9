# A URL shortener: base62 codes, collision handling, custom aliases, click stats, and a prefix trie for lookups.
import hashlib
import string
from urllib.parse import urlsplit, urlunsplit

ALPHABET = string.digits + string.ascii_letters

def base62(n):
    if n == 0:
        return ALPHABET[0]
    out = []
    while n:
        n, r = divmod(n, 62)
        out.append(ALPHABET[r])
    return ''.join(reversed(out))

def unbase62(s):
    n = 0
    for ch in s:
        n = n * 62 + ALPHABET.index(ch)
    return n

class Trie:
    def __init__(self):
        self.root = {}
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node['$'] = True
    def with_prefix(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return []
            node = node[ch]
        out, stack = [], [(node, prefix)]
        while stack:
            node, path = stack.pop()
            for ch, child in node.items():
                if ch == '$':
                    out.append(path)
                else:
                    stack.append((child, path + ch))
        return sorted(out)

class Shortener:
    def __init__(self, length=5):
        self.length, self.urls, self.codes, self.clicks, self.trie = length, {}, {}, {}, Trie()
    @staticmethod
    def normalize(url):
        parts = urlsplit(url.strip())
        if parts.scheme not in ('http', 'https') or not parts.netloc:
            raise ValueError('not an http(s) URL: %r' % url)
        host = parts.netloc.lower()
        if (parts.scheme, host[-3:]) == ('http', ':80') or (parts.scheme, host[-4:]) == ('https', ':443'):
            host = host.rsplit(':', 1)[0]
        return urlunsplit((parts.scheme, host, parts.path or '/', parts.query, ''))
    def shorten(self, url, alias=None):
        url = self.normalize(url)
        if alias is None and url in self.codes:
            return self.codes[url]
        if alias:
            if alias in self.urls:
                raise KeyError('alias %r taken' % alias)
            code = alias
        else:
            salt = 0
            while True:
                digest = hashlib.sha256(('%s#%d' % (url, salt)).encode()).digest()
                code = base62(int.from_bytes(digest[:8], 'big'))[:self.length]
                if code not in self.urls:
                    break
                salt += 1
            self.codes[url] = code
        self.urls[code] = url
        self.trie.insert(code)
        return code
    def resolve(self, code):
        self.clicks[code] = self.clicks.get(code, 0) + 1
        return self.urls[code]

s = Shortener(length=3)
links = ['HTTPS://Example.com:443/docs?page=1#intro', 'http://example.com:80', 'https://python.org/downloads/',
         'https://example.com/docs?page=1', 'https://a.io/x', 'https://b.io/y']
codes = [s.shorten(u) for u in links]
print(codes, len(set(codes)))
print(s.shorten('https://ex.com/promo', alias='sale'), s.resolve('sale'), s.resolve(codes[0]), s.resolve(codes[0]))
for bad in (lambda: s.shorten('ftp://x.org/f'), lambda: s.shorten('https://x.com', alias='sale'), lambda: s.resolve('zzzzz'),
            lambda: s.shorten('example.com')):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(sorted(s.urls.items())[:3], sorted(s.clicks.items()))
print(s.trie.with_prefix('sa'), s.trie.with_prefix('') == sorted(s.urls), s.trie.with_prefix('###'))
print([base62(n) for n in (0, 61, 62, 3843, 3844, 2**64 - 1)], unbase62('LygHa16AHYF'), unbase62(base62(123456789)))
print(int.from_bytes(b'\x01\x00', 'little'), (1024).to_bytes(4, 'big'), int.from_bytes(b'\xff', 'big', signed=True))
