import sys, traceback, io
def risky(kind):
    if kind == 'key':
        return {}['missing']
    if kind == 'type':
        return 1 + 'a'
    if kind == 'zero':
        return 1 / 0
    if kind == 'custom':
        raise AppError('bad thing', code=418)
    return 'ok'
class AppError(Exception):
    def __init__(self, msg, code=500):
        super().__init__(msg)
        self.code = code
def safe_call(kind):
    try:
        return ('ok', risky(kind))
    except Exception:
        etype, value, tb = sys.exc_info()
        frames = traceback.extract_tb(tb)
        return (etype.__name__, str(value), [f.name for f in frames], getattr(value, 'code', None))
    finally:
        assert sys.exc_info() is not None
for k in ['none', 'key', 'type', 'zero', 'custom']:
    print(safe_call(k))
print(sys.exc_info())
def handler_stack():
    try:
        raise ValueError('outer')
    except ValueError:
        try:
            raise KeyError('inner')
        except KeyError:
            inner = sys.exc_info()[0].__name__
        after = sys.exc_info()[0].__name__
        return inner, after
print(handler_stack(), sys.exc_info()[0])
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('generator closed')
        raise
g = gen()
next(g)
g.close()
def reraise():
    try:
        risky('zero')
    except ZeroDivisionError as e:
        raise RuntimeError('wrapped failure') from e
try:
    reraise()
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    text = ''.join(lines)
    print(text.count('Traceback (most recent call last)'), 'ZeroDivisionError: division by zero' in text, text.rstrip().splitlines()[-1])
def errors_to_response(fn):
    def wrapper(*a):
        try:
            return 200, fn(*a)
        except KeyError as e:
            return 404, 'not found: %s' % e.args[0]
        except (TypeError, ValueError) as e:
            return 400, '%s: %s' % (type(e).__name__, e)
        except AppError as e:
            return e.code, str(e)
        except Exception as e:
            buf = io.StringIO()
            traceback.print_exception(type(e), e, e.__traceback__, file=buf)
            return 500, buf.getvalue().strip().splitlines()[-1]
    return wrapper
call = errors_to_response(risky)
print([call(k) for k in ['none', 'key', 'type', 'zero', 'custom']])
def count_frames(n):
    if n == 0:
        raise LookupError('bottom')
    return count_frames(n - 1)
try:
    count_frames(5)
except LookupError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print(len(tb), [f.name for f in tb][-2:], tb[-1].line, traceback.format_exception_only(type(e), e))
try:
    try:
        raise TypeError('first')
    finally:
        print('finally runs', sys.exc_info()[0].__name__)
except TypeError as e:
    print('caught', e)
e = ValueError('detached')
print(e.__traceback__, traceback.format_exception_only(ValueError, e), repr(e), e.args, str(e))
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None)
print(issubclass(KeyError, LookupError), issubclass(AppError, Exception), KeyError.__mro__[1:3], isinstance(AppError('x'), BaseException))
