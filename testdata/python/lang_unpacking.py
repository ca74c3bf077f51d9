a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = [1, 2], 3
print(x, y, z)
first, *rest = range(5)
*init, last = 'hello'
head, *middle, tail = [1, 2]
print(first, rest, init, last, head, middle, tail)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{'a': 1}, **{'b': 2}))
print([*'ab', *[1]], {*[1, 2], *{3}}, {**{'k': 1}, 'j': 2}, (*range(2),))
def g(a, b, /, c, *, d):
    return a + b + c + d
print(g(1, 2, 3, d=4), g(1, 2, c=3, d=4))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
pairs = [(1, 'one'), (2, 'two')]
nums, names = zip(*pairs)
print(nums, names, dict(pairs))
m = [[1, 2], [3, 4]]
print([list(col) for col in zip(*m)], max(*[3, 9, 2]), print(*['x', 'y'], sep='-'))
