# Operator precedence and short-circuit evaluation returning operands
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, -3 % 5, -(3 % 5), not 1 == 2, (not 1) == 2)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 7 // 2 * 2, 7 % 3 * 2, 2 * 3 % 4, 1 << 2 + 1, (1 << 2) + 1)
print(6 & 3 | 8, 6 & (3 | 8), 5 ^ 3 & 1, 1 | 2 == 3, (1 | 2) == 3, ~0 + 1, -~5, ~-5)
print(1 < 2 == 2, 3 > 2 > 1, 1 == 1 in [True], not 0 in [0], 'a' in 'abc' == True)
print(0 or '' or [] or 'last', 1 and 'x' and 0, None or 0, [] and 1/0, 'a' or 1/0, (0 and 1) or 2)
print(not '', not 'x', not [] and 'empty', 3 if 0 else 4 if 1 else 5, 'yes' if [0] else 'no')
calls = []
def t(v, name):
    calls.append(name)
    return v
r = t(0, 'a') and t(1, 'b') or t(2, 'c') and t(0, 'd') or t(3, 'e')
print(r, calls)
calls.clear()
r = t(1, 'a') or t(1, 'b') and t(1, 'c')
print(r, calls)
calls.clear()
r = t(1, 'a') < t(0, 'b') < t(5, 'c')
print(r, calls)
calls.clear()
r = [t(i, 'i%d' % i) for i in range(3)][t(1, 'idx')]
print(r, calls)
calls.clear()
d = {}
d[t('k', 'key')] = t('v', 'value')
print(calls)
calls.clear()
x = t([0, 0], 'target')
x[t(1, 'index')] = t('val', 'rhs')
print(x, calls)
calls.clear()
def f(a, b, c=None):
    return a, b, c
f(t(1, 'arg1'), t(2, 'arg2'), c=t(3, 'kw'))
print(calls)
calls.clear()
print(t(1, 'l') + t(2, 'r') * t(3, 'rr'), calls)
calls.clear()
print({t('a', 'k1'): t(1, 'v1'), t('b', 'k2'): t(2, 'v2')}, calls)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
i = 0
lst = [10, 20, 30]
i, lst[i] = 2, 99
print(i, lst)
x = y = 5
x += 1
print(x, y)
p, q = q, p = 1, 2
print(p, q)
v = [1, 2, 3]
v[1:2] = v[0], v[2] = [7, 8]
print(v)
print((lambda: 0 if True else 1)(), (lambda x=1 or 2: x)())
print(2 * (3 + 4) ** 2 // 5 % 7, -1 ** 0.5 if False else abs(-1) ** 0.5, 10 - 2 - 3, 2 ** 2 ** 0, 100 / 10 / 5)
print(True + True * 2, (True + True) * 2, 'ab' * 2 + 'c', 'ab' * (2 + 1), [1] * 2 * 2, -'abc'.count('a'))
