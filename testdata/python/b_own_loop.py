# Functions without try, with or finally run in compat's own instruction
# loop: loops with break and continue, returns from inside loops, errors
# raised from deep inside loops (and their tracebacks), recursion and
# frames that Python code reaches (compat/runloop_test.go has EXTENDED_ARG).
import sys
import traceback


def loops(n):
    out = []
    for i in range(n):
        if i % 2:
            continue
        j = 0
        while True:
            j += 1
            if j > i:
                break
            if j == 3:
                continue
            out.append((i, j))
        if i > 6:
            break
    else:
        out.append("no break")
    return out


print(loops(5))
print(loops(20))


def find(items, target):
    for i, row in enumerate(items):
        for j, v in enumerate(row):
            if v == target:
                return i, j
    return None


grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(find(grid, 6), find(grid, 10), find([], 1))


def inner(x):
    return 10 // x


def middle(xs):
    total = 0
    for x in xs:
        while x > 0:
            total += inner(x - 1)
            x -= 1
    return total


def outer():
    return middle([3, 2])


try:
    outer()
except ZeroDivisionError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print(type(e).__name__, e, [(f.name, f.lineno) for f in tb])

try:
    middle([0, None])
except TypeError as e:
    print("TypeError", [f.name for f in traceback.extract_tb(e.__traceback__)])


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(15)])


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)
print("after recursion", fib(10))


def caller_name():
    return sys._getframe(1).f_code.co_name


def who():
    for _ in range(2):
        name = caller_name()
    return name


print(who(), [who() for _ in range(3)])


def frames():
    f = sys._getframe()
    return f, f.f_code.co_name


kept = [frames() for _ in range(3)]
print([name for _, name in kept], len({id(f) for f, _ in kept}))

def argsorts(a, b=2, *, c=3):
    return a + b + c


def kw(a, b=2, c=3):
    return (a, b, c)


print(argsorts(1), argsorts(1, c=10), kw(1, c=5), kw(b=7, a=0), kw(*[1, 2, 3]))
try:
    kw(1, d=2)
except TypeError as e:
    print("TypeError", e)


def make_counter():
    count = 0

    def step(by):
        nonlocal count
        for _ in range(by):
            count += 1
        return count
    return step


step = make_counter()
print(step(3), step(4))


def returns_none(x):
    if x:
        pass


print(returns_none(1), returns_none(0))
