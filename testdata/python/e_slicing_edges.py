# slicing with out-of-range bounds, negative steps, and slice assignment edges

s = 'abcdefgh'
lst = list(range(8))
t = tuple(lst)
b = b'abcdefgh'
cases = [
    (None, None, None), (2, 100, None), (-100, 3, None), (100, 200, None),
    (5, 2, None), (None, None, -1), (None, None, -2), (6, 1, -2), (1, 6, -1),
    (-1, -9, -1), (-3, None, -1), (None, -3, -1), (100, None, -3), (None, None, 3),
    (-100, 100, 2), (3, 3, None), (0, -1, None), (7, -100, -3),
]
for start, stop, step in cases:
    sl = slice(start, stop, step)
    print((start, stop, step), repr(s[sl]), lst[sl], t[sl] == tuple(lst[sl]), b[sl])
    print('  indices', sl.indices(len(s)), len(range(*sl.indices(len(s)))))

print(range(10)[2:8:3], range(10)[::-1], range(10)[::-1][2], list(range(10)[-3:]))
print(range(0, 20, 3)[1:4], range(5)[10:20], len(range(5)[10:20]))

a = list(range(6))
a[1:3] = ['x', 'y', 'z']
print(a)
a[::2] = [0, 0, 0, 0]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
a[10:20] = ['end']
print(a)
a[:0] = ['start']
print(a)
del a[::3]
print(a)
del a[100:]
print(a)
a[1:1] = []
print(a)
a[-2:] = 'pq'
print(a)
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
print('abc'[5:], 'abc'[-5:], 'abc'[1:-1], 'abc'[::-1], 'abc'[-1::-2])
print([1, 2, 3][True:], 'hello'[False], 'hello'[-True])
print('x' * 0, 'x' * -3, [1] * -1, (1, 2) * 0, 'ab' * 3, 3 * 'ab', [[]] * 2)
print(repr('' * 5), [] * 10, 'a' * True, 'a' * False)
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested)
m = [[0] * 2 for _ in range(2)]
m[0][0] = 9
print(m)
word = 'racecar'
print(word == word[::-1], 'python'[::-1], 'python'[1::2], 'python'[-2::-2])
