"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta.

Members are instances of the class with .name and .value, looked up by
value (Color(1)), by name (Color['RED']) and as attributes; the class
iterates and has len(); repr <Color.RED: 1>, str Color.RED (IntEnum and
StrEnum: the value's str). Flag members combine with | & ^ ~.
IntEnum and StrEnum members (and those of `class X(int, Enum)` or
`class X(str, Enum)`) are ints and strs. Differences from CPython:
_missing_ and _generate_next_value_ hooks exist but aliases are not
reported separately by __members__.
"""


class auto:
    _counter = [0]

    def __init__(self):
        auto._counter[0] += 1
        self._order = auto._counter[0]
        self.value = None


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


class EnumMeta(type):
    def __new__(metacls, cls, bases, classdict, **kwds):
        members = []
        for key in list(classdict.keys()):
            if key.startswith('_') or key == 'mro':
                continue
            value = classdict[key]
            if callable(value) or _is_descriptor(value) or isinstance(value, (classmethod, staticmethod, property)):
                if not isinstance(value, auto):
                    continue
            members.append((key, value))
        for key, _ in members:
            del classdict[key]
        new_member = classdict.get('__new__') if members else None
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        enum_class = super().__new__(metacls, cls, bases, classdict)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        base = None
        for b in enum_class.__mro__[1:]:
            if b in (int, str):
                base = b
                break
        last = None
        autos = sorted([(v._order, k) for k, v in members if isinstance(v, auto)])
        auto_keys = [k for _, k in autos]
        for key, value in members:
            if isinstance(value, auto):
                value = enum_class._generate_next_value_(key, 1, len(enum_class._member_names_), [m._value_ for m in enum_class._member_map_.values()])
            if value in enum_class._value2member_map_:
                member = enum_class._value2member_map_[value]
                enum_class._member_map_[key] = member
                setattr(enum_class, key, member)
                continue
            if new_member is not None:
                # the class's own __new__ makes its members (HTTPStatus)
                args = value if isinstance(value, tuple) else (value,)
                member = new_member(enum_class, *args)
                if not hasattr(member, '_value_'):
                    member._value_ = value
                value = member._value_
            else:
                if base is not None:
                    member = base.__new__(enum_class, value)
                else:
                    member = object.__new__(enum_class)
                member._value_ = value
            member._name_ = key
            member.__objclass__ = enum_class
            if '__init__' in enum_class.__dict__:
                args = value if isinstance(value, tuple) else (value,)
                enum_class.__init__(member, *args)
            enum_class._member_names_.append(key)
            enum_class._member_map_[key] = member
            try:
                enum_class._value2member_map_[value] = member
            except TypeError:
                pass
            setattr(enum_class, key, member)
        if new_member is not None:
            # calling the class looks members up, as for any enum
            enum_class.__new__ = Enum.__new__
        return enum_class

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[n] for n in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __contains__(cls, member):
        return isinstance(member, cls) and member._name_ in cls._member_map_

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        return "<enum %r>" % cls.__name__


class Enum(metaclass=EnumMeta):
    def __new__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError('%r is not a valid %s' % (value, cls.__name__))

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
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

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)


class IntEnum(int, Enum):
    def __int__(self):
        return int(self._value_)

    def __index__(self):
        return int(self._value_)

    def __eq__(self, other):
        if isinstance(other, Enum):
            return self is other or (type(other) is not type(self) and self._value_ == other._value_)
        return self._value_ == other

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        return self._value_ < int(other)

    def __le__(self, other):
        return self._value_ <= int(other)

    def __gt__(self, other):
        return self._value_ > int(other)

    def __ge__(self, other):
        return self._value_ >= int(other)

    def __hash__(self):
        return hash(self._value_)

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __add__(self, other):
        return self._value_ + int(other)

    __radd__ = __add__

    def __sub__(self, other):
        return self._value_ - int(other)

    def __mul__(self, other):
        return self._value_ * other


class StrEnum(str, Enum):
    def __eq__(self, other):
        if isinstance(other, Enum):
            return self is other
        return self._value_ == other

    def __hash__(self):
        return hash(self._value_)

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return 1
        high = max(last_values)
        return 2 ** (high.bit_length())

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        member = object.__new__(cls)
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        member._name_ = '|'.join(names) if names else None
        member._value_ = value
        return member

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __or__(self, other):
        return type(self)(self._value_ | other._value_)

    def __and__(self, other):
        return type(self)(self._value_ & other._value_)

    def __xor__(self, other):
        return type(self)(self._value_ ^ other._value_)

    def __invert__(self):
        total = 0
        for m in type(self):
            total |= m._value_
        return type(self)(total & ~self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __eq__(self, other):
        return type(other) is type(self) and self._value_ == other._value_

    def __hash__(self):
        return hash(self._value_)

    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)


class IntFlag(Flag):
    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __or__(self, other):
        return type(self)(self._value_ | int(other))

    def __and__(self, other):
        return type(self)(self._value_ & int(other))

    def __eq__(self, other):
        if isinstance(other, int):
            return self._value_ == other
        return type(other) is type(self) and self._value_ == other._value_

    def __hash__(self):
        return hash(self._value_)


def unique(enumeration):
    seen = {}
    duplicates = []
    for name, member in enumeration._member_map_.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
