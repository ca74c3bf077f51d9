import re
# lookarounds
print(re.findall(r'\d+(?=px)', '10px 20em 30px'), re.findall(r'(?<!\$)\b\d+', '$5 7 $9 11'), re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.findall(r'\b\w+(?<!ing)\b', 'sing going gone walked'), re.search(r'^(?!.*password).*$', 'my secret').group())
# backrefs
print(re.sub(r'\b(\w+) \1\b', r'\1', 'the the cat sat sat down'), re.findall(r'(\w)\1', 'aabbcd'), re.match(r'<(?P<tag>\w+)>.*</(?P=tag)>', '<b>x</b>').group('tag'))
# named groups & groupdict defaults
m = re.match(r'(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?', '2024-03')
print(m.groupdict(), m.groupdict('01'), m.group('year', 'month'), m.span('day'), m.start('month'), m.expand(r'\g<month>/\g<year>'))
print(re.compile(r'(?P<a>x)(?P<b>y)').groupindex['b'], sorted(re.compile(r'(?P<a>x)(?P<b>y)').groupindex))
# flags
text = 'First line\nsecond Line\nTHIRD line'
print(re.findall(r'^\w+', text), re.findall(r'^\w+', text, re.M), re.findall(r'line$', text, re.M | re.I))
print(re.findall(r'first.second', text, re.I), re.findall(r'first.second', text, re.I | re.S), bool(re.I & re.compile('x', re.I).flags))
print(re.findall(r'(?i)LINE', text), re.search(r'(?s)line.second', text).span(), re.findall(r'(?m)e$', text))
pat = re.compile(r"""
    (?P<key>[a-z_]+)   # key name
    \s*=\s*            # equals
    (?P<val>"[^"]*"|\S+)
""", re.X)
print([m.groupdict() for m in pat.finditer('a = 1  name="x y"  z=3')])
print(int(re.ASCII), int(re.IGNORECASE), int(re.MULTILINE), int(re.DOTALL), int(re.VERBOSE), re.findall(r'\w+', 'caf\u00e9 na\u00efve', re.A))
# sub with callables and templates
def repl(m):
    return m.group(0).upper() if len(m.group(0)) > 3 else m.group(0)
print(re.sub(r'\w+', repl, 'the quick brown fox'), re.sub(r'(?P<w>\w+)@', r'[\g<w>]@', 'ann@x bob@y'), re.sub(r'(\d)', r'\g<1>0', 'a1b2'))
print(re.subn(r'\s', '', 'a b c'), re.sub('a', r'\n', 'xax') == 'x\nx', re.sub('a', lambda m: '\\n', 'xax'), re.sub(r'x', '', 'xxx', 2))
print(re.sub(r'(a)|(b)', lambda m: 'A' if m.group(1) else 'B', 'abcab'), re.sub(r'', '-', 'abc'), re.sub(r'\b', '|', 'hi yo'))
# split with groups
print(re.split(r'(\d)', 'a1b2c'), re.split(r'(-)|(\+)', 'a-b+c'), re.split(r'\s*([,;])\s*', 'a , b;c'), re.split(r'x*', 'axbc'), re.split('(?:ab)+', 'xababy'))
print(re.split(r'[\s,]+', ' a, b  c ,d '), re.split(r'(?m)^', 'l1\nl2\n'))
# finditer / fullmatch / match positions
for m in re.finditer(r'(?P<k>\w+)=(?P<v>\w*)', 'a=1&b=&c=33'):
    print(m.group('k'), repr(m['v']), m.span(), m.start('v'), m.lastgroup)
print(re.fullmatch(r'\d{3}-\d{4}', '555-1234') is not None, re.fullmatch(r'\d+', '123abc'), re.compile(r'\w+').fullmatch('abc def', 0, 3).group())
print(re.escape('http://example.com/path?q=1&r=[2]'), re.escape('a_b-c d\t'), re.search(re.escape('1+1') + '$', 'is 1+1').start())
# compile attributes
c = re.compile(r'(?P<first>\w+)\s(\w+)', re.I | re.M)
print(c.pattern, c.groups, c.groupindex['first'], c.flags & (re.I | re.M) == re.I | re.M, c == re.compile(r'(?P<first>\w+)\s(\w+)', re.I | re.M))
print(c.sub(r'\2 \1', 'hello world'), c.split('aa bb cc'), c.findall('x y, z w'), c.search('   ab cd').pos, c.match('ab cd').endpos)
print(re.findall(r'[\u00e0-\u00ff]+', 'caf\u00e9 cr\u00e8me'), re.findall(r'\s+', 'a\t\nb'), re.findall(r'[^\W\d_]+', 'ab_12cd'))
print(re.match(r'a{2,3}?', 'aaaa').group(), re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups(), re.match(r'(?:a+)+b', 'aaab').group())
print(re.search(r'(\d+)(?:\.(\d+))?', 'v 3').groups(), re.findall(r'(a)(b)?', 'ab a'), re.match(r'(?P<x>a)?b', 'b').groupdict())
for bad in [r'a)', r'[a', r'(?P<1>x)', r'*a', r'(?<=a+)b', r'\k']:
    try:
        re.compile(bad)
    except re.error as e:
        print('re.error', e.msg, e.pos)
m = re.search(r'(\w+)@(\w+)\.com', 'mail: joe@site.com!')
print(m.re.pattern, m.pos, m.endpos, m.regs, m.string[m.start():m.end()], m[1], m[2])
try:
    m.group(3)
except IndexError as e:
    print('IndexError', e)
try:
    m.group('nope')
except IndexError as e:
    print('IndexError', e)
