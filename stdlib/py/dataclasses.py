"""dataclasses: dataclass, field, Field, fields, asdict, astuple, replace,
is_dataclass, make_dataclass, FrozenInstanceError, InitVar, KW_ONLY,
MISSING.

@dataclass (with or without arguments: init, repr, eq, order,
unsafe_hash, frozen, match_args, kw_only) adds __init__ (calling
__post_init__), __repr__, __eq__, the ordering methods, __hash__,
__setattr__/__delattr__ for frozen classes, __match_args__ and
__dataclass_fields__, following CPython 3.11's rules (mutable default
check, non-default after default check, ClassVar and InitVar
pseudo-fields, inheritance of fields).

Differences from CPython: slots=True and weakref_slot are accepted and
ignored.
"""
import copy as _copy
import re as _re
import sys
import types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')


class _InitVarMeta(type):
    def __getitem__(cls, params):
        return InitVar(params)


class InitVar(metaclass=_InitVarMeta):
    """Marks an init-only pseudo-field: dataclasses.InitVar[int]."""

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % name


class Field:
    """A dataclass field, as returned by fields()."""

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = types.MappingProxyType(dict(metadata) if metadata else {})
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name={!r},type={!r},default={!r},default_factory={!r},'
                'init={!r},repr={!r},hash={!r},compare={!r},metadata={!r},'
                'kw_only={!r},_field_type={})'.format(
                    self.name, self.type, self.default, self.default_factory,
                    self.init, self.repr, self.hash, self.compare,
                    self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a field: its default or default_factory and its flags."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init={!r},repr={!r},eq={!r},order={!r},'
                'unsafe_hash={!r},frozen={!r})'.format(
                    self.init, self.repr, self.eq, self.order,
                    self.unsafe_hash, self.frozen))


# ---- class annotations (read from the source when the class has none) ----

_source_cache = {}
_KEYWORDS = {'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
             'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
             'except', 'finally', 'for', 'from', 'global', 'if', 'import',
             'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
             'return', 'try', 'while', 'with', 'yield', 'match', 'case'}
def _class_annotations(cls):
    return cls.__dict__.get('__annotations__') or {}


# ---- building the class --------------------------------------------------

def _is_classvar(tp):
    typing = sys.modules.get('typing')
    if typing is not None:
        if tp is typing.ClassVar or getattr(tp, '__origin__', None) is typing.ClassVar:
            return True
    if isinstance(tp, str):
        return _re.match(r'(typing\.)?ClassVar\b', tp.strip()) is not None
    return False


def _is_initvar(tp):
    if tp is InitVar or isinstance(tp, InitVar):
        return True
    if isinstance(tp, str):
        return _re.match(r'(dataclasses\.)?InitVar\b', tp.strip()) is not None
    return False


def _is_kw_only(tp):
    if tp is KW_ONLY:
        return True
    return isinstance(tp, str) and _re.match(r'(dataclasses\.)?KW_ONLY$', tp.strip()) is not None


def _get_field(cls, name, tp, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType if hasattr(types, 'MemberDescriptorType') else ()):
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(tp):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % f.name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and f.default is not MISSING and \
            type(f.default).__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use '
                         'default_factory' % (type(f.default), f.name))
    return f


def _defines(cls, name):
    # gowsgi copies a special method set on a class after its creation into
    # the __dict__ of subclasses made later: such a copy is inherited.
    if name not in cls.__dict__:
        return False
    v = cls.__dict__[name]
    return not any(b.__dict__.get(name, MISSING) is v for b in cls.__mro__[1:])


def _set_new_attribute(cls, name, value):
    if _defines(cls, name):
        return True
    setattr(cls, name, value)
    return False


def _create_fn(name, args, body, globals_, return_type=MISSING):
    src = 'def %s(%s):\n%s\n' % (name, ', '.join(args),
                                 '\n'.join('    ' + b for b in body) or '    pass')
    ns = {}
    exec(src, globals_, ns)
    return ns[name]


def _init_fn(cls, all_fields, std_fields, kw_only_fields, frozen, has_post_init):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument'
                                % (f.name,))
    globals_ = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
                '__dataclass_builtins_object__': object}
    args = ['self']

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default_factory is not MISSING:
            return '%s=_HAS_DEFAULT_FACTORY' % f.name
        globals_['_dflt_' + f.name] = f.default
        return '%s=_dflt_%s' % (f.name, f.name)

    for f in std_fields:
        if f.init:
            args.append(param(f))
    if kw_only_fields:
        args.append('*')
        for f in kw_only_fields:
            if f.init:
                args.append(param(f))
    body = []

    def assign(name, value):
        if frozen:
            return '__dataclass_builtins_object__.__setattr__(self, %r, %s)' % (name, value)
        return 'self.%s = %s' % (name, value)

    for f in all_fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            globals_['_dflt_factory_' + f.name] = f.default_factory
            if f.init:
                value = '_dflt_factory_%s() if %s is _HAS_DEFAULT_FACTORY else %s' % (
                    f.name, f.name, f.name)
            else:
                value = '_dflt_factory_%s()' % f.name
        elif f.init:
            value = f.name
        else:
            if f.default is MISSING:
                continue
            globals_['_dflt_' + f.name] = f.default
            value = '_dflt_' + f.name
        body.append(assign(f.name, value))
    if has_post_init:
        initvars = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
        body.append('self.__post_init__(%s)' % ', '.join(initvars))
    fn = _create_fn('__init__', args, body, globals_)
    ann = {}
    for f in std_fields + kw_only_fields:
        if f.init:
            ann[f.name] = f.type
    ann['return'] = None
    fn.__annotations__ = ann
    return fn


_repr_running = set()


def _repr_fn(fields_):
    names = [f.name for f in fields_ if f.repr]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = ['%s=%r' % (n, getattr(self, n)) for n in names]
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (type(self).__qualname__, ', '.join(parts))
    return __repr__


def _tuple_of(self, names):
    return tuple(getattr(self, n) for n in names)


def _cmp_fn(name, op, names):
    def fn(self, other):
        if other.__class__ is self.__class__:
            return op(_tuple_of(self, names), _tuple_of(other, names))
        return NotImplemented
    fn.__name__ = name
    return fn


def _frozen_fns(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    fields_ = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, '__dataclass_fields__', None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields_[f.name] = f
            if b.__dataclass_params__.frozen:
                any_frozen_base = True

    ann = _class_annotations(cls)
    own = []
    default_kw_only = kw_only
    seen_kw_only = False
    for name, tp in ann.items():
        if _is_kw_only(tp):
            if seen_kw_only:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been '
                                'specified' % (name,))
            seen_kw_only = True
            default_kw_only = True
            continue
        own.append(_get_field(cls, name, tp, default_kw_only))
    for f in own:
        fields_[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in ann:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    cls.__dataclass_fields__ = fields_
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order,
                                                unsafe_hash, frozen)
    class_hash = cls.__dict__.get('__hash__', MISSING) if _defines(cls, '__hash__') else MISSING
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and _defines(cls, '__eq__')))

    all_fields = list(fields_.values())
    init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_fields = [f for f in init_fields if not f.kw_only]
    kw_fields = [f for f in init_fields if f.kw_only]
    real = [f for f in all_fields if f._field_type is _FIELD]

    if init:
        fn = _init_fn(cls, all_fields, std_fields, kw_fields, frozen,
                      hasattr(cls, '__post_init__'))
        fn.__qualname__ = cls.__qualname__ + '.__init__'
        _set_new_attribute(cls, '__init__', fn)
    if repr:
        fn = _repr_fn(real)
        fn.__qualname__ = cls.__qualname__ + '.__repr__'
        _set_new_attribute(cls, '__repr__', fn)
    compare_names = [f.name for f in real if f.compare]
    if eq:
        fn = _cmp_fn('__eq__', lambda a, b: a == b, compare_names)
        fn.__qualname__ = cls.__qualname__ + '.__eq__'
        _set_new_attribute(cls, '__eq__', fn)
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        ops = [('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
               ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)]
        for name, op in ops:
            fn = _cmp_fn(name, op, compare_names)
            fn.__qualname__ = cls.__qualname__ + '.' + name
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s. '
                                'Consider using functools.total_ordering'
                                % (name, cls.__name__))
    if frozen:
        setter, deleter = _frozen_fns(cls, set(f.name for f in real))
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (name, cls.__name__))
    hash_names = [f.name for f in real
                  if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(_tuple_of(self, hash_names))

    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s'
                            % cls.__name__)
        cls.__hash__ = __hash__
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = __hash__
    elif eq and not has_explicit_hash:
        cls.__hash__ = None
    if not getattr(cls, '__doc__', None):
        try:
            import inspect
            text = str(inspect.signature(cls)).replace(' -> None', '')
        except (TypeError, ValueError, ImportError):
            text = ''
        cls.__doc__ = cls.__name__ + text
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_fields))
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add generated special methods to a class (see the module docs)."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance (pseudo-fields excluded)."""
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _convert(obj, factory, as_dict):
    if _is_dataclass_instance(obj):
        items = [(f.name, _convert(getattr(obj, f.name), factory, as_dict))
                 for f in fields(obj)]
        if as_dict:
            return factory(items)
        return factory([v for k, v in items])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, factory, as_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_dict) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory, as_dict), _convert(v, factory, as_dict))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, tuple_factory, False)


def replace(obj, /, **changes):
    """A new instance of obj's class with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot '
                                 'be specified with replace()' % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Create a dataclass named cls_name from (name[, type[, Field]]) specs."""
    ns = dict(namespace or {})
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    ns['__annotations__'] = annotations
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except Exception:
            module = '__main__'
    ns['__module__'] = module
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
