# audit of issue 3 point 2: thinly covered language features
# closures of every kind
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter(); c(); c(5)
print(c(), c.__closure__[0].cell_contents if c.__closure__ else None)
fs = [lambda i=i: i * i for i in range(3)]
late = [lambda: i for i in range(3)]
print([f() for f in fs], [f() for f in late])
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
class Scope:
    k = 10
    vals = [k2 for k2 in range(3)]
    def get(self):
        return self.k
print(Scope.vals, Scope().get())
# decorators with and without arguments, stacked, on classes
import functools
def trace(fn):
    @functools.wraps(fn)
    def w(*a, **k):
        return ('trace', fn.__name__, fn(*a, **k))
    return w
def tag(label):
    def deco(fn):
        fn.label = label
        return fn
    return deco
@trace
@tag('x')
def add(a, b):
    "adds"
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.label, add.__wrapped__.label)
def register(cls):
    cls.registered = True
    return cls
@register
class R: pass
print(R.registered)
# property with setter and deleter
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        "celsius"
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    @c.deleter
    def c(self):
        print('deleting')
        self._c = None
t = Temp(); t.c = 25
print(t.c, Temp.c.__doc__, type(Temp.c).__name__)
try:
    t.c = -300
except ValueError as e:
    print('ValueError', e)
del t.c
print(t.c)
class RO:
    @property
    def x(self):
        return 1
try:
    RO().x = 2
except AttributeError as e:
    print('AttributeError', e)
# data and non-data descriptors, __set_name__
class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError('%s must be int' % self.name[1:])
        setattr(obj, self.name, value)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class Model:
    age = Typed()
    @Lazy
    def expensive(self):
        print('computing')
        return 42
m = Model(); m.age = 3
print(m.age, type(Model.age).__name__, m.expensive, m.expensive)
try:
    m.age = 'x'
except TypeError as e:
    print('TypeError', e)
# classmethod / staticmethod, alternative constructors, inheritance
class Base:
    count = 0
    @classmethod
    def make(cls, *a):
        cls.count += 1
        return cls(*a)
    @staticmethod
    def helper(x):
        return x * 2
class Sub(Base):
    def __init__(self, v=0):
        self.v = v
s = Sub.make(5)
print(type(s).__name__, s.v, Sub.count, Base.count, Sub.helper(4), s.helper(1), Base.make.__self__ is Base)
# super() zero and two args, cooperative multiple inheritance
class A:
    def who(self):
        return ['A']
class B(A):
    def who(self):
        return ['B'] + super().who()
class C(A):
    def who(self):
        return ['C'] + super(C, self).who()
class D(B, C):
    def who(self):
        return ['D'] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
# metaclasses, __prepare__, __init_subclass__, __class_getitem__
class Registry(type):
    classes = []
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {'created_by': mcls.__name__}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.via_meta = True
        return inst
class Plugin(metaclass=Registry):
    pass
class Other(Plugin):
    def __init__(self, x=1):
        self.x = x
o = Other(7)
print(Registry.classes, Plugin.created_by, o.x, o.via_meta, type(Other).__name__)
class Shape:
    kinds = {}
    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        Shape.kinds[kind] = cls.__name__
    def __class_getitem__(cls, item):
        return '%s[%s]' % (cls.__name__, item.__name__)
class Circle(Shape, kind='round'):
    pass
print(Shape.kinds, Shape[int], Circle[str])
Dyn = type('Dyn', (Base,), {'v': 9, 'double': lambda self: self.v * 2})
print(Dyn().double(), Dyn.__name__, Dyn.__bases__[0].__name__, isinstance(Dyn(), Base))
# operator, reflected and in-place dunders, comparisons, hashing
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return 'V%r' % (self.c,)
    def __add__(self, o):
        return V(*[a + b for a, b in zip(self.c, o.c)]) if isinstance(o, V) else NotImplemented
    def __radd__(self, o):
        return V(*[a + o for a in self.c])
    def __sub__(self, o):
        return V(*[a - b for a, b in zip(self.c, o.c)])
    def __rsub__(self, o):
        return V(*[o - a for a in self.c])
    def __mul__(self, k):
        return V(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __iadd__(self, o):
        self.c = tuple(a + b for a, b in zip(self.c, o.c))
        return self
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __hash__(self):
        return hash(self.c)
    def __lt__(self, o):
        return self.c < o.c
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __contains__(self, x):
        return x in self.c
    def __bool__(self):
        return any(self.c)
    def __call__(self, k):
        return self.c[k]
v = V(1, 2)
w = v
v += V(1, 1)
print(v, w is v, 1 + v, 10 - v, 2 * v, v * 3, -v, v == V(2, 3), v != V(2, 3), {v: 1}[V(2, 3)])
print(sorted([V(3), V(1), V(2)]), max(V(1), V(5)), len(v), v[1], v[-1], 3 in v, bool(V(0, 0)), v(0), list(v))
try:
    v + 1
except TypeError as e:
    print('TypeError', e)
print(V(1) < V(2), V(2) > V(1), V(1) <= V(1) if hasattr(V, '__le__') and V.__le__ is not object.__le__ else 'no le')
# context managers, multi-item with, suppression
class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None)
        return self.swallow
with CM('a') as a, CM('b', swallow=True) as b:
    print('body', a, b)
    raise KeyError('x')
print('after')
# iterators and generators: send/throw/close, yield from return value
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), next(iter(Countdown(1))), list(zip(Countdown(2), 'ab')))
def acc():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError:
            total = -1
            continue
        if x is None:
            return total
        total += x
def wrapper():
    r = yield from acc()
    yield 'returned %s' % r
g = wrapper(); next(g)
print(g.send(5), g.send(6), g.throw(ValueError), g.send(2), g.send(None))
g.close()
print(g.gi_frame is None)
# exception chaining, try/except/else/finally
def chain():
    try:
        try:
            {}['k']
        except KeyError as e:
            raise ValueError('bad') from e
    except ValueError as e:
        return type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__
print(chain())
def implicit():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise RuntimeError('during')
    except RuntimeError as e:
        return type(e.__context__).__name__, e.__cause__
print(implicit())
def suppressed():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise RuntimeError('no ctx') from None
    except RuntimeError as e:
        return e.__cause__, e.__suppress_context__, type(e.__context__).__name__
print(suppressed())
def flow(x):
    log = []
    try:
        log.append('try')
        if x:
            raise ValueError
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(flow(0), flow(1))
# star unpacking in assignments and calls, keyword-only args
first, *mid, last = range(6)
(a, b), *rest = [(1, 2), 3, 4]
print(first, mid, last, a, b, rest)
def kw(a, *args, b, c=3, **kw):
    return a, args, b, c, kw
print(kw(1, 2, 3, b=4), kw(*[1, 2], **{'b': 5, 'z': 6}), kw(1, b=2, c=0))
try:
    kw(1, 2)
except TypeError as e:
    print('TypeError', e)
def only(*, x):
    return x
try:
    only(1)
except TypeError as e:
    print('TypeError', e)
