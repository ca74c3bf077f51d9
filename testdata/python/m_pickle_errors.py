# pickle: error cases (unpicklable objects, bad data) with CPython's
# exception types and messages
import pickle
import re


def clean(msg):
    msg = re.sub(r" from '[^']*'", " from FILE", str(msg))  # the checkout's path
    return re.sub(r' at 0x[0-9a-f]+', ' at 0x…', msg)


def try_dumps(label, obj, proto=None):
    try:
        data = pickle.dumps(obj, proto)
        print(label, 'ok', data)
    except Exception as e:
        print(label, type(e).__name__, clean(e), isinstance(e, pickle.PickleError))


def outer():
    def inner():
        pass
    return inner


class Local:
    pass


lam = lambda: 0
try_dumps('lambda', lam)
try_dumps('lambda p0', lam, 0)
try_dumps('local function', outer())
try_dumps('generator', (i for i in range(3)))
try_dumps('module', pickle)
try_dumps('module p0', pickle, 0)


class BadReduce:
    def __reduce__(self):
        return 42


class ShortReduce:
    def __reduce__(self):
        return (BadReduce,)


class NotCallableReduce:
    def __reduce__(self):
        return (1, ())


class ArgsNotTuple:
    def __reduce__(self):
        return (ArgsNotTuple, [1])


class BadNewargs:
    def __getnewargs__(self):
        return [1]


class BadNewargsEx:
    def __getnewargs_ex__(self):
        return ((), [])

for cls in (BadReduce, ShortReduce, NotCallableReduce, ArgsNotTuple, BadNewargs, BadNewargsEx):
    try_dumps(cls.__name__, cls())

# loads errors
for data in [b'', b'x', b'\x80\x04\x95', b'\x80\x06N.', b'h\x05.', b'(K\x01', b'\x80\x02K',
             b']q\x00h\x01.', b'Vabc', b'N', b'\x8c\x01a', b'0', b'a', b'Q.', b'P1\n.',
             b'cnosuchmod\nx\n.', b'c__main__\nnosuch\n.']:
    try:
        print(repr(data), 'ok', pickle.loads(data))
    except Exception as e:
        # the module repr names the program's path: cut it
        print(repr(data), type(e).__name__, clean(e).split(' on <module')[0].replace('\n', ' | ')[:70])
try:
    pickle.loads('text')
except TypeError as e:
    print('TypeError', e)
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print('ValueError', e)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError), issubclass(pickle.PickleError, Exception))
print(pickle.loads(b'N.trailing garbage'))
