# positional-only parameters passed by keyword (needs the runtime.go hook
# calling posOnlyError; see compat/calls.go)
def show(f, *a, **k):
    try:
        print("ok", f(*a, **k))
    except TypeError as e:
        print(type(e).__name__, e)
def h(a, b, /, c):
    return a, b, c
show(h, a=1, b=2, c=3)
show(h, 1, b=2, c=3)
show(h, 1, 2, c=3)
def f(a, b=2, /, c=3):
    return a, b, c
show(f, 1, b=5)
show(f, b=5)
show(f)
show(f, 1, c=9)
def one(x, /):
    return x
show(one, x=1)
show(one, 1)
