# Frames of returned calls are reused by later calls (compat/frames.go).
# Nothing a program can still reach may change when that happens: values
# built from a call's arguments as the last thing a function does, frames
# taken with sys._getframe or f_back, tracebacks of exceptions a function
# raised, locals() dicts, closures and generators made in a frame.
import sys
import functools
import collections
import inspect


def churn(n=50):
    # calls of many sizes that overwrite any reused frame's slots
    def a(x, y, z=3):
        w = [x, y, z]
        return w

    def b(*args):
        return sum(args)

    def c(p, q):
        r = p * 2
        s = q * 3
        t = r + s
        return a(r, s, t)

    out = 0
    for i in range(n):
        out += len(a(i, i + 1)) + b(i, i, i) + len(c(i, -i))
    return out


# 1. values made from the arguments of a call at the end of a function
def tup(x, y):
    return tuple([x, y])


def zipped(x, y):
    return zip([x], [y])


def err(x, y):
    return ValueError(x, y)


def part(x, y):
    return functools.partial(max, x, y)


def sl(x, y):
    return slice(x, y)


def rng(x, y):
    return range(x, y)


def dq(x, y):
    return collections.deque([x, y])


def nt(x, y):
    P = collections.namedtuple("P", "a b")
    return P(x, y)


def mx(x, y):
    return max(x, y, -1)


def kw(x, y):
    return dict(a=x, b=y)


def fmt(x, y):
    return "{}-{}".format(x, y)


def enum(x, y):
    return enumerate([x, y], 10)


def mp(x, y):
    return map(lambda v: v + 1, [x, y])


def star(*args):
    return args


def starcall(x, y):
    return star(x, y)


class Holder:
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs


def hold(x, y):
    return Holder(x, y, k=x)


made = [tup(1, 2), err("e", 5), part(3, 9), sl(4, 8), rng(2, 6), dq("d", "q"),
        nt("n", "t"), mx(7, 3), kw(1, 2), fmt("f", "g"), starcall("s", "c"), hold(8, 9)]
lazy = [zipped("z", "y"), enum("e", "n"), mp(5, 6)]
churn()
print(made[0], made[1].args, made[2](), made[3], made[4], made[5], made[6])
print(made[7], made[8], made[9], made[10], made[11].args, made[11].kwargs)
print([list(x) for x in lazy])


# 2. frames reached through sys._getframe and f_back stay as they were
def where():
    return sys._getframe()


def caller_of():
    return sys._getframe(1)


def outer_frame(v):
    local_v = v * 10
    return caller_of(), local_v


def back():
    return inspect.currentframe().f_back


def via_back(tag):
    mine = tag
    return back(), mine


frames = [where(), where(), outer_frame(4)[0], via_back("b1")[0], via_back("b2")[0]]
churn()
for f in frames:
    loc = {k: v for k, v in f.f_locals.items() if k in ("v", "local_v", "tag", "mine")}
    print(f.f_code.co_name, sorted(loc.items()))
print(frames[0] is frames[1])


# 3. a traceback keeps the frames it passed through
def deep(n):
    k = n + 1
    if n == 0:
        raise KeyError("bottom")
    return deep(n - 1) + k


def catch():
    try:
        deep(3)
    except KeyError as e:
        return e


exc = catch()
churn()
tb = exc.__traceback__
names = []
while tb is not None:
    names.append((tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals.get("n"), tb.tb_lineno))
    tb = tb.tb_next
print(names)


# 4. locals(), closures and generators made in a frame
def snap(a, b):
    c = a + b
    return locals()


def adder(n):
    def add(x):
        return x + n
    return add


def counter(start):
    def gen():
        i = start
        while i < start + 3:
            yield i
            i += 1
    return gen()


snaps = [snap(1, 2), snap("x", "y")]
adders = [adder(i) for i in range(4)]
gens = [counter(10), counter(20)]
churn()
print([sorted(d.items()) for d in snaps], [f(100) for f in adders], [list(g) for g in gens])


# 5. recursion deeper than the spare frames, and frames reused across it
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def depth(n):
    if n == 0:
        return []
    rest = depth(n - 1)
    rest.append(n)
    return rest


print(fib(20), len(depth(200)), depth(200)[:3], churn())


# 6. a frame whose call failed is never reused while its exception lives
def fail(token):
    here = token
    raise RuntimeError(here)


saved = []
for t in ("t1", "t2", "t3"):
    try:
        fail(t)
    except RuntimeError as e:
        saved.append(e)
churn()
print([(str(e), e.__traceback__.tb_next.tb_frame.f_locals["here"]) for e in saved])
