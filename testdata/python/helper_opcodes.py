# The rewriter's helper calls (compat/helperop.go: CALL_HELPER and the
# truth-test jumps): results, errors and the lines tracebacks give.
import sys
import traceback


def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        tb = traceback.extract_tb(sys.exc_info()[2])
        print(type(e).__name__, e, [(t.name, t.lineno) for t in tb[1:]])


class Falsy:
    def __bool__(self):
        return False


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class BadBool:
    def __bool__(self):
        raise ValueError("no truth")


class BadLen:
    def __len__(self):
        return -1


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + getattr(o, "v", o))

    def __radd__(self, o):
        return Num(o + self.v)

    def __iadd__(self, o):
        self.v += 100
        return self

    def __neg__(self):
        return Num(-self.v)

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return "Num(%d)" % self.v


def branches(x):
    out = []
    if x:
        out.append("if")
    if not x:
        out.append("not")
    while x:
        out.append("while")
        break
    out.append(x and "and")
    out.append(x or "or")
    out.append(bool(x))
    return out


for v in [0, 1, "", "s", [], [0], Falsy(), Sized(0), Sized(2), 0.0, 0j, 1j, None]:
    name = repr(v) if not isinstance(v, (Falsy, Sized)) else type(v).__name__
    print(name, [o if not isinstance(o, (Falsy, Sized)) else name for o in branches(v)])


def truth_error():
    x = BadBool()
    if x:
        return 1
    return 2


def and_error():
    x = BadBool()
    return (x and
            1)


def not_error():
    return not BadLen()


def while_error():
    n = 0
    while BadBool():
        n += 1


show(truth_error)
show(and_error)
show(not_error)
show(while_error)

# operators
a = Num(1)
print(a + 1, 1 + a, -a, a < Num(2), Num(3) < a)
b = a
b += 5
print(a, b, a is b)
x = 7
x += 1
x -= 2
x *= 3
print(x, x / 4, x // 4, x % 4, x ** 2, x << 2, x >> 1, x & 6, x | 1, x ^ 5)
print(1.5 + 2, 2 - 0.5, 3 * 1.5, 10 ** 20 * 10 ** 5, -(2 ** 63) - 1, 2 ** 62 + 2 ** 62)
print(True + True, True * 3, 1.0 - True)
print("ab" + "cd", [1] + [2], (1,) + (2,), "ab" * 2, 2 * [0])


def add_error():
    return 1 + "x"


def neg_error():
    return -"x"


def cmp_error():
    return [1] < 3


def mod_error():
    return "%d" % "x"


def div_error():
    y = 0
    return 10 // y


show(add_error)
show(neg_error)
show(cmp_error)
show(mod_error)
show(div_error)
print("%s-%r" % (1, "a"), "%(k)s" % {"k": 5}, b"%s" % b"z")

# subscripts and slices
s = "abcdef"
print(s[1:3], s[::-1], s[-2:], (1, 2, 3)[5:1], [1, 2, 3][1:])
l = [1, 2, 3, 4]
l[1:3] = ["x"]
del l[:1]
print(l)


def slice_error():
    return "abc"[1:2:0]


show(slice_error)


# keyword calls
def kw(a, b=2, *args, c=3, **rest):
    return (a, b, args, c, sorted(rest.items()))


print(kw(1, c=4), kw(1, 2, 3, d=5), kw(*[1, 2], **{"c": 9, "e": 1}), dict(b=1, a=2))


def kw_error():
    return kw(1, a=2)


def kw_builtin_error():
    return "a,b".split(sep=",", bad=1)


show(kw_error)
show(kw_builtin_error)


# loops, generators, with, comprehensions, except
def gen():
    got = yield 1
    print("got", got)
    sub = yield from inner()
    print("sub", sub)


def inner():
    yield 2
    return "done"


g = gen()
print(next(g), g.send("x"))
try:
    next(g)
except StopIteration:
    print("stop")


def loop_error():
    def items():
        yield 1
        raise KeyError("k")

    total = 0
    for i in items():
        total += i
    return total


try:
    loop_error()
except KeyError as e:
    print("KeyError", e)


class Mgr:
    def __enter__(self):
        return "in"

    def __exit__(self, *a):
        print("exit", a[0])
        return True


with Mgr() as m:
    print(m)
    raise ValueError
print({k: v for k, v in [(1, 2)]}, {i % 2 for i in range(5)}, {1: 2, 3: 4}, {}, {5, 6})
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print(sys.exc_info()[0].__name__)
        raise KeyError("inner")
except KeyError as e:
    print("ctx", type(e.__context__).__name__)
finally:
    print("finally", sys.exc_info()[0])
n = 0
while n < 1000:
    n += 1
print(n, [i * 2 for i in range(3) if i], list(i for i in range(3) if not i))
