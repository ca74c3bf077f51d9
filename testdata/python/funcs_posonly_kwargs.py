# positional-only parameters with **kwargs: the keyword goes to kwargs
def f(a, /, **kw):
    return a, kw
print(f(1, a=2))
print(f(1, b=3, a=2))
def h(a, /, *args, **kw):
    return a, args, kw
print(h(1, 2, a=3, b=4))
def g(a, b=2, /, c=3, **rest):
    return a, b, c, rest
print(g(1), g(1, 5, c=7, b=9), g(1, c=0))
def pos(a, b, /, c):
    return a + b + c
print(pos(1, 2, 3), pos(1, 2, c=3))
def dflt(x, y=10, /):
    return x * y
print(dflt(2), dflt(2, 3))
try:
    pos(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dflt(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
lam = lambda p, q=1: p + q
print(lam(1))
class Box:
    def __init__(self, value, /, **opts):
        self.value, self.opts = value, opts
b = Box(1, value=2)
print(b.value, b.opts)
