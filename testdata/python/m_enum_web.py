import enum, json
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Role(Enum):
    GUEST = 'guest'
    USER = 'user'
    ADMIN = 'admin'
    @property
    def label(self):
        return self.value.title()
    @classmethod
    def parse(cls, s):
        try:
            return cls(s.lower())
        except ValueError:
            return cls.GUEST
print([r.label for r in Role], Role.parse('ADMIN'), Role.parse('root'), Role('user').name, Role.ADMIN.value)
class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    ADMIN = READ | WRITE | DELETE
ROLE_PERMS = {Role.GUEST: Perm.NONE, Role.USER: Perm.READ | Perm.WRITE, Role.ADMIN: Perm.ADMIN}
def can(role, perm):
    return perm in ROLE_PERMS[role]
print([(r.name, can(r, Perm.WRITE), can(r, Perm.DELETE)) for r in Role])
p = Perm.READ | Perm.WRITE
print(p, p.value, Perm.ADMIN.value, bool(Perm.NONE), Perm.READ in Perm.ADMIN, p & Perm.WRITE, Perm(6), repr(Perm.READ))
print(Perm.ADMIN & ~Perm.DELETE, (p ^ Perm.ADMIN), Perm.NONE | Perm.READ)
class Status(IntEnum):
    PENDING = 0
    ACTIVE = 1
    SUSPENDED = 2
    DELETED = 9
print(Status.ACTIVE < Status.SUSPENDED, Status(9).name, Status.ACTIVE + 10, sorted([Status.DELETED, Status.PENDING]), [s.value for s in Status], Status.ACTIVE == 1)
print(json.dumps({'status': Status.ACTIVE.value, 'role': Role.ADMIN.value}), json.dumps([Status.SUSPENDED]))
class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()
tasks = [('write docs', Priority.LOW), ('fix prod', Priority.HIGH), ('review', Priority.MEDIUM)]
print([t for t, _ in sorted(tasks, key=lambda t: t[1], reverse=True)], max(p for _, p in tasks).name)
@unique
class Color(Enum):
    RED = '#f00'
    GREEN = '#0f0'
print(Color('#f00'), Color['GREEN'], Color.RED.name.lower(), list(Color.__members__), Color.RED in Color)
class Weekday(Enum):
    MON = 1; TUE = 2; WED = 3; THU = 4; FRI = 5; SAT = 6; SUN = 7
    def is_weekend(self):
        return self in (Weekday.SAT, Weekday.SUN)
print([d.name for d in Weekday if not d.is_weekend()], Weekday(6).is_weekend(), len(Weekday))
class Mode(IntFlag):
    R = 4
    W = 2
    X = 1
m = Mode.R | Mode.W
print(int(m), m & Mode.W == Mode.W, Mode(7) == Mode.R | Mode.W | Mode.X, oct(Mode.R | Mode.X))
class HttpMethod(Enum):
    GET = auto()
    POST = auto()
    def __str__(self):
        return self.name
print(str(HttpMethod.GET), '%s' % HttpMethod.POST, f'{HttpMethod.GET}', HttpMethod.GET.value, [m.value for m in HttpMethod])
d = {Role.USER: 1, Role.ADMIN: 2}
print(d[Role('user')], Role.USER is Role('user'), Role.USER == 'user', hash(Role.USER) == hash(Role.USER))
try:
    Role('superuser')
except ValueError as e:
    print('ValueError', e)
try:
    Status['UNKNOWN']
except KeyError as e:
    print('KeyError', e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print([(p.name, round(p.surface_gravity, 3)) for p in Planet], Planet.EARTH.value)
