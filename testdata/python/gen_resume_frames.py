# generators and comprehensions: return values, exceptions, frames and
# exception state across resumes, list comprehensions' results
import sys

def g(n):
    for i in range(n):
        yield i
    return n * 10

def wrap(n):
    r = yield from g(n)
    yield ("ret", r)

print(list(wrap(3)))
it = g(2)
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("stop value", e.value)
try:
    next(it)
except StopIteration as e:
    print("again", e.value)

def none_gen():
    yield 1
it = none_gen(); next(it)
try:
    next(it)
except StopIteration as e:
    print("none value", e.value)

def bad():
    yield 1
    raise ValueError("boom")
it = bad(); next(it)
try:
    next(it)
except ValueError as e:
    print("raised", e)
print("after error", list(it))

def frames():
    f = sys._getframe()
    yield f.f_code.co_name, f.f_back.f_code.co_name
    yield sys._getframe(1).f_code.co_name
def caller():
    it = frames()
    a = next(it)
    b = next(it)
    return a, b
print(caller())

def in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
it = in_handler()
print(next(it), sys.exc_info()[0])
print(next(it))

def catcher():
    try:
        yield 1
    except ZeroDivisionError as e:
        yield "caught " + type(e).__name__
it = catcher(); next(it)
print(it.throw(ZeroDivisionError))
try:
    raise TypeError("outer")
except TypeError:
    print([x for x in g(3)], sys.exc_info()[0].__name__)

def args_gen(a, b=2, *, c=3):
    yield a + b + c
print(list(args_gen(1)), list(args_gen(1, c=10)), list(args_gen(b=5, a=1)))
def closure_gen(k):
    def inner():
        for i in range(k):
            yield i * k
    return inner
print(list(closure_gen(3)()))

def nested_blocks():
    for i in range(2):
        try:
            for j in range(2):
                with open(__file__) as fh:
                    yield i, j
        finally:
            pass
print(list(nested_blocks()))

l = [x for x in range(10)]
print(l, len(l), l.append(1), l)
print([y for y in []], [[z] for z in "ab"], [x * 2 for x in range(100)][-3:])
print(sum(x for x in range(10)), sorted(x for x in {3, 1, 2}))
print({k: v for k, v in zip("ab", (1, 2))}, {x % 3 for x in range(10)})
s = []
for x in s:
    s.append(1)
t = [1]
for x in t:
    if len(t) < 5:
        t.append(x + 1)
print(t)
