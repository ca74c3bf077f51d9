# The stdlib's small results built in fewer allocations (compat/boxed.go,
# BoundSlot): hash digests, base64 output, match groups, str(int), int(str),
# and the bound methods loaded from a hash object or a Match.
import base64
import hashlib
import hmac
import re

h = hashlib.sha256(b'abc')
f = h.hexdigest
print(f is h.hexdigest, f == h.hexdigest, f(), h.digest() == h.digest())
print(h.hexdigest() == hashlib.sha256(b'abc').hexdigest(), len(h.digest()))
h.update(b'x')
print(h.hexdigest(), h.digest()[:4])
print(hashlib.md5(b'').hexdigest(), hashlib.md5(b'').digest())
print(hashlib.sha1(b'a').hexdigest(), hashlib.sha512(b'a' * 300).hexdigest()[:20])
print(hashlib.shake_128(b'a').hexdigest(0), hashlib.shake_128(b'a').hexdigest(5))
print(hmac.new(b'k', b'm', 'sha1').hexdigest(), hmac.new(b'k', b'm', 'sha1').digest())
d = {hashlib.md5(b'1').hexdigest(): 1}
print(d['c4ca4238a0b923820dcc509a6f75849b'], 'c4ca4238a0b923820dcc509a6f75849b' in d)

print(base64.b64encode(b''), base64.b64encode(b'a'), base64.b64encode(b'ab' * 50))
print(base64.urlsafe_b64encode(b'\xff\xfe'), base64.b32encode(b'ab'), base64.b64encode(b'xy', b'-_'))
d = {base64.b64encode(b'xy'): 1}
print(d[b'eHk='], b'eHk=' in d, hash(base64.b64encode(b'xy')) == hash(b'eHk='))
print(base64.b64encode(b'abc').decode(), base64.b64encode(b'abc') + b'!', base64.b64encode(b'abcd')[1:3])

p = re.compile(r'^/users/(?P<id>\d+)/posts/(?P<slug>[\w-]+)/?$')
m = p.match('/users/42/posts/hello-world/')
print(m.groupdict(), m.group(), m.group(0), m.group(1, 2), m.group('slug'), m[1], m.groups())
print(repr(m))
g = m.group
print(g is m.group, g == m.group, g(2), m.group(2) == m.group(2), m.group(2) + '!')
print(m.span(1), m.start(2), m.end(), m.lastindex, m.lastgroup)
kept = []


def cb(m):
    kept.append(m)
    return str(int(m.group()) * 2)


print(re.sub(r'\d+', cb, 'price: 10 USD, 25 USD, 7 USD ' * 2))
print([k.group() for k in kept], [k.span() for k in kept], len(set(id(k) for k in kept)))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'é 10 ü 2000 x'))
print(re.sub(rb'\d+', lambda m: m.group() * 2, b'a 12 b 3'))
print(re.sub(r'(\w)(\d)?', lambda m: repr(m.groups()), 'ab1'))
print(re.sub('(a)', lambda *a: str(len(a)), 'xax'))
m = re.match(r'(a)(b)?(c)?(d)?(e)?', 'ace')
print(m.groups(), m.group(5), m.groupdict(), m.group(0, 3))
m = re.search(r'(ü+)(x*)', 'aüüx')
print(m.group(1), m.group(2), m.groups(), m.group(), len(m.group(1)))
m = re.search(rb'(\xff+)', b'a\xff\xffb')
print(m.group(1), m.groups())
m = re.search(r'(.)(.)', 'a\u20ac\U0001f600')
print(ascii(m.group(2)), ascii(m.group()))
print(re.fullmatch(r'(\d+)-(\d+)', '12-345').groups())
print([x.group(1) for x in re.finditer(r'(\d)', 'a1b2')], [x.span() for x in re.finditer(r'\d+', 'a12b345')])
print([x.groupdict() for x in re.finditer(r'(?P<n>\d)(?P<l>[a-z])?', '1a2')])


def bad(m):
    return 5


try:
    re.sub('a', bad, 'aa')
except TypeError as e:
    print(e)

for v in [0, 7, 99, 999, 1000, -3, 10 ** 20, True, 'abc', 2.5]:
    print(repr(str(v)), type(str(v)).__name__)
for s in ['0', '007', '123456789012345678', '1234567890123456789', '99999999999999999999',
          ' 12', '12 ', '+5', '-5', '1_0', '١٢', '', 'a', '1.5']:
    try:
        print(repr(s), int(s), type(int(s)).__name__)
    except ValueError as e:
        print(repr(s), e)


class I(int):
    pass


print(type(I('5')).__name__, I('5'), int('12', 8), int('ff', 16))
