d = {'x': 1, 'y': 2}
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(len(d.keys()), 'x' in d.keys(), ('x', 1) in d.items(), 2 in d.values())
print(d.keys() & {'x', 'z'}, d.keys() | {'z'} == {'x', 'y', 'z'}, d.keys() - {'x'})
print(d.get('x'), d.get('q'), d.get('q', 0))
print(d.setdefault('z', 3), d.setdefault('x', 9), d)
print(d.pop('z'), d.pop('nope', 'default'), d)
try:
    d.pop('nope')
except KeyError as e:
    print('KeyError', e)
print(d.popitem(), d)
d.update({'a': 1}, b=2)
d.update([('c', 3)])
print(d)
c = d.copy()
c['new'] = 1
print(d, c)
c.clear()
print(c, len(c), bool(c), bool(d))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
print(dict(a=1), dict([(1, 2), (3, 4)]), dict({'k': 'v'}, k2='v2'), dict(zip('ab', 'cd')))
print({'a': 1} | {'b': 2}, {'a': 1} == {'a': 1}, {'a': 1} != {'a': 2})
m = {'a': 1}
m |= {'a': 5, 'c': 7}
print(m)
print(sorted({3: 1, 1: 2, 2: 0}), max({1: 0, 5: 0}), min({'b': 1, 'a': 2}))
print(list(reversed(sorted({'q': 1, 'p': 2}.items()))))
try:
    {}['missing']
except KeyError as e:
    print('KeyError', repr(e))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print('ValueError', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
