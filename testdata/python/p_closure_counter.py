def make_accumulator(start=0):
    total = start
    def add(n):
        nonlocal total
        total += n
        return total
    add.reset = lambda: None
    return add
acc = make_accumulator(10)
print(acc(5), acc(5), acc(-20))
def memoize(f):
    cache = {}
    def inner(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    inner.cache = cache
    return inner
@memoize
def slow_add(a, b):
    return a + b
print(slow_add(1, 2), slow_add(1, 2), len(slow_add.cache))
