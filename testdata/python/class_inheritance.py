# Class attributes and methods found through the MRO, classmethod,
# staticmethod, explicit base calls, isinstance with subclasses.


class Base(object):
    kind = "base"
    count = 0

    def __init__(self, name):
        self.name = name
        Base.count += 1

    def hello(self):
        return "hello from %s (%s)" % (self.name, self.kind)

    @classmethod
    def make(cls, name):
        return cls(name)

    @staticmethod
    def helper(x):
        return x * 2


class Child(Base):
    kind = "child"

    def hello(self):
        return Base.hello(self) + "!"


class GrandChild(Child):
    pass


c = GrandChild.make("gc")
print(c.hello())
print(GrandChild.kind, Child.helper(21), GrandChild.helper(2))
print(isinstance(c, Base), isinstance(c, Child), isinstance(c, (int, Base)))
print(isinstance(True, int), isinstance(3, bool), issubclass(bool, int))
print(Base.count, GrandChild.__name__, type(c).__name__)
b = Base("b")
print(b.hello(), Base.count)
try:
    list.append = None
except TypeError as e:
    print("TypeError:", e)
x = []
x.append(1)
print(x)
