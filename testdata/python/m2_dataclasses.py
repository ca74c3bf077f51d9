import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar
from typing import ClassVar, List, Optional

def bad(body):
    try:
        return body()
    except (TypeError, ValueError, AttributeError) as e:
        return '%s %s' % (type(e).__name__, e)

@dataclass
class Point:
    x: int
    y: int = 0

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)

@dataclass
class Inventory:
    name: str
    tags: List[str] = field(default_factory=list)
    secret: str = field(default='hidden', repr=False)
    count: ClassVar[int] = 0
    total: float = field(init=False, default=0.0)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.total = len(self.name) * scale
        Inventory.count += 1

@dataclass
class Point3(Point):
    z: int = 5
    owner: Optional['Point'] = None

p = Point(1, 2)
print(p, Point(3), Point(y=4, x=5), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print([f.name for f in fields(Point)], [f.default is dataclasses.MISSING for f in fields(p)], fields(Point)[1].default, fields(Point)[0].type)
print(asdict(p), astuple(p), replace(p, y=9))
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), is_dataclass(int), p.__match_args__)
p.x = 10
print(p, Point.__doc__)
print(bad(lambda: hash(p)))

v1, v2, v3 = Version(1, 2, 'a'), Version(1, 10), Version(1, 2, 'b')
print(v1 < v2, v1 <= v3, v2 > v1, v1 == v3, sorted([v2, v1, Version(0, 9)]), hash(v1) == hash(v3))
def setmajor():
    v1.major = 3
def delminor():
    del v1.minor
print(bad(setmajor), bad(delminor), issubclass(dataclasses.FrozenInstanceError, AttributeError))
print(v1 == (1, 2), v1 != 3)

a = Inventory('apple', scale=3)
b = Inventory('kiwi', ['green'])
print(a, b, a.total, b.total, Inventory.count, a.tags is not Inventory('x').tags)
print([f.name for f in fields(a)], asdict(b), astuple(a))
print(replace(b, tags=['x'], scale=2))
print(bad(lambda: replace(a, total=1.0)))

q = Point3(1, 2, owner=Point(7))
print(q, [f.name for f in fields(q)], asdict(q), astuple(q))

print(bad(lambda: field(default=1, default_factory=list)))
print(bad(lambda: Point()).split()[0], bad(lambda: Point(1, 2, 3)).split()[0])
print(bad(lambda: fields(3)), bad(lambda: asdict(Point)))

@dataclass(eq=False, repr=False)
class Plain:
    v: int
pl = Plain(1)
print(pl == Plain(1), pl.v, hash(pl) == hash(pl), '__repr__' in Plain.__dict__)

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default=None, hash=False)
print(hash(H(1)) == hash(H(1, [2])), H(1) == H(1, None))

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
print(Node(1, [Node(2), Node(3, [Node(4)])]), asdict(Node(1, [Node(2)])))
C = dataclasses.make_dataclass('C', ['a', ('c', int), ('b', str, field(default='z'))])
print(C(1, c=3), [f.name for f in fields(C)], C(1, c=0) == C(1, 0, 'z'))
print(bad(lambda: dataclasses.make_dataclass('D', [('a', int, field(default=1)), 'b'])))
