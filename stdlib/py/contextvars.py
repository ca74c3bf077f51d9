"""contextvars: ContextVar (get, set, reset, name), Token (var, old_value,
MISSING), Context (run, copy, mapping methods), copy_context.

Each thread (each request, see threading) has its own current Context,
so a value set in one request is not seen by another; Context.run runs
a function in another context and restores the caller's after it.
Differences from CPython: there is no asyncio, so no task gets a copied
context; a Context is a plain mapping copied on write (CPython shares
structure with a HAMT).
"""
import _thread

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_current_key = ('contextvars', 'current')


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()


def _current():
    d = _thread._gowsgi_thread_dict()
    ctx = d.get(_current_key)
    if ctx is None:
        ctx = Context()
        d[_current_key] = ctx
    return ctx


def _set_current(ctx):
    _thread._gowsgi_thread_dict()[_current_key] = ctx


def copy_context():
    """A copy of the running thread's current context."""
    return _current().copy()


class Context:
    """A mapping of ContextVars to their values."""

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, *args, **kwargs):
        if self._entered:
            raise RuntimeError('cannot enter context: %r is already entered' % (self,))
        saved = _current()
        self._entered = True
        _set_current(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _set_current(saved)
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()


class ContextVar:
    """A variable whose value belongs to the current context."""

    __slots__ = ('_name', '_default')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError('get() takes at most 1 argument (%d given)' % len(args))
        ctx = _current()
        try:
            return ctx._data[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        old = ctx._data.get(self, _MISSING)
        # copy on write: a context copied earlier keeps its values
        data = dict(ctx._data)
        data[self] = value
        ctx._data = data
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError("%r was created in a different Context" % (token,))
        data = dict(ctx._data)
        if token._old is _MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old
        ctx._data = data
        token._used = True

    def __repr__(self):
        r = '<ContextVar name=%r' % self._name
        if self._default is not _MISSING:
            r += ' default=%r' % (self._default,)
        return r + ' at 0x%x>' % id(self)

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        return cls


class Token:
    """What ContextVar.set returns, for ContextVar.reset."""

    MISSING = _MISSING

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        return '<Token%s var=%r at 0x%x>' % (' used' if self._used else '', self._var, id(self))
