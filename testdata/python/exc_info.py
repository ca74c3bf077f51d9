# sys.exc_info() inside except clauses.
import sys

try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v.args)


def handler():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[0].__name__


print(handler())
