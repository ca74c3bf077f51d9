# messages that name the operand's type: subscripts of built-in sequences,
# module attributes, read-only attributes of built-in values
import math
import os.path

class C:
    def __init__(self):
        self.items = (1, 2)
        self.s = "ab"

def one():
    return 1

c = C()
t, s, b, ba, r, l = (1, 2), "abc", b"ab", bytearray(b"a"), range(3), [1]
cases = [
    lambda: t[5], lambda: s[9], lambda: b[5], lambda: ba[3], lambda: r[5], lambda: l[4],
    lambda: t["x"], lambda: s[1.5], lambda: b[None], lambda: ba[(1,)], lambda: r[[1]], lambda: l["k"],
    lambda: (1, 2, 3)[9], lambda: [1, 2][-3], lambda: "abc"[C()], lambda: c.items[5], lambda: c.s[one() + 5],
    lambda: c.items["x" + "y"], lambda: (1, 2)[one() * 9], lambda: [1][one() + 0.5],
    lambda: math.nope, lambda: getattr(math, "nope2"), lambda: os.path.sep.nothing,
]
for fn in cases:
    try:
        fn()
    except (IndexError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)

def nested():
    data = ("a",)
    def inner():
        return data[3]
    return inner()

try:
    nested()
except IndexError as e:
    print("nested", e)

def store(obj, name):
    try:
        setattr(obj, name, 1)
    except AttributeError as e:
        print("setattr", e)

x = 5
try:
    x.real = 3
except AttributeError as e:
    print(e)
try:
    "abc".upper = 3
except AttributeError as e:
    print(e)
try:
    x.foo = 3
except AttributeError as e:
    print(e)
try:
    t[1] = 5
except TypeError as e:
    print(e)
(1, 2, 3)[one() + 7]
