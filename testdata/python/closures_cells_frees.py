def outer(a, rows, cols):
    k = 10
    def mid(b):
        c = b + a
        def inner():
            return a + b + c + k
        x = b + a
        a2 = [r[j] for j in cols for r in rows if r[j] > a]
        return inner() + x + sum(a2)
    m = [[r[c] * k for c in cols] for r in rows]
    g = {r[0]: [v + a for v in r] for r in rows}
    t = [(lambda z, r=r: z + r[0] + k)(1) for r in rows]
    return mid(1), m, g, t
print(outer(2, [[1, 2], [3, 4]], [0, 1]))

def counter():
    n = 0
    def inc(step):
        nonlocal n
        n += step
        def show():
            return n, step
        try:
            raise ValueError(step)
        except ValueError as e:
            f = lambda: (e.args, n)
            res = f()
        return show(), res
    return inc
c = counter()
print(c(1), c(5))

def deco_factory(tag):
    def deco(fn):
        def wrapper(*args, **kw):
            out = fn(*args, **kw)
            return tag + ':' + str(out) + ':' + fn.__name__
        return wrapper
    return deco
@deco_factory('T')
def f(x):
    return x * 2
print(f(4))

def make_class(base_val):
    class C:
        val = base_val
        def get(self):
            return base_val + self.val
        def helper(self):
            return [self.val + i + base_val for i in range(3)]
    class D(C):
        def get(self):
            return super().get() * 2 + base_val
    return D().get(), D().helper()
print(make_class(3))

def gen_outer(seq):
    total = 0
    def acc(v):
        nonlocal total
        total += v
        return total
    def g():
        for s in seq:
            yield acc(s) + len(seq)
    return list(g()), total
print(gen_outer([1, 2, 3]))

def deep(x):
    def l1(y):
        def l2(z):
            def l3():
                return x, y, z
            w = [x + y + z + q for q in range(2)]
            return l3(), w
        return l2(y + 1)
    return l1(x + 1)
print(deep(1))
def table(rows, cols):
    return [[rows[i] * cols[j] for j in range(len(cols))] for i in range(len(rows))]
print(table([1, 2, 3], [4, 5]))
def names(people, prefix):
    return {p: [prefix + p + s for s in ('a', 'b') if s != p] for p in people}
print(names(['a', 'c'], '>'))
