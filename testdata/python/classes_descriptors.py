class Data:
    def __init__(self):
        self.log = []
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return ('data', obj.__dict__.get('_' + self.name))
    def __set__(self, obj, value):
        self.log.append(value)
        obj.__dict__['_' + self.name] = value

class NonData:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return 'nondata-class'
        return 'nondata'

class DelOnly:
    def __get__(self, obj, objtype=None):
        return 'delonly-get'
    def __delete__(self, obj):
        print('delete called')

class C:
    d = Data()
    n = NonData()
    x = DelOnly()
    @property
    def p(self):
        return 'prop'
    def meth(self):
        return 'method'

c = C()
c.__dict__['d'] = 'shadow'
c.__dict__['p'] = 'shadow'
c.__dict__['n'] = 'inst-n'
c.__dict__['meth'] = 'inst-meth'
print(c.d, c.p, c.n, c.meth)
c.d = 5
print(c.d, C.d.log, c.__dict__['d'])
try:
    c.p = 1
except AttributeError as e:
    print('AttributeError:', e)
c.n = 'set-n'
print(c.n)
del c.n
print(c.n)
c.meth = lambda: 'lam'
print(c.meth())
del c.meth
print(c.meth())
print(C.n, type(C.d).__name__, type(C.p).__name__)
c.__dict__['x'] = 'shadow-x'
print(c.x)
try:
    c.x = 3
except AttributeError as e:
    print('AttributeError:', e)
del c.x
print(getattr(c, 'd'), getattr(c, 'p'))
print(vars(c) == c.__dict__, sorted(vars(c)))

class Late:
    pass
l = Late()
l.q = 'inst'
Late.q = property(lambda self: 'late-prop')
print(l.q)
print(l.__dict__)

class Base:
    @property
    def v(self):
        return 'base-v'
class Sub(Base):
    pass
s = Sub()
s.__dict__['v'] = 'inst'
print(s.v)
try:
    s.v = 2
except AttributeError as e:
    print('AttributeError:', e)
try:
    del s.v
except AttributeError as e:
    print('AttributeError:', e)

class Getattr:
    @property
    def a(self):
        raise AttributeError('inner')
    def __getattr__(self, name):
        return 'fallback-' + name
g = Getattr()
print(g.a, g.b)
