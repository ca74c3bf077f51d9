# dict displays with non-str keys, insertion order, nesting
d = {200: 'OK', 'b': 1, (1, 2): 'tuple', 1.5: 'f', None: 'none'}
print(d)
print(d[200], d[(1, 2)], d[None], 200 in d, 404 in d)
d[1] = 'one'
d[True] = 'true'
d[1.0] = 'float'
print(d, len(d))
del d['b']
print(list(d))
nested = {1: {2: {3: 'deep'}}, 'x': [{'a': 1}]}
print(nested[1][2][3], nested['x'][0]['a'], nested)
print({}, {'a': 1}, {0: 0, False: 1})
print({i: i * i for i in range(5)})
print({k: v for k, v in zip('abc', [3, 2, 1]) if v > 1})
print({(a, b): a * b for a in range(2) for b in range(2)})
print({k: {} for k in 'ab'}, {1: {2: 3} if True else {}, 4: 5})
