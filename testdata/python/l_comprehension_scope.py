# Comprehension scoping, class-body comprehensions, nested comprehensions, genexp binding
x = 'global x'
res = [x for x in range(3)]
print(res, x)
gen = (x for x in 'ab')
print(x, list(gen))
print({k: v for k, v in zip('abc', range(3)) if v != 1}, {v % 3 for v in range(10)}, sorted({c.upper() for c in 'hello'}))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix if row[i] % 2], [[row[i] for row in matrix] for i in range(3)])
print([(a, b) for a in range(4) if a % 2 for b in range(a) if b])
flat = [n for row in matrix for n in row]
print(flat, [[n * 10 for n in row] for row in matrix][1])

class Scoped:
    base = 10
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        shifted = [v + base for v in values]
    except NameError as e:
        shifted = 'NameError: ' + str(e)
    first_base = [base for _ in range(1)] if False else None
print(Scoped.doubled, Scoped.shifted)

def outer():
    items = [1, 2, 3]
    factor = 3
    return [i * factor for i in items], {i: factor for i in items}, list(i + factor for i in items)
print(outer())

def late():
    funcs = [lambda: i for i in range(3)]
    gens = [(lambda j: lambda: j)(i) for i in range(3)]
    return [f() for f in funcs], [g() for g in gens]
print(late())

items = [3, 1, 2]
g = (i * 2 for i in items)
items = [100]
print(list(g))
src = [1, 2]
g2 = (a + b for a in src for b in src)
src.append(3)
print(list(g2))
try:
    g3 = (1 / z for z in [1, 0])
    print(next(g3))
    print(next(g3))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    list(v for v in undefined_name)
except NameError as e:
    print('NameError', e)

total = 0
for i in range(5):
    total += sum(j for j in range(i))
print(total, i)
nested = [[(i, j) for j in range(i)] for i in range(4)]
print(nested, sum(len(n) for n in nested))
words = ['apple', 'Bob', 'cat', 'Dog', 'egg']
index = {w[0].lower(): w for w in words}
grouped = {}
for w in words:
    grouped.setdefault(len(w), []).append(w)
print(index, grouped, {length: sorted(ws, key=str.lower) for length, ws in grouped.items()})
print(dict.fromkeys('aba', 0), [*{'z': 1, 'a': 2}], list(reversed([i for i in range(5)][1::2])))
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])), max(counts, key=counts.get))
print(any(c > 3 for c in counts.values()), all(isinstance(k, str) for k in counts), list(filter(None, [0, 1, '', 'a', None, [], [0]])))
