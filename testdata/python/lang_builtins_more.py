r = range(2, 20, 3)
print(list(r), len(r), r[2], r[-1], 11 in r, list(reversed(r)), r.index(8), range(5)[1:3], list(range(5, 0, -2)))
print(list(enumerate('abc', start=1)), list(zip(range(3), 'ab')), list(map(str.upper, 'ab')), list(filter(str.isdigit, 'a1b2')))
print(sorted(['bb', 'a', 'ccc'], key=len, reverse=True), sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted('hello'))
data = [('x', 2), ('y', 1), ('z', 2)]
print(sorted(data, key=lambda p: p[1]), min(data, key=lambda p: p[1]), max(data, key=lambda p: (p[1], p[0])))
print(isinstance('s', str), isinstance(1, (int, float)), issubclass(bool, int), callable(print), type(len).__name__)
print(getattr('abc', 'upper')(), hasattr([], 'append'), len(dir([])) > 10, id(None) == id(None), hash('a') == hash('a'))
print(list(iter([1, 2])), next(iter('xy')), next(iter([]), 'empty'), all([]), any([0, '', None]), sum([[1], [2]], []))
print(divmod(-7, 3), pow(2, -1), round(-0.5), round(1.5), round(2.5), abs(-0), int('  42\n'), float('1_000.5'), int('1_000'))
print(chr(97) + chr(0x1F600), ord('€'), bin(-5), hex(0), oct(-8), format(-42, '08d'), format(3.0, 'g'), format(1e-5, 'g'))
print(repr(1e16), repr(1.0e-4), repr(123456789012345678.0), repr(0.1), str(1/7), repr(-1.5e300 * 1e10), 2.5e-8)
a = [1, 2, 3, 4, 5]
a[1:3] = ['x', 'y', 'z']
del a[0]
a[::2] = [0, 0, 0]
print(a, a[::-2], a[-3:], a[10:], [][:5])
first, *mid, last = 'abcde'
(p, q), r2 = (1, 2), 3
print(first, mid, last, p, q, r2)
x = y = []
x.append(1)
print(y, x is y, [] is [], None is None, 1 if [] else 2, [] or 'default', 'a' and 'b', 0 or None)
print(1 < 2 < 3 > 2, 1 < 3 < 2, (1, 2) < (1, 2, 0), [1] * 3, 'ab' * 2, -3 * [1])
i = 0
while True:
    i += 1
    if i > 3:
        break
else:
    print('not reached')
for j in []:
    pass
else:
    print('for-else', i)
print(eval('1 + 2 * 3'), eval('[x * 2 for x in range(3)]'))
ns = {}
exec('z = 5\ndef f(): return z + 1', ns)
print(ns['z'], ns['f']())
print(str(None), str(True), repr('it\'s'), repr("say \"hi\""), ascii('ñ'), bytes(3), bytes([65, 66]), bytes('hé', 'utf-8'))
