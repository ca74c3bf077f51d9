# unpacking edge cases: starred targets, nesting, swaps, iterables of every kind

a, *b = [1]
print(a, b)
*a, b = 'xyz'
print(a, b)
a, *b, c = range(5)
print(a, b, c)
first, *_, last = (9,) * 2
print(first, last, _)
(p, q), [r, s] = 'ab', (3, 4)
print(p, q, r, s)
x, y = y, x = 1, 2
print(x, y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 2, 99
print(i, lst)
d = {'k1': 1, 'k2': 2}
k1, k2 = d
print(k1, k2)
(k, v), = d.items() if len(d) == 1 else [('many', len(d))]
print(k, v)
for n, (ch, *rest) in enumerate(['ab', 'c', 'def']):
    print(n, ch, rest)
head, *tail = iter([1, 2, 3])
print(head, tail)
m, n = {5, 6} if False else (5, 6)
print(m, n)
print(*[1, 2], *'ab', sep='|')
print([*range(3), *{'z': 0}], {**{'a': 1}, 'b': 2, **{'a': 3}})
t = *range(2), 'end'
print(t)

def show(label, fn):
    try:
        print(label, fn())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)

def unpack2(v):
    a, b = v
    return a, b

def unpack_nested(v):
    (a, b), c = v
    return a, b, c

show('too many', lambda: unpack2([1, 2, 3]))
show('too many gen', lambda: unpack2(x for x in range(10)))
show('too many dict', lambda: unpack2({'a': 1, 'b': 2, 'c': 3}))
show('nested too many', lambda: unpack_nested(([1, 2, 3], 4)))
show('nested ok', lambda: unpack_nested(('xy', 'z')))
show('string', lambda: unpack2('hi'))
show('bytes', lambda: unpack2(b'hi'))
show('set two', lambda: sorted(unpack2({7, 8})))
show('range', lambda: unpack2(range(2)))
show('dict items', lambda: [unpack2(kv) for kv in {'a': 1}.items()])
show('zip', lambda: list(zip(*[(1, 'a'), (2, 'b')])))
show('swap list', lambda: (lambda l: (l.__setitem__(slice(None), l[::-1]), l)[1])([1, 2, 3]))
