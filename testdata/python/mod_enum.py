from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return self.name.lower() + '!'
print(Color.RED, repr(Color.GREEN), Color(3), Color['BLUE'], Color.RED.value, Color.RED.name, list(Color), len(Color))
print(Color.CRIMSON is Color.RED, Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED in Color, Color.RED.describe(), isinstance(Color.RED, Color))
print({Color.RED: 'r'}[Color.RED], sorted(Color.__members__), f'{Color.GREEN}')
try:
    Color(9)
except ValueError as e:
    print('ValueError', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
class Level(IntEnum):
    LOW = 1
    HIGH = 10
print(Level.LOW < Level.HIGH, Level.HIGH == 10, int(Level.HIGH), Level.LOW + 1, str(Level.HIGH), repr(Level.LOW), Level(10), sorted([Level.HIGH, Level.LOW]))
class Auto(Enum):
    A = auto()
    B = auto()
    C = auto()
print([m.value for m in Auto], Auto.C)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw.value, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), repr(Perm.R))
class Mode(StrEnum):
    A = 'alpha'
    B = auto()
print(Mode.A == 'alpha', str(Mode.A), Mode.B.value, Mode('alpha'))
try:
    @unique
    class Dup(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print('ValueError', e)
