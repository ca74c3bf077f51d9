print([x * y for x in range(3) for y in range(3) if x != y])
print({x: [y for y in range(x)] for x in range(4)})
print({c.upper() for c in 'hello'} == set('HELO'), sorted({c.upper() for c in 'hello'}))
print(list(x for x in range(10) if x % 3 == 0), sum(x * x for x in range(5)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([(i, c) for i, c in enumerate('ab')], [a + b for a, b in zip('xy', 'zw')])
nested = [[1, [2, 3]], [4]]
print([item for sub in nested for item in sub])
x = 10
print([x for x in range(3)], x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print(any(v > 2 for v in [1, 2, 3]), all(v > 0 for v in []), min((v for v in [3, 1, 2]), default=0))
print([*range(3), *'ab'], dict(zip('abc', range(3))), list(map(lambda p: p[0] * p[1], [(2, 3), (4, 5)])))
