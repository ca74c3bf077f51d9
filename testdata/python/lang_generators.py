def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return 'finished'
g = count_up(3)
print(next(g), next(g), list(g))
def wrapper():
    result = yield from count_up(2)
    yield 'result: ' + str(result)
print(list(wrapper()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
from itertools import islice
print(list(islice(fib(), 10)))
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
gen_exp = (x * 2 for x in range(3))
print(next(gen_exp), list(gen_exp), list(gen_exp))
def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', [1, 2], range(2))))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('gen cleanup')
wf = with_finally()
for v in wf:
    print('got', v)
    break
wf.close()
print('after loop')
def gen_return():
    yield 1
    return 5
def delegating():
    value = yield from gen_return()
    yield value
print(list(delegating()))
