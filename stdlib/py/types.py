"""types: names for built-in types (FunctionType, LambdaType, MethodType,
BuiltinFunctionType, ModuleType, GeneratorType, CodeType, FrameType,
TracebackType, NoneType, EllipsisType, NotImplementedType ...),
SimpleNamespace, MappingProxyType (class mappingproxy, a read-only view),
new_class, coroutine (returns the function).
"""
import sys as _sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MethodType = type(object.__init__) if False else type([].append)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
FrameType = type(_sys._getframe(0))
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    del _e


class SimpleNamespace:
    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ('{}={!r}'.format(k, v) for k, v in self.__dict__.items())
        return '{}({})'.format('namespace' if type(self) is SimpleNamespace else type(self).__name__, ', '.join(items))

    def __getattr__(self, name):
        # CPython names the C type by its tp_name, types.SimpleNamespace
        cls = type(self)
        raise AttributeError("'%s' object has no attribute '%s'" % (
            'types.SimpleNamespace' if cls is SimpleNamespace else cls.__name__, name))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


class mappingproxy:
    """A read-only view of a mapping (types.MappingProxyType)."""

    def __init__(self, mapping):
        if not hasattr(mapping, 'keys') or not hasattr(mapping, '__getitem__') or isinstance(mapping, (list, tuple)):
            raise TypeError("mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__)
        self._m = mapping

    def __getitem__(self, k):
        return self._m[k]

    def __contains__(self, k):
        return k in self._m

    def __iter__(self):
        return iter(self._m)

    def __len__(self):
        return len(self._m)

    def get(self, k, default=None):
        return self._m.get(k, default)

    def keys(self):
        return self._m.keys()

    def values(self):
        return self._m.values()

    def items(self):
        return self._m.items()

    def copy(self):
        return dict(self._m)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._m,)

    def __str__(self):
        return str(self._m)

    def __eq__(self, other):
        return self._m == other

    def __reversed__(self):
        return reversed(self._m)

    def __or__(self, other):
        return dict(self._m) | other

    def __ror__(self, other):
        return other | dict(self._m)


MappingProxyType = mappingproxy


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    meta = (kwds or {}).get('metaclass', type)
    return meta(name, tuple(bases), ns)


def coroutine(func):
    return func
