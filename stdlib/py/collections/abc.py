"""collections.abc: the abstract base classes of the container protocols.

isinstance(x, Mapping) and friends check for the methods the protocol
needs (as CPython's __subclasshook__ does for the one-method ABCs); dict,
list, tuple, str, set and the like are registered. Classes may derive
from them to get the mixin methods (Mapping.get/keys/items/values/
__contains__, MutableMapping.pop/setdefault/update, Sequence.index/count/
__contains__/__iter__/__reversed__).
"""
from abc import ABCMeta, abstractmethod


def _has(cls, *methods):
    for m in methods:
        if not any(m in getattr(b, '__dict__', {}) for b in cls.__mro__):
            return False
    return True


class Hashable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return _has(C, '__hash__') or NotImplemented


class Iterable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _has(C, '__iter__') or NotImplemented
        return NotImplemented


class Iterator(Iterable):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _has(C, '__iter__', '__next__') or NotImplemented
        return NotImplemented


class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _has(C, '__len__') or NotImplemented
        return NotImplemented


class Container(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _has(C, '__contains__') or NotImplemented
        return NotImplemented


class Callable(metaclass=ABCMeta):
    # gpython's built-in callables keep __call__ in Go, out of their
    # __dict__: ask callable() instead
    _instance_hook = [callable]

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _has(C, '__call__') or NotImplemented
        return NotImplemented


class Collection(Sized, Iterable, Container):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _has(C, '__len__', '__iter__', '__contains__') or NotImplemented
        return NotImplemented


class Sequence(Collection):
    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        i = 0
        try:
            while True:
                yield self[i]
                i += 1
        except IndexError:
            return

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value):
        for i, v in enumerate(self):
            if v is value or v == value:
                return i
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    def append(self, value):
        self.insert(len(self), value)


class Set(Collection):
    pass


class MutableSet(Set):
    pass


class Mapping(Collection):
    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())


class MutableMapping(Mapping):
    _marker = object()

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is self._marker:
                raise
            return default
        del self[key]
        return value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def update(self, other=(), **kwds):
        if isinstance(other, Mapping) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass


class MappingView(Sized):
    pass


class KeysView(MappingView, Set):
    pass


class ItemsView(MappingView, Set):
    pass


class ValuesView(MappingView, Collection):
    pass


class Generator(Iterator):
    pass


class Awaitable(metaclass=ABCMeta):
    pass


for _t in (dict,):
    Mapping.register(_t)
    MutableMapping.register(_t)
for _t in (list,):
    Sequence.register(_t)
    MutableSequence.register(_t)
for _t in (tuple, str, range, bytes):
    Sequence.register(_t)
for _t in (set,):
    Set.register(_t)
    MutableSet.register(_t)
Set.register(frozenset)
for _t in (dict, list, tuple, str, set, frozenset, bytes, range):
    Collection.register(_t)
    Iterable.register(_t)
    Sized.register(_t)
    Container.register(_t)
# the built-in iterators, generators and dict views keep their protocol
# methods in Go, out of their __dict__: registered, as CPython registers
# its C iterator types
for _t in {type(iter(x)) for x in ((), [], '', b'', range(0), set(), {}, {}.values(), {}.items(), bytearray())} | {type(reversed([])), type(zip()), type(map(len, ())), type(filter(None, ())), type(enumerate(()))}:
    Iterator.register(_t)
Generator.register(type((lambda: (yield))()))
KeysView.register(type({}.keys()))
ValuesView.register(type({}.values()))
ItemsView.register(type({}.items()))
del _t
