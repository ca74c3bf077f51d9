# Closures over parameters, decorators with arguments, nonlocal.


def make_adder(n):
    def add(x):
        return x + n
    return add


def counter(start):
    count = start

    def inc():
        nonlocal count
        count += 1
        return count
    return inc


def tag(name):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return "<%s>%s</%s>" % (name, fn(*args, **kwargs), name)
        return wrapper
    return deco


@tag("b")
def hello(who):
    return "hello " + who


print(make_adder(3)(4))
c = counter(10)
print(c(), c(), c())
print(hello("world"))
print([make_adder(i)(1) for i in range(3)])
