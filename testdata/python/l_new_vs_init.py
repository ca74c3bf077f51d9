# __new__ vs __init__: singletons, caching, immutable subclasses, alternate returns
class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print('creating', cls.__name__)
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print('init with', value)
        self.value = value

s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.value)

class Interned:
    _cache = {}
    def __new__(cls, name):
        key = name.lower()
        if key not in cls._cache:
            obj = object.__new__(cls)
            obj.name = key
            cls._cache[key] = obj
        return cls._cache[key]
a, b, c = Interned('Foo'), Interned('FOO'), Interned('bar')
print(a is b, a is c, a.name, sorted(Interned._cache))

class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError('too cold')
        return super().__new__(cls, round(value, 1))
    def __repr__(self):
        return 'Celsius(%s)' % float.__repr__(self)
t = Celsius(21.456)
print(t, repr(t), t + 1, type(t + 1).__name__, isinstance(t, float), t > 20)
try:
    Celsius(-300)
except ValueError as e:
    print('ValueError', e)

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + '!'
u = Upper('hello')
print(u, u.shout(), len(u), u.lower(), type(u.lower()).__name__, type(u).__name__, u == 'HELLO')

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.first, p.swap(), len(p), p == (1, 2), list(p), type(p.swap()).__name__)

class NotMine:
    def __new__(cls, flag):
        if flag:
            return 'a string instead'
        return super().__new__(cls)
    def __init__(self, flag):
        print('NotMine.__init__ called')
print(NotMine(True))
print(type(NotMine(False)).__name__)

class Tracked:
    log = []
    def __new__(cls, *args):
        cls.log.append(('new', args))
        return super().__new__(cls)
    def __init__(self, *args):
        self.log.append(('init', args))
Tracked(1, 2)
class SubTracked(Tracked):
    def __init__(self, x):
        super().__init__(x, 'sub')
SubTracked(3)
print(Tracked.log)
class Counter(int):
    def __new__(cls, v=0):
        return super().__new__(cls, v)
    def __add__(self, other):
        return Counter(int(self) + int(other))
    def __repr__(self):
        return 'Counter(%d)' % self
n = Counter(5) + 3
print(n, repr(n), n * 2, type(n * 2).__name__, Counter(), int(Counter(7)) + 1)
class Cls:
    pass
o = Cls.__new__(Cls)
print(type(o).__name__, isinstance(o, Cls), vars(o))
class Validated:
    def __new__(cls, **fields):
        missing = [f for f in cls.required if f not in fields]
        if missing:
            raise TypeError('missing fields: ' + ', '.join(missing))
        self = super().__new__(cls)
        self.__dict__.update(fields)
        return self
class User(Validated):
    required = ('name', 'email')
u = User(name='ann', email='a@x', age=3)
print(sorted(vars(u).items()))
try:
    User(name='bob')
except TypeError as e:
    print('TypeError', e)
