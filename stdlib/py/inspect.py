"""inspect: signature, Signature, Parameter, BoundArguments; isfunction,
ismethod, isclass, ismodule, isgeneratorfunction, isgenerator,
iscoroutinefunction, iscoroutine, isawaitable, isbuiltin, isroutine,
isabstract, ismethoddescriptor, isdatadescriptor; getmembers, getdoc,
cleandoc, getmodule, getfile, getsourcefile, getsource, getfullargspec,
unwrap, currentframe, stack.

Signatures are built from a function's __code__ (co_argcount,
co_posonlyargcount, co_kwonlyargcount, co_varnames, co_flags),
__defaults__, __kwdefaults__ and __annotations__. A bound method drops
its first parameter; a class uses the first Python-level __init__ in its
MRO minus self, else (); a callable instance uses its __call__;
functools.partial objects and __wrapped__ chains are followed. Builtins
(written in Go) have no signature: ValueError, as for CPython's builtins
without __text_signature__.

Differences from CPython: no source access (getsource raises OSError);
currentframe() is sys._getframe(1) when available, stack() is [];
coroutines do not exist in gowsgi, so iscoroutinefunction() is False.
"""
import sys
import types
from collections import OrderedDict

__all__ = ['signature', 'Signature', 'Parameter', 'BoundArguments',
           'isfunction', 'ismethod', 'isclass', 'ismodule', 'isbuiltin',
           'isroutine', 'isgeneratorfunction', 'isgenerator',
           'iscoroutinefunction', 'getmembers', 'getdoc', 'cleandoc',
           'getmodule', 'getfullargspec', 'unwrap']

CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200


# ---- predicates ----------------------------------------------------------

def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def isroutine(obj):
    return (isbuiltin(obj) or isfunction(obj) or ismethod(obj)
            or ismethoddescriptor(obj))


def _has_flag(f, flag):
    if ismethod(f):
        f = f.__func__
    code = getattr(f, '__code__', None)
    return isfunction(f) and code is not None and bool(code.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return False


def isawaitable(obj):
    return hasattr(type(obj), '__await__')


def isabstract(obj):
    return bool(isclass(obj) and getattr(obj, '__abstractmethods__', None))


def istraceback(obj):
    return type(obj).__name__ == 'traceback'


def isframe(obj):
    return type(obj).__name__ == 'frame'


def iscode(obj):
    return isinstance(obj, types.CodeType)


# ---- members, docs, modules ---------------------------------------------

def getmembers(obj, predicate=None):
    """(name, value) pairs of the attributes of obj, sorted by name."""
    results = []
    for key in dir(obj):
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    """Clean up indentation of a docstring (see the module docs)."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            if margin is None or indent < margin:
                margin = indent
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    """obj's docstring, cleaned; inherited from base classes when absent."""
    try:
        doc = obj.__doc__
    except AttributeError:
        return None
    if doc is None and isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                continue
            doc = getattr(base, '__doc__', None)
            if doc is not None:
                break
    if doc is None and (ismethod(obj) or isfunction(obj)):
        name = getattr(obj, '__name__', None)
        cls = None
        if ismethod(obj):
            cls = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
        if cls is not None and name:
            for base in cls.__mro__:
                if base is object:
                    continue
                f = base.__dict__.get(name)
                d = getattr(f, '__doc__', None)
                if d is not None:
                    doc = d
                    break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(obj, _filename=None):
    """The module obj was defined in, or None (best effort)."""
    if ismodule(obj):
        return obj
    name = getattr(obj, '__module__', None)
    if name is None and ismethod(obj):
        name = getattr(obj.__func__, '__module__', None)
    if name is None:
        return None
    return sys.modules.get(name)


def getfile(obj):
    if ismodule(obj):
        f = getattr(obj, '__file__', None)
        if f:
            return f
        raise TypeError('{!r} is a built-in module'.format(obj))
    if isclass(obj):
        mod = getmodule(obj)
        f = getattr(mod, '__file__', None)
        if f:
            return f
        raise TypeError('{!r} is a built-in class'.format(obj))
    if ismethod(obj):
        obj = obj.__func__
    code = getattr(obj, '__code__', None)
    if code is not None:
        return code.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(obj).__name__))


def getsourcefile(obj):
    f = getfile(obj)
    return f if f.endswith('.py') else None


def getsource(obj):
    raise OSError('could not get source code')


def getsourcelines(obj):
    raise OSError('could not get source code')


def currentframe():
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return None
    try:
        return getframe(1)
    except Exception:
        return None


def stack(context=1):
    return []


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain of func."""
    seen = set()
    f = func
    while hasattr(f, '__wrapped__'):
        if stop is not None and stop(f):
            break
        seen.add(id(f))
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
    return f


# ---- Parameter -----------------------------------------------------------

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker: no value given."""


_KIND_NAMES = ('POSITIONAL_ONLY', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL',
               'KEYWORD_ONLY', 'VAR_KEYWORD')
_KIND_DESCRIPTIONS = ('positional-only', 'positional or keyword',
                      'variadic positional', 'keyword-only',
                      'variadic keyword')


class _ParameterKind(int):
    @property
    def name(self):
        return _KIND_NAMES[int(self)]

    @property
    def value(self):
        return int(self)

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[int(self)]

    def __str__(self):
        return _KIND_NAMES[int(self)]

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (_KIND_NAMES[int(self)], int(self))

    def __hash__(self):
        return int(self)


_POSITIONAL_ONLY = _ParameterKind(0)
_POSITIONAL_OR_KEYWORD = _ParameterKind(1)
_VAR_POSITIONAL = _ParameterKind(2)
_KEYWORD_ONLY = _ParameterKind(3)
_VAR_KEYWORD = _ParameterKind(4)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default, annotation."""

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in (0, 1, 2, 3, 4) or isinstance(kind, bool):
            raise ValueError('value {!r} is not a valid Parameter.kind'.format(kind))
        kind = _ParameterKind(kind)
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(
                kind.description))
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, default=_void, annotation=_void):
        return type(self)(
            self._name if name is _void else name,
            self._kind if kind is _void else kind,
            default=self._default if default is _void else default,
            annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        s = self._name
        if self._annotation is not _empty:
            s = '{}: {}'.format(s, formatannotation(self._annotation))
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            s = s + sep + repr(self._default)
        if self._kind == _VAR_POSITIONAL:
            s = '*' + s
        elif self._kind == _VAR_KEYWORD:
            s = '**' + s
        return s

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._name, int(self._kind), self._annotation, self._default))


# ---- BoundArguments ------------------------------------------------------

class BoundArguments:
    """The result of Signature.bind: arguments (a dict), args, kwargs."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        out = []
        for p in self._signature.parameters.values():
            if p.kind in (_KEYWORD_ONLY, _VAR_KEYWORD) or p.name not in self.arguments:
                break
            if p.kind == _VAR_POSITIONAL:
                out.extend(self.arguments[p.name])
            else:
                out.append(self.arguments[p.name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        in_args = True
        for p in self._signature.parameters.values():
            if in_args and (p.kind in (_KEYWORD_ONLY, _VAR_KEYWORD)
                            or p.name not in self.arguments):
                in_args = False
            if in_args or p.name not in self.arguments or p.kind == _VAR_POSITIONAL:
                continue
            if p.kind == _VAR_KEYWORD:
                out.update(self.arguments[p.name])
            else:
                out[p.name] = self.arguments[p.name]
        return out

    def apply_defaults(self):
        """Set the default values of the parameters not bound."""
        new = {}
        for p in self._signature.parameters.values():
            if p.name in self.arguments:
                new[p.name] = self.arguments[p.name]
            elif p.default is not _empty:
                new[p.name] = p.default
            elif p.kind == _VAR_POSITIONAL:
                new[p.name] = ()
            elif p.kind == _VAR_KEYWORD:
                new[p.name] = {}
        self.arguments = new

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        parts = ['{}={!r}'.format(k, v) for k, v in self.arguments.items()]
        return '<{} ({})>'.format(type(self).__name__, ', '.join(parts))


# ---- Signature -----------------------------------------------------------

class _Parameters(types.MappingProxyType):
    def __str__(self):
        return str(self._m)


class Signature:
    """A callable's parameters (an ordered mapping) and return annotation."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = OrderedDict()
        if parameters is not None:
            last_kind = _POSITIONAL_ONLY
            seen_default = False
            for p in parameters:
                if __validate_parameters__:
                    if p.kind < last_kind:
                        raise ValueError(
                            'wrong parameter order: {} parameter before {} '
                            'parameter'.format(last_kind.description,
                                               p.kind.description))
                    if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if p.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows '
                                                 'default argument')
                        else:
                            seen_default = True
                    if p.name in params:
                        raise ValueError('duplicate parameter name: {!r}'.format(p.name))
                last_kind = p.kind
                params[p.name] = p
        self._parameters = _Parameters(params)
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return _signature(obj, follow_wrapped, cls)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _bind(self, args, kwargs, partial):
        kwargs = dict(kwargs)
        params = list(self._parameters.values())
        arguments = {}
        positional = [p for p in params
                      if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD)]
        var_pos = [p for p in params if p.kind == _VAR_POSITIONAL]
        var_kw = [p for p in params if p.kind == _VAR_KEYWORD]
        if len(args) > len(positional) and not var_pos:
            raise TypeError('too many positional arguments')
        for p, value in zip(positional, args):
            if p.kind == _POSITIONAL_OR_KEYWORD and p.name in kwargs:
                raise TypeError('multiple values for argument {!r}'.format(p.name))
            arguments[p.name] = value
        if var_pos and len(args) > len(positional):
            arguments[var_pos[0].name] = tuple(args[len(positional):])
        for p in params:
            if p.name in arguments or p.kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                continue
            if p.kind == _POSITIONAL_ONLY:
                if p.name in kwargs:
                    raise TypeError('{!r} parameter is positional only, but was '
                                    'passed as a keyword'.format(p.name))
            elif p.name in kwargs:
                arguments[p.name] = kwargs.pop(p.name)
                continue
            if p.default is _empty and not partial:
                raise TypeError('missing a required argument: {!r}'.format(p.name))
        if kwargs:
            if not var_kw:
                raise TypeError('got an unexpected keyword argument {!r}'.format(
                    next(iter(kwargs))))
            arguments[var_kw[0].name] = kwargs
        # keep the parameters' order
        ordered = {}
        for p in params:
            if p.name in arguments:
                ordered[p.name] = arguments[p.name]
        return BoundArguments(self, ordered)

    def bind(self, *args, **kwargs):
        """Map args and kwargs to the parameters; TypeError if they don't fit."""
        return self._bind(args, kwargs, False)

    def bind_partial(self, *args, **kwargs):
        """Like bind, but required arguments may be missing."""
        return self._bind(args, kwargs, True)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.items()) == list(other._parameters.items()))

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((tuple(self._parameters.values()), self._return_annotation))

    def __str__(self):
        out = []
        slash = False
        star = True
        for p in self._parameters.values():
            if slash and p.kind != _POSITIONAL_ONLY:
                out.append('/')
                slash = False
            if p.kind == _POSITIONAL_ONLY:
                slash = True
            if p.kind == _VAR_POSITIONAL:
                star = False
            elif p.kind == _KEYWORD_ONLY and star:
                out.append('*')
                star = False
            out.append(str(p))
        if slash:
            out.append('/')
        s = '({})'.format(', '.join(out))
        if self._return_annotation is not _empty:
            s += ' -> {}'.format(formatannotation(self._return_annotation))
        return s

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)


def _from_function(func, cls):
    code = func.__code__
    npos = code.co_argcount
    nposonly = getattr(code, 'co_posonlyargcount', 0)
    nkw = code.co_kwonlyargcount
    names = code.co_varnames
    flags = code.co_flags
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, '__annotations__', None) or {}
    first_default = npos - len(defaults)
    params = []
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    idx = npos + nkw
    if flags & CO_VARARGS:
        name = names[idx]
        params.append(Parameter(name, _VAR_POSITIONAL,
                                annotation=annotations.get(name, _empty)))
        idx += 1
    for i in range(npos, npos + nkw):
        name = names[i]
        params.append(Parameter(name, _KEYWORD_ONLY,
                                default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if flags & CO_VARKEYWORDS:
        name = names[idx]
        params.append(Parameter(name, _VAR_KEYWORD,
                                annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_POSITIONAL,):
        return sig
    if params[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
        raise ValueError('invalid method signature')
    return sig.replace(parameters=params[1:])


def _from_partial(sig, obj):
    try:
        ba = sig.bind_partial(*obj.args, **obj.keywords)
    except TypeError:
        raise ValueError('partial object {!r} has incorrect arguments'.format(obj))
    out = []
    keyword_mode = False
    for p in sig.parameters.values():
        if p.name in ba.arguments and p.kind not in (_VAR_POSITIONAL, _VAR_KEYWORD):
            if p.name in obj.keywords:
                if p.kind == _POSITIONAL_OR_KEYWORD:
                    keyword_mode = True
                    p = p.replace(default=ba.arguments[p.name], kind=_KEYWORD_ONLY)
                else:
                    p = p.replace(default=ba.arguments[p.name])
                out.append(p)
            continue
        if keyword_mode and p.kind == _POSITIONAL_OR_KEYWORD:
            p = p.replace(kind=_KEYWORD_ONLY)
        if p.kind == _VAR_POSITIONAL and keyword_mode:
            continue
        out.append(p)
    return sig.replace(parameters=out)


def _signature(obj, follow_wrapped, cls):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        return _drop_first(_signature(obj.__func__, follow_wrapped, cls))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if ismethod(obj):
            return _signature(obj, follow_wrapped, cls)
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ '
                            'attribute'.format(sig))
        return sig
    if isfunction(obj) or hasattr(obj, '__code__'):
        return _from_function(obj, cls)
    if type(obj).__name__ == 'partial' and hasattr(obj, 'func'):
        return _from_partial(_signature(obj.func, follow_wrapped, cls), obj)
    if isclass(obj):
        for base in obj.__mro__:
            if base is object:
                break
            for name in ('__new__', '__init__'):
                f = base.__dict__.get(name)
                if name == '__new__' and isinstance(f, staticmethod):
                    f = f.__func__
                if f is not None and hasattr(f, '__code__'):
                    return _drop_first(_from_function(f, cls))
        return cls()
    if isbuiltin(obj) or isroutine(obj):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    call = getattr(type(obj), '__call__', None)
    if call is not None and hasattr(call, '__code__'):
        return _drop_first(_from_function(call, cls))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def signature(obj, *, follow_wrapped=True):
    """The Signature of callable obj."""
    return _signature(obj, follow_wrapped, Signature)


class FullArgSpec(tuple):
    _fields = ('args', 'varargs', 'varkw', 'defaults', 'kwonlyargs',
               'kwonlydefaults', 'annotations')

    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __getattr__(self, name):
        if name in FullArgSpec._fields:
            return self[FullArgSpec._fields.index(name)]
        raise AttributeError(name)

    def __repr__(self):
        return 'FullArgSpec(' + ', '.join(
            '{}={!r}'.format(n, v) for n, v in zip(self._fields, self)) + ')'


def getfullargspec(func):
    """FullArgSpec(args, varargs, varkw, defaults, kwonlyargs,
    kwonlydefaults, annotations) of func (self included for methods)."""
    try:
        sig = _signature(func, False, Signature)
    except Exception:
        raise TypeError('unsupported callable')
    if ismethod(func):
        sig = _signature(func.__func__, False, Signature)
    args, kwonly = [], []
    varargs = varkw = None
    defaults, kwdefaults, annotations = (), {}, {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for p in sig.parameters.values():
        if p.annotation is not _empty:
            annotations[p.name] = p.annotation
        if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(p.name)
            if p.default is not _empty:
                defaults += (p.default,)
        elif p.kind == _VAR_POSITIONAL:
            varargs = p.name
        elif p.kind == _KEYWORD_ONLY:
            kwonly.append(p.name)
            if p.default is not _empty:
                kwdefaults[p.name] = p.default
        else:
            varkw = p.name
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonly,
                       kwdefaults or None, annotations)
