# Generator-based coroutines: a push pipeline (send/close/throw) for request-log processing plus yield from.
def coroutine(fn):
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    start.__name__ = fn.__name__
    return start

@coroutine
def parse_line(target):
    try:
        while True:
            line = (yield)
            parts = line.split()
            if len(parts) != 3:
                target.throw(ValueError('bad line: %r' % line))
                continue
            target.send({'method': parts[0], 'path': parts[1], 'ms': int(parts[2])})
    except GeneratorExit:
        target.close()
        raise

@coroutine
def filter_slow(threshold, target):
    while True:
        try:
            rec = (yield)
        except ValueError as e:
            target.send({'error': str(e)})
            continue
        except GeneratorExit:
            target.close()
            return
        if 'error' in rec or rec['ms'] >= threshold:
            target.send(rec)

@coroutine
def collector(results):
    try:
        while True:
            results.append((yield))
    finally:
        results.append('closed')

@coroutine
def running_average():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = round(total / count, 2)
    return (count, total)

results = []
pipe = parse_line(filter_slow(100, collector(results)))
for line in ['GET / 12', 'GET /search 250', 'junk', 'POST /api/items 101', 'GET /health 1', 'DELETE /x 99']:
    pipe.send(line)
pipe.close()
for r in results:
    print(r)
avg = running_average()
print([avg.send(v) for v in (10, 20, 60, 5)])
try:
    avg.send(None)
except StopIteration as e:
    print('finished with', e.value)

def chunks(data, n):
    for i in range(0, len(data), n):
        yield data[i:i + n]

def tee_sum(gen):
    total = 0
    for item in gen:
        total += sum(item)
        yield item
    return total

def outer(data):
    total = yield from tee_sum(chunks(data, 3))
    yield 'total=%d' % total

print(list(outer(list(range(10)))))
g = running_average()
try:
    g.throw(KeyError('injected'))
except KeyError as e:
    print('propagated', repr(e))
print(g.send.__name__ if hasattr(g.send, '__name__') else 'send', type(g).__name__, next(iter([]), 'empty'))
def countdown(n):
    while n:
        got = yield n
        n = n - 1 if got is None else got
c = countdown(5)
print(next(c), c.send(2), next(c), list(c))
