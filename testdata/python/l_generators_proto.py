# Generators: send/throw/close, yield from with return values, genexps
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

a = averager()
print(next(a), a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print('StopIteration', e.value)

def delegator(results):
    while True:
        r = yield from averager()
        results.append(r)

res = []
d = delegator(res)
next(d)
for v in (1, 2, 3):
    d.send(v)
d.send(None)
for v in (100,):
    d.send(v)
d.send(None)
print(res)

def chain(*its):
    for it in its:
        got = yield from it
    return 'done'

def sub():
    yield 1
    yield 2
    return 'sub-ret'

def outer():
    r = yield from sub()
    yield 'sub returned ' + r
    r2 = yield from [10, 20]
    yield r2

print(list(outer()), list(chain('ab', range(2))))

def guarded():
    try:
        yield 'start'
        while True:
            try:
                yield 'waiting'
            except ValueError as e:
                yield 'handled ' + str(e)
    finally:
        print('cleanup guarded')

g = guarded()
print(next(g), next(g), g.throw(ValueError('bad')), next(g))
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('KeyError escaped', e)
print(next(g, 'exhausted'))

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('got GeneratorExit')
        raise
g2 = closer()
next(g2)
g2.close()
g2.close()
print(list(g2))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
g3 = stubborn()
next(g3)
try:
    g3.close()
except RuntimeError as e:
    print('RuntimeError', e)

def inner_thrower():
    try:
        yield 'i1'
    except ZeroDivisionError:
        yield 'inner caught'
        return 'inner-ret'
def outer_thrower():
    r = yield from inner_thrower()
    yield 'outer got ' + r
ot = outer_thrower()
print(next(ot), ot.throw(ZeroDivisionError), next(ot))

gen = (x * x for x in range(5) if x % 2 == 0)
print(next(gen), list(gen), list(gen))
print(sum(x for x in range(10)), max((len(w), w) for w in 'a bb ccc dd'.split()))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
import itertools
print(list(itertools.islice(fib(), 5, 10)), list(itertools.takewhile(lambda n: n < 30, fib())))
def sender():
    x = yield
    while True:
        x = yield x * 2
s = sender()
s.send(None)
print(s.send(3), s.send('ab'))
try:
    sender().send(5)
except TypeError as e:
    print('TypeError', e)
def gen_ret():
    yield 1
    return 42
gr = gen_ret()
print(next(gr))
try:
    next(gr)
except StopIteration as e:
    print('StopIteration value', e.value, e.args)
