# Methods of Go-implemented stdlib objects (re.Pattern, re.Match, hashlib
# hash objects) and module functions (hashlib, base64) behave as CPython's
# built-in methods: bound to their object, comparable, hashable, callable
# unbound through the type, with CPython's keyword rules.
import re, hashlib, base64, hmac

p = re.compile(r'(?P<y>\d{4})-(?P<m>\d\d)?')
m = p.match('2024-x')
print(type(hashlib.sha256).__name__, type(m.group).__name__)
print(p.match.__name__, p.match.__self__ is p, p.search.__qualname__)
print(p.match == p.match, p.match != p.search, p.match == p.search)
print(hash(p.match) == hash(p.match), len({p.match, p.match, p.search}))
print(p.__class__ is re.Pattern, m.__class__ is re.Match, re.Pattern.__mro__[-1])
print(isinstance(p, object), callable(p.match), callable(m.group))
print(re.Pattern.match(p, '1999-12').group(0), type(p).search(p, 'x2000-').span())
f = p.match
print(f('2024-01').groups(), f('2024-').groups(), f('2024-').groups(default='?'))
print(m.groupdict(), m.groupdict(default='-'), m.groupdict('+'))
print(m.groups('z'), m.group(1, 2), m.span(1), m.start('y'), m.end())
for bad in [lambda: m.groups(x=1), lambda: m.group(g=1), lambda: m.span(group=1),
            lambda: re.Pattern.match('not a pattern', 'x'), lambda: p.nothing]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
print(sorted(n for n in dir(p) if not n.startswith('_'))[:6])
print(p.__repr__(), repr(p.match)[:26], p.match.__self__.pattern)
print(getattr(p, 'groups'), getattr(p, 'flags') & re.UNICODE != 0, p.groupindex['m'])

for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'sha3_256']:
    ctor = getattr(hashlib, name)
    h = ctor(b'abc')
    first = h.hexdigest()
    print(name, first[:16], h.hexdigest() == first, h.digest().hex() == first)
    print(' ', h.digest_size, h.block_size, h.name)
    c = h.copy()
    c.update(b'def')
    print(' ', c.hexdigest() == ctor(b'abcdef').hexdigest(), h.hexdigest() == first)
    h.update(b'def')
    print(' ', h.hexdigest() == c.hexdigest(), ctor().hexdigest()[:8])
    ba = bytearray(b'abc')
    hb = ctor(ba)
    ba[0] = ord('x')
    print(' ', hb.hexdigest() == first, ctor(memoryview(b'abc')).hexdigest() == first)
    print(' ', hashlib.new(name, b'abc').hexdigest() == first)
h = hashlib.sha256(b'one')
u = h.update
u(b'two')
print(h.hexdigest() == hashlib.sha256(b'onetwo').hexdigest(), u.__self__ is h)
for bad in [lambda: hashlib.sha256('text'), lambda: hashlib.md5(b'x').update(data=b'y'),
            lambda: hashlib.sha1().copy(1), lambda: hashlib.sha256(b'x').hexdigest(1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError')
print(hmac.new(b'k', b'm', hashlib.sha256).hexdigest()[:16], hmac.new(b'k', b'm', 'md5').hexdigest()[:16])
print(hmac.new(b'k', digestmod=hashlib.sha1).name)

print(base64.b64encode(b'hi'), base64.b64decode(b'aGk='), base64.b64encode.__name__)
print(base64.b64encode(b'\xff\xfe', altchars=b'-_'), base64.b64decode(b'__4=', altchars=b'-_'))
enc = base64.b64encode
print(enc == base64.b64encode, enc(b'x'), hashlib.sha256 == hashlib.sha256, hashlib.md5 != hashlib.sha1)
print(sorted(n for n in dir(hashlib) if n.startswith('sha'))[:4])
print(base64.b64encode.__module__, hashlib.sha256.__module__, re.sub.__module__, len.__module__)
print(isinstance(len.__doc__, str), isinstance(hashlib.sha256.__doc__, str), isinstance(base64.b64decode.__doc__, str))
