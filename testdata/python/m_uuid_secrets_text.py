import uuid, secrets, textwrap, string
u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, u.hex, u.int, u.version, u.variant, u.bytes, u.bytes_le, u.fields, u.time_low, u.node, u.urn)
print(uuid.UUID('12345678123456781234567812345678') == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=u.int) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u)
print(repr(u), str(u).upper(), u < uuid.UUID(int=u.int + 1), hash(u) == hash(uuid.UUID(str(u))), {u: 1}[uuid.UUID(u.hex)])
for ns, name in [(uuid.NAMESPACE_DNS, 'example.com'), (uuid.NAMESPACE_URL, 'https://example.com/a'), (uuid.NAMESPACE_OID, '1.2.3'), (uuid.NAMESPACE_X500, 'cn=x')]:
    print(uuid.uuid3(ns, name), uuid.uuid5(ns, name), uuid.uuid5(ns, name).version, uuid.uuid3(ns, name).version)
print(uuid.NAMESPACE_DNS, uuid.UUID(int=0), uuid.UUID(int=2 ** 128 - 1).hex, uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678') == u)
r = uuid.uuid4()
print(r.version, r.variant == uuid.RFC_4122, len(r.hex), str(r).count('-'), r != uuid.uuid4(), uuid.uuid1().version)
for bad in ['not-a-uuid', '12345678-1234-5678-1234-56781234567', '']:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    uuid.UUID(bytes=b'short')
except ValueError as e:
    print('ValueError', e)
try:
    u.hex = 'x'
except TypeError as e:
    print('TypeError', e)
# secrets
print(len(secrets.token_hex()), len(secrets.token_hex(4)), len(secrets.token_bytes(7)), len(secrets.token_urlsafe(9)), all(c in string.hexdigits for c in secrets.token_hex(8)))
print(all(c in string.ascii_letters + string.digits + '-_' for c in secrets.token_urlsafe(30)), secrets.choice('a') == 'a', 0 <= secrets.randbelow(1) < 1, secrets.randbits(8) < 256)
print(secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest('abc', 'abd'), type(secrets.SystemRandom()).__name__)
pw = ''.join(secrets.choice(string.ascii_letters + string.digits) for _ in range(12))
print(len(pw), pw.isalnum())
# textwrap
text = 'The quick brown fox jumps over the lazy dog. ' * 3
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, width=30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('short', 10), textwrap.wrap('', 10), textwrap.wrap('averyveryverylongwordthatbreaks', 10), textwrap.wrap('averyveryverylongword', 10, break_long_words=False))
print(textwrap.wrap('a-hyphenated-compound word', 8), textwrap.wrap('a-hyphenated-compound word', 8, break_on_hyphens=False))
print(repr(textwrap.dedent('''
    def f():
        return 1
      # comment
''')))
print(repr(textwrap.dedent('  a\n\n  b\n   c')), repr(textwrap.dedent('\ta\n\tb')), repr(textwrap.dedent('  x\n\ty')))
print(repr(textwrap.indent('line1\n\nline3\n', '> ')), repr(textwrap.indent('a\n \nb', '+ ', predicate=lambda l: True)))
print(textwrap.shorten('Hello  world, this is a long sentence', width=20), textwrap.shorten('Hi there', 20), textwrap.shorten('Hello world foo', 12, placeholder='...'))
try:
    textwrap.shorten('Hello world', 3)
except ValueError as e:
    print('ValueError', e)
w = textwrap.TextWrapper(width=15, max_lines=2, placeholder=' [..]')
print(w.wrap('one two three four five six seven'), w.fill('tiny'))
print(textwrap.wrap('tabs\there and  two  spaces', 40), textwrap.wrap('tabs\there', 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.fill('Sentence one.  Sentence two. ', 40, fix_sentence_endings=True), textwrap.wrap('drop   \n  ws', 40, drop_whitespace=False))
