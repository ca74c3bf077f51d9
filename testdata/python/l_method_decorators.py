# Decorators on methods: per-instance caching, validation, timing-free tracing, cached_property-like, classmethod stacking
import functools

def validate(**checks):
    def deco(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            names = kwargs.copy()
            for i, a in enumerate(args):
                names['arg%d' % i] = a
            for name, check in checks.items():
                if name in names and not check(names[name]):
                    raise ValueError('%s failed check for %s=%r' % (method.__name__, name, names[name]))
            return method(self, *args, **kwargs)
        return wrapper
    return deco

def logged(method):
    @functools.wraps(method)
    def wrapper(self, *args):
        self.log.append('%s.%s%r' % (type(self).__name__, method.__name__, args))
        return method(self, *args)
    return wrapper

class cached:
    def __init__(self, fn):
        self.fn = fn
        functools.update_wrapper(self, fn)
    def __set_name__(self, owner, name):
        self.key = '_cache_' + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        if self.key not in obj.__dict__:
            obj.__dict__[self.key] = self.fn(obj)
        return obj.__dict__[self.key]

def memo_method(fn):
    @functools.wraps(fn)
    def wrapper(self, n):
        cache = self.__dict__.setdefault('_memo_' + fn.__name__, {})
        if n not in cache:
            cache[n] = fn(self, n)
        return cache[n]
    return wrapper

class Shop:
    def __init__(self, name):
        self.name = name
        self.log = []
        self.stock = {}
        self.computations = 0
    @logged
    @validate(arg1=lambda q: q > 0)
    def add(self, item, qty):
        self.stock[item] = self.stock.get(item, 0) + qty
        return self.stock[item]
    @logged
    def remove(self, item):
        return self.stock.pop(item, None)
    @cached
    def summary(self):
        """Expensive summary."""
        self.computations += 1
        return '%s: %d items' % (self.name, sum(self.stock.values()))
    @memo_method
    def fib(self, n):
        self.computations += 1
        return n if n < 2 else self.fib(n - 1) + self.fib(n - 2)
    @classmethod
    @functools.lru_cache(maxsize=None)
    def tax_rate(cls, region):
        return {'eu': 0.2, 'us': 0.07}.get(region, 0.0)
    @staticmethod
    def noop():
        return 'static'

s = Shop('corner')
print(s.add('apple', 3), s.add('apple', 2), s.add('pear', 1))
try:
    s.add('plum', 0)
except ValueError as e:
    print('ValueError', e)
print(s.remove('pear'), s.remove('ghost'), s.log)
print(s.summary, s.summary, s.computations, Shop.summary.__doc__, Shop.summary.__name__)
s.add('kiwi', 4)
print(s.summary, sorted(k for k in vars(s) if k.startswith('_')))
del s.__dict__['_cache_summary']
print(s.summary, s.computations)
c0 = s.computations
print(s.fib(30), s.computations - c0, s.fib(30), s.computations - c0)
print(Shop.tax_rate('eu'), s.tax_rate('us'), Shop.tax_rate('mars'), Shop.add.__name__, Shop.add.__wrapped__.__name__)
print(Shop.noop.__name__, Shop.noop(), s.noop())
other = Shop('kiosk')
print(other.summary, other.fib(10), len(other.__dict__['_memo_fib']), '_memo_fib' in vars(s))
