# pickle: the bytes of dumps for built-in values at every protocol, and
# loads of them (the same bytes CPython's C pickler writes)
import pickle

values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2**31 - 1,
    -2**31, 2**31, -2**31 - 1, 2**63, -2**63, 2**64 + 7, -(2**100), 10**40,
    0.0, -0.0, 1.5, -2.25, 1e100, 1e-300, float('inf'), float('-inf'),
    '', 'a', 'hello world', 'caf\xe9', '\u20ac uro', '\U0001f600', 'back\\slash',
    'line\nbreak\r\x1a\x00', 'x' * 300,
    b'', b'a', b'\x00\xff\x80', b'y' * 300,
    bytearray(), bytearray(b'abc'),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), (('a', 'b'), ('c',)),
    [], [1], [1, 2, 3], [[1, [2]], []], ['a', 'b', 'a'],
    {}, {'a': 1}, {'a': 1, 'b': [2, 3]}, {1: 'x', 2: 'y', (3, 4): None},
    set(), {1}, {1, 2, 3}, frozenset(), frozenset({5, 6}),
    [1.5, None, True, b'z', 'q', (2,)],
]

for v in values:
    print(repr(v)[:60])
    for proto in (0, 1, 2, 3, 4, 5):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        ok = back == v and type(back).__name__ == type(v).__name__
        if isinstance(v, float) and v != v:
            ok = back != back
        print(' ', proto, data if len(data) < 200 else (len(data), data[:40], data[-20:]), ok)

print(pickle.dumps(float('nan'), 0), pickle.dumps(float('nan'), 2))
print(repr(pickle.loads(pickle.dumps(float('nan')))))
print(pickle.dumps(12345), pickle.dumps('default'))
print(pickle.dumps([1, 2], -1))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps(None, protocol=2), pickle.dumps(1, fix_imports=False))
