# re on ASCII text through Go's regexp: `$` (also before a final newline),
# \s inside a class, match and fullmatch anchored, split on a class run.
import re

pats = [r'(\d{4})-(\d{2})-(\d{2})$', r'^/users/(?P<id>\d+)/posts/(?P<slug>[\w-]+)/?$',
        r'[,;\s]+', r'a$|b', r'\w+$', r'(a|ab)(c|bcd)?', r'x*', r'[\s\d]+', r'(?m)^\w+$',
        r'a|ab', r'(a+)(b*)$', r'[^\s,]+', r'\d+\.?\d*$']
texts = ['2024-01-15', '2024-01-15\n', '2024-01-15\n\n', 'x2024-01-15', '/users/42/posts/hello-world/',
         '/users/42/posts/hello-world/\n', 'a, b;c  d,e ;f ', 'ab', 'ab\n', 'a\n', 'abcd', 'abc',
         'aab\n', 'one two\nthree\n', '12.5', '12.5\n', '', '\n', ' 1 2\t3\x1c4\x0b']
for p in pats:
    c = re.compile(p)
    for t in texts:
        for f in (c.search, c.match, c.fullmatch):
            m = f(t)
            print(repr(p), repr(t), f.__name__, m and (m.span(), m.groups(), m.groupdict()))
        print(' findall', c.findall(t))
        print(' split', c.split(t))
        print(' sub', repr(c.sub('<\\g<0>>', t)))
        for f in (c.search, c.match, c.fullmatch):
            m = f(t, 0, max(len(t) - 1, 0))
            print(' endpos', f.__name__, m and m.span())
print(re.compile(r'[,;\s]+', re.I).split('A ,B;\tc'))
print(re.split(r'\s*;\s*', 'a ; b;c ;d'))
print(re.match(r'(?i)HELLO$', 'hello'), re.match(r'(?i)HELLO$', 'hello\n'))
