l = [3, 1, 2]
print(l.pop(), l, l.pop(0), l)
l.insert(0, 'a'); l.insert(100, 'z'); l.insert(-1, 'y')
print(l)
l.remove('a')
print(l, l.index('z'), l.count('y'), [1, 1, 2].count(1))
try:
    l.remove('nope')
except ValueError as e:
    print('ValueError', e)
try:
    l.index('nope')
except ValueError as e:
    print('ValueError', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError', e)
l.reverse()
print(l, l.copy(), l.copy() is l)
l.clear()
print(l, (1, 2, 1).count(1), (1, 2, 3).index(3), [5, 6, 7, 6].index(6, 2))
try:
    (1,).index(9)
except ValueError as e:
    print('ValueError', e)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(3))), ''.join(reversed('abc')))
class R:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(R())), list(reversed({'a': 1, 'b': 2})))
class C:
    def __init__(self):
        self.a = 1
        self.b = 2
print(sorted(vars(C()).items()), 'a' in dir(C()), '__init__' in dir(C))
