# Introspection of functions, code objects, bound methods, tracebacks and
# exceptions' attributes; arithmetic error messages; list += iterable.
import sys


def f(a, b=2, *args, c, d=4, **kw):
    x = a + b
    return x


def g(a, **kw):
    pass


def h(a, *rest):
    pass


def plain():
    pass


for fn in (f, g, h, plain):
    co = fn.__code__
    print(fn.__name__, co.co_argcount, co.co_varnames, co.co_kwonlyargcount, co.co_flags & 15, co.co_name)
    print("  defaults", fn.__defaults__, fn.__kwdefaults__)
print(type(f).__name__, type(len).__name__, type(f).__module__, int.__name__, int.__module__)


class Handler:
    def on_event(self, x):
        """Handle an event."""
        return x * 2


hd = Handler()
m = hd.on_event
print(type(m).__name__, m.__name__, m.__doc__, m.__func__ is Handler.on_event, m.__self__ is hd)
print(m == hd.on_event, m == Handler().on_event, hash(m) == hash(hd.on_event))
registry = {hd.on_event: "registered"}
print(registry[hd.on_event], hd.on_event in [m], {m, hd.on_event} == {m})


def failing():
    return {}["missing"]


try:
    failing()
except KeyError:
    tb = sys.exc_info()[2]
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("traceback frames", names)

for exc in (ValueError("v"), KeyError("k"), OSError(2, "No such file")):
    print(type(exc).__name__, getattr(exc, "errno", None), hasattr(exc, "lineno"), getattr(exc, "args"))


class AppError(Exception):
    def __init__(self, msg, code=500):
        super().__init__(msg)
        self.code = code


err = AppError("boom", 404)
print(getattr(err, "code", None), hasattr(err, "code"), hasattr(err, "detail"), getattr(err, "detail", "none"))

for expr in ("1/0", "1//0", "1%0", "divmod(1,0)", "1.0/0", "1.0//0", "1.0%0", "divmod(1.0,0)", "5//0.0", "1<<-1"):
    try:
        eval(expr)
    except (ZeroDivisionError, ValueError) as e:
        print(expr, "->", type(e).__name__, e)

for i in range(2):
    try:
        1 // 0
    except ZeroDivisionError as e:
        print("fresh", e, e.__context__)

a = [1]
b = a
b += [2]
b += (3, 4)
b += (c for c in "xy")
print(a, a is b)
t = (1,)
u = t
u += (2, 3)
print(t, u, (1, 2) + (3,), sum([(1,), (2, 3)], ()))
lst = [0]
lst.extend((1, 2))
lst.extend(range(3, 5))
lst.extend(x * 10 for x in range(2))
list.append(lst, 99)
list.extend(lst, "ab")
print(lst)
