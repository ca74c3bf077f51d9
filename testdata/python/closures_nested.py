# Closures across three levels, with cells and free variables in one function.


def outer(a):
    def mid(b):
        x = a

        def inner():
            return a, b, x
        return inner
    return mid


print(outer(1)(2)())


def tag(name):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return "<%s>%s</%s>" % (name, fn(*args, **kwargs), name)
        return wrapper
    return deco


@tag("i")
@tag("b")
def text(s):
    return s


print(text("x"))


def counter():
    n = 0

    def step(by):
        nonlocal n
        n += by
        return n
    return step


s = counter()
print(s(1), s(2), s(3))
