# AttributeError messages for instances, classes, modules and builtins
import math
import os.path
import collections

class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

class Frozen:
    __slots__ = ('a',)

class Lazy:
    def __getattr__(self, name):
        if name.startswith('auto_'):
            return name[5:]
        raise AttributeError(f'{type(self).__name__} has no {name!r}')

def show(label, fn):
    try:
        print(label, fn())
    except AttributeError as e:
        print(label, type(e).__name__, e)

p = Point(1, 2)
show('inst', lambda: p.z)
show('cls', lambda: Point.z)
show('cls ok', lambda: Point.dims)
show('module', lambda: math.tau_squared)
show('submodule', lambda: os.path.nothing)
show('module2', lambda: collections.Foo)
show('int', lambda: (5).foo)
show('str', lambda: 'abc'.push)
show('list', lambda: [].add)
show('dict', lambda: {}.append)
show('none', lambda: None.x)
show('type', lambda: int.nothing)
show('func', lambda: show.nothing)
show('lazy ok', lambda: Lazy().auto_name)
show('lazy bad', lambda: Lazy().other)
show('getattr default', lambda: getattr(p, 'z', 'dflt'))
show('hasattr', lambda: (hasattr(p, 'x'), hasattr(p, 'z')))

def set_slot():
    f = Frozen()
    f.a = 1
    f.b = 2

show('slots', set_slot)

def del_missing():
    q = Point(0, 0)
    del q.x
    del q.x

show('del twice', del_missing)

def read_unset_slot():
    return Frozen().a

show('unset slot', read_unset_slot)

def set_on_builtin():
    x = 5
    x.real = 3

show('readonly', set_on_builtin)

def set_on_str():
    'abc'.upper = None

show('str method set', set_on_str)

def set_on_object():
    o = object()
    o.name = 'x'

show('object()', set_on_object)
show('delattr missing', lambda: delattr(p, 'nope'))
show('getattr', lambda: getattr(p, 'nope'))
p.z = 10
show('inst after set', lambda: p.z)
print(sorted(vars(p)))
