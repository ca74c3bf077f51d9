# NameError, UnboundLocalError, RecursionError, StopIteration, AssertionError

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

def use_undefined():
    return undefined_thing + 1

show('name', use_undefined)

counter = 0

def bump():
    global counter
    counter += 1
    return counter

show('bump', bump)
show('bump', bump)

def outer():
    def inner():
        return y
    y = 3
    return inner()

show('outer', outer)
print(issubclass(UnboundLocalError, NameError))

def recurse(n):
    return recurse(n + 1)

try:
    recurse(0)
except RecursionError as e:
    print('recursion', type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))

it = iter([1])
print(next(it))
show('next', lambda: next(it))
show('next default', lambda: next(it, 'done'))
show('next gen', lambda: next(x for x in []))

def gen_return():
    yield 1
    return 'finished'

g = gen_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print('stop', type(e).__name__)

def check(x):
    assert x > 0, 'x must be positive, got %d' % x
    assert x < 10
    return x

show('assert ok', lambda: check(5))
show('assert msg', lambda: check(-1))
show('assert nomsg', lambda: check(50))
try:
    assert False, ('tuple', 1)
except AssertionError as e:
    print('assert tuple', e.args, e)
try:
    del undefined_global
except NameError as e:
    print(type(e).__name__, e)
