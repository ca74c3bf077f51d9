import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args, sorted(kwargs.items()))
        result = fn(*args, **kwargs)
        print('ret', fn.__name__, result)
        return result
    return wrapper

def repeat(times=2, sep='-'):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return sep.join(str(fn(*a, **k)) for _ in range(times))
        wrapper.times = times
        return wrapper
    return deco

@trace
def add(a, b=1):
    """Add two numbers."""
    return a + b

add(2, b=5)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))

@repeat(3, sep='|')
@trace
def greet(name):
    return 'hi ' + name

print(greet('bob'))
print(greet.__name__, greet.times, greet.__wrapped__.__name__)
print(greet.__wrapped__.__wrapped__('x'))

def register(registry):
    def deco(cls):
        registry[cls.__name__.lower()] = cls
        cls.registered = True
        return cls
    return deco

REG = {}

@register(REG)
class Alpha:
    pass

@register(REG)
class Beta:
    pass

print(sorted(REG), Alpha.registered, REG['beta'] is Beta)

def add_repr(cls):
    def __repr__(self):
        fields = ', '.join('%s=%r' % (k, v) for k, v in vars(self).items())
        return '%s(%s)' % (type(self).__name__, fields)
    cls.__repr__ = __repr__
    return cls

@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

print(Point(1, 'a'), [Point(2, 3)])

class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.calls = 0
        self.fn = fn
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)

@CountCalls
def square(x):
    return x * x

print(square(3), square(4), square.calls, square.__name__)

def deco_noargs_or_args(fn=None, *, prefix='>'):
    if fn is None:
        return lambda f: deco_noargs_or_args(f, prefix=prefix)
    @functools.wraps(fn)
    def w(*a):
        return prefix + str(fn(*a))
    return w

@deco_noargs_or_args
def one():
    return 1

@deco_noargs_or_args(prefix='#')
def two():
    return 2

print(one(), two(), one.__name__, two.__name__)

order = []
def mark(tag):
    order.append('make ' + tag)
    def d(f):
        order.append('apply ' + tag)
        return f
    return d

@mark('a')
@mark('b')
@mark('c')
def f():
    pass
print(order)

class Service:
    @staticmethod
    @trace
    def ping(x):
        return x * 2
    @classmethod
    def build(cls):
        return cls.__name__

print(Service.ping(4), Service().ping(1), Service.build())
print(functools.wraps(add)(lambda: 0).__qualname__)
