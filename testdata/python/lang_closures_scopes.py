def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc()
inc(5)
print(get())
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    return inner()
print(outer(), x)
def set_global():
    global x
    x = 'changed'
set_global()
print(x)
def multipliers():
    return [lambda v, i=i: v * i for i in range(4)]
print([m(2) for m in multipliers()])
def deco_with_state(fn):
    calls = []
    def wrapper(*a):
        calls.append(a)
        return fn(*a)
    wrapper.calls = calls
    return wrapper
@deco_with_state
def add(a, b):
    return a + b
add(1, 2)
add(3, 4)
print(add.calls, add(0, 0))
class Acc:
    total = 0
    def add(self, v):
        Acc.total += v
        return self
print(Acc().add(1).add(2).total, Acc.total)
def curry(f):
    def a(x):
        def b(y):
            return f(x, y)
        return b
    return a
print(curry(lambda p, q: p ** q)(2)(10))
