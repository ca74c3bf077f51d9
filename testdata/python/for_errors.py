def gen():
    yield 1
    raise ValueError('boom')
try:
    for x in gen():
        print('got', x)
except ValueError as e:
    print('caught', e)
try:
    print([x for x in gen()])
except ValueError as e:
    print('caught listcomp', e)
try:
    print({x: x for x in gen()})
except ValueError as e:
    print('caught dictcomp', e)
def delegate():
    yield from gen()
try:
    for x in delegate():
        print('delegated', x)
except ValueError as e:
    print('caught yield from', e)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise KeyError('stop here')
        return self.n
try:
    for v in It():
        print(v)
except KeyError as e:
    print('KeyError', e)
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if j == 2:
            break
        print(i, j)
else:
    print('else runs')
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
print(n, sum(x for x in range(10)), list(map(lambda v: v * 2, [1, 2])))
