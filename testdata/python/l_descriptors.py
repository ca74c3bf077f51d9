# Descriptors: __get__/__set__/__set_name__/__delete__, data vs non-data
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
        self.storage = '_' + name
        owner._fields = getattr(owner, '_fields', ()) + (name,)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s, got %s' % (self.name, self.kind.__name__, type(value).__name__))
        setattr(obj, self.storage, value)
    def __delete__(self, obj):
        print('deleting', self.name)
        delattr(obj, self.storage)

class Product:
    name = Typed(str, '?')
    price = Typed(float, 0.0)
    qty = Typed(int, 0)
    def __init__(self, name, price, qty=1):
        self.name, self.price, self.qty = name, price, qty
    def total(self):
        return self.price * self.qty

p = Product('pen', 1.5, 4)
print(p.name, p.price, p.qty, p.total(), Product._fields)
try:
    p.qty = '3'
except TypeError as e:
    print('TypeError', e)
del p.price
print(p.price, sorted(vars(p)))
print(isinstance(Product.__dict__['name'], Typed), Product.name.storage)

class NonData:
    def __get__(self, obj, objtype=None):
        return 'computed'
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.attr = 'instance wins'
print(h.attr, Holder.attr)
del h.attr
print(h.attr)

class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, value):
        raise AttributeError('read-only')
class R:
    x = ReadOnly()
r = R()
try:
    r.x = 1
except AttributeError as e:
    print('AttributeError', e)
r.__dict__['x'] = 99
print(r.x)

class lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __set_name__(self, owner, name):
        self.attr = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.attr] = value
        return value

class Report:
    calls = 0
    @lazy
    def data(self):
        """expensive"""
        Report.calls += 1
        return [1, 2, 3]
rep = Report()
print(rep.data, rep.data, Report.calls, Report.data.__doc__)

class Bound:
    def method(self):
        return 'm'
f = Bound.__dict__['method'].__get__(Bound(), Bound)
print(f(), Bound.method.__get__(None, Bound) is Bound.method)
sm = staticmethod(lambda: 'static')
cm = classmethod(lambda cls: cls.__name__)
print(sm.__get__(None, Bound)(), cm.__get__(None, Bound)())
prop = property(lambda self: 'pv')
print(prop.__get__(Bound(), Bound), prop.__get__(None, Bound) is prop)
