l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if x < 3:
        l.append(x + 10)
print(out, l)
l = [1, 2, 3, 4]
for x in l:
    if x == 2:
        l.remove(x)
    print(x)
it = iter([1])
print(next(it), next(it, 'end'))
lst = [0]
it = iter(lst)
lst.append(5)
print(list(it))
print([y * 2 for y in [1, 2, 3]])
print(sum(x for x in [1, 2, 3]))
try:
    for q in 5:
        pass
except TypeError as e:
    print(e)
print(type(iter([])).__name__)
def g():
    yield from [1, 2]
print(list(g()))
