# Exception class semantics: args, str/repr, custom __init__, hierarchy, bare except, SystemExit
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b

class WithSuper(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.total = a + b

class Message(ValueError):
    default = 'default message'
    def __init__(self, msg=None):
        super().__init__(msg or self.default)

for exc in [NoSuper(1, 2), WithSuper(1, 2), Message(), Message('custom'), ValueError(), ValueError('one'),
            ValueError('x', 2), KeyError('key'), KeyError(), IndexError(5), OSError(2, 'No such file')]:
    print(type(exc).__name__, repr(str(exc)), exc.args)
print(repr(ValueError('x', 2)), repr(KeyError('k')), repr(Message()), repr(OSError(2, 'nf')))
e = OSError(2, 'No such file')
print(e.errno, e.strerror, isinstance(FileNotFoundError(), OSError), type(OSError(2, 'x')).__name__)

def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup:' + type(e).__name__
    except ArithmeticError as e:
        return 'arith:' + type(e).__name__
    except Exception as e:
        return 'other:' + type(e).__name__
    except BaseException as e:
        return 'base:' + type(e).__name__
for exc in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), KeyboardInterrupt(), SystemExit(3), GeneratorExit(), StopIteration()]:
    print(classify(exc), end=' ')
print()

try:
    raise SystemExit(5)
except SystemExit as e:
    print('SystemExit code', e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print('SystemExit code', e.code)
import sys
try:
    sys.exit('message')
except SystemExit as e:
    print('sys.exit', repr(e.code))
def bare():
    try:
        raise KeyboardInterrupt
    except:
        return 'bare caught ' + sys.exc_info()[0].__name__
print(bare())
try:
    raise TypeError
except TypeError as e:
    print('class raised ->', type(e).__name__, e.args)
try:
    raise 42
except TypeError as e:
    print('TypeError', e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print('TypeError', e)
try:
    try:
        pass
    except NotExc:
        pass
    print('no exception, bad except clause never evaluated')
except TypeError as e:
    print('unexpected', e)
w = WithSuper(2, 3)
w.extra = 'attr'
print(w.total, w.extra, w.args, isinstance(w, Exception), WithSuper.__mro__[1].__name__, WithSuper.__bases__[0].__name__)
errs = []
for v in ['1', 'x', None, '3']:
    try:
        errs.append(int(v))
    except (ValueError, TypeError) as ex:
        errs.append(type(ex).__name__)
print(errs)
class Retry(Exception):
    pass
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise Retry('attempt %d' % attempts)
    return 'success after %d' % attempts
for _ in range(5):
    try:
        print(flaky())
        break
    except Retry as r:
        print('retrying', r)
