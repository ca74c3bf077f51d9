"""weakref: ref (ReferenceType), proxy, WeakMethod, WeakValueDictionary,
WeakKeyDictionary, WeakSet, finalize, getweakrefcount, getweakrefs,
ProxyType, CallableProxyType, ProxyTypes.

References here are STRONG: gowsgi's objects live in Go's garbage
collector, which has no hook to clear a reference or run a callback when
an object dies. So ref(obj)() always returns obj, callbacks never run,
WeakValueDictionary/WeakKeyDictionary/WeakSet never lose entries (they
are plain dict/set wrappers), getweakrefcount() is 0, and a finalize
runs its function only when called (or at exit when atexit is
available). What matches CPython: the API, the TypeError for objects
that cannot be weakly referenced (int, str, tuple, list, dict, ...),
ref equality and hashing through the referent.
"""
import collections.abc as _abc

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs',
           'WeakKeyDictionary', 'ReferenceType', 'ProxyType',
           'CallableProxyType', 'ProxyTypes', 'WeakValueDictionary',
           'WeakSet', 'WeakMethod', 'finalize']

_NOT_WEAKREFABLE = (int, float, complex, bool, str, bytes, bytearray, tuple,
                    list, dict, set, frozenset, type(None))


def _check(obj):
    if type(obj) in _NOT_WEAKREFABLE:
        raise TypeError('cannot create weak reference to %r object'
                        % type(obj).__name__)
    return obj


class ref:
    """ref(obj[, callback]): calling it returns obj (always: strong here)."""

    def __init__(self, ob, callback=None):
        _check(ob)
        self._ob = ob
        self.__callback__ = callback

    def __call__(self):
        return self._ob

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._ob == other._ob

    def __ne__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return not self._ob == other._ob

    def __hash__(self):
        return hash(self._ob)

    def __repr__(self):
        return "<weakref at %#x; to '%s' at %#x>" % (
            id(self), type(self._ob).__name__, id(self._ob))


ReferenceType = ref


class WeakMethod(ref):
    """A ref to a bound method: calling it rebuilds the bound method."""

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'
                            .format(type(meth))) from None
        ref.__init__(self, obj, callback)
        self._meth = meth

    def __call__(self):
        return self._meth

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        return self._meth == other._meth

    def __hash__(self):
        return hash(self._meth)


class ProxyType:
    """A proxy forwarding attribute access and operators to its object."""

    def __init__(self, ob, callback=None):
        _check(ob)
        object.__setattr__(self, '_ob', ob)

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, '_ob'), name)

    def __setattr__(self, name, value):
        setattr(self._ob, name, value)

    def __delattr__(self, name):
        delattr(self._ob, name)

    def __repr__(self):
        return "<weakproxy at %#x; to '%s' at %#x>" % (
            id(self), type(self._ob).__name__, id(self._ob))

    def __str__(self):
        return str(self._ob)

    def __bool__(self):
        return bool(self._ob)

    def __len__(self):
        return len(self._ob)

    def __iter__(self):
        return iter(self._ob)

    def __contains__(self, item):
        return item in self._ob

    def __getitem__(self, key):
        return self._ob[key]

    def __setitem__(self, key, value):
        self._ob[key] = value

    def __delitem__(self, key):
        del self._ob[key]

    def __eq__(self, other):
        return self._ob == other

    def __ne__(self, other):
        return self._ob != other

    def __lt__(self, other):
        return self._ob < other

    def __le__(self, other):
        return self._ob <= other

    def __gt__(self, other):
        return self._ob > other

    def __ge__(self, other):
        return self._ob >= other

    def __add__(self, other):
        return self._ob + other

    def __sub__(self, other):
        return self._ob - other

    def __mul__(self, other):
        return self._ob * other

    __hash__ = None


class CallableProxyType(ProxyType):
    def __call__(self, *args, **kwargs):
        return self._ob(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None):
    """A proxy to ob (callable if ob is)."""
    if callable(ob):
        return CallableProxyType(ob, callback)
    return ProxyType(ob, callback)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakValueDictionary(_abc.MutableMapping):
    """A dict whose values would be weak references (strong here)."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        _check(value)
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))

    def copy(self):
        new = type(self)()
        new.data.update(self.data)
        return new

    __copy__ = copy

    def itervaluerefs(self):
        return iter([ref(v) for v in self.data.values()])

    def valuerefs(self):
        return [ref(v) for v in self.data.values()]

    def __or__(self, other):
        if isinstance(other, _abc.Mapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented


class WeakKeyDictionary(_abc.MutableMapping):
    """A dict whose keys would be weak references (strong here)."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        _check(key)
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))

    def copy(self):
        new = type(self)()
        new.data.update(self.data)
        return new

    __copy__ = copy

    def keyrefs(self):
        return [ref(k) for k in self.data]


class WeakSet(_abc.MutableSet):
    """A set whose members would be weak references (strong here)."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            for item in data:
                self.add(item)

    def add(self, item):
        _check(item)
        self.data.add(item)

    def discard(self, item):
        self.data.discard(item)

    def remove(self, item):
        self.data.remove(item)

    def __contains__(self, item):
        return item in self.data

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def copy(self):
        return type(self)(self.data)

    def update(self, other):
        for item in other:
            self.add(item)

    def clear(self):
        self.data.clear()

    def pop(self):
        return self.data.pop()

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return self.data == other.data

    def __repr__(self):
        return '<%s.%s object at %#x>' % ('_weakrefset', type(self).__name__, id(self))

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def union(self, other):
        return type(self)(list(self.data) + list(other))

    def intersection(self, other):
        other = set(other)
        return type(self)(x for x in self.data if x in other)

    def difference(self, other):
        other = set(other)
        return type(self)(x for x in self.data if x not in other)

    def issubset(self, other):
        return self.data.issubset(other)

    def issuperset(self, other):
        return self.data.issuperset(other)


class finalize:
    """finalize(obj, func, *args, **kwargs): call func once, when the
    finalizer is called (objects never die here) or at exit."""

    _registry = []

    def __init__(self, obj, func, /, *args, **kwargs):
        _check(obj)
        self._info = (obj, func, args, kwargs)
        self.atexit = True
        finalize._registry.append(self)

    def __call__(self, _=None):
        info = self._info
        self._info = None
        if info is not None:
            obj, func, args, kwargs = info
            return func(*args, **(kwargs or {}))

    def detach(self):
        info = self._info
        self._info = None
        return info

    def peek(self):
        return self._info

    @property
    def alive(self):
        return self._info is not None

    def __repr__(self):
        info = self._info
        if info is None:
            return '<finalize object at %#x; dead>' % id(self)
        return '<finalize object at %#x; for %r at %#x>' % (
            id(self), type(info[0]).__name__, id(info[0]))

    @classmethod
    def _exitfunc(cls):
        for f in list(reversed(cls._registry)):
            if f.atexit and f.alive:
                f()


try:
    import atexit as _atexit
    _atexit.register(finalize._exitfunc)
except Exception:
    pass
