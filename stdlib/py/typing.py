"""typing: enough of the typing module for annotations in real code.

Provides Any, Union, Optional, Literal, ClassVar, Final, Annotated,
NoReturn, Never, Self, LiteralString, TypeAlias, Required, NotRequired,
TypeGuard; the generic aliases List, Dict, Set, FrozenSet, Tuple, Type,
Callable, DefaultDict, OrderedDict, Counter, Deque, ChainMap, Iterable,
Iterator, Generator, Mapping, MutableMapping, Sequence, MutableSequence,
AbstractSet, MutableSet, Collection, Container, Sized, Hashable,
KeysView, ItemsView, ValuesView, Awaitable, Pattern, Match, ContextManager;
TypeVar, ParamSpec, AnyStr, Text, ForwardRef, Generic, Protocol,
runtime_checkable, NamedTuple, TypedDict, NewType, cast, overload,
get_overloads, final, no_type_check, TYPE_CHECKING, get_type_hints,
get_origin, get_args, assert_never, reveal_type, IO, TextIO, BinaryIO,
SupportsInt/Float/Index/Abs/Bytes/Round/Complex.

Subscription (Optional[int], Dict[str, int], List["X"], Callable[[int],
str], Tuple[int, ...]) gives objects with __origin__, __args__ and
CPython's repr ('typing.Optional[int]'); isinstance() works with the
unsubscripted aliases and with Union/Optional, as in CPython 3.11.

Differences from CPython: gowsgi has no __mro_entries__, so subscripting
a class (Generic[T], Protocol[T], a user generic class Foo[int]) returns
the class itself, and a subscripted alias (Mapping[str, int]) can be a
base class only when it is the sole base. Generic and Protocol use a
metaclass deriving from abc.ABCMeta. Nothing is type-checked.
"""
import sys
import types
import collections
import collections.abc as _abc
from abc import ABCMeta, abstractmethod

TYPE_CHECKING = False
_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg='Parameters to generic types must be types.'):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, (int, float, bytes, tuple, list, dict)):
        raise TypeError('%s Got %.100r.' % (msg, arg))
    return arg


def _tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _collect_parameters(args):
    out = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec)):
            if a not in out:
                out.append(a)
        else:
            for p in getattr(a, '__parameters__', ()) if not isinstance(a, type) else ():
                if p not in out:
                    out.append(p)
    return tuple(out)


class _Final:
    """Base of typing's internal objects."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return getattr(self, '_name', None) or repr(self)


def _make_class_from_bases(name, bases, ns, kw=None):
    # gowsgi has no __mro_entries__: a class statement whose only base is
    # an alias calls the alias's type with (name, bases, namespace).
    new_bases = []
    for b in bases:
        if isinstance(b, _BaseGenericAlias):
            for e in b.__mro_entries__(bases):
                if e not in new_bases:
                    new_bases.append(e)
        else:
            new_bases.append(b)
    meta = type
    for b in new_bases:
        if issubclass(type(b), meta):
            meta = type(b)
    ns = dict(ns)
    ns['__orig_bases__'] = tuple(list(bases))  # gowsgi reuses the bases tuple
    return meta(name, tuple(new_bases), ns)


def _is_class_statement(args):
    return (len(args) == 3 and isinstance(args[0], str)
            and isinstance(args[1], tuple) and isinstance(args[2], dict))


# ---- special forms -------------------------------------------------------

class _SpecialForm(_Final):
    def __new__(cls, *args, **kw):
        if _is_class_statement(args):
            raise TypeError('Cannot subclass %r' % (args[1][0],))
        return object.__new__(cls)

    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError('%r is not subscriptable' % (self,))
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % (self,))

    def __instancecheck__(self, obj):
        raise TypeError('%r cannot be used with isinstance()' % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError('%r cannot be used with issubclass()' % (self,))

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)


def _union_getitem(self, params):
    if params == ():
        raise TypeError('Cannot take a Union of no types.')
    params = _tuple(params)
    flat = []
    for p in params:
        p = _type_check(p, 'Union[arg, ...]: each arg must be a type.')
        if isinstance(p, _UnionGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    args = []
    for p in flat:
        if p not in args:
            args.append(p)
    if len(args) == 1:
        return args[0]
    return _UnionGenericAlias(Union, tuple(args))


def _optional_getitem(self, params):
    arg = _type_check(params, 'Optional[t] requires a single type.')
    return Union[arg, None]


def _literal_getitem(self, params):
    params = _tuple(params)
    args = []
    seen = []
    for p in params:
        key = (p, type(p))
        if key not in seen:
            seen.append(key)
            args.append(p)
    return _LiteralGenericAlias(Literal, tuple(args))


def _single_getitem(self, params):
    item = _type_check(params, '%s accepts only single type.' % (self._name,))
    return _GenericAlias(self, (item,))


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two '
                        'arguments (a type and an annotation).')
    return _AnnotatedAlias(_type_check(params[0]), params[1:])


def _never_getitem(self, params):
    raise TypeError('%r is not subscriptable' % (self,))


Any = _SpecialForm('Any', doc='Special type indicating an unconstrained type.')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
ClassVar = _SpecialForm('ClassVar', _single_getitem)
Final = _SpecialForm('Final', _single_getitem)
Required = _SpecialForm('Required', _single_getitem)
NotRequired = _SpecialForm('NotRequired', _single_getitem)
TypeGuard = _SpecialForm('TypeGuard', _single_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)
Concatenate = _SpecialForm('Concatenate', lambda self, p: _GenericAlias(self, _tuple(p)))


# ---- ForwardRef, TypeVar -------------------------------------------------

class ForwardRef(_Final):
    """A string annotation, evaluated later by get_type_hints."""

    def __init__(self, arg, is_argument=True, module=None):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        try:
            compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError('Forward reference must be an expression -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        return _eval_type(eval(self.__forward_arg__, globalns, localns),
                          globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except Exception:
        return '__main__'


class TypeVar(_Final):
    """Type variable: T = TypeVar('T'); repr ~T (+T covariant, -T
    contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__module__ = _caller_module()

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__


class ParamSpec(TypeVar):
    """Parameter specification variable (repr ~P)."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant,
                         contravariant=contravariant)
        self.__module__ = _caller_module()

    @property
    def args(self):
        return _GenericAlias(self, (), name=self.__name__ + '.args')

    @property
    def kwargs(self):
        return _GenericAlias(self, (), name=self.__name__ + '.kwargs')


# ---- generic aliases -----------------------------------------------------

class _BaseGenericAlias(_Final):
    def __new__(cls, *args, **kw):
        if _is_class_statement(args):
            return _make_class_from_bases(*args, **kw)
        return object.__new__(cls)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, type):
            return (origin,)
        raise TypeError('Cannot subclass %r' % (self,))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__.lower()))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') or attr.startswith('_'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and '
                        'instance checks')


class _GenericAlias(_BaseGenericAlias):
    """A subscripted generic: List[int], Dict[str, T], ClassVar[int]."""

    def __init__(self, origin, args, inst=True, name=None):
        self.__origin__ = origin
        self.__args__ = tuple(args)
        self.__parameters__ = _collect_parameters(self.__args__)
        self._inst = inst
        self._name = name

    def _repr_name(self):
        if self._name:
            return 'typing.' + self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        if self._name and self._name.endswith(('.args', '.kwargs')):
            return self._name
        args = self.__args__
        if not args:
            inner = '()'
        else:
            inner = ', '.join(_type_repr(a) for a in args)
        return '%s[%s]' % (self._repr_name(), inner)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        if not self.__parameters__:
            raise TypeError('%r is not a generic class' % (self,))
        params = tuple(_type_check(p) for p in _tuple(params))
        if len(params) != len(self.__parameters__):
            raise TypeError('Too %s arguments for %r; actual %d, expected %d' % (
                'many' if len(params) > len(self.__parameters__) else 'few',
                self, len(params), len(self.__parameters__)))
        subst = dict(zip(self.__parameters__, params))
        return self.copy_with(tuple(_subst(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return type(self)(self.__origin__, args, inst=self._inst, name=self._name)


def _subst(arg, subst):
    if isinstance(arg, TypeVar):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.copy_with(tuple(_subst(a, subst) for a in arg.__args__))
    return arg


class _UnionGenericAlias(_GenericAlias):
    def __init__(self, origin, args, inst=True, name=None):
        _GenericAlias.__init__(self, origin, args, inst=False, name='Union')

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[0] if args[1] is _NoneType else args[1]
            return 'typing.Optional[%s]' % (_type_repr(other),)
        return _GenericAlias.__repr__(self)

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if not isinstance(a, type) and not isinstance(a, _SpecialGenericAlias):
                raise TypeError('Subscripted generics cannot be used with class '
                                'and instance checks')
        for a in self.__args__:
            if issubclass(cls, a):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias):
    def __init__(self, origin, args, inst=True, name=None):
        _GenericAlias.__init__(self, origin, args, inst=False, name='Literal')

    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join(repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((a, type(a)) for a in self.__args__) == \
            set((a, type(a)) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((a, type(a)) for a in self.__args__))


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,), name='Annotated')
        self.__metadata__ = tuple(metadata)

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (
            _type_repr(self.__origin__), ', '.join(repr(m) for m in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__metadata__ == other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kw):
        return self.__origin__(*args, **kw)


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return 'typing.Callable[..., %s]' % (_type_repr(args[1]),)
        return 'typing.Callable[[%s], %s]' % (
            ', '.join(_type_repr(a) for a in args[:-1]), _type_repr(args[-1]))

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name='Callable')


class _SpecialGenericAlias(_BaseGenericAlias):
    """An unsubscripted alias: List, Dict, Mapping, ..."""

    def __init__(self, origin, nparams, inst=True, name=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name or origin.__name__

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = tuple(_type_check(p) for p in _tuple(params))
        if len(params) != self._nparams:
            raise TypeError('Too %s arguments for %r; actual %d, expected %d' % (
                'many' if len(params) > self._nparams else 'few',
                self, len(params), self._nparams))
        return _GenericAlias(self.__origin__, params, inst=self._inst, name=self._name)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), inst=False, name='Tuple')
        params = _tuple(params)
        if len(params) == 2 and params[1] is ...:
            return _GenericAlias(tuple, (_type_check(params[0]), ...),
                                 inst=False, name='Tuple')
        return _GenericAlias(tuple, tuple(_type_check(p) for p in params),
                             inst=False, name='Tuple')


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if args is ...:
            return _CallableGenericAlias(self.__origin__, (..., _type_check(result)),
                                         name='Callable')
        if not isinstance(args, (list, tuple)):
            raise TypeError('Callable[args, result]: args must be a list. Got %.100r.'
                            % (args,))
        return _CallableGenericAlias(
            self.__origin__,
            tuple(_type_check(a) for a in args) + (_type_check(result),),
            name='Callable')


def _alias(origin, n, inst=True, name=None):
    return _SpecialGenericAlias(origin, n, inst=inst, name=name)


def _abc_class(name):
    cls = getattr(_abc, name, None)
    if cls is None:
        cls = ABCMeta(name, (), {'__module__': 'collections.abc'})
    return cls


List = _alias(list, 1, inst=False, name='List')
Dict = _alias(dict, 2, inst=False, name='Dict')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
Type = _alias(type, 1, name='Type')
Callable = _CallableType(_abc.Callable, 2, name='Callable')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
Deque = _alias(collections.deque, 1, name='Deque')
ChainMap = _alias(collections.ChainMap, 2)
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Generator = _alias(_abc.Generator, 3)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
AbstractSet = _alias(_abc.Set, 1, name='AbstractSet')
MutableSet = _alias(_abc.MutableSet, 1)
Collection = _alias(_abc.Collection, 1)
Container = _alias(_abc.Container, 1)
Sized = _alias(_abc.Sized, 0)
Hashable = _alias(_abc.Hashable, 0)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
MappingView = _alias(_abc.MappingView, 1)
Awaitable = _alias(_abc.Awaitable, 1)
Reversible = _alias(_abc_class('Reversible'), 1)
Coroutine = _alias(_abc_class('Coroutine'), 3)
AsyncIterable = _alias(_abc_class('AsyncIterable'), 1)
AsyncIterator = _alias(_abc_class('AsyncIterator'), 1)
AsyncGenerator = _alias(_abc_class('AsyncGenerator'), 2)
ContextManager = _alias(_abc_class('AbstractContextManager'), 1,
                        name='ContextManager')
AsyncContextManager = _alias(_abc_class('AbstractAsyncContextManager'), 1,
                             name='AsyncContextManager')
try:
    import re as _re
    Pattern = _alias(type(_re.compile('')), 1, name='Pattern')
    Match = _alias(type(_re.match('', '')), 1, name='Match')
except Exception:
    pass
Text = str
AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'


# ---- Generic and Protocol ------------------------------------------------

class _GenericMeta(ABCMeta):
    def __getitem__(cls, params):
        params = _tuple(params)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError('Parameter list to %s[...] cannot be empty'
                                % (cls.__qualname__,))
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError('Parameters to %s[...] must all be type '
                                    'variables or parameter specification variables.'
                                    % (cls.__qualname__,))
        return cls


class Generic(metaclass=_GenericMeta):
    """Abstract base class for generic types: class C(Generic[T])."""
    __slots__ = ()


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for attr in base.__dict__:
            if not attr.startswith('_abc_') and attr not in (
                    '__abstractmethods__', '__annotations__', '__weakref__',
                    '__dict__', '__args__', '__slots__', '__next_in_mro__',
                    '__parameters__', '__origin__', '__orig_bases__', '__extra__',
                    '__tree_hash__', '__doc__', '__subclasshook__', '__init__',
                    '__new__', '__module__', '_MutableMapping__marker',
                    '_is_protocol', '_is_runtime_protocol', '__qualname__',
                    '__protocol_attrs__'):
                attrs.add(attr)
    return attrs


class _ProtocolMeta(_GenericMeta):
    def __new__(mcls, name, bases, ns, **kw):
        cls = ABCMeta.__new__(mcls, name, bases, ns, **kw)
        cls._is_protocol = (name == 'Protocol' and ns.get('__module__') == 'typing'
                            or any(b is globals().get('Protocol') for b in bases))
        return cls

    def __instancecheck__(cls, instance):
        if not getattr(cls, '_is_protocol', False) or cls.__dict__.get('_is_protocol') is None:
            return ABCMeta.__instancecheck__(cls, instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        if ABCMeta.__instancecheck__(cls, instance):
            return True
        for attr in _protocol_attrs(cls):
            if not hasattr(instance, attr):
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls.__dict__.get('_is_protocol') and not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        if cls.__dict__.get('_is_protocol'):
            for attr in _protocol_attrs(cls):
                if not any(attr in b.__dict__ for b in other.__mro__):
                    return ABCMeta.__subclasscheck__(cls, other)
            return True
        return ABCMeta.__subclasscheck__(cls, other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""
    __slots__ = ()


def runtime_checkable(cls):
    """Mark a protocol class as usable with isinstance/issubclass."""
    if not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol '
                        'classes, got %r' % (cls,))
    cls._is_runtime_protocol = True
    return cls


runtime = runtime_checkable


def _supports(name, method):
    ns = {method: abstractmethod(lambda self: None), '__module__': 'typing'}
    cls = _ProtocolMeta(name, (Protocol,), ns)
    cls._is_runtime_protocol = True
    return cls


SupportsInt = _supports('SupportsInt', '__int__')
SupportsFloat = _supports('SupportsFloat', '__float__')
SupportsComplex = _supports('SupportsComplex', '__complex__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsAbs = _supports('SupportsAbs', '__abs__')
SupportsRound = _supports('SupportsRound', '__round__')


class IO(Generic):
    """Generic base class for file-like objects."""


class TextIO(IO):
    """Typed version of the return of open() in text mode."""


class BinaryIO(IO):
    """Typed version of the return of open() in binary mode."""


# ---- NamedTuple, TypedDict, NewType --------------------------------------

def _make_nmtuple(name, fields, module, defaults=()):
    fields = list(fields)
    names = [n for n, t in fields]
    nt = collections.namedtuple(name, names, defaults=defaults, module=module)
    try:
        nt.__annotations__ = dict((n, _type_check(t)) for n, t in fields)
    except Exception:
        pass
    return nt


class _NamedTupleFactory:
    # NamedTuple is an instance, not a class: calling it is the functional
    # syntax, and a class statement with it as base calls its type with
    # (name, bases, namespace), which builds the namedtuple.
    def __new__(cls, *args, **kw):
        if _is_class_statement(args):
            return _namedtuple_from_class(*args)
        return object.__new__(cls)

    def __call__(self, typename, fields=None, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError('Either list of fields or keywords can be provided '
                            'to NamedTuple, not both')
        return _make_nmtuple(typename, fields, _caller_module())

    def __repr__(self):
        return '<function NamedTuple>'


def _namedtuple_from_class(typename, bases, ns):
    ann = ns.get('__annotations__')
    if ann is None:
        # gowsgi keeps no class annotations: fields with defaults only
        ann = dict((k, Any) for k, v in ns.items()
                   if not k.startswith('_') and not callable(v)
                   and not isinstance(v, (staticmethod, classmethod, property)))
    defaults = []
    for field in ann:
        if field in ns:
            defaults.append(ns[field])
        elif defaults:
            raise TypeError('Non-default namedtuple field %s cannot follow '
                            'default field%s %s' % (
                                field, 's' if len(defaults) > 1 else '',
                                ', '.join(list(ann)[:len(defaults)])))
    nt = _make_nmtuple(typename, ann.items(), ns.get('__module__', '__main__'),
                       defaults)
    for key, val in ns.items():
        if key in ('__module__', '__qualname__', '__annotations__') or key in ann:
            continue
        if key in ('_make', '_replace', '_asdict', '_fields', '_field_defaults',
                   '__new__', '__init__', '__slots__', '__getnewargs__'):
            raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
        try:
            setattr(nt, key, val)
        except Exception:
            pass
    return nt


NamedTuple = _NamedTupleFactory()
NamedTuple.__doc__ = "Typed namedtuple: NamedTuple('P', [('x', int)]) or class syntax."


class _TypedDictType:
    # gowsgi ignores a metaclass's __call__, so TypedDict and the TypedDict
    # types are instances: calling one gives a plain dict, and a class
    # statement with one as base calls this type with (name, bases, ns).
    def __new__(cls, *args, **kw):
        self = object.__new__(cls)
        if _is_class_statement(args):
            self._setup(*args, **kw)
        return self

    def __init__(self, *args, **kw):
        pass

    def _setup(self, name, bases, ns, total=True):
        ann = {}
        required = set()
        optional = set()
        for b in bases:
            ann.update(getattr(b, '__annotations__', {}) or {})
            required.update(getattr(b, '__required_keys__', ()))
            optional.update(getattr(b, '__optional_keys__', ()))
        own = dict((k, _type_check(v)) for k, v in (ns.get('__annotations__') or {}).items())
        ann.update(own)
        for k, v in own.items():
            origin = getattr(v, '__origin__', None)
            if origin is Required:
                required.add(k)
            elif origin is NotRequired:
                optional.add(k)
            elif total:
                required.add(k)
            else:
                optional.add(k)
        for k, v in ns.items():
            if k not in ('__annotations__', '__qualname__'):
                setattr(self, k, v)
        self.__name__ = name
        self.__qualname__ = ns.get('__qualname__', name)
        self.__annotations__ = ann
        self.__required_keys__ = frozenset(required)
        self.__optional_keys__ = frozenset(optional)
        self.__total__ = bool(total)

    def __call__(self, *args, **kwargs):
        if self is TypedDict:
            return _typeddict_functional(*args, **kwargs)
        return dict(*args, **kwargs)

    def __repr__(self):
        return "<class '%s.%s'>" % (self.__module__, self.__qualname__)

    def __instancecheck__(self, obj):
        raise TypeError('TypedDict does not support instance and class checks')

    __subclasscheck__ = __instancecheck__


def _typeddict_functional(typename, fields=None, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': _caller_module(3)}
    return _TypedDictType(typename, (), ns, total=total)


TypedDict = _TypedDictType('TypedDict', (), {
    '__module__': 'typing',
    '__doc__': 'A simple typed namespace; at runtime a plain dict.'})


class NewType:
    """NewType('UserId', int): a callable returning its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---- functions -----------------------------------------------------------

def cast(typ, val):
    """Return val unchanged (a hint for type checkers)."""
    return val


def assert_type(val, typ):
    return val


def assert_never(arg):
    raise AssertionError('Expected code to be unreachable, but got: %s'
                         % (repr(arg)[:100],))


def reveal_type(obj):
    sys.stderr.write('Runtime type is %r\n' % (type(obj).__name__,))
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-'
        'decorated functions outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


def overload(func):
    """Register an overload variant; the returned stub raises when called."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Mark arg (a function or class) as not to be type-checked."""
    if isinstance(arg, type):
        for obj in list(arg.__dict__.values()):
            if isinstance(obj, types.FunctionType):
                obj.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = kwargs
        return cls_or_fn
    return decorator


def _eval_type(t, globalns, localns):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, str):
        return _eval_type(ForwardRef(t), globalns, localns)
    if isinstance(t, _GenericAlias) and not isinstance(t, _AnnotatedAlias):
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if args == t.__args__:
            return t
        if isinstance(t, _UnionGenericAlias):
            return Union[args]
        return t.copy_with(args)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """obj's annotations with string forward references evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                mod = sys.modules.get(base.__module__)
                g = getattr(mod, '__dict__', {})
            else:
                g = globalns
            l = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                g, l = l, g
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value)
                hints[name] = _eval_type(value, g, l)
    else:
        if globalns is None:
            if isinstance(obj, types.ModuleType):
                globalns = obj.__dict__
            else:
                nsobj = obj
                while hasattr(nsobj, '__wrapped__'):
                    nsobj = nsobj.__wrapped__
                globalns = getattr(nsobj, '__globals__', None)
                if globalns is None:
                    # gowsgi functions have no __globals__
                    mod = sys.modules.get(getattr(nsobj, '__module__', None))
                    globalns = getattr(mod, '__dict__', {})
            if localns is None:
                localns = globalns
        elif localns is None:
            localns = globalns
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            if isinstance(obj, (types.FunctionType, types.ModuleType, types.MethodType)):
                return {}
            raise TypeError('%r is not a module, class, method, or function.' % (obj,))
        for name, value in ann.items():
            if value is None:
                value = _NoneType
            if isinstance(value, str):
                value = ForwardRef(value)
            hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return dict((k, _strip_annotations(v)) for k, v in hints.items())


def get_origin(tp):
    """The unsubscripted form of tp: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias,)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """tp's type arguments: get_args(Dict[str, int]) == (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res[0] is not Ellipsis:
            res = (list(res[:-1]), res[-1])
        return res
    return ()


def is_typeddict(tp):
    return isinstance(tp, _TypedDictType) and tp is not TypedDict
