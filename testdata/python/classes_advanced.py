class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, inst, owner):
        if inst is None:
            return self
        return getattr(inst, self.name, 'unset')
    def __set__(self, inst, value):
        if not isinstance(value, int):
            raise TypeError('int required')
        setattr(inst, self.name, value)
class Point:
    x = Typed()
    y = Typed()
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, p._x, isinstance(Point.x, Typed), Point.x.name)
try:
    p.x = 'no'
except TypeError as e:
    print('TypeError', e)
class cached:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, inst, owner):
        value = self.fn(inst)
        inst.__dict__[self.fn.__name__] = value
        return value
class Lazy:
    calls = 0
    @cached
    def value(self):
        Lazy.calls += 1
        return 99
l = Lazy()
print(l.value, l.value, Lazy.calls)
class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
a, b = Single(1), Single(2)
print(a is b, a.v, type(a).__name__, a.__class__ is Single)
class Obj:
    cls_attr = 'c'
    def __init__(self):
        self.a = 1
o = Obj()
print(o.__dict__, o.__class__.__name__, Obj.__dict__['cls_attr'], type(o) is Obj, (1).__class__, 'x'.__class__.__name__)
X = type('X', (object,), {'a': 1, 'f': lambda self: self.a + 1})
print(X.a, X().f(), X.__name__, type(X).__name__)
class Meta(type):
    registry = []
    def __new__(mcls, name, bases, ns):
        ns['tag'] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        Meta.registry.append(name)
        return cls
    def describe(cls):
        return 'class ' + cls.__name__
class Base(metaclass=Meta):
    pass
class Child(Base):
    pass
print(Meta.registry, Child.tag, type(Child).__name__, Child.describe(), isinstance(Child, Meta))
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
print(Slotted().a, Slotted.__slots__)
class Multi(dict):
    def __missing__(self, key):
        return key * 2
m = Multi(a=1)
print(m['a'], m['zz'], isinstance(m, dict), len(m), type(m).__name__)
class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
u = Upper()
u['k'] = 1
print(u['K'], u['k'], dict(u), 'K' in u)
class Attrs(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.note = 'n'
at = Attrs({'x': 1}, y=2)
print(at, at.note, list(at.items()))
class G:
    def __getattr__(self, name):
        return 'dyn_' + name
g = G()
g.real = 1
print(g.real, g.other)
