class Base:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return 'base ' + self.name
    @classmethod
    def make(cls, name):
        return cls(name)
    @staticmethod
    def helper(x):
        return x * 2
class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def greet(self):
        return 'child ' + super().greet()
    @classmethod
    def make(cls, name):
        obj = super().make(name + '!') if False else cls(name, 0)
        return obj
class GrandChild(Child):
    def greet(self):
        return 'grand ' + super(GrandChild, self).greet()
g = GrandChild('g', 3)
print(g.greet(), g.name, g.age, Child.make('c').greet(), Base.helper(4))
class A:
    def who(self):
        return ['A']
class B(A):
    def who(self):
        return ['B'] + super().who()
class C(A):
    def who(self):
        return ['C'] + super().who()
class D(B, C):
    def who(self):
        return ['D'] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E('bad', 7)
except E as e:
    print('E', e, e.code, e.args)
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        self._c = None
    def _get_f(self):
        return self._c * 9 / 5 + 32
    fahrenheit = property(_get_f)
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, isinstance(Temp.celsius, property))
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError', e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print('AttributeError')
del t.celsius
print(t.celsius)
class Lazy:
    @property
    def value(self):
        return 42
class SubLazy(Lazy):
    @property
    def value(self):
        return super().value + 1
print(Lazy().value, SubLazy().value)
