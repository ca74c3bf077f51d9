# Newer syntax forms (3.8-3.10): unparenthesized starred tuples in return/yield/assign/for, parenthesized with-items
def head_tail(rest):
    return 1, *rest

def gen():
    yield 0, *range(2)
    yield *'ab', 'c'

print(head_tail([2, 3]), head_tail(()), list(gen()))
x = 1, *[2, 3]
y = *'xy', *range(2)
print(x, y)
for q in 1, *[2, 3]:
    print('item', q)

class CM:
    def __init__(self, n, log):
        self.n, self.log = n, log
    def __enter__(self):
        self.log.append('enter %d' % self.n)
        return self.n
    def __exit__(self, *exc):
        self.log.append('exit %d' % self.n)
log = []
with (CM(1, log) as a, CM(2, log) as b):
    log.append('body %d %d' % (a, b))
with (
    CM(3, log) as c,
    CM(4, log),
):
    log.append('body2 %d' % c)
print(log)
def pos_default_walrus(data):
    return [y for v in data if (y := v * 2) > 2], y
print(pos_default_walrus([1, 2, 3]))
print(int('\u0663\u0664'), float('\u0661.5'))
