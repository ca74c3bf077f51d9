# unsupported operand type messages for binary ops, comparisons and membership

class Thing:
    pass

pairs = [
    (1, 'a'), ('a', 1), ([1], (1,)), (None, 1), (1.5, None),
    ({}, {}), (b'x', 'x'), ('x', b'x'), (Thing(), 1), (3, [1]),
]
ops = [
    ('+', lambda a, b: a + b),
    ('-', lambda a, b: a - b),
    ('*', lambda a, b: a * b),
    ('/', lambda a, b: a / b),
    ('//', lambda a, b: a // b),
    ('%', lambda a, b: a % b),
    ('**', lambda a, b: a ** b),
    ('<', lambda a, b: a < b),
    ('>=', lambda a, b: a >= b),
    ('&', lambda a, b: a & b),
    ('<<', lambda a, b: a << b),
]
for a, b in pairs:
    for name, fn in ops:
        try:
            r = fn(a, b)
            print(name, 'ok', repr(r)[:30])
        except TypeError as e:
            print(name, type(e).__name__, e)

for item, container in [(1, 5), ('a', 3.5), (None, None), (1, 'abc'), ([1], {1: 2})]:
    try:
        print(item in container)
    except TypeError as e:
        print('in', type(e).__name__, e)

for v in [None, 'abc', [1], Thing()]:
    try:
        print(-v)
    except TypeError as e:
        print('neg', type(e).__name__, e)
    try:
        print(~v)
    except TypeError as e:
        print('inv', type(e).__name__, e)
    try:
        print(abs(v))
    except TypeError as e:
        print('abs', type(e).__name__, e)

x = 5
try:
    x += 'a'
except TypeError as e:
    print('iadd', type(e).__name__, e)
s = 'abc'
try:
    s -= 'a'
except TypeError as e:
    print('isub', type(e).__name__, e)
lst = [1]
try:
    lst += 5
except TypeError as e:
    print('ladd', type(e).__name__, e)
lst += 'ab'
print(lst)
try:
    print('a' * 2.0)
except TypeError as e:
    print('smul', type(e).__name__, e)
try:
    print([1] * [2])
except TypeError as e:
    print('lmul', type(e).__name__, e)
print(sorted([3, 1.5, True]))
try:
    sorted([3, 'a', 1])
except TypeError as e:
    print('sorted', type(e).__name__, e)
try:
    max([None, 1])
except TypeError as e:
    print('max', type(e).__name__, e)
