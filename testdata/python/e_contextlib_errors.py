# contextlib: suppress, contextmanager error paths, ExitStack unwinding order
import contextlib

with contextlib.suppress(KeyError, IndexError):
    {}['x']
print('suppressed KeyError')
with contextlib.suppress(LookupError):
    [][3]
print('suppressed via base class')
try:
    with contextlib.suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print('not suppressed', e)

@contextlib.contextmanager
def transaction(name, log):
    log.append(f'begin {name}')
    try:
        yield name.upper()
    except ValueError as e:
        log.append(f'rollback {name}: {e}')
    else:
        log.append(f'commit {name}')
    finally:
        log.append(f'end {name}')

log = []
with transaction('t1', log) as tx:
    log.append(f'work in {tx}')
with transaction('t2', log):
    raise ValueError('bad row')
try:
    with transaction('t3', log):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
for line in log:
    print(' ', line)

@contextlib.contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

@contextlib.contextmanager
def converts():
    try:
        yield
    except KeyError as e:
        raise LookupError(f'converted {e}') from e

try:
    with converts():
        {}['z']
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

order = []

class Res:
    def __init__(self, name, fail_exit=False):
        self.name = name
        self.fail_exit = fail_exit
    def __enter__(self):
        order.append('enter ' + self.name)
        return self
    def __exit__(self, et, ev, tb):
        order.append(f'exit {self.name} {et.__name__ if et else None}')
        return False

try:
    with contextlib.ExitStack() as stack:
        for n in ['a', 'b', 'c']:
            stack.enter_context(Res(n))
        stack.callback(order.append, 'callback ran')
        raise IndexError('boom')
except IndexError as e:
    order.append('caught ' + str(e))
print(order)

with contextlib.ExitStack() as stack:
    stack.enter_context(contextlib.suppress(TypeError))
    None + 1
print('ExitStack with suppress ok')
with contextlib.nullcontext(5) as v:
    print('nullcontext', v)
