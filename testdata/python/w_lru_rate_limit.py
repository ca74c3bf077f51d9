# An LRU cache class, a memoizing decorator built on it, and a token-bucket rate limiter with a fake clock.
from collections import OrderedDict
import functools

class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError('capacity must be positive')
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = self.evictions = 0
    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        while len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            self.evictions += 1
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return 'LRU(%s)' % ', '.join('%r: %r' % kv for kv in self.data.items())
    def stats(self):
        return {'hits': self.hits, 'misses': self.misses, 'evictions': self.evictions, 'size': len(self)}

def memoize(capacity):
    def deco(fn):
        cache = LRUCache(capacity)
        sentinel = object()
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            key = args + tuple(sorted(kwargs.items()))
            val = cache.get(key, sentinel)
            if val is sentinel:
                val = fn(*args, **kwargs)
                cache.put(key, val)
            return val
        wrapper.cache = cache
        return wrapper
    return deco

c = LRUCache(3)
for k, v in [('a', 1), ('b', 2), ('c', 3)]:
    c.put(k, v)
print(c.get('a'), c.get('z', 'missing'))
c.put('d', 4)
c.put('b', 20)
print(c, c.stats())
try:
    LRUCache(0)
except ValueError as e:
    print('ValueError:', e)

@memoize(capacity=50)
def fib(n):
    """Naive fibonacci."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), fib.__name__, fib.__doc__, fib.cache.stats())

class FakeClock:
    def __init__(self):
        self.now = 0.0
    def __call__(self):
        return self.now
    def advance(self, secs):
        self.now += secs

class TokenBucket:
    def __init__(self, rate, burst, clock):
        self.rate, self.burst, self.clock = rate, burst, clock
        self.buckets = {}
    def allow(self, key, cost=1):
        tokens, last = self.buckets.get(key, (self.burst, self.clock()))
        now = self.clock()
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        ok = tokens >= cost
        self.buckets[key] = (tokens - cost if ok else tokens, now)
        return ok

clock = FakeClock()
limiter = TokenBucket(rate=2, burst=3, clock=clock)
timeline = []
for step in range(12):
    for client in ('10.0.0.1', '10.0.0.2'):
        if client == '10.0.0.2' and step % 3:
            continue
        timeline.append('%s@%.2f:%s' % (client[-1], clock(), 'ok' if limiter.allow(client) else 'DENY'))
    clock.advance(0.25)
print(' '.join(timeline))
print({k: (round(t, 3), last) for k, (t, last) in sorted(limiter.buckets.items())})
