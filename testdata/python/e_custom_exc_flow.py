# custom exceptions with __str__ and extra attributes, raising non-exceptions,
# exceptions in __init__, try/finally re-raise, nested handlers

class AppError(Exception):
    def __init__(self, message, code=500):
        super().__init__(message)
        self.message = message
        self.code = code

    def __str__(self):
        return f'[{self.code}] {self.message}'

class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f'{what} not found', 404)
        self.what = what

class Plain(Exception):
    pass

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

def boom(exc):
    raise exc

show('app', lambda: boom(AppError('bad')))
show('notfound', lambda: boom(NotFound('user 7')))
try:
    raise NotFound('page')
except AppError as e:
    print(isinstance(e, NotFound), e.code, e.what, e.args, repr(str(e)))
show('plain', lambda: boom(Plain()))
show('plain cls', lambda: boom(Plain))
show('raise int', lambda: boom(5))
show('raise str', lambda: boom('oops'))
show('raise none', lambda: boom(None))
show('raise cls obj', lambda: boom(object))

class Resource:
    def __init__(self, n):
        if n < 0:
            raise ValueError(f'negative size: {n}')
        self.n = n

show('init ok', lambda: Resource(3).n)
show('init fail', lambda: Resource(-1))

log = []

def with_finally(fail):
    try:
        log.append('try')
        if fail:
            raise KeyError('k')
        return 'ret'
    finally:
        log.append('finally')

show('finally ok', lambda: with_finally(False))
show('finally fail', lambda: with_finally(True))
print(log)

def finally_overrides():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'

show('override', finally_overrides)

def nested():
    try:
        try:
            {}['x']
        except KeyError:
            print('inner caught')
            raise
        finally:
            print('inner finally')
    except LookupError as e:
        print('outer caught', type(e).__name__, e)
        return 'done'

show('nested', nested)

def order(v):
    try:
        v()
    except (KeyError, IndexError) as e:
        return 'lookup-pair ' + type(e).__name__
    except LookupError:
        return 'lookup'
    except Exception as e:
        return 'exception ' + type(e).__name__
    else:
        return 'no error'

print(order(lambda: [][1]), order(lambda: {}[1]), order(lambda: 1 / 0), order(lambda: 1))
try:
    try:
        raise TypeError('first')
    except TypeError:
        raise ValueError('second')
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__, e.__cause__)
