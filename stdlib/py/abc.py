"""abc: abstract base classes.

Provides ABCMeta (register, __subclasshook__, isinstance/issubclass through
registered and hooked classes, refusing to instantiate a class with
abstract methods left), ABC, abstractmethod, abstractproperty-free.
As in CPython a property whose getter, setter or deleter is abstract and a
classmethod/staticmethod wrapping an abstract function are abstract too.
"""


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        return any(getattr(f, '__isabstractmethod__', False) for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, '__isabstractmethod__', False)
    return False


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace)
        abstracts = set()
        for attr, value in namespace.items():
            if _is_abstract(value):
                abstracts.add(attr)
        for base in bases:
            for attr in getattr(base, '__abstractmethods__', ()):
                value = _class_attr(cls, attr)
                if _is_abstract(value):
                    abstracts.add(attr)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        _all_abcs.append(cls)
        if abstracts:
            original_init = cls.__dict__.get('__init__')

            def __new__(c, *args, **kw):
                if c.__abstractmethods__:
                    raise TypeError("Can't instantiate abstract class %s with abstract method%s %s" % (
                        c.__name__, 's' if len(c.__abstractmethods__) > 1 else '', ', '.join(sorted(c.__abstractmethods__))))
                return object.__new__(c)
            cls.__new__ = __new__
        return cls

    def register(cls, subclass):
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        hook = cls.__dict__.get('_instance_hook')
        if hook is not None:
            return hook[0](instance)
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, '__mro__', ()):
            return True
        hook = cls.__dict__.get('__subclasshook__')
        if hook is not None:
            ok = cls.__subclasshook__(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for c in [cls] + _subclasses(cls):
            for r in c.__dict__.get('_abc_registry', ()):
                if r is subclass or r in getattr(subclass, '__mro__', ()):
                    return True
        return False


_all_abcs = []


def _class_attr(cls, name):
    # the raw attribute (a property or classmethod as such, not its result)
    for c in cls.__mro__:
        if name in c.__dict__:
            return c.__dict__[name]
    return None


def _subclasses(cls):
    out = []
    for c in _all_abcs:
        if c is not cls and cls in c.__mro__:
            out.append(c)
    return out


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def get_cache_token():
    return 0
