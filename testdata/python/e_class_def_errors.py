# errors at class-definition and instantiation time

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

class Base:
    def __init__(self, x):
        self.x = x

class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

class Forgot(Base):
    def __init__(self, x):
        self.label = 'no super call'

show('child', lambda: vars(Child(1, 2)))
show('forgot super', lambda: Forgot(1).x)
show('init returns', lambda: type('R', (), {'__init__': lambda self: 5})())

def bad_bases():
    class X(1):
        pass

show('bad base', bad_bases)

def dup_base():
    class Y(Base, Base):
        pass

show('dup base', dup_base)

def mro_conflict():
    class A: pass
    class B(A): pass
    class C(A, B): pass

show('mro', mro_conflict)

def inherit_final():
    class Z(bool):
        pass

show('bool subclass', inherit_final)

import abc

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @abc.abstractmethod
    def perimeter(self):
        ...

class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

class FullSquare(Square):
    def perimeter(self):
        return 4 * self.s

show('abstract', lambda: Shape())
show('partial', lambda: Square(2))
show('full', lambda: (FullSquare(3).area(), FullSquare(3).perimeter()))

class NoInit:
    pass

show('noinit args', lambda: NoInit(1))
show('noinit kw', lambda: NoInit(a=1))
show('object args', lambda: object(1))

class NewOnly:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst

show('new only', lambda: NewOnly(1, 2).args)
show('call instance', lambda: NoInit()())
show('type 2 args', lambda: type('x', ()))
show('isinstance cls', lambda: isinstance(NoInit, type))
show('super outside', lambda: super())
