# retrying flaky operations with exception classification and explicit chaining

class TransientError(Exception):
    retryable = True

class RateLimited(TransientError):
    def __init__(self, wait):
        super().__init__(f'rate limited, wait {wait}s')
        self.wait = wait

class FatalError(Exception):
    retryable = False

class GaveUp(Exception):
    pass

def flaky(script):
    steps = iter(script)

    def call():
        outcome = next(steps)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome
    return call

def retry(fn, attempts=3):
    log = []
    last = None
    for n in range(1, attempts + 1):
        try:
            result = fn()
        except RateLimited as e:
            log.append(f'#{n} rate-limited wait={e.wait}')
            last = e
        except Exception as e:
            if getattr(e, 'retryable', False):
                log.append(f'#{n} transient {type(e).__name__}: {e}')
                last = e
                continue
            log.append(f'#{n} fatal {type(e).__name__}: {e}')
            raise GaveUp(f'fatal after {n} attempt(s)') from e
        else:
            log.append(f'#{n} ok {result!r}')
            return result, log
    raise GaveUp(f'still failing after {attempts} attempts') from last

scenarios = {
    'first try': ['data'],
    'one retry': [TransientError('socket reset'), 'data2'],
    'rate then ok': [RateLimited(2), RateLimited(4), 'data3'],
    'fatal': [TransientError('blip'), FatalError('bad credentials')],
    'exhausted': [TransientError('a'), TransientError('b'), RateLimited(1)],
    'unexpected': [KeyError('config')],
    'stop iter': [],
}
for name, script in scenarios.items():
    try:
        result, log = retry(flaky(script))
        print(f'{name}: {result} {log}')
    except GaveUp as e:
        cause = e.__cause__
        print(f'{name}: GaveUp({e}) cause={type(cause).__name__}({cause})')
    except StopIteration:
        print(f'{name}: script ran out')
print(issubclass(RateLimited, TransientError), RateLimited.retryable, FatalError.retryable)
print(getattr(KeyError('x'), 'retryable', 'n/a'), RateLimited(1).args)
