# for/while-else, chained comparisons, conditional expressions, del, global, walrus
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            print('found', target, 'at', i)
            break
    else:
        print('not found', target)

find([3, 5, 7], 5)
find([3, 5, 7], 4)
find([], 1)

def primes_below(n):
    out = []
    for c in range(2, n):
        for d in range(2, int(c ** 0.5) + 1):
            if c % d == 0:
                break
        else:
            out.append(c)
    return out
print(primes_below(40))

n = 10
while n > 0:
    n -= 3
    if n == 5:
        print('hit 5')
        break
else:
    print('while finished, n =', n)

k = 0
while k < 3:
    k += 1
    if k == 2:
        continue
else:
    print('while-else ran, k =', k)

x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5 > 4, 1 < x < 3, x == 5 == 5.0, 'a' < 'b' < 'c')
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(2), calls)
print(1 in [1, 2] in [[1, 2]], (1 in [1, 2]) in [True], None is None is not False)

for val in (0, 5, -3, None, '', 'x'):
    kind = 'none' if val is None else 'neg' if isinstance(val, int) and val < 0 else 'falsy' if not val else 'truthy'
    print(repr(val), kind)

data = {'a': 1, 'b': 2, 'c': 3}
del data['b']
lst = list(range(10))
del lst[::3]
del lst[0], lst[-1]
print(data, lst)
y = 1
del y
try:
    print(y)
except NameError as e:
    print('NameError', e)
class Obj:
    pass
o = Obj()
o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
a, b, c = 1, 2, 3
del a, (b, c)
print('a' in dir(), 'b' in dir())

counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make_global():
    global created_later
    created_later = 'made'
make_global()
print(created_later)

sq = lambda z: z * z
compose = lambda f, g: lambda t: f(g(t))
print(sq(4), compose(sq, lambda t: t + 1)(2), (lambda *a, **k: (a, k))(1, q=2))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)), list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print([i for i in range(20) if i % 2 if i % 3], [j for j in range(3) for _ in range(j)])
pass_count = 0
for _ in range(3):
    pass
else:
    pass_count += 1
print(pass_count, _)
