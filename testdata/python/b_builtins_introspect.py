# builtins: isinstance/issubclass with tuples, getattr family, vars, dir, callable, mro, names, docs
class Animal:
    """An animal."""
    kind = "generic"
    def __init__(self, name):
        self.name = name
    def speak(self):
        """Make a sound."""
        return "..."
    class Tag:
        pass
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "woof"
class Puppy(Dog):
    pass
p = Puppy("rex")
print(isinstance(p, Animal), isinstance(p, (int, str)), isinstance(p, (int, (str, Dog))), isinstance(3, (float, int)))
print(issubclass(Puppy, Animal), issubclass(Dog, Puppy), issubclass(bool, (str, int)), issubclass(Dog, Dog), issubclass(int, object))
for bad in (lambda: isinstance(p, "Dog"), lambda: issubclass(p, Dog), lambda: isinstance(1, (int, 5))):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print([c.__name__ for c in Puppy.__mro__], [c.__name__ for c in Puppy.mro()], Puppy.__bases__[0].__name__, Dog.__base__.__name__)
print(Animal.__name__, Animal.__qualname__, Animal.Tag.__name__, Animal.Tag.__qualname__, Animal.speak.__qualname__)
print(Animal.__doc__, Animal.speak.__doc__, Dog.__doc__, Dog.speak.__doc__, Animal.__module__)
def outer():
    def inner():
        pass
    return inner
print(outer.__name__, outer().__qualname__, outer.__doc__, len.__name__, str.upper.__name__, (lambda: 0).__name__)
# getattr / setattr / hasattr / delattr
print(getattr(p, "name"), getattr(p, "kind"), getattr(p, "missing", "dflt"), hasattr(p, "speak"), hasattr(p, "fly"))
setattr(p, "age", 3)
setattr(p, "kind", "special")
print(p.age, p.kind, Puppy.kind, vars(p) == {"name": "rex", "age": 3, "kind": "special"}, sorted(vars(p)))
delattr(p, "kind")
print(p.kind, "kind" in p.__dict__)
for bad in (lambda: getattr(p, "nope"), lambda: delattr(p, "nope"), lambda: getattr(p, 5), lambda: setattr(5, "x", 1)):
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(getattr(p, "speak")(), getattr(Dog, "speak")(p), getattr(str, "upper")("x"), getattr(3, "real"))
# vars / __dict__ / dir subsets
print(sorted(k for k in vars(Dog) if not k.startswith("__")), sorted(k for k in Animal.__dict__ if not k.startswith("__")))
print([a for a in dir(p) if not a.startswith("_")], "speak" in dir(Puppy), "__init__" in dir(p))
class NS:
    pass
ns = NS()
ns.x = 1
vars(ns)["y"] = 2
print(ns.y, sorted(vars(ns).items()))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
# callable
class C:
    def __call__(self):
        return "called"
print(callable(len), callable(C), callable(C()), callable(p), callable(None), callable(lambda: 1), callable(Dog.speak), C()())
# type() and type checks
print(type(p).__name__, type(p) is Puppy, type(type(p)).__name__, type(None).__name__, type(len).__name__)
print(type(1) == int, type(True) is bool, type(3.0).__name__, type([]).__name__, type({}).__name__, type(()).__name__)
X = type("X", (Dog,), {"extra": 42, "speak": lambda self: "x!"})
x = X("dyn")
print(X.__name__, x.extra, x.speak(), isinstance(x, Animal), [c.__name__ for c in X.__mro__])
