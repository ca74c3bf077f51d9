import fnmatch

pats = ['*.py', 'a?c', '[abc]*', '[!a-z]x', '*a*b*', '**', '[]]', '[!]]',
        'a[', '[a-', 'x*y*', 'a.b+c', '[a-z][!0-9]?', '*', '', '[^x]',
        '[a\\]b]', 'é*', '[a-c-e]', '[-a]', '[a-]', '[z-a]', '[!z-a]',
        '[&a]', '[!]', '[!!]', '[a-cz-ax]', '*a', 'a*b*c', '?*?', '[[]',
        '[a^]', '[a\\-z]', 'data_(1).txt', 'x{2}$', 'tab\there', '#%@ ~']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))

names = ['main.py', 'setup.py', 'README.md', 'test_a.py', 'abc', 'a.c',
         'Makefile', 'x1', 'ax', '.hidden', 'notes.txt', 'a\nb.py', 'ABC']
for p in ['*.py', 'a?c', '[!a-z]*', '[A-Z]*', 'test_*', '*.*', '?', '??',
          '.*', '*[0-9]', 'a*', '*e*e*', '[!.]*.py', '*.PY']:
    print(p, fnmatch.filter(names, p))

cases = [('foo.txt', '*.txt'), ('foo.txt', '*.TXT'), ('Foo', 'f*'),
         ('', '*'), ('', ''), ('a', ''), ('abc', 'a*c'), ('abcd', 'a*c'),
         ('a[b', 'a[b'), ('a]', '[]]'), ('!', '[!]]'), ('-', '[a-]'),
         ('b', '[z-a]'), ('q', '[!z-a]'), ('line\nbreak', 'line*'),
         ('\\', '[\\]'), ('x.y', 'x?y'), ('aXbXc', '*X*X*'), ('aXb', '*X*X*')]
for name, p in cases:
    print(repr(name), repr(p), fnmatch.fnmatch(name, p), fnmatch.fnmatchcase(name, p))

print(fnmatch.fnmatchcase('README', 'read*'), fnmatch.fnmatchcase('README', 'READ*'))
print(fnmatch.filter([], '*'))
print(fnmatch.filter(iter(['x.py', 'y.pyc']), '*.py'))
print(fnmatch.fnmatch(b'file.bin', b'*.bin'), fnmatch.fnmatch(b'file.bin', b'*.txt'))
print(fnmatch.filter([b'a.c', b'b.h'], b'*.c'))
try:
    fnmatch.fnmatch('x', None)
except TypeError as e:
    print(type(e).__name__)
print(sorted(fnmatch.__all__))
