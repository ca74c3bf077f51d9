# Generator resumes run in compat's own instruction loop, each with the
# machine state of its nesting depth: generators resumed inside other
# generators' runs, yield from, send/throw/close, exceptions and return
# values, recursion, and generators shared between threads.
import threading
import traceback


def count(n):
    for i in range(n):
        yield i


def pairs(n):
    for a in count(n):
        for b in count(a):
            yield a, b


print(list(pairs(4)))


def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield "node %d" % depth
    yield from tree(depth - 1)
    yield from tree(depth - 1)


print(len(list(tree(8))), list(tree(2)))


def deep(n):
    if n == 0:
        yield 0
    else:
        for v in deep(n - 1):
            yield v + 1


print(list(deep(200)))


def echo():
    total = 0
    while True:
        got = yield total
        if got is None:
            return "total %d" % total
        total += got


e = echo()
print(next(e), e.send(5), e.send(7))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)


def sub():
    r = yield from echo()
    yield "sub got %r" % (r,)


s = sub()
print(next(s), s.send(3), s.send(None))


def guarded():
    try:
        for i in range(10):
            try:
                yield i
            except KeyError as k:
                yield "key %s" % k
    finally:
        print("  guarded finally")


g = guarded()
print(next(g), next(g), g.throw(KeyError("a")), next(g))
g.close()
for v in guarded():
    if v == 2:
        break
print("after break")


def failing():
    yield 1
    raise ValueError("in generator")


try:
    for v in failing():
        pass
except ValueError as err:
    print("ValueError", [f.name for f in traceback.extract_tb(err.__traceback__)])


def stray():
    it = iter([])
    yield next(it)


try:
    list(stray())
except RuntimeError as err:
    print("RuntimeError", err, type(err.__cause__).__name__)

print(sum(x * x for x in range(100)), {k: v for k, v in zip("abc", count(3))}, max(count(50)))
g = count(3)
print(g.gi_frame is not None, list(g), g.gi_frame)

shared = count(2000)
lock = threading.Lock()
seen = []


def consume():
    while True:
        with lock:
            v = next(shared, None)
        if v is None:
            return
        seen.append(v)


threads = [threading.Thread(target=consume) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(seen), sorted(seen) == list(range(2000)))
