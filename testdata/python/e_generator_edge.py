# generator edge behaviour: reentrancy, close/throw after finish, yield from errors, StopIteration rules

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

def counter():
    n = 0
    while True:
        n += 1
        got = yield n
        if got == 'stop':
            return f'stopped at {n}'

g = counter()
show('first', lambda: next(g))
show('send before start', lambda: counter().send(5))
show('send None first', lambda: counter().send(None))
show('send', lambda: g.send('x'))
show('send stop', lambda: g.send('stop'))
show('after return', lambda: next(g))
show('close finished', lambda: g.close())
show('throw finished', lambda: g.throw(ValueError('late')))

def reentrant():
    yield next(gen_ref)

gen_ref = reentrant()
show('reentrant', lambda: next(gen_ref))

def inner():
    yield 1
    raise KeyError('inner failed')

def outer():
    try:
        yield from inner()
    except KeyError as e:
        yield f'outer saw {e}'
    yield 'outer continues'

print(list(outer()))

def delegating():
    result = yield from sub()
    yield f'sub returned {result}'

def sub():
    yield 'a'
    yield 'b'
    return 'done'

print(list(delegating()))

def stop_inside():
    yield 1
    raise StopIteration('explicit')

show('StopIteration in gen', lambda: list(stop_inside()))

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('  got GeneratorExit')
        raise

c = closer()
next(c)
c.close()
print('closed ok')

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'

s = stubborn()
next(s)
show('close stubborn', lambda: s.close())

def thrower():
    try:
        yield 'ready'
    except ValueError as e:
        yield f'handled {e}'
    yield 'end'

t = thrower()
print(next(t), t.throw(ValueError('v1')), next(t))
show('throw unhandled', lambda: thrower().throw(TypeError('t')))
ge = (x * 2 for x in range(3))
print(list(ge), list(ge), next(iter([]), 'empty'))
show('genexpr error lazy', lambda: next(1 / x for x in [0]))
