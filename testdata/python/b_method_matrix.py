# every public method of str, bytes, bytearray, list, tuple, dict, set, frozenset, int, float
# called with typical arguments on a fresh value: the result (and the value after) or the error
S = 'Hello, World  abc\tx1'
A = {
    'capitalize': [()], 'casefold': [()], 'center': [(30,), (30, '*'), (3,)], 'count': [('l',), ('l', 3), ('l', 3, 9), ('',)],
    'encode': [(), ('ascii',), ('utf-16-le',)], 'decode': [(), ('ascii',), ('latin-1',)],
    'endswith': [('x1',), (('a', '1'),), ('World', 0, 12)], 'startswith': [('He',), (('x', 'H'),), ('World', 7)],
    'expandtabs': [(), (4,)], 'find': [('o',), ('o', 5), ('zz',), ('o', 5, 6)], 'rfind': [('o',), ('o', 0, 6)],
    'index': [('o',), ('o', 5)], 'rindex': [('o',), ('o', 0, 6)],
    'format': [(), (1, 2)], 'format_map': [({},)], 'isalnum': [()], 'isalpha': [()], 'isascii': [()], 'isdecimal': [()],
    'isdigit': [()], 'isidentifier': [()], 'islower': [()], 'isnumeric': [()], 'isprintable': [()], 'isspace': [()],
    'istitle': [()], 'isupper': [()], 'join': [(['a', 'b'],), ([],)], 'ljust': [(25,), (25, '.')], 'rjust': [(25,), (25, '.')],
    'lower': [()], 'upper': [()], 'lstrip': [(), ('Hel',)], 'rstrip': [(), ('x1',)], 'strip': [(), ('Hx1',)],
    'maketrans': [('lo', '01')], 'partition': [(', ',), ('zz',)], 'rpartition': [('o',), ('zz',)],
    'removeprefix': [('Hello',), ('zz',)], 'removesuffix': [('x1',), ('zz',)], 'replace': [('l', 'L'), ('l', 'L', 2), ('', '-')],
    'split': [(), (',',), (None, 1), ('l', 2)], 'rsplit': [(), (None, 1), ('l', 2)], 'splitlines': [(), (True,)],
    'swapcase': [()], 'title': [()], 'translate': [({ord('l'): 'L'},)], 'zfill': [(30,)],
    'hex': [(), (':',), ('-', 2)], 'fromhex': [('414243',)], 'isdigit_': [],
    'append': [(9,)], 'clear': [()], 'copy': [()], 'extend': [([7, 8],)], 'insert': [(1, 'x')], 'pop': [(), (0,)],
    'remove': [(1,)], 'reverse': [()], 'sort': [()],
    'fromkeys': [('ab',), ('ab', 0)], 'get': [('a',), ('z', 5)], 'items': [()], 'keys': [()], 'values': [()],
    'popitem': [()], 'setdefault': [('a',), ('z', 3)], 'update': [({'q': 1},)],
    'add': [(5,)], 'difference': [({1},), ({1}, {2})], 'difference_update': [({1},)], 'discard': [(1,), (99,)],
    'intersection': [({1, 2},)], 'intersection_update': [({1, 2},)], 'isdisjoint': [({9},)], 'issubset': [({1, 2, 3, 4},)],
    'issuperset': [({1},)], 'symmetric_difference': [({1, 9},)], 'symmetric_difference_update': [({1, 9},)],
    'union': [({9},), ([8], (7,))],
    'as_integer_ratio': [()], 'bit_count': [()], 'bit_length': [()], 'conjugate': [()], 'from_bytes': [(b'\x01\x00', 'big'), (b'\xff', 'little', )],
    'to_bytes': [(), (4, 'big'), (2, 'little')], 'is_integer': [()], 'real': [], 'imag': [],
}
BYTES_NAMES = {'center', 'count', 'endswith', 'startswith', 'find', 'rfind', 'index', 'rindex', 'join', 'ljust', 'rjust',
               'lstrip', 'rstrip', 'strip', 'maketrans', 'partition', 'rpartition', 'removeprefix', 'removesuffix',
               'replace', 'split', 'rsplit', 'translate'}


def tob(a):
    if isinstance(a, str):
        return a.encode()
    if isinstance(a, tuple):
        return tuple(tob(x) for x in a)
    if isinstance(a, list):
        return [tob(x) for x in a]
    return a


samples = [('str', lambda: S), ('bytes', lambda: S.encode()), ('bytearray', lambda: bytearray(S.encode())),
           ('list', lambda: [3, 1, 2, 1]), ('tuple', lambda: (3, 1, 2, 1)), ('dict', lambda: {'a': 1, 'b': 2}),
           ('set', lambda: {1, 2, 3}), ('frozenset', lambda: frozenset({1, 2, 3})), ('int', lambda: 42), ('int-', lambda: -1234),
           ('float', lambda: 2.5), ('float-', lambda: -0.1), ('hexs', lambda: '414243'), ('ws', lambda: ' 12\n3 \r\n')]
for label, mk in samples:
    t = type(mk())
    for name in sorted(n for n in dir(t) if not n.startswith('_')):
        arglist = A.get(name)
        if arglist is None:
            print(label, name, 'NO ARGS IN TABLE')
            continue
        for args in arglist:
            if t in (bytes, bytearray) and name in BYTES_NAMES:
                args = tob(args)
                if name == 'translate':
                    args = (bytes.maketrans(b'l', b'L'),)
                if name == 'join':
                    args = ([b'a', b'b'],) if args[0] else ([],)
            if t in (bytes, bytearray) and name == 'fromhex':
                args = ('41 42',)
            v = mk()
            try:
                r = getattr(v, name)(*args)
                out = repr(r)
                if isinstance(r, (map, filter)) or type(r).__name__.startswith('dict_'):
                    out = type(r).__name__ + repr(list(r))
            except Exception as e:
                out = '!' + type(e).__name__ + ': ' + str(e)
            if isinstance(v, (set, frozenset)):
                after = sorted(v, key=repr)
            else:
                after = v
            print(label, name, repr(args)[:40], '->', out[:120], '|', repr(after)[:60])
