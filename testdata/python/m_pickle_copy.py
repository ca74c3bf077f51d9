# copy.copy / copy.deepcopy of instances through the pickle protocol:
# __reduce_ex__, __reduce__, __getstate__/__setstate__, __slots__,
# __getnewargs__, copyreg registrations
import copy
import copyreg


class Plain:
    def __init__(self):
        self.items = [1, [2]]


class State:
    def __init__(self):
        self.a = [1]
        self.cache = 'expensive'

    def __getstate__(self):
        return {'a': self.a}

    def __setstate__(self, st):
        self.a = st['a']
        self.cache = 'restored'


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n + 100,))


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = [1]


class NewArgs:
    def __new__(cls, v):
        o = object.__new__(cls)
        o.v = v
        return o

    def __getnewargs__(self):
        return (self.v,)


class Registered:
    def __init__(self, v):
        self.v = v


copyreg.pickle(Registered, lambda r: (Registered, (r.v * 2,)))


class ListSub(list):
    pass


class DictSub(dict):
    pass


for label, obj in [('plain', Plain()), ('state', State()), ('reduced', Reduced(1)),
                   ('slotted', Slotted()), ('newargs', NewArgs([5])), ('registered', Registered(3))]:
    c = copy.copy(obj)
    d = copy.deepcopy(obj)
    print(label, type(c).__name__, type(d).__name__)
    for name in ('items', 'a', 'cache', 'n', 'x', 'y', 'v'):
        if hasattr(obj, name):
            print('  ', name, getattr(c, name, '<unset>'), getattr(d, name, '<unset>'),
                  getattr(c, name, None) is getattr(obj, name), getattr(d, name, None) is getattr(obj, name))

ls = ListSub([1, [2]])
ls.tag = 't'
c, d = copy.copy(ls), copy.deepcopy(ls)
print(type(c).__name__, c, c.tag, type(d).__name__, d, d[1] is ls[1])
ds = DictSub(a=[1])
c, d = copy.copy(ds), copy.deepcopy(ds)
print(type(c).__name__, c, type(d).__name__, d, d['a'] is ds['a'])
print(Plain().__reduce_ex__(2)[0].__name__, Plain().__reduce_ex__(2)[1][0].__name__)
print(State().__reduce_ex__(2)[2], len(State().__reduce_ex__(4)))
print(Plain().__reduce_ex__(0)[0].__name__, Plain().__reduce_ex__(1)[1][1:])
p = Plain()
print(p.__getstate__(), object().__getstate__() if hasattr(object, '__getstate__') else None)
s = Slotted()
print(s.__getstate__())
print(copyreg.__newobj__.__name__, copyreg._reconstructor.__module__)
print(copyreg.__newobj__(NewArgs, 9).v)
