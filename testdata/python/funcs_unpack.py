def show(f):
    try:
        print("ok", f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def a():
    x, y, z = 1, 2
show(a)
def b():
    x, y = [1, 2, 3]
show(b)
def c():
    first, *rest, last = [1]
show(c)
def d():
    p, q = 5
show(d)
def e():
    *a, b = None
show(e)
def f():
    return {k: v for k, v in ["ab", "c"]}
show(f)
def g():
    for x, y in [(1, 2), (3,)]:
        pass
show(g)
def h():
    a, b = iter([1])
show(h)
def i():
    a, (b, c) = 1, (2,)
show(i)
def j():
    a, b = "xyz"
show(j)
def k():
    a, *b, c, d = range(2)
show(k)
print([(x, y) for x, y in [(1, 2)]])
