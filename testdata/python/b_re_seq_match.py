# re.match / fullmatch on "simple sequence" patterns (literals, classes,
# single-character repeats, groups, ^ $ \A \Z), which gowsgi runs on a
# possessive matcher, beside patterns that look alike but must backtrack.
import re


def show(m):
    if m is None:
        return None
    return (m.group(), m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup,
            m.pos, m.endpos, [m.span(g) for g in range(len(m.groups()) + 1)])


pats = [
    r'(\d{4})-(\d{2})-(\d{2})$',
    r'(\d{4})-(\d{2})-(\d{2})\Z',
    r'^/users/(?P<id>\d+)/posts/(?P<slug>[\w-]+)/?$',
    r'\A(?P<k>[a-z_]+)=(?P<v>\d*)',
    r'a{2,3}b{,2}c{1}',
    r'x{0}y',
    r'(a*)(b*)',
    r'(a*)$',
    r'.+x',
    r'[^,]+,(\d?)$',
    r'\d+\d',
    r'\w+-?\w+',
    r'(a)?b',
    r'(ab)*c',
    r'a*?b',
    r'ab|a',
    r'(?P<n>\d+)(?P<u>[a-z]*)',
]
texts = ['2024-01-15', '2024-01-15\n', '2024-01-15x', '2024-1-15', '/users/42/posts/hello-world/',
         '/users/42/posts/hello-world', '/users/42/posts/hello-world/\n', '/users//posts/x', 'key_a=12',
         'key=', 'aab', 'aaabbc', 'aaaabc', 'aac', 'y', 'xy', '', '\n', 'aabb', 'aa\n', 'abx', 'a\nx',
         'foo,1', 'foo,', 'foo,12', '12345', '1', 'ab-cd', 'ab-', 'b', 'ab', 'ababc', 'c', '12kg', '12',
         'é', '2024-01-1é', 'aé', '/users/42/posts/héllo/']
for p in pats:
    c = re.compile(p)
    for t in texts:
        for f in (c.match, c.fullmatch):
            print(repr(p), repr(t), f.__name__, show(f(t)))

# pos and endpos: ^ and \A hold only at the real start, $ at endpos
c = re.compile(r'(\d+)-(\d+)$')
for args in [(0,), (1,), (2,), (0, 5), (0, 4), (3, 100), (-5, 7), (7, 3), (0, -1)]:
    print(args, show(c.match('12-345x', *args)), show(c.fullmatch('12-345x', *args)))
c = re.compile(r'^\d+')
print(show(c.match('a12', 1)), show(c.match('12', 0)))
c = re.compile(r'\A\d+')
print(show(c.match('a12', 1)))
c = re.compile(r'\d+')
print(show(c.match('a12b', 1, 3)), show(c.fullmatch('a12b', 1, 3)), show(c.fullmatch('a12b', 1)))
print(show(re.compile(r'\d*$').match('12\n', 0, 2)), show(re.compile(r'\d*$').match('12\n')))
print(show(re.compile(r'x*').match('abc', 3)), show(re.compile(r'x*').fullmatch('abc', 3)))

# bytes patterns
for p in [rb'(\d{4})-(\d{2})-(\d{2})$', rb'^/(?P<a>\w+)/?$', rb'\w+\s*=\s*(\d+)']:
    c = re.compile(p)
    for t in [b'2024-01-15', b'2024-01-15\n', b'/abc/', b'/abc', b'/\xe9/', b'k = 5', b'k=', b'\xffk=1']:
        print(p, t, show(c.match(t)), show(c.fullmatch(t)))
try:
    re.compile(rb'\d+').match('12')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(r'\d+').match(b'12')
except TypeError as e:
    print('TypeError', e)

# flags that keep the general path
print(show(re.compile(r'abc', re.I).match('ABC')), show(re.compile(r'(?i)a[b-d]+$').match('ABD')))
print(show(re.compile(r'^\w+$', re.M).match('one\ntwo')), show(re.compile(r'\w+$', re.M).match('one\ntwo')))
print(show(re.compile(r'a.c', re.S).match('a\nc')), show(re.compile(r'a.c').match('a\nc')))
print(show(re.compile(r'[\s\d]+').match(' 1\x1c2\x0b')), show(re.compile(r'\s+', re.A).match('\x1c')))

# the Match object itself
m = re.compile(r'(?P<y>\d{4})-(?P<m>\d{2})-(\d{2})$').match('2024-01-15')
print(m, m.group(0), m.group(1, 'm', 3), m['y'], m[3], m.groups('z'), m.groupdict('z'))
print(m.start(), m.end(2), m.span('m'), m.regs, m.string, m.re.pattern, m.lastindex, m.lastgroup)
print(m.expand(r'\3/\2/\g<y>'), bool(m))
for bad in (4, 'q', -1):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', bad, e)
m = re.compile(r'(a)(b)?').match('ac')
print(m.groups(), m.groups(0), m.span(2), m.lastindex, m.group(2))
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
print(m.groupdict(), re.fullmatch(r'\d{3}', '123'), re.fullmatch(r'\d{3}', '1234'))
print(re.match(r'(\d{4})-(\d{2})-(\d{2})$', '2024-01-15').groups(), re.match('', 'abc'))
print(re.match(r'(\w+)=(\d+)', 'abc=42; x', 0) and 'ok', re.compile(r'(\w+)=(\d+)').match('  a=1', 2))

# search on the same patterns: leftmost start, pos/endpos, anchors, empty matches, a long text
for p in [r'(\d{4})-(\d{2})-(\d{2})', r'^\d+', r'\A\d+', r'\d+$', r'\d*\Z', r'x*', r'[a-z]*-', r'(?P<k>\w+)=(?P<v>\d+);?']:
    c = re.compile(p)
    for t in ['on 2024-01-15 and 2025-02-16', '12 34', '12 34\n', 'ab-cd-', 'a=1;b=22', '', 'é 2024-01-15', 'a' * 3000 + '-']:
        for args in [(), (1,), (3, 8), (0, 2)]:
            m = c.search(t, *args)
            print(repr(p), repr(t[:20]), args, m and (m.span(), m.groups(), m.groupdict()))
print(re.search(r'[a-z]*-', 'a' * 5000), re.search(r'[a-z]*-', 'a' * 5000 + '-').span())
