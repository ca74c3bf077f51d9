"""enum: Enum, IntEnum, StrEnum, ReprEnum, Flag, IntFlag, FlagBoundary
(STRICT, CONFORM, EJECT, KEEP), auto, unique, EnumType (= EnumMeta).

As in CPython 3.11: members are instances of the class with .name and
.value, looked up by value (Color(1)), by name (Color['RED']) and as
attributes; a repeated value makes an alias; the class iterates its
canonical members, has len() and __members__ (aliases included);
reassigning a member raises AttributeError; an enum with members cannot be
subclassed; the functional API Enum('Name', 'A B') / [(name, value)] /
{name: value} (with module=, qualname=, type=, start=). repr <Color.RED: 1>,
str Color.RED; ReprEnum subclasses (IntEnum, StrEnum, IntFlag) keep the
mixed-in type's str() and format(). A class's own __new__ makes its
members and __init__ receives the value's items (Planet). Flag members
combine with | & ^ ~ into cached pseudo-members named A|B (repr
<Perm.A|B: 3>, <Perm: 0> for no bits), iterate their canonical bits;
only single-bit members are canonical; Flag rejects unknown bits (STRICT,
CPython's multi-line ValueError), IntFlag keeps them (KEEP).
Differences from CPython: auto() values used in the class body (READ |
WRITE) are resolved when the class is made, not at assignment, so only
the operators | & ^ ~ + - work on them there; __members__ is a fresh dict,
not a mappingproxy; enum.property, member/nonmember, verify and
global_enum are not provided.
"""

import sys as _sys

_auto_null = object()
Enum = Flag = None  # bound by their class statements below


def _apply(op, a, b=None):
    if op == '|':
        return a | b
    if op == '&':
        return a & b
    if op == '^':
        return a ^ b
    if op == '+':
        return a + b
    if op == '-':
        return a - b
    return ~a


class _Deferred:
    """An expression on auto() values in a class body, worked out when the
    class is made and the autos have their values."""

    def __init__(self, op, a, b=None):
        self.op, self.a, self.b = op, a, b

    def resolve(self, values):
        a = _resolve(self.a, values)
        if self.op == '~':
            return _apply('~', a)
        return _apply(self.op, a, _resolve(self.b, values))

    def __or__(self, o): return _Deferred('|', self, o)
    def __ror__(self, o): return _Deferred('|', o, self)
    def __and__(self, o): return _Deferred('&', self, o)
    def __rand__(self, o): return _Deferred('&', o, self)
    def __xor__(self, o): return _Deferred('^', self, o)
    def __rxor__(self, o): return _Deferred('^', o, self)
    def __add__(self, o): return _Deferred('+', self, o)
    def __radd__(self, o): return _Deferred('+', o, self)
    def __sub__(self, o): return _Deferred('-', self, o)
    def __rsub__(self, o): return _Deferred('-', o, self)
    def __invert__(self): return _Deferred('~', self)


def _resolve(v, values):
    if isinstance(v, auto):
        return values[id(v)]
    if isinstance(v, _Deferred):
        return v.resolve(values)
    return v


class auto(_Deferred):
    """Instances are replaced with an appropriate value in Enum class suites."""
    _counter = [0]

    def __init__(self, value=_auto_null):
        auto._counter[0] += 1
        self._order = auto._counter[0]
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value if self.value is not _auto_null else '_auto_null')


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_member_name(cls_name, key, value):
    if len(key) > 4 and key[:2] == key[-2:] == '__':
        return False
    if len(key) > 2 and key[0] == key[-1] == '_' and key[1] != '_' and key[-2] != '_':
        return False
    if key.startswith('_%s__' % cls_name.lstrip('_')):
        return False
    if isinstance(value, (auto, _Deferred)):
        return True
    if isinstance(value, type):
        return True
    if isinstance(value, (classmethod, staticmethod, property)):
        return False
    if type(value).__name__ in ('builtin_function_or_method', 'method_descriptor'):
        return True
    return not _is_descriptor(value)


def _single_bit(num):
    return num > 0 and num & (num - 1) == 0


def _bin(num, width):
    digits = format(num, 'b') if num else ''
    if num < 0:
        return '0b1 ' + format(~num, 'b').zfill(width)
    return '0b0 ' + digits.zfill(width)


class EnumType(type):
    """Metaclass for Enum"""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        for b in bases:
            if isinstance(b, EnumType) and b._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (cls, b))
        members = []
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for key in list(classdict.keys()):
            if key in ignore or key == '_ignore_':
                continue
            value = classdict[key]
            if _is_member_name(cls, key, value):
                members.append((key, value))
        for key, _ in members:
            del classdict[key]
        for key in ignore:
            if key in classdict:
                del classdict[key]
        if '_ignore_' in classdict:
            del classdict['_ignore_']
        own_new = classdict.get('__new__')
        if isinstance(own_new, staticmethod):
            own_new = own_new.__func__
        if own_new is not None:
            del classdict['__new__']
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        if own_new is not None:
            type.__setattr__(enum_class, '_new_member_', staticmethod(own_new))
        setm = lambda k, v: type.__setattr__(enum_class, k, v)
        setm('_member_names_', [])
        setm('_member_map_', {})
        setm('_value2member_map_', {})
        setm('_unhashable_values_', [])
        if boundary is None:
            boundary = getattr(enum_class, '_boundary_', None)
        setm('_boundary_', boundary)
        member_type = object
        for b in enum_class.__mro__[1:]:
            if b is object or isinstance(b, EnumType):
                continue
            if '__new__' in b.__dict__ or b in (int, str, float, bytes, tuple):
                member_type = b
                break
        setm('_member_type_', member_type)
        new_member = None
        for b in enum_class.__mro__:
            if '_new_member_' in b.__dict__:
                new_member = b.__dict__['_new_member_']
                if isinstance(new_member, staticmethod):
                    new_member = new_member.__func__
                break
        init = None
        for b in enum_class.__mro__:
            if b is Enum or b is member_type or b is object:
                break
            if '__init__' in b.__dict__:
                init = b.__dict__['__init__']
                break
        if member_type is not object:
            # the data type comes first in the MRO (int, str): the enum's
            # own repr/str/format win over it, as in CPython
            for name in ('__repr__', '__str__', '__format__'):
                if name not in classdict:
                    method = _enum_method(enum_class, name)
                    if method is not None:
                        type.__setattr__(enum_class, name, method)
        is_flag = _is_flag_class(enum_class)
        auto_values = {}
        last_values = []
        gnv = enum_class._generate_next_value_
        for key, value in members:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gnv(key, 1, len(last_values), last_values[:])
                auto_values[id(value)] = value.value
                value = value.value
            elif isinstance(value, _Deferred):
                value = value.resolve(auto_values)
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(_resolve(v, auto_values) for v in value)
            last_values.append(value)
            args = value if isinstance(value, tuple) else (value,)
            if new_member is not None:
                member = new_member(enum_class, *args)
            elif member_type is object:
                member = object.__new__(enum_class)
            elif member_type is tuple:
                member = tuple.__new__(enum_class, args)
            else:
                member = member_type.__new__(enum_class, *args)
            if not hasattr(member, '_value_'):
                if member_type is object:
                    member._value_ = value
                else:
                    try:
                        member._value_ = member_type(*args)
                    except Exception:
                        member._value_ = value
            value = member._value_
            canonical = _find_value(enum_class, value)
            if canonical is not None:
                enum_class._member_map_[key] = canonical
                type.__setattr__(enum_class, key, canonical)
                continue
            member._name_ = key
            member.__objclass__ = enum_class
            member._sort_order_ = len(enum_class._member_map_)
            if init is not None:
                init(member, *args)
            if not is_flag or (isinstance(value, int) and _single_bit(value)):
                enum_class._member_names_.append(key)
            enum_class._member_map_[key] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                enum_class._unhashable_values_.append(value)
            type.__setattr__(enum_class, key, member)
        if is_flag:
            mask = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    mask |= m._value_
            setm('_flag_mask_', mask)
            setm('_all_bits_', 2 ** mask.bit_length() - 1)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return _lookup(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        items = []
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                items.append((name, value))
        elif hasattr(names, 'keys'):
            items = [(k, names[k]) for k in names.keys()]
        else:
            items = [tuple(item) for item in names]
        classdict = {}
        for name, value in items:
            classdict[name] = value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals['__name__']
            except Exception:
                module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
        super().__delattr__(name)

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[n] for n in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if _is_flag_class(cls):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__


EnumMeta = EnumType


def _is_flag_class(cls):
    return Flag is not None and issubclass(cls, Flag)


def _enum_method(cls, name):
    # the first enum class in cls's MRO defining name itself (gowsgi's
    # classes also hold copies of inherited special methods: skip those)
    mro = [b for b in cls.__mro__[1:] if isinstance(b, EnumType)]
    for i, b in enumerate(mro):
        v = b.__dict__.get(name)
        if v is None:
            continue
        if any(later.__dict__.get(name) is v for later in mro[i + 1:]):
            continue
        return v
    return None


def _find_value(cls, value):
    try:
        return cls._value2member_map_.get(value)
    except TypeError:
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
    return None


def _lookup(cls, value):
    if isinstance(value, cls):
        return value
    member = _find_value(cls, value)
    if member is not None:
        return member
    if cls._unhashable_values_:
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
    result = cls._missing_(value)
    if isinstance(result, cls):
        return result
    if result is None:
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    raise TypeError('error in %s._missing_: returned %r instead of None or a valid member' % (cls.__name__, result))


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        for k in type(self).__dict__:
            if not k.startswith('_') and k not in type(self)._member_map_:
                names.append(k)
        return sorted(set(names))


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    def __hash__(self):
        return hash(self._value_)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __hash__(self):
        return hash(self._value_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, FlagBoundary.KEEP


class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            if isinstance(v, int) and v > high:
                high = v
        return 2 ** high.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        mask = cls._flag_mask_
        boundary = cls._boundary_
        if value < 0:
            value = value & cls._all_bits_ if boundary is not KEEP else value
        extra = value & ~mask
        if extra and boundary is STRICT:
            width = max(value.bit_length(), mask.bit_length())
            raise ValueError('%r invalid value %r\n    given %s\n  allowed %s' % (
                cls, value, _bin(value, width), _bin(mask, width)))
        if extra and boundary is CONFORM:
            value &= mask
            extra = 0
        if extra and boundary is EJECT:
            return value
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in EnumType.__iter__(cls) if m._value_ & value == m._value_]
        if extra and names:
            names.append(str(extra))
        pseudo._name_ = '|'.join(names) if names else None
        pseudo.__objclass__ = cls
        return cls._value2member_map_.setdefault(value, pseudo)

    # gowsgi finds a class's own __iter__/__len__/__contains__/__bool__
    # before its metaclass's for iter(Perm), len(Perm), x in Perm: these
    # hand the class itself to EnumType's
    def __iter__(self):
        if isinstance(self, type):
            return EnumType.__iter__(self)
        return iter([m for m in EnumType.__iter__(type(self)) if m._value_ & self._value_ == m._value_])

    def __len__(self):
        if isinstance(self, type):
            return EnumType.__len__(self)
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if isinstance(self, type):
            return EnumType.__contains__(self, other)
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def _other_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return type(self)(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return type(self)(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return v
        return type(self)(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return type(self)(self._flag_mask_ & ~self._value_)

    def __bool__(self):
        if isinstance(self, type):
            return True
        return bool(self._value_)

    def __hash__(self):
        return hash(self._value_)

    def __repr__(self):
        if self._name_ is None:
            return '<%s: %r>' % (type(self).__name__, self._value_)
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""

    def __hash__(self):
        return hash(self._value_)

    __str__ = ReprEnum.__str__
    __format__ = ReprEnum.__format__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration._member_map_.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP']
