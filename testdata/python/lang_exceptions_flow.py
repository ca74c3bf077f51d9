def f(n):
    try:
        if n == 0:
            raise ValueError('zero')
        if n == 1:
            return 'one'
        return 'many'
    except ValueError as e:
        return 'caught ' + str(e)
    else:
        return 'else never returns'
    finally:
        print('finally', n)
print(f(0), f(1), f(2))
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print('body', i)
        finally:
            print('fin', i)
    return 'done'
print(g())
try:
    try:
        raise KeyError('inner')
    except KeyError:
        raise TypeError('outer')
except TypeError as e:
    print(type(e).__name__, e)
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return '[%d] %s' % (self.code, self.args[0])
try:
    raise MyErr(42, 'custom')
except Exception as e:
    print(e, e.code, isinstance(e, MyErr), repr(e.args))
for exc in (ZeroDivisionError, IndexError, KeyError, AttributeError, TypeError, NameError, StopIteration):
    print(exc.__name__, issubclass(exc, Exception), [c.__name__ for c in exc.__mro__][:3])
try:
    [][0]
except LookupError as e:
    print('LookupError', type(e).__name__, e)
try:
    None.attr
except AttributeError as e:
    print('AttributeError', e)
try:
    int('x')
except (TypeError, ValueError) as e:
    print('tuple catch', type(e).__name__)
def raiser():
    raise RuntimeError('from func')
try:
    raiser()
except RuntimeError as e:
    err = e
print(repr(err), str(err), err.args)
try:
    raise ValueError('a') from KeyError('b')
except ValueError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__ if hasattr(e, '__suppress_context__') else True)
