# Class introspection: __bases__, __mro__, __name__, __qualname__, __module__, __dict__ keys, issubclass
class AppError(Exception):
    pass
class NotFound(AppError, LookupError):
    pass
class Registry(dict):
    pass
class Stack(list):
    def peek(self):
        return self[-1]
class Base:
    def method(self):
        pass
class Mixin:
    pass
class Child(Mixin, Base):
    class Nested:
        pass

def noise(a, b, c, d):
    return (a, b, c, d)
noise(True, None, 3, 'x')

for cls in (AppError, NotFound, Registry, Stack, Base, Child, Child.Nested, bool, KeyError):
    print(cls.__name__, [b.__name__ for b in cls.__bases__], [m.__name__ for m in cls.__mro__])
noise(1, 2, 3, 4)
print(NotFound.__bases__ == (AppError, LookupError), Registry.__bases__ == (dict,), Stack.__bases__[0] is list)
print(Child.Nested.__qualname__, Child.__qualname__, Child.__module__, Base.method.__qualname__, Stack.peek.__name__)
print(issubclass(NotFound, LookupError), issubclass(NotFound, (ValueError, AppError)), issubclass(Stack, list), issubclass(bool, int))
print(isinstance(NotFound(), KeyError), isinstance(Registry(), dict), isinstance(Stack([1]), Stack), Stack([1, 2]).peek())
print(sorted(k for k in vars(Child) if not k.startswith('__')), 'method' in vars(Base), 'method' in dir(Child))
print(type(Child()).__name__, type(Child).__name__, Child().__class__ is Child, Child.__class__ is type)
try:
    raise NotFound('missing')
except LookupError as e:
    print('caught via LookupError', type(e).__name__, e.args, [c.__name__ for c in type(e).__mro__][:3])
print([c.__name__ for c in AppError.__mro__], AppError.__bases__[0].__name__)
