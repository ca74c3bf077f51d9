# raise e of an exception caught before carries on its traceback: the
# frames of the new raise come before the old ones, as in CPython.
import traceback


def first():
    raise KeyError("k")


def keep():
    try:
        first()
    except KeyError as e:
        return e


def again(e):
    raise e


def names(e):
    return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]


saved = keep()
print(names(saved))
try:
    again(saved)
except KeyError as e:
    print(names(e), e is saved)


def same_frame():
    try:
        first()
    except KeyError as e:
        raise e


try:
    same_frame()
except KeyError as e:
    print(names(e))


def wrap():
    try:
        first()
    except KeyError as e:
        raise ValueError("wrapped") from e


try:
    wrap()
except ValueError as e:
    print(names(e), names(e.__cause__))

try:
    raise saved.with_traceback(None)
except KeyError as e:
    print(names(e))

try:
    raise KeyError("fresh")
except KeyError as e:
    print(names(e))

print("".join(traceback.format_exception(type(saved), saved, saved.__traceback__)).count("File"))


# the same from a function with *args, **kwargs and keyword-only
# parameters, and from a generator
def again_star(*args, **kwargs):
    raise args[0]


def again_kwonly(e, *, label="x"):
    raise e


def again_gen(e):
    yield 1
    raise e


for call in (lambda: again_star(saved, k=1), lambda: again_kwonly(saved, label="y"), lambda: list(again_gen(saved))):
    saved = keep()
    try:
        call()
    except KeyError as e:
        print([n for n, _ in names(e)])

# and from module-level code and exec'd code
saved = keep()
try:
    raise saved
except KeyError as e:
    print([n for n, _ in names(e)])
saved = keep()
ns = {"saved": saved}
try:
    exec("raise saved", ns)
except KeyError as e:
    print([n for n, _ in names(e)])

# and from a function too large for a frame block (more than 32 locals
# and stack slots)
src = "def big(e):\n" + "".join("    v%d = %d\n" % (i, i) for i in range(40)) + "    if e is not None:\n        raise e\n    return v0 + v39\n"
exec(src, ns)
print(ns["big"](None), [ns["big"](None) for _ in range(3)])
saved = keep()
try:
    ns["big"](saved)
except KeyError as e:
    print([n for n, _ in names(e)])
