# Variable annotations, class attributes vs instance attributes, class bodies
from typing import Optional, List, Dict

count: int = 0
names: List[str] = ['a']
undefined_only: float
print(sorted(__annotations__), count, names, 'undefined_only' in globals())

class Config:
    host: str = 'localhost'
    port: int = 8080
    tags: List[str]
    debug = False
    def __init__(self, **over):
        for k, v in over.items():
            setattr(self, k, v)
    def url(self) -> str:
        return 'http://%s:%d' % (self.host, self.port)

print(sorted(Config.__annotations__), Config.url.__annotations__, hasattr(Config, 'tags'))
c = Config(port=9000)
print(c.url(), Config().url(), c.debug, sorted(vars(c)))

def typed(a: int, b: Optional[str] = None, *args: int, key: 'Dict[str, int]' = None, **kw: bool) -> List[int]:
    local: int = 5
    return [a, local]
ann = typed.__annotations__
print(sorted(ann), ann['a'] is int, ann['key'], typed(1))

class Counter:
    total = 0
    items = []
    def __init__(self, name):
        self.name = name
        Counter.total += 1
        self.items = self.items + [name]
    def add_shared(self, x):
        type(self).items.append(x)
a, b = Counter('a'), Counter('b')
a.add_shared('shared')
print(Counter.total, a.items, b.items, Counter.items)

class Base:
    kind = 'base'
    def who(self):
        return self.kind
class Derived(Base):
    kind = 'derived'
d = Derived()
print(d.who(), Base().who(), Derived.__dict__.get('who'), 'kind' in Derived.__dict__)
Base.kind = 'changed'
d.kind = 'instance'
print(Base().who(), d.who(), Derived.kind)
del d.kind
print(d.who())

class Body:
    x = 10
    y = x * 2
    squares = [i * i for i in range(3)]
    label = 'x=%d' % x
    def method(self):
        return Body.x
    if x > 5:
        big = True
    else:
        small = True
    for _k in range(2):
        pass
    del _k
print(Body.y, Body.squares, Body.label, Body.big, hasattr(Body, 'small'), hasattr(Body, '_k'))

class Outer:
    class Inner:
        value = 'inner'
        def get(self):
            return self.value
    def make(self):
        return self.Inner()
print(Outer().make().get(), Outer.Inner.__name__, Outer.Inner.__qualname__)

class Empty:
    pass
e = Empty()
e.dynamic = 1
Empty.added_later = lambda self: 'late'
print(e.dynamic, e.added_later(), Empty.__name__, Empty.__module__, Empty.__doc__)
class Doc:
    """Doc string here."""
print(Doc.__doc__, Doc().__doc__)
print(isinstance(3, (str, int)), issubclass(bool, int), issubclass(Derived, (str, Base)), type(None).__name__)
