s = 'naïve café'
b = s.encode('utf-8')
print(b, len(s), len(b), b.decode('utf-8') == s, s.encode('latin-1'), s.encode('ascii', 'replace'), s.encode('ascii', 'ignore'))
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.reason if hasattr(e, 'reason') else e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError')
print(b'\xff'.decode('utf-8', 'replace'), b'\xff'.decode('latin-1'), b'abc'.hex(), bytes.fromhex('414243'), b'a,b'.split(b','))
print(b'hello'[1:3], b'hello'[0], list(b'hi'), b'x' * 3, b'ab' + b'cd', b'a' in b'cat', b'abc'.upper(), b'  x '.strip())
print(b'%s-%d' % (b'k', 5), b'{}'.decode().format(1), bytes([1, 2, 255]), bytes(range(3)), b'abc'.startswith(b'ab'))
print(str(b'x', 'ascii'), repr(b"it's"), b'a\tb\n'.split(), b'A'.lower(), b'abc'.find(b'c'), b'xyz'.replace(b'y', b'Y'))
print(sorted([b'b', b'a']), b'a' < b'b', b'abc' == b'abc', hash(b'a') == hash(b'a'), {b'k': 1}[b'k'], b''.join([b'1', b'2']))
