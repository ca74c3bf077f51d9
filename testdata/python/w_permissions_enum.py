# Role-based permissions with enum.Flag/IntEnum/Enum: bit operations, member lookup, iteration, aliases.
from enum import Enum, IntEnum, Flag, auto, unique

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    ADMIN = auto()
    EDITOR = READ | WRITE
    OWNER = READ | WRITE | DELETE

class Status(IntEnum):
    ACTIVE = 1
    SUSPENDED = 2
    DELETED = 3

@unique
class Role(Enum):
    GUEST = 'guest'
    MEMBER = 'member'
    MODERATOR = 'moderator'
    ROOT = 'root'
    @property
    def perms(self):
        return ROLE_PERMS[self]
    def can(self, perm):
        return perm in self.perms

ROLE_PERMS = {Role.GUEST: Perm.READ, Role.MEMBER: Perm.EDITOR, Role.MODERATOR: Perm.OWNER,
              Role.ROOT: Perm.OWNER | Perm.ADMIN}

class User:
    def __init__(self, name, role, status=Status.ACTIVE, extra=Perm(0)):
        self.name, self.role, self.status, self.extra = name, Role(role), Status(status), extra
    def effective(self):
        return Perm(0) if self.status != Status.ACTIVE else self.role.perms | self.extra
    def check(self, perm):
        missing = perm & ~self.effective()
        if missing:
            raise PermissionError('%s lacks %s' % (self.name, '|'.join(p.name for p in Perm if p in missing and p.name in ('READ', 'WRITE', 'DELETE', 'ADMIN'))))
        return True

users = [User('ann', 'guest'), User('bob', 'member'), User('cy', 'moderator', extra=Perm.ADMIN),
         User('root', 'root'), User('eve', 'member', status=2)]
for u in users:
    eff = u.effective()
    print('%-5s %-16s %-10s value=%2d read=%s write=%s delete=%s admin=%s' % (
        u.name, u.role, u.status.name, eff.value, Perm.READ in eff, Perm.WRITE in eff, Perm.DELETE in eff, Perm.ADMIN in eff))
for u in users:
    try:
        u.check(Perm.WRITE | Perm.DELETE)
        print(u.name, 'may write+delete')
    except PermissionError as e:
        print('PermissionError:', e)
print(Perm.EDITOR == Perm.READ | Perm.WRITE, Perm.OWNER & Perm.EDITOR == Perm.EDITOR, bool(Perm(0)), Perm(3) is Perm.EDITOR)
print([m.name for m in Perm], Perm['DELETE'].value, Perm(4).name)
print(Status.DELETED > Status.ACTIVE, Status(2), Status.ACTIVE + 1, sorted([Status.DELETED, Status.ACTIVE]), int(Status.SUSPENDED))
print(list(Role), Role('root').can(Perm.ADMIN), Role.GUEST.can(Perm.WRITE), Role['MEMBER'].value, len(Role))
print(Role.MEMBER.name, repr(Role.MEMBER), isinstance(Role.ROOT, Role), Role.ROOT in Role, {r.value for r in Role} >= {'root'})
for bad in (lambda: Role('superuser'), lambda: Status(9), lambda: Perm['NOPE']):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
class Color(Enum):
    RED = 1
    CRIMSON = 1
    BLUE = 2
print(Color.CRIMSON is Color.RED, [c.name for c in Color], Color(1).name, list(Color.__members__))
