# property getter/setter/deleter, classmethod/staticmethod, alternative constructors
class Temperature:
    _instances = 0
    def __init__(self, celsius=0.0):
        self.celsius = celsius
        Temperature._instances += 1
    @property
    def celsius(self):
        """Temperature in C."""
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError('below absolute zero: %r' % value)
        self._c = float(value)
    @celsius.deleter
    def celsius(self):
        print('resetting')
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @classmethod
    def from_fahrenheit(cls, f):
        t = cls()
        t.fahrenheit = f
        return t
    @classmethod
    def count(cls):
        return cls._instances
    @staticmethod
    def describe(c):
        return 'cold' if c < 10 else 'mild' if c < 25 else 'hot'
    def __repr__(self):
        return '%s(%.1f)' % (type(self).__name__, self._c)

t = Temperature(20)
print(t, t.celsius, t.fahrenheit, Temperature.describe(t.celsius), t.describe(30))
t.fahrenheit = 212
print(t, t.celsius)
del t.celsius
print(t)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError', e)
f = Temperature.from_fahrenheit(50)
print(f, type(f).__name__, Temperature.count(), t.count())
print(Temperature.celsius.__doc__, type(Temperature.__dict__['count']).__name__, type(Temperature.__dict__['describe']).__name__)

class Kelvin(Temperature):
    def __repr__(self):
        return 'K' + super().__repr__()
k = Kelvin.from_fahrenheit(32)
print(k, type(k).__name__, Kelvin.count())

class ReadOnly:
    def __init__(self, v):
        self._v = v
    v = property(lambda self: self._v, doc='read only v')
r = ReadOnly(3)
print(r.v, ReadOnly.v.__doc__)
try:
    r.v = 4
except AttributeError as e:
    print('AttributeError', type(e).__name__)
try:
    del r.v
except AttributeError as e:
    print('AttributeError on del')

class Manual:
    def get_x(self):
        return getattr(self, '_x', 'unset')
    def set_x(self, v):
        self._x = v * 2
    def del_x(self):
        del self._x
    x = property(get_x, set_x, del_x, 'manual x')
m = Manual()
print(m.x); m.x = 5; print(m.x); del m.x; print(m.x)
print(Manual.x.fget is Manual.get_x, Manual.x.fset.__name__, Manual.x.__doc__)

class Shape:
    registry = {}
    def __init_kind(self):
        return 'private'
    @classmethod
    def register(cls, name):
        def deco(sub):
            cls.registry[name] = sub
            return sub
        return deco
    @classmethod
    def make(cls, name, *args):
        return cls.registry[name](*args)
    def kind(self):
        return self.__init_kind()

@Shape.register('sq')
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
@Shape.register('rect')
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
shapes = [Shape.make('sq', 3), Shape.make('rect', 2, 5)]
print([(type(s).__name__, s.area()) for s in shapes], sorted(Shape.registry), shapes[0].kind(), hasattr(shapes[0], '_Shape__init_kind'))
bound = shapes[1].area
print(bound(), bound.__self__ is shapes[1], bound.__func__ is Rect.area, Rect.area(shapes[1]))
cm = Temperature.from_fahrenheit
print(cm.__self__ is Temperature, Temperature.describe is t.describe)
