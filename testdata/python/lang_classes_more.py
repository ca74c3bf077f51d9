class Base:
    kind = 'base'
    def __init__(self, name):
        self.name = name
    def describe(self):
        return '%s:%s' % (self.kind, self.name)
    @classmethod
    def create(cls, name):
        return cls(name)
    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.name)
class Child(Base):
    kind = 'child'
class Mixin:
    def shout(self):
        return self.describe().upper()
class Combined(Mixin, Child):
    pass
c = Combined.create('x')
print(c, c.describe(), c.shout(), [k.__name__ for k in Combined.__mro__], isinstance(c, Base), issubclass(Combined, Mixin))
print(Base.kind, Child.kind, c.kind, hasattr(c, 'shout'), getattr(c, 'missing', 'dflt'), type(c).__name__, c.__class__.__name__)
setattr(c, 'extra', 5)
print(c.extra, 'extra' in c.__dict__, sorted(vars(c)))
delattr(c, 'extra')
print(hasattr(c, 'extra'))
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
print([Counter().id for _ in range(3)], Counter.instances)
class Vector:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __iter__(self):
        yield self.x
        yield self.y
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __eq__(self, other):
        return tuple(self) == tuple(other)
    def __hash__(self):
        return hash(tuple(self))
    def __repr__(self):
        return 'Vector(%r, %r)' % (self.x, self.y)
v = Vector(1, 2)
x, y = v
print(x, y, list(v), len(v), v[1], v == Vector(1, 2), {v: 'yes'}[Vector(1, 2)], sorted([Vector(2, 1), Vector(1, 2)], key=tuple))
class Temperature:
    def __init__(self):
        self._c = 0
    def get_c(self):
        return self._c
    def set_c(self, v):
        self._c = round(v, 1)
    celsius = property(get_c, set_c, doc='temp')
t = Temperature()
t.celsius = 21.456
print(t.celsius, Temperature.celsius.__doc__)
class Meta(type):
    def __call__(cls, *args):
        inst = super().__call__(*args) if False else type.__call__(cls, *args) if False else None
        return 'meta-call'
print(type(Base).__name__, type(type).__name__, isinstance(Base, type), callable(Base))
class WithStr:
    def __str__(self):
        return 'str-form'
    def __repr__(self):
        return 'repr-form'
w = WithStr()
print(w, str(w), repr(w), [w], '%s %r' % (w, w), f'{w} {w!r}', '{} {!r}'.format(w, w))
