# __getattr__/__getattribute__/__setattr__/__delattr__
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, '_data', dict(fields))
        object.__setattr__(self, '_log', [])
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
print(r._log)

class Tracer:
    def __init__(self):
        self.hits = 0
    def __getattribute__(self, name):
        if name != 'hits':
            object.__setattr__(self, 'hits', object.__getattribute__(self, 'hits') + 1)
        if name == 'magic':
            return 'MAGIC'
        return object.__getattribute__(self, name)
    def method(self):
        return 'method'
t = Tracer()
print(t.magic, t.method(), t.hits)
try:
    t.nothing
except AttributeError as e:
    print('AttributeError', e)
print(t.hits)

class Both:
    x = 'class attr'
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return 'fallback:' + name
b = Both()
print(b.x, b.boom, b.other)

class Frozen:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        object.__setattr__(self, 'x', x)
        object.__setattr__(self, 'y', y)
    def __setattr__(self, k, v):
        raise AttributeError('frozen')
    def __delattr__(self, k):
        raise AttributeError('frozen del')
f = Frozen(1, 2)
for op in (lambda: setattr(f, 'x', 5), lambda: delattr(f, 'y')):
    try:
        op()
    except AttributeError as e:
        print('AttributeError', e)
print(f.x, f.y)

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
