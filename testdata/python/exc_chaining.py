# Implicit (__context__) and explicit (__cause__) exception chaining,
# sys.exc_info() lifetime, and chained tracebacks from the traceback module.
import sys
import traceback


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError("no such key: %s" % k)


try:
    lookup({}, "a")
except ValueError as e:
    print(type(e).__name__, e, repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        int("x")
    except ValueError:
        raise TypeError("quiet") from None
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)

# nested handlers: the inner exception's context is the outer one
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise IndexError("inner")
    except IndexError as inner:
        print("inner context:", repr(inner.__context__))
    print("still handling:", sys.exc_info()[0].__name__)
print("after:", sys.exc_info())

# an exception caught and finished does not leak into the next one
try:
    raise OSError("first")
except OSError:
    pass
try:
    raise LookupError("second")
except LookupError as e:
    print("no context:", e.__context__)


def handler_in_callee():
    return sys.exc_info()[1]


try:
    raise NameError("seen by callee")
except NameError:
    print("callee sees:", repr(handler_in_callee()))
print("callee after:", handler_in_callee())

# errors raised by built-in operations inside a handler are chained too
try:
    try:
        [][1]
    except IndexError:
        {}["missing"]
except KeyError as e:
    print("builtin chain:", repr(e.__context__))

# a loop of handlers
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        print("loop", i, e.__context__)

# the chain as the traceback module prints it (without file paths)
try:
    lookup({}, "b")
except ValueError:
    lines = traceback.format_exc().splitlines()
    print([l for l in lines if not l.startswith("  ")])


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, *info):
        print("exit sees", info[0].__name__ if info[0] else None)
        return False


try:
    with Resource():
        try:
            raise ValueError("in with")
        except ValueError:
            raise KeyError("from handler in with")
except KeyError as e:
    print("with chain:", repr(e.__context__))
lookup({}, "final")
