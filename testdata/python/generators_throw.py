def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield 'caught ' + str(e)
    finally:
        print('cleanup')
g = gen()
print(next(g), g.throw(ValueError('x')))
try:
    next(g)
except StopIteration:
    print('stopped')
g = gen()
next(g)
g.close()
print('closed')
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            yield 'no'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError', e)
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    yield received
e = echo()
print(next(e), e.send('a'), e.send('b'), e.send(None))
fresh = gen()
try:
    fresh.throw(KeyError('k'))
except KeyError as ex:
    print('KeyError', ex)
print(list(fresh))
def inner():
    try:
        yield 'i1'
    except ValueError:
        yield 'inner caught'
def outer():
    yield from inner()
    yield 'outer done'
o = outer()
print(next(o), o.throw(ValueError), next(o))
class Res:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *a):
        print('exit', a[0].__name__ if a[0] else None)
def managed():
    with Res():
        yield 1
        yield 2
m = managed()
next(m)
m.close()
