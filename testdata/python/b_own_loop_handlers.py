# Functions with try, except, finally and with blocks run in compat's own
# instruction loop too: how each way out of a block (exception, return,
# break, continue, a with that swallows the exception) unwinds.
import sys


def order(log, n):
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append("try %d" % i)
        finally:
            log.append("finally %d" % i)
    else:
        log.append("else")
    return log


print(order([], 5), order([], 2))


def ret_in_finally():
    try:
        return "try"
    finally:
        print("  finally runs before the return")


def finally_wins():
    try:
        raise ValueError("lost")
    finally:
        return "finally"


def nested(x):
    try:
        try:
            return 10 // x
        except ZeroDivisionError:
            raise KeyError("from zero")
        finally:
            print("  inner finally", x)
    except KeyError as e:
        return "caught %r context %r" % (e, type(e.__context__).__name__)
    else:
        return "no error"


print(ret_in_finally(), finally_wins(), nested(0), nested(5))


def handled_state():
    out = []
    try:
        raise TypeError("outer")
    except TypeError:
        out.append(sys.exc_info()[0].__name__)
        try:
            raise ValueError("inner")
        except ValueError:
            out.append(sys.exc_info()[0].__name__)
        out.append(sys.exc_info()[0].__name__)
    out.append(sys.exc_info()[0])
    return out


print(handled_state(), sys.exc_info()[0])


def reraise(n):
    try:
        1 / n
    except ZeroDivisionError:
        raise


for n in (1, 0):
    try:
        print(reraise(n))
    except ZeroDivisionError as e:
        print("re-raised", e)


class Quiet:
    def __init__(self, log, swallow):
        self.log, self.swallow = log, swallow

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, t, v, tb):
        self.log.append("exit %s" % (t.__name__ if t else None))
        return self.swallow


def withs(swallow):
    log = []
    for i in range(3):
        with Quiet(log, swallow):
            if i == 1:
                continue
            if i == 2:
                raise RuntimeError("in with")
            log.append("body %d" % i)
    return log


print(withs(True))
try:
    withs(False)
except RuntimeError as e:
    print("escaped", e)


def with_return():
    log = []
    with Quiet(log, False):
        return log


print(with_return())


def loop_errors(items):
    total, errors = 0, []
    for x in items:
        try:
            total += int(x)
        except ValueError as e:
            errors.append(str(e))
            continue
        except TypeError:
            errors.append("type")
            break
        else:
            total += 1000
        finally:
            total += 1
    return total, errors


print(loop_errors(["1", "x", "2"]), loop_errors(["5", None, "6"]))


def deep(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        return deep(n - 1)
    finally:
        pass


try:
    deep(30)
except LookupError as e:
    tb, depth = e.__traceback__, 0
    while tb:
        depth += 1
        tb = tb.tb_next
    print("depth", depth)


def gen_inside():
    try:
        yield 1
        yield 2
    finally:
        print("  generator closed")


def uses_gen():
    for v in gen_inside():
        try:
            if v == 2:
                return "returned at %d" % v
        except Exception:
            pass


print(uses_gen())


# __traceback__ of an exception caught after it went through a finally,
# an except clause that did not match and a with, on its way out
import traceback


def through_finally(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        return through_finally(n - 1)
    finally:
        pass


def through_except(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        return through_except(n - 1)
    except KeyError:
        pass


def through_with(n):
    with Quiet([], False):
        if n == 0:
            raise LookupError("bottom")
        return through_with(n - 1)


for f in (through_finally, through_except, through_with):
    try:
        f(3)
    except LookupError as e:
        print(f.__name__, [(x.name, x.lineno) for x in traceback.extract_tb(e.__traceback__)])


# a frame an exception reached keeps its locals after the call returns,
# however many calls follow (its memory is not reused)
def catcher(x, fail=True):
    label = "catcher %d" % x
    try:
        if fail:
            raise ValueError(x)
    except ValueError as e:
        return e
    return label


def nested_catcher(x, fail=True):
    marker = x * 10
    try:
        if fail:
            inner_raise(x)
    except KeyError:
        return sys.exc_info()
    return marker


def inner_raise(x):
    raise KeyError(x)


def busy(a, b):
    try:
        c = a + b
    finally:
        d = c * 2
    return d


saved = [catcher(i) for i in range(5)]
infos = [nested_catcher(i) for i in range(5)]
print(sum(busy(i, i) for i in range(1000)))
print(len([catcher(i, False) for i in range(100)]), sum(nested_catcher(i, False) for i in range(100)))
print([(e.__traceback__.tb_frame.f_code.co_name, e.__traceback__.tb_frame.f_locals["label"]) for e in saved])
print([(t.__name__, v.args, tb.tb_frame.f_locals["marker"], tb.tb_next.tb_frame.f_locals["x"]) for t, v, tb in infos])
