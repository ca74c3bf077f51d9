# A retry decorator with exponential backoff, jitter from a seeded RNG, and a deterministic fake clock.
import functools
import random

class FakeClock:
    def __init__(self):
        self.t = 0.0
        self.sleeps = []
    def time(self):
        return self.t
    def sleep(self, secs):
        self.sleeps.append(round(secs, 3))
        self.t += secs

class RetryError(Exception):
    def __init__(self, attempts, last):
        super().__init__('gave up after %d attempts: %r' % (attempts, last))
        self.attempts, self.last = attempts, last

def retry(exceptions=(Exception,), tries=4, base=0.5, factor=2.0, max_delay=5.0, jitter=0.0,
          deadline=None, clock=None, rng=None, on_retry=None):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            start = clock.time()
            delay = base
            for attempt in range(1, tries + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    if attempt == tries:
                        raise RetryError(attempt, e) from e
                    wait = min(delay, max_delay) + (rng.uniform(0, jitter) if jitter else 0)
                    if deadline is not None and clock.time() - start + wait > deadline:
                        raise RetryError(attempt, e) from e
                    if on_retry:
                        on_retry(fn.__name__, attempt, e, wait)
                    clock.sleep(wait)
                    delay *= factor
        wrapper.retry_config = {'tries': tries, 'base': base, 'factor': factor}
        return wrapper
    return deco

def failing_n_times(n, exc=ConnectionError):
    calls = []
    def fn(x):
        calls.append(x)
        if len(calls) <= n:
            raise exc('attempt %d failed' % len(calls))
        return 'success(%s) after %d calls' % (x, len(calls))
    return fn, calls

log = []
def note(name, attempt, exc, wait):
    log.append('%s#%d %s: %s -> wait %.2f' % (name, attempt, type(exc).__name__, exc, wait))

clock = FakeClock()
fn, calls = failing_n_times(2)
fetch = retry(exceptions=(ConnectionError, TimeoutError), clock=clock, on_retry=note)(fn)
print(fetch('a'), clock.sleeps, clock.t)
fn, calls = failing_n_times(10)
fetch = retry(exceptions=ConnectionError, tries=6, base=1, clock=clock)(fn)
try:
    fetch('b')
except RetryError as e:
    print(e, '| cause:', repr(e.__cause__), e.attempts, len(calls), clock.sleeps[2:])
fn, calls = failing_n_times(1, exc=KeyError)
try:
    retry(exceptions=ConnectionError, clock=clock)(fn)('c')
except KeyError as e:
    print('not retried:', repr(e), len(calls))
clock2 = FakeClock()
fn, calls = failing_n_times(5, exc=TimeoutError)
try:
    retry(exceptions=OSError, tries=10, base=2, deadline=10, clock=clock2)(fn)('d')
except RetryError as e:
    print(e.attempts, clock2.sleeps, clock2.t, isinstance(e.last, OSError))
clock3 = FakeClock()
fn, calls = failing_n_times(3)
jittery = retry(tries=5, base=0.1, jitter=0.5, clock=clock3, rng=random.Random(42), on_retry=note)(fn)
print(jittery('e'), clock3.sleeps)
print(*log, sep='\n')
print(fetch.retry_config, fetch.__wrapped__ is not None, jittery.__name__)
print(issubclass(TimeoutError, OSError), issubclass(ConnectionResetError, ConnectionError), ConnectionError.__mro__[1].__name__)
