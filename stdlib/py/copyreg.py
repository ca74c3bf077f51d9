"""copyreg: registration of pickle support functions, as CPython's.

Provides pickle(cls, reducer, constructor=None) (adds to dispatch_table),
constructor(obj), dispatch_table, __newobj__, __newobj_ex__,
_reconstructor, _reduce_ex, _slotnames, and the extension registry
(add_extension, remove_extension, clear_extension_cache with
_extension_registry, _inverted_registry, _extension_cache).

__newobj__, __newobj_ex__, _reconstructor and _slotnames are Go functions
(compat/reduce.go) because object.__reduce_ex__ returns them; their
behaviour is CPython's. complex pickles through dispatch_table as in
CPython.
"""

from _copyreg import __newobj__, __newobj_ex__, _reconstructor, _slotnames

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def _reduce_ex(self, proto):
    # copyreg's helper for protocols 0 and 1 (object.__reduce_ex__ has its
    # own copy of these rules in Go)
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if base.__module__ == 'builtins' or not hasattr(base, '__dict__'):
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        getstate = None
    if getstate is None or (type(self).__getstate__ is object.__getstate__ and getattr(self, "__slots__", None)):
        if getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    else:
        return _reconstructor, args


# The extension registry: (module, name) <-> code, for EXT1/EXT2/EXT4.
_extension_registry = {}                # key -> code
_inverted_registry = {}                 # code -> key
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return  # Redundant registrations are benign
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
