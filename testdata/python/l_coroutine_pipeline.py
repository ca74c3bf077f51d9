# Generator-based coroutines: priming decorator, broadcast, yield as expression in odd places
import functools

def coroutine(fn):
    @functools.wraps(fn)
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    return start

@coroutine
def collector(sink):
    try:
        while True:
            item = yield
            sink.append(item)
    except GeneratorExit:
        sink.append('<closed>')

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

@coroutine
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

@coroutine
def counter_co():
    counts = {}
    while True:
        word = yield dict(counts)
        counts[word] = counts.get(word, 0) + 1

sink_a, sink_b = [], []
ca, cb = collector(sink_a), collector(sink_b)
pipe = broadcast(grep('py', ca), grep('go', cb))
for line in ['python rocks', 'golang too', 'pypy and go', 'rust']:
    pipe.send(line)
ca.close()
print(sink_a, sink_b, collector.__name__)

cc = counter_co()
for w in 'a b a c a'.split():
    snapshot = cc.send(w)
print(snapshot, cc.send('b'))

def echo():
    received = []
    x = yield 'first'
    while x is not None:
        received.append(x)
        x = yield 'got %s' % x
    return received
e = echo()
print(next(e), e.send(1), e.send('two'))
try:
    e.send(None)
except StopIteration as s:
    print('returned', s.value)

def nested_yield():
    x = yield (yield 1)
    yield 'x=%r' % (x,)
ny = nested_yield()
print(next(ny), ny.send('inner'), ny.send('outer'))

gen_lambda = lambda: (yield 'from lambda')
gl = gen_lambda()
print(type(gl).__name__, next(gl))

def yield_in_expr():
    total = (yield 'a') + (yield 'b')
    yield total
ye = yield_in_expr()
print(next(ye), ye.send(10), ye.send(32))

def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value
def run_batches(batches):
    results = []
    for batch in batches:
        acc = accumulate()
        next(acc)
        for v in batch:
            acc.send(v)
        try:
            acc.send(None)
        except StopIteration as s:
            results.append(s.value)
    return results
print(run_batches([[1, 2, 3], [], [10, -10, 5]]))

def delegator():
    result = yield from accumulate()
    yield 'delegated total %d' % result
d = delegator()
next(d)
for v in (4, 5, 6):
    d.send(v)
print(d.send(None))
def averager_gen():
    count, total = 0, 0.0
    avg = None
    while True:
        try:
            v = yield avg
        except ValueError:
            count, total, avg = 0, 0.0, None
            continue
        count += 1
        total += v
        avg = total / count
av = averager_gen()
next(av)
print(av.send(10), av.send(20), av.throw(ValueError), av.send(7))
