from collections import Counter, defaultdict
words = 'the cat and the hat and the bat'.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq, sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])), max(freq, key=freq.get))
inverted = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inverted, dict(sorted({'z': 1, 'a': 2}.items())), {**{'a': 1}, 'b': 2, **{'a': 3}})
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(dict(groups), Counter(words).most_common(2))
d = {'k': [1]}
d2 = d.copy()
d2['k'].append(2)
print(d, d2 is d, d2['k'] is d['k'])
nested = {'a': {'b': {'c': 1}}}
print(nested['a']['b'].get('c'), nested.get('x', {}).get('y'), list(nested.keys())[0])
s1, s2 = {1, 2, 3}, {2, 3, 4}
print(s1 & s2, s1 | s2, s1 - s2, s1 ^ s2, s1.isdisjoint({9}), {x for x in s1 if x > 1})
fs = frozenset([1, 2])
print({fs: 'frozen'}[frozenset([2, 1])], fs | {3}, type(fs | {3}).__name__, len(set('mississippi')))
print(dict.fromkeys(['a', 'b'], []), {k: v for k, v in zip('ab', range(2))}, dict(a=1, **{'b': 2}))
keys = ['x', 'y']
print(dict(zip(keys, [1, 2])), list(zip(*[(1, 'a'), (2, 'b')])), sorted({3: 'c', 1: 'a'}.values()))
print({1: 'int', 1.0: 'float'}, {(1, 2): 'tuple key'}[(1, 2)], {None: 0}.get(None), len({True: 1, 1: 2}))
try:
    {}.pop('x')
except KeyError as e:
    print('KeyError', e)
cache = {}
def memo(n):
    if n not in cache:
        cache[n] = n if n < 2 else memo(n - 1) + memo(n - 2)
    return cache[n]
print(memo(80), len(cache))
