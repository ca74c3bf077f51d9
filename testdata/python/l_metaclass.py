# Metaclasses and type(name, bases, dict)
def describe(self):
    return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % kv for kv in sorted(vars(self).items())))

Dyn = type('Dyn', (object,), {'x': 1, 'describe': describe, '__init__': lambda self, v: setattr(self, 'v', v)})
d = Dyn(5)
print(Dyn.__name__, Dyn.x, d.describe(), Dyn.__bases__ == (object,))
Sub = type('Sub', (Dyn,), {'y': 2})
print(Sub.x, Sub.y, Sub(3).describe(), issubclass(Sub, Dyn), [c.__name__ for c in Sub.__mro__])
print(type(d) is Dyn, type(Dyn) is type, type(type) is type)

class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns):
        ns.setdefault('tag', name.lower())
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes[name] = cls
        return cls
    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.created_by = 'Registry'
        return obj
    def __repr__(cls):
        return '<class %s tag=%s>' % (cls.__name__, cls.tag)
    def describe(cls):
        return 'meta-describe ' + cls.__name__

class Model(metaclass=Registry):
    def __init__(self, n=0):
        self.n = n
class User(Model):
    tag = 'usr'
class Order(Model):
    pass

u = User(7)
print(sorted(Registry.classes), User.tag, Order.tag, repr(User), [Order])
print(u.n, u.created_by, type(User).__name__, isinstance(User, Registry), User.describe())
try:
    u.describe()
except AttributeError as e:
    print('AttributeError', e)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, name):
        self.name = name
c1 = Config('first'); c2 = Config('second')
print(c1 is c2, c2.name)

class Fields(type):
    def __new__(mcls, name, bases, ns):
        fields = [k for k, v in ns.items() if isinstance(v, int) and not k.startswith('_')]
        ns['_fields'] = fields
        return type.__new__(mcls, name, bases, ns)
class Rec(metaclass=Fields):
    a = 1
    b = 'no'
    c = 3
    _d = 4
print(Rec._fields)

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print('prepare', name)
        return {'injected': 'yes'}
class WithPrep(metaclass=Ordered):
    z = 1
print(WithPrep.injected, WithPrep.z)
Meta2 = type('Meta2', (type,), {'hello': lambda cls: 'hello ' + cls.__name__})
K = Meta2('K', (), {})
print(K.hello(), type(K).__name__)
print(type.__name__, type(3).__name__, type('s').__mro__[-1].__name__)
