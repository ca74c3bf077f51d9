# Match objects from every re path (the sequence matcher, Go's regexp,
# regexp2 on non-ASCII text) with 0 to 6 groups: nested and named groups,
# lastindex/lastgroup, groups()/groupdict() defaults, re.match/fullmatch
# at module level, finditer and sub with a callable.
import re


def show(m):
    if m is None:
        return None
    return (m.group(), m.span(), m.groups(), m.groups('-'), m.groupdict(), m.groupdict('-'),
            m.lastindex, m.lastgroup, m.regs)


pats = [
    r'((a+)-(b+))c',
    r'(?P<outer>(?P<inner>x*))y',
    r'(\d)(\d)(\d)(\d)(\d)',
    r'(?P<a>\w)(?P<b>\w)(?P<c>\w)(?P<d>\w)(?P<e>\w)(?P<f>\w)?',
    r'(a*)(b*)',
    r'((a*))',
    r'()',
    r'(\w+) (\w+)',
    r'(?P<k>\w+)(=)(?P<v>[^;]*);?',
    r'(a)|(b)',
    r'(x)?(y)',
]
texts = ['aa-bbc', 'xxy', 'y', '12345', '1234', 'abcdef', 'abcde', 'abcdefg', '', 'aabb', 'ab cd',
         'k=v;', 'k=', 'b', 'a', 'éé-bbc', 'é y', 'k=é;', 'xy']
for p in pats:
    c = re.compile(p)
    for t in texts:
        print(repr(p), repr(t), show(c.match(t)), show(c.fullmatch(t)), show(c.search(t)))
        print('  module', show(re.match(p, t)) == show(c.match(t)), show(re.fullmatch(p, t)) == show(c.fullmatch(t)))
    print('  finditer', [show(m) for m in c.finditer('aa-bbc 12345 abcdef k=v; xy')])
    print('  sub', c.sub(lambda m: '<' + '|'.join(g or '' for g in m.groups()) + '>', 'aa-bbc 12345 k=v;'))

for t in ['2024-01-15', '2024-01-15\n', '2024-01-1\u00e9']:
    m = re.match(r'(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$', t)
    print(repr(t), show(m), m and (m.start('m'), m.end('d'), m.string, m.pos, m.endpos))
m = re.compile(r'(\w+)=(\d+)').match('xx k=12 yy', 3, 7)
print(show(m), m.pos, m.endpos, m.string, repr(m))
print(re.compile(r'(\w+)=(\d+)').match('xx k=12 yy', 3, 6))
print(show(re.compile(r'(?P<w>\w+)$').match('abc\n')), show(re.compile(r'(?P<w>\w+)\Z').match('abc\n')))
print(show(re.compile(rb'(?P<w>\w+)=(\d*)').match(b'key=')), show(re.compile(rb'(\w+)').fullmatch(b'k\xe9')))

# lastindex is the group that closed last, nested or not, on every path
for p, t in [(r'(a*)(b*)', 'aa-bbc'), (r'((a*))', ''), (r'(a*)(b*)x|y', 'aax'), (r'((a)|(b))+', 'ab'), (r'(a)(?:(b)|c)()', 'ab'),
             (r'(?:(a)|b)*', 'ab'), (r'(a)(b)?', 'a'), (r'((a)b)', 'ab'), (r'(é*)(b*)', 'éé'), (r'(x)(?=(y))', 'xy'), (r'(?x) ( a ) # (b)\n ( c )', 'ac')]:
    m = re.match(p, t)
    print(p, t, m and (m.lastindex, m.lastgroup, m.regs))
