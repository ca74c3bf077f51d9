# Closures: late binding, nonlocal, loops, comprehensions, 3 levels
def make_adders():
    fs = []
    for i in range(4):
        fs.append(lambda x: x + i)
    return fs

print([f(10) for f in make_adders()])

def make_adders_bound():
    return [lambda x, i=i: x + i for i in range(4)]

print([f(10) for f in make_adders_bound()])

comp = [lambda: k * 2 for k in range(3)]
print([f() for f in comp])

def counter(start=0):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get

inc, get = counter(5)
inc(); inc(3)
print(get(), inc(0))

def level1(a):
    def level2(b):
        def level3(c):
            nonlocal a, b
            a += 1
            b += 10
            return a + b + c
        return level3
    return level2

l3 = level1(1)(2)
print(l3(100), l3(100), l3(100))

def outer():
    x = 'outer'
    def mid():
        def inner():
            return x
        return inner
    x = 'rebound'
    return mid()

print(outer()())

def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    results = [add(v) for v in range(1, 6)]
    return results, total

print(gen_closure())

print(level1.__code__.co_cellvars, l3.__code__.co_freevars)
print([c.cell_contents for c in l3.__closure__])

def shadow():
    x = 1
    def f():
        x = 2
        def g():
            return x
        return g()
    return f(), x

print(shadow())

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), len(fib.cache))
try:
    def bad():
        y = y_undefined + 1
    bad()
except NameError as e:
    print('NameError', e)
def unbound():
    print(z)
    z = 3
try:
    unbound()
except UnboundLocalError as e:
    print('UnboundLocalError', e)
