# __getattr__/__setattr__/__delattr__ via __dict__ (no object.__setattr__)
class Record:
    def __init__(self, **fields):
        self.__dict__['_data'] = dict(fields)
        self.__dict__['_log'] = []
    def __getattr__(self, name):
        self._log.append('miss ' + name)
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError('no field %r' % name) from None
    def __setattr__(self, name, value):
        if name.startswith('_'):
            raise AttributeError('private: ' + name)
        self._log.append('set ' + name)
        self._data[name] = value
    def __delattr__(self, name):
        self._log.append('del ' + name)
        del self._data[name]

r = Record(a=1, b=2)
r.c = 3
print(r.a, r.c, getattr(r, 'zz', 'dflt'), hasattr(r, 'b'), hasattr(r, 'q'))
del r.a
try:
    r.a
except AttributeError as e:
    print('AttributeError', e)
try:
    r._x = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    del r.nope
except KeyError as e:
    print('KeyError', e)
print(r._log, sorted(r._data))

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapped(*a, **k):
                return ('proxied', name, attr(*a, **k))
            return wrapped
        return attr
p = Proxy([3, 1, 2])
print(p.count(1), p.index(2), p.__class__.__name__, len(p._target))
p2 = Proxy('hello')
print(p2.upper(), p2.split('l'))
try:
    p2.nonexistent
except AttributeError as e:
    print('AttributeError', e)

class Defaults:
    color = 'red'
d = Defaults()
setattr(d, 'size', 10)
print(vars(d), getattr(d, 'color'), d.__dict__)
delattr(d, 'size')
print(vars(d))
try:
    delattr(d, 'color')
except AttributeError as e:
    print('AttributeError', e)
try:
    object().foo = 1
except AttributeError as e:
    print('AttributeError', e)

class Upper:
    def __setattr__(self, k, v):
        self.__dict__[k.upper()] = v
u = Upper()
u.name = 'x'; setattr(u, 'age', 3)
print(sorted(vars(u).items()), getattr(u, 'NAME'))

class Slotted:
    __slots__ = ('x', 'y')
s = Slotted()
s.x = 1
try:
    s.z = 2
except AttributeError as e:
    print('AttributeError', e)
try:
    s.y
except AttributeError as e:
    print('AttributeError', e)
print(s.x, hasattr(s, '__dict__'), Slotted.__slots__)

class Lazy:
    def __getattr__(self, name):
        if name.startswith('get_'):
            val = name[4:] * 2
            self.__dict__[name] = val
            return val
        raise AttributeError(name)
lz = Lazy()
print(lz.get_ab, 'get_ab' in vars(lz), lz.get_ab)
try:
    lz.other
except AttributeError as e:
    print('AttributeError', e)
