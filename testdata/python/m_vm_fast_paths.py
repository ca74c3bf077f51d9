# The interpreter's fast paths (compat/fastops.go, frames.go simpleFrame)
# give what the generic paths give: attribute loads, calls of Python
# functions and methods, int() and str() of ints and strings.
import math, sys


class Plain:
    cls_attr = 'class'

    def m(self, a, b=2):
        return (a, b)


class Hooked:
    def __getattribute__(self, name):
        if name == 'magic':
            return 42
        return object.__getattribute__(self, name)


class Base:
    def __getattribute__(self, name):
        return 'base:' + name


class Child(Base):
    pass


class Fallback:
    def __getattr__(self, name):
        return 'missing:' + name


class Desc:
    def __get__(self, obj, owner):
        return ('desc', obj is None, owner.__name__)


class WithDesc:
    d = Desc()


# modules
print(math.floor(2.5), math.pi > 3, type(math.sqrt).__name__)
try:
    math.nope
except AttributeError as e:
    print('AttributeError', e)
print(math.__name__)

# instances and classes
p = Plain()
p.x = 1
print(p.x, p.cls_attr, p.m(1), p.m(1, 3), Plain.cls_attr, Plain.m(p, 5))
p.cls_attr = 'shadow'
print(p.cls_attr, Plain.cls_attr)
h = Hooked()
h.y = 'y'
print(h.magic, h.y)
print(Child().anything)
fb = Fallback()
fb.real = 'real'
print(fb.real, fb.other)
w = WithDesc()
print(w.d, WithDesc.d)
try:
    p.nope
except AttributeError as e:
    print('AttributeError', e)
bm = p.m
print(bm(7), bm.__self__ is p, p.m == p.m)
print('abc'.upper(), [3, 1, 2].index(2), {'k': 1}.get('k'))


# calls: defaults, cells, closures, recursion, errors
def defaults(a, b=10, c=20):
    return a + b + c


def cells(a):
    def inner():
        return a * 2
    return inner()


def outer(n):
    def mid(k):
        return n + k
    return mid


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(defaults(1), defaults(1, 2), defaults(1, 2, 3), cells(21), outer(1)(2), fact(10))
try:
    defaults()
except TypeError as e:
    print('TypeError', e)
try:
    defaults(1, 2, 3, 4)
except TypeError as e:
    print('TypeError', e)


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print('RecursionError', e)


def raises():
    raise ValueError('inside')


try:
    raises()
except ValueError as e:
    print('ValueError', e, e.__traceback__.tb_next.tb_frame.f_code.co_name)


def peek():
    x = 5
    return sorted(locals().items()), sys._getframe().f_locals['x'], sys._getframe(1).f_code.co_name


def caller():
    return peek()


print(caller())

# int() and str()
for v in ['12', '-7', '+3', '007', ' 8 ', '1_000', '9' * 20, '١٢']:
    print(repr(v), int(v))
for bad in ['', '-', '1.5', 'x', '--1']:
    try:
        int(bad)
    except ValueError as e:
        print('ValueError', e)
print(int(5), int(True), int(2.9), int('ff', 16), str(12), str(-3), str('s'), str(True), str(1.5), str(None), str(b'x'))


class S(str):
    pass


class I(int):
    pass


print(type(str(S('a'))).__name__, type(int(I(3))).__name__, str(I(4)), int(S('9')))


# attribute stores
class Logged:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)


class LoggedChild(Logged):
    pass


class Slotted:
    __slots__ = ('a',)


class Prop:
    @property
    def p(self):
        return self._p

    @p.setter
    def p(self, v):
        self._p = v * 2


lc = LoggedChild()
lc.x = 1
Logged().y = 2
print(lc.x)
sl = Slotted()
sl.a = 3
try:
    sl.b = 4
except AttributeError as e:
    print('AttributeError', e)
pr = Prop()
pr.p = 5
print(pr.p, pr._p)
Plain.new_cls_attr = 'c'
print(p.new_cls_attr, Plain.new_cls_attr)
math.my_attr = 1
print(math.my_attr)
del math.my_attr
print(hasattr(math, 'my_attr'))


# keyword calls
def kw(a, b=2, c=3):
    return (a, b, c)


print(kw(1, c=5), kw(a=1), kw(c=1, b=2, a=3), kw(1, 2, c=9))
for call in [lambda: kw(1, a=2), lambda: kw(b=2), lambda: kw(1, d=4), lambda: kw(1, 2, 3, c=4)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)


def posonly(a, b, /, c=0):
    return a + b + c


print(posonly(1, 2, c=3))
try:
    posonly(1, b=2)
except TypeError as e:
    print('TypeError', e)
