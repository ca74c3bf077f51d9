# property / descriptor errors and AttributeError interplay with __getattr__

class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        if f < -459.67:
            raise ValueError(f'below absolute zero: {f}')
        self._c = (f - 32) * 5 / 9

    @property
    def broken(self):
        return self.missing_attr

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

t = Temp(100)
show('get', lambda: (t.celsius, t.fahrenheit))

def set_readonly():
    t.celsius = 5

def del_readonly():
    del t.celsius

def set_bad_f():
    t.fahrenheit = -500

def set_good_f():
    t.fahrenheit = 32
    return t.celsius

show('set ro', set_readonly)
show('del ro', del_readonly)
show('set bad', set_bad_f)
show('set good', set_good_f)
show('broken', lambda: t.broken)

class Fallback:
    def __getattr__(self, name):
        return f'<fallback {name}>'

    @property
    def risky(self):
        raise AttributeError('inner failure')

    @property
    def other_error(self):
        raise KeyError('not attribute error')

f = Fallback()
show('fallback', lambda: f.anything)
show('risky', lambda: f.risky)
show('other', lambda: f.other_error)

class Strict:
    __slots__ = ()

    def __setattr__(self, name, value):
        raise AttributeError(f'{type(self).__name__} is immutable (tried {name})')

    def __delattr__(self, name):
        raise TypeError('cannot delete')

s = Strict()

def strict_set():
    s.x = 1

def strict_del():
    del s.x

show('strict set', strict_set)
show('strict del', strict_del)
show('setattr fn', lambda: setattr(s, 'y', 2))

class Positive:
    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f'{self.name[1:]} must be positive, got {value}')
        setattr(obj, self.name, value)

class Order:
    qty = Positive()
    price = Positive()

o = Order()
show('default', lambda: (o.qty, o.price))

def set_qty(v):
    o.qty = v
    return o.qty

show('qty ok', lambda: set_qty(3))
show('qty bad', lambda: set_qty(-1))
show('class access', lambda: type(Order.qty).__name__)
