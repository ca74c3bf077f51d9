import abc, enum
class Storage(abc.ABC):
    @abc.abstractmethod
    def read(self, key):
        ...
    @abc.abstractmethod
    def write(self, key, value):
        ...
    def read_or(self, key, default):
        try:
            return self.read(key)
        except KeyError:
            return default
    @property
    @abc.abstractmethod
    def name(self):
        ...
class Partial(Storage):
    def read(self, key):
        return 1
class Memory(Storage):
    def __init__(self):
        self.d = {}
    def read(self, key):
        return self.d[key]
    def write(self, key, value):
        self.d[key] = value
    @property
    def name(self):
        return 'memory'
for cls in [Storage, Partial, Memory]:
    try:
        obj = cls()
        print(cls.__name__, 'ok', obj.name)
    except TypeError as e:
        print('TypeError', e)
m = Memory()
m.write('a', 1)
print(m.read_or('a', 0), m.read_or('b', 'dflt'), isinstance(m, Storage), sorted(Storage.__abstractmethods__), Memory.__abstractmethods__ == frozenset())
class Meta(metaclass=abc.ABCMeta):
    @classmethod
    @abc.abstractmethod
    def create(cls):
        ...
    @staticmethod
    @abc.abstractmethod
    def helper():
        ...
try:
    Meta()
except TypeError as e:
    print('TypeError', e)
class Impl(Meta):
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def helper():
        return 'h'
print(type(Impl.create()).__name__, Impl.helper(), getattr(Storage.read, '__isabstractmethod__', False), getattr(Memory.read, '__isabstractmethod__', False))
class Duck:
    def read(self, k):
        return k
Storage.register(Duck)
print(isinstance(Duck(), Storage), issubclass(Duck, Storage), issubclass(Memory, abc.ABC))
# enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.CRIMSON is Color.RED, list(Color), len(Color), Color(2), Color['BLUE'], Color.RED.name, Color.RED.value, repr(Color.GREEN), str(Color.GREEN))
print(sorted(Color.__members__), Color.RED in Color, Color.RED == 1, hash(Color.RED) == hash(Color.RED), {Color.RED: 'r'}[Color.CRIMSON])
for bad in [lambda: Color(7), lambda: Color['PINK']]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
class Status(str, enum.Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
print(Status.ACTIVE == 'active', Status('inactive'), Status.ACTIVE.value, isinstance(Status.ACTIVE, str), Status.ACTIVE.upper())
class Priority(enum.IntEnum):
    LOW = 1
    HIGH = 3
print(Priority.HIGH > Priority.LOW, Priority.LOW + 1, sorted([Priority.HIGH, Priority.LOW]), Priority(3), int(Priority.HIGH), Priority.HIGH == 3, max(Priority))
class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), rw.value, Perm(5), [p.name for p in Perm])
class Weekday(enum.Enum):
    MON = enum.auto()
    TUE = enum.auto()
    def is_weekend(self):
        return False
    @classmethod
    def first(cls):
        return cls.MON
print(Weekday.TUE.value, Weekday.first(), Weekday.MON.is_weekend(), Weekday.MON.__class__.__name__, type(Weekday).__name__)
Animal = enum.Enum('Animal', 'CAT DOG')
print(list(Animal), Animal.DOG.value, Animal['CAT'])
