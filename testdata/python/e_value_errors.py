# ValueError messages from conversions, searches and unpacking

def show(label, fn):
    try:
        print(label, fn())
    except ValueError as e:
        print(label, type(e).__name__, e)

for s in ['12', ' 7 ', 'x', '', '1.5', '0x10', '1_000', '--1', '12abc']:
    show('int(%r)' % s, lambda: int(s))
show('int base16', lambda: int('ff', 16))
show('int base2 bad', lambda: int('102', 2))
show('int base0', lambda: int('0x1f', 0))
show('int bad base', lambda: int('1', 99))
for s in ['1.5', ' -2e3 ', 'nan', 'inf', 'abc', '', '1.2.3', '1e']:
    show('float(%r)' % s, lambda: float(s))
show('list.index', lambda: [1, 2, 3].index(4))
show('list.index str', lambda: ['a', 'b'].index('c'))
show('list.index ok', lambda: [1, 2, 3].index(3))
show('tuple.index', lambda: (1, 2).index(9))
show('str.index', lambda: 'hello'.index('z'))
show('str.rindex', lambda: 'hello'.rindex('z'))
show('str.find', lambda: 'hello'.find('z'))
show('list.remove', lambda: [1, 2].remove(3))
show('str.split empty', lambda: 'a b'.split(''))
show('chr big', lambda: chr(0x110000))
show('chr neg', lambda: chr(-1))
show('range step 0', lambda: range(1, 5, 0))
show('slice step 0', lambda: [1, 2, 3][::0])
show('math sqrt', lambda: __import__('math').sqrt(-1))
show('math log', lambda: __import__('math').log(0))
show('int from float str', lambda: int('3.0'))
show('str to int join', lambda: int('1 2'))
show('bytes.fromhex', lambda: bytes.fromhex('zz'))

def unpack2(seq):
    a, b = seq
    return a, b

def unpack3(seq):
    a, b, c = seq
    return a, b, c

def unpack_star(seq):
    a, b, *rest = seq
    return a, b, rest

show('too many', lambda: unpack2([1, 2, 3]))
show('too many str', lambda: unpack2('abcd'))
show('not enough', lambda: unpack3([1, 2]))
show('not enough 1', lambda: unpack3([1]))
show('not enough 0', lambda: unpack2([]))
show('exact', lambda: unpack3('xyz'))
show('star ok', lambda: unpack_star([1, 2, 3, 4]))
show('star short', lambda: unpack_star([1]))
show('gen too many', lambda: unpack2(i for i in range(5)))
show('dict items', lambda: [k for k, v in [(1, 2), (3, 4, 5)]])

def parse_pair(text):
    key, value = text.split('=')
    return key.strip(), int(value)

for line in ['a = 1', 'b=2=3', 'c', 'd = x']:
    show('parse %r' % line, lambda: parse_pair(line))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(ValueError, Exception))
try:
    b'\xff'.decode('utf-8')
except ValueError as e:
    print(type(e).__name__, e)
