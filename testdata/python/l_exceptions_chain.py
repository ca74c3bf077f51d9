# try/except/else/finally ordering, return in finally, raise from, custom exceptions
def flow(mode):
    log = []
    try:
        log.append('try')
        if mode == 'raise':
            raise ValueError('boom')
        if mode == 'return':
            return log + ['returned-from-try']
    except ValueError as e:
        log.append('except ' + str(e))
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return log

for m in ('ok', 'raise', 'return'):
    print(m, flow(m))

def finally_overrides():
    try:
        return 'try'
    finally:
        return 'finally'

def finally_swallows():
    try:
        raise KeyError('lost')
    finally:
        return 'swallowed'

def finally_in_loop():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out

print(finally_overrides(), finally_swallows(), finally_in_loop())

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return '[%d] %s' % (self.code, self.msg)

class NotFound(AppError):
    pass

try:
    raise NotFound(404, 'missing page')
except AppError as e:
    print(type(e).__name__, e, e.args, e.code, isinstance(e, Exception), repr(str(e)))

def convert(s):
    try:
        return int(s)
    except ValueError as exc:
        raise AppError(400, 'bad int') from exc

try:
    convert('x1')
except AppError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)

def hide(s):
    try:
        return int(s)
    except ValueError:
        raise KeyError(s) from None

try:
    hide('zz')
except KeyError as e:
    print(repr(e), e.__cause__, e.__suppress_context__)

def multi(x):
    try:
        return {'a': 1}[x] if isinstance(x, str) else [1][x]
    except (KeyError, IndexError) as e:
        return 'lookup failed: %s %r' % (type(e).__name__, e.args)
    except TypeError:
        return 'type'
print(multi('b'), multi(5), multi(None), multi('a'))

try:
    try:
        raise ValueError('inner')
    except ValueError:
        raise
except ValueError as e:
    print('reraised', e)

e_saved = None
try:
    raise RuntimeError('temp')
except RuntimeError as e:
    e_saved = e
print(repr(e_saved))
try:
    e
except NameError:
    print('e was unbound after except')

def nested_finally():
    order = []
    try:
        try:
            order.append(1)
            raise IndexError
        finally:
            order.append(2)
    except IndexError:
        order.append(3)
    finally:
        order.append(4)
    return order
print(nested_finally())
err = ValueError('a', 2)
print(err.args, str(err), repr(err), str(ValueError()), repr(KeyError('k')), str(KeyError('k')))
print(issubclass(NotFound, Exception), issubclass(KeyError, LookupError), ZeroDivisionError.__mro__[1].__name__)
try:
    raise Exception
except Exception as ex:
    print(type(ex).__name__, ex.args)
with_notes = ValueError('x')
print(hasattr(with_notes, 'with_traceback'), BaseException.__subclasses__ is not None)
try:
    assert 1 > 2, 'math broke'
except AssertionError as e:
    print('AssertionError', e)
