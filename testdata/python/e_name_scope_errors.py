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
    counter += 1
    return counter

show('unbound', bump)

def late():
    print('before')
    if False:
        value = 1
    return value

show('unbound late', late)

def deleted():
    x = 1
    del x
    return x

show('deleted', deleted)

def outer():
    def inner():
        return y
    show('free unbound', inner)
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
show('next non-iter', lambda: next([1, 2]))

def gen_return():
    yield 1
    return 'finished'

g = gen_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print('stop value', e.value, e.args, repr(e))

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
