import functools
def outer(a):
    z = 1
    def inner(b):
        return z + a + b
    class K:
        def m(self): pass
    return inner, K
fn, K = outer(10)
print(fn.__qualname__, fn.__name__, fn.__module__)
print(fn.__code__.co_freevars, fn.__code__.co_varnames, fn.__code__.co_name)
print(type(fn.__closure__).__name__, len(fn.__closure__))
print([c.cell_contents for c in fn.__closure__])
print(type(fn.__closure__[0]).__name__)
print(outer.__closure__)
print(K.__qualname__, K.m.__qualname__)
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper
@deco
def target(x):
    "doc"
    return x
print(target.__name__, target.__qualname__, target.__doc__, target.__wrapped__.__name__, target(3))
print(target.__wrapped__ is not target)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
def mk():
    return lambda: 1
print(mk().__qualname__)
def cnt():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
i = cnt(); i(); i()
print(i.__closure__[0].cell_contents)
def unset():
    def f():
        return later
    c = f.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    later = 1
    return f
unset()
print(fn.__defaults__, fn.__kwdefaults__, fn.__dict__)
fn.tag = 1
print(fn.__dict__)
print(callable(fn), fn.__globals__ is globals())
