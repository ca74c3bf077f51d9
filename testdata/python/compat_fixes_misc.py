# Behaviour gpython got wrong and compat fixes: each line would differ
# (or crash) without its fix.
import binascii
import collections
import enum
import http
import json

exprs = [
    "(0,1,2,3,4,5)[5:2]", "b'abcdef'[5:2]", "(1,2,3)[2:-3]", "(1, 2) + (3,)", "sum([(1,), (2, 3)], ())",
    "int(float('inf'))", "int(float('nan'))", "0.0 ** -1", "2.0 ** 10000", "1.0 // 0",
    "'ab'.center(5, '*')", "'abc'.center(6, '*')", "'abc'.find('', 5)", "'abc'.startswith('c', 5)",
    "'abc'.endswith('b', 0, 2)", "'abc'.startswith(('x', 'a'))", "True & True", "True ^ True",
    "bool(0j)", "1e16 % 3", "-7.5 % 2", "int(b'1f', 16)", "float(b'1.5')",
    "b'\\x01\\xab\\xcd'.hex(':')", "b'\\x01\\xab\\xcd'.hex('-', 2)", "1 < 'x'", "[1] < (1,)",
    "list(map(str.strip, [' a ', 'b ']))", "str.replace('aa', 'a', 'b')", "list.count([1, 1], 1)",
]
for e in exprs:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as exc:
        print(e, "!!", type(exc).__name__, exc)

try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise 42
except TypeError as e:
    print("raise 42:", e)
try:
    collections.OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
print(bool(collections.OrderedDict()), bool(collections.Counter()), bool(collections.defaultdict(int)))


def failing_gen():
    yield 1
    raise ValueError("x")


it = failing_gen()
next(it)
try:
    next(it)
except ValueError:
    pass
print("after raise:", list(it))

print(isinstance(http.HTTPStatus.OK, int), http.HTTPStatus.OK == 200, http.HTTPStatus(404).phrase)
print(json.dumps({"status": http.HTTPStatus.CREATED}))


class Color(str, enum.Enum):
    RED = "red"


print(isinstance(Color.RED, str), Color.RED.upper(), json.dumps([Color.RED]))
print(issubclass(binascii.Error, ValueError), binascii.Error)
try:
    binascii.unhexlify(b"abc")
except ValueError as e:
    print(type(e).__name__, e)


class Base:
    seen = []

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.seen.append((cls.__name__, tag))


class A(Base, tag="a"):
    pass


def three(a, b, c):
    return a


three(True, 2, 3)
print(Base.seen, A.__bases__)
print([f(1, 2) for f in [lambda *a: a, lambda x, *r, **k: (x, r)]])


class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, k, v):
        raise AttributeError("frozen")


print(Frozen(5).v, type(OSError(2, "x")).__name__, OSError(13, "denied"))
