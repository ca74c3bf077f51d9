import re
m = re.match(r'(?P<user>\w+)@(?P<host>[\w.]+)', 'bob@example.com rest')
print(m.group(), m.group(1), m.group('host'), m.groups(), m.groupdict(), m.span(), m.start(2), m.end('user'), m[0], m['user'])
print(m.lastindex, m.lastgroup, m.string, m.re.pattern, bool(m))
print(re.search(r'\d+', 'abc 123 def 45').group(), re.match(r'\d+', 'abc'), re.fullmatch(r'a|ab', 'ab'))
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1 b2 c'), re.findall(r'(a)|b', 'ab'))
print([m.span() for m in re.finditer(r'o', 'foo boo')])
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home and ann@work'), re.sub(r'\s+', ' ', '  a   b  '), re.subn('a', 'b', 'aaa', count=2))
print(re.sub(r'(?P<n>\d)', r'<\g<n>>', 'a1b2'), re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b7'), re.sub('x*', '-', 'abxd'))
print(re.split(r'[,;]\s*', 'a, b;c,d'), re.split(r'(,)', 'a,b'), re.split(r',', 'a,b,c', maxsplit=1), re.split(r'\W+', 'Words, words, words.'))
print(re.compile(r'(?i)hello').search('Say HELLO').group(), re.search('^b', 'a\nb', re.M).group(), re.search('a.b', 'a\nb', re.S).group())
pat = re.compile(r'''
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
''', re.VERBOSE)
print(pat.match('555-1234').groups(), pat.groups, pat.flags & re.VERBOSE != 0)
print(re.search(r'(?<=\$)\d+', 'cost: $42').group(), re.search(r'foo(?!bar)', 'foobar foobaz').start(), re.search(r'(\w)\1', 'hello').group())
print(re.search(r'(?P<q>["\']).*?(?P=q)', 'say "hi" now').group(), re.escape('a.b*c?'), re.escape('1+1=2'))
p = re.compile(r'\d')
print(p.search('ab1', 1), p.search('ab1', 0, 2), p.match('1a', 0), p.findall('1a2b3', 1, 4))
print(re.match(rb'(\d+)', b'42abc').group(1), re.sub(rb'a', b'b', b'aXa'), re.findall(rb'[a-z]', b'a1b'))
print(re.compile('a+', re.I), re.compile(r'x\d'), re.search(r'\Aab\Z', 'ab').group(), re.search(r'\bword\b', 'a word here').span())
try:
    re.compile('(unclosed')
except re.error as e:
    print('re.error')
try:
    re.sub('a', r'\9', 'a')
except re.error as e:
    print('re.error', e)
print(re.match(r'(a)(b)?', 'a').groups(), re.match(r'(a)(b)?', 'a').groups('-'), re.match(r'(a)(b)?', 'a').group(2))
print(re.findall(r'\w+', 'héllo wörld'), re.sub(r'(?m)^', '> ', 'a\nb'), re.match('.*', '').group() == '')
print(re.match(r'x{,2}', 'xxx').group(), re.search(r'[]a]+', 'x]a]y').group(), re.search(r'[^]]+', ']]ab').group())
