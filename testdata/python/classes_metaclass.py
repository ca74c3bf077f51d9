class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, kw)
        d = {'injected': 42}
        return d
    def __new__(mcs, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw)
        super().__init__(name, bases, ns)

class A(metaclass=OrderedMeta, flag=True):
    x = 1
    def f(self):
        return self.x + self.injected
print(A().f(), type(A).__name__, A.injected)

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v, b.v)

T = type('T', (object,), {'a': 1, 'm': lambda self: self.a * 10})
t = T()
print(T.__name__, t.a, t.m(), T.__bases__ == (object,))
T2 = type('T2', (T,), {})
print(T2().m(), issubclass(T2, T))
print(type(t) is T, type(T))
try:
    type('X', 1, {})
except TypeError as e:
    print('TypeError:', e)
try:
    type('X', (), {}, 1)
except TypeError as e:
    print('TypeError:', e)

class Checker(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int) and inst > 0
    def __subclasscheck__(cls, sub):
        return sub is bool or sub is int
class Positive(metaclass=Checker):
    pass
print(isinstance(5, Positive), isinstance(-1, Positive), isinstance('a', Positive))
print(issubclass(bool, Positive), issubclass(str, Positive))

class Lazy(type):
    def __getattr__(cls, name):
        if name.startswith('get_'):
            return 'dyn-' + name[4:]
        raise AttributeError(name)
class Reg(metaclass=Lazy):
    real = 'r'
print(Reg.real, Reg.get_x)
try:
    Reg.other
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(Reg, 'get_y'), hasattr(Reg, 'zzz'))

class Counting(type):
    count = 0
    def __call__(cls, *a, **k):
        Counting.count += 1
        return super().__call__(*a, **k)
class P(metaclass=Counting):
    pass
P(); P()
print(Counting.count)

class Meta2(type):
    def __new__(mcs, name, bases, ns):
        ns['added'] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class Q(metaclass=Meta2):
    pass
class R(Q):
    pass
print(Q.added, R.added, type(R).__name__)

class MetaRepr(type):
    def __repr__(cls):
        return '<cls ' + cls.__name__ + '>'
    def __len__(cls):
        return 7
class W(metaclass=MetaRepr):
    pass
print(repr(W), len(W))
class MethMeta(type):
    def describe(cls):
        return 'I am ' + cls.__name__
class V(metaclass=MethMeta):
    pass
print(V.describe())
try:
    V().describe()
except AttributeError as e:
    print('AttributeError:', e)
