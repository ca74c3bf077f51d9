# Mutation, aliasing, copy semantics, augmented assignment quirks, del
import copy
a = [1, [2, 3], {'k': [4]}]
b = a
c = a[:]
d = copy.copy(a)
e = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
a.append('new')
print(a, b, c, d, e, sep='\n')
print(b is a, c is a, c[1] is a[1], e[1] is a[1])

t = ([1, 2], 'x')
try:
    t[0] += [3]
except TypeError as ex:
    print('TypeError', ex)
print(t)
t[0].extend([4])
print(t, len(t[0]))

grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)

def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))

s = 'abc'
s2 = s
s += 'd'
print(s, s2)
lst = [1, 2]
lst2 = lst
lst += [3]
print(lst, lst2, lst is lst2)
lst = lst + [4]
print(lst, lst2, lst is lst2)
tp = (1, 2)
tp2 = tp
tp += (3,)
print(tp, tp2)

nums = list(range(10))
del nums[2:5]
print(nums)
del nums[::2]
print(nums)
nums[1:3] = []
print(nums)
nums[:0] = ['front']
nums[len(nums):] = ['back']
print(nums)
nums[1:2] = 'xyz'
print(nums)
try:
    nums[::2] = [1]
except ValueError as ex:
    print('ValueError', ex)

d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
for k in list(d):
    if d[k] % 2 == 0:
        del d[k]
print(d)
d2 = {k: v for k, v in d.items()}
d2['z'] = 26
print(d, d2)
nested = {'x': {'y': [1]}}
shallow = dict(nested)
deep = copy.deepcopy(nested)
nested['x']['y'].append(2)
print(shallow, deep)
class Box:
    def __init__(self, items):
        self.items = items
b1 = Box([1])
b2 = copy.copy(b1)
b3 = copy.deepcopy(b1)
b1.items.append(2)
print(b2.items, b3.items, b2 is b1, type(b3).__name__)
xs = [3, 1, 2]
ys = sorted(xs)
xs.sort(reverse=True)
print(xs, ys, xs.reverse(), xs, list(reversed(xs)))
m = [[1, 2], [3, 4]]
flat = sum(m, [])
flat.append(5)
print(m, flat)
cyc = [1]
cyc.append(cyc)
print(cyc, len(cyc), cyc[1] is cyc)
dd = {}
dd['self'] = dd
print(dd)
