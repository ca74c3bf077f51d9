# unsupported operand types for arithmetic/bitwise ops and membership tests

class Thing:
    pass

pairs = [
    (1, 'a'), ('a', 1.5), ([1], (1,)), (None, 1), (1.5, None),
    ({}, {}), (Thing(), 1), (3, Thing()), (b'x', 2.0),
]
ops = [
    ('-', lambda a, b: a - b),
    ('//', lambda a, b: a // b),
    ('**', lambda a, b: a ** b),
    ('&', lambda a, b: a & b),
    ('|', lambda a, b: a | b),
    ('^', lambda a, b: a ^ b),
    ('<<', lambda a, b: a << b),
    ('>>', lambda a, b: a >> b),
    ('@', lambda a, b: a @ b),
]
for a, b in pairs:
    for name, fn in ops:
        try:
            r = fn(a, b)
            print(name, 'ok', repr(r)[:30])
        except TypeError as e:
            print(name, type(e).__name__, e)

for item, container in [(1, 5), ('a', 3.5), (None, None), (1, 'abc'),
                         ([1], {1: 2}), ({}, {1}), (2, [1, 2]), ('b', 'abc')]:
    try:
        print('in', item in container)
    except TypeError as e:
        print('in', type(e).__name__, e)
    try:
        print('not in', item not in container)
    except TypeError as e:
        print('not in', type(e).__name__, e)

print(1 == 'a', None == 0, [] == (), {} != set())
print(1 + True, 1.5 * False, 3 - True)
print({1: 2} | {3: 4})
try:
    print({1, 2} + {3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None + None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(pow(2, 'x'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(divmod('a', 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(round('1.5'))
except TypeError as e:
    print(type(e).__name__, e)
