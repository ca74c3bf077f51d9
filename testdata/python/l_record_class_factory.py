# A hand-rolled dataclass-like decorator: fields from class attributes, generated __init__/__repr__/__eq__/ordering
_MISSING = object()

def record(cls=None, *, order=False, frozen=False):
    def wrap(cls):
        fields = [(k, v) for k, v in vars(cls).items() if not k.startswith('_') and not callable(v) and not isinstance(v, (property, classmethod, staticmethod))]
        names = [k for k, _ in fields]
        defaults = {k: v for k, v in fields if v is not _MISSING}
        def __init__(self, *args, **kwargs):
            if len(args) > len(names):
                raise TypeError('%s takes %d positional arguments but %d were given' % (cls.__name__, len(names), len(args)))
            values = dict(zip(names, args))
            for k, v in kwargs.items():
                if k not in names:
                    raise TypeError('%s got an unexpected keyword argument %r' % (cls.__name__, k))
                if k in values:
                    raise TypeError('%s got multiple values for %r' % (cls.__name__, k))
                values[k] = v
            for k in names:
                if k not in values:
                    if k not in defaults:
                        raise TypeError('%s missing required argument %r' % (cls.__name__, k))
                    d = defaults[k]
                    values[k] = list(d) if isinstance(d, list) else d
                self.__dict__[k] = values[k]
            post = getattr(self, '_post_init', None)
            if post:
                post()
        def __repr__(self):
            return '%s(%s)' % (cls.__name__, ', '.join('%s=%r' % (k, self.__dict__[k]) for k in names))
        def _key(self):
            return tuple(self.__dict__[k] for k in names)
        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return _key(self) == _key(other)
        cls.__init__, cls.__repr__, cls.__eq__ = __init__, __repr__, __eq__
        cls._fields = tuple(names)
        if frozen:
            def __setattr__(self, k, v):
                raise AttributeError('cannot assign to field %r' % k)
            cls.__setattr__ = __setattr__
            cls.__hash__ = lambda self: hash(_key(self))
        else:
            cls.__hash__ = None
        if order:
            cls.__lt__ = lambda self, o: _key(self) < _key(o)
            cls.__le__ = lambda self, o: _key(self) <= _key(o)
            cls.__gt__ = lambda self, o: _key(self) > _key(o)
            cls.__ge__ = lambda self, o: _key(self) >= _key(o)
        return cls
    return wrap if cls is None else wrap(cls)

@record
class Point:
    x = _MISSING
    y = 0
    def dist2(self):
        return self.x ** 2 + self.y ** 2

@record(order=True, frozen=True)
class Version:
    major = _MISSING
    minor = 0
    patch = 0
    def _post_init(self):
        if self.major < 0:
            raise ValueError('negative major')

@record
class Bag:
    name = 'bag'
    items = []

p = Point(3, 4)
print(p, Point(1), Point(y=2, x=1), p.dist2(), p == Point(3, 4), p == (3, 4), Point._fields)
p.x = 10
print(p, Point.__hash__ is None)
for bad in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
vs = [Version(1, 2), Version(1, 10), Version(0, 9, 9), Version(1, 2, 1)]
print(sorted(vs), max(vs), Version(1) <= Version(1, 0, 0), Version(2) > Version(1, 99))
print(len({Version(1), Version(1, 0), Version(1, 0, 0), Version(2)}), hash(Version(1, 2)) == hash(Version(1, 2)))
try:
    vs[0].major = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    Version(-1)
except ValueError as e:
    print('ValueError', e)
b1, b2 = Bag(), Bag('other')
b1.items.append('x')
print(b1, b2, Bag.items)
try:
    {Point(1)}
except TypeError as e:
    print('TypeError', e)
