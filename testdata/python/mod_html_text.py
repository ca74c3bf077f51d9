import html
print(html.escape('<a href="x">Tom & \'Jerry\'</a>'), html.escape('<"\'>', quote=False))
print(html.unescape('&lt;p&gt; &amp;amp; &quot;q&quot; &#39; &#x41; &eacute; &copy; &notanentity; &'))
print('abc'.isascii(), 'é'.isascii(), 'a\tb'.isprintable(), 'Hello World'.istitle(), 'hello World'.istitle())
print('a\tbc\td'.expandtabs(4), repr('x\ty'.expandtabs()), 'prefix_name'.removeprefix('prefix_'), 'file.txt'.removesuffix('.txt'))
t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()), 'abcd-cab'.translate(t), 'hello'.translate({ord('l'): 'L', ord('o'): None}), str.maketrans({'a': 'b'}))
print(ascii('é😀x'), ascii([1, 'ü']), ascii('plain'))
