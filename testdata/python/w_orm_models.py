# An in-memory ORM-ish layer: a metaclass collects descriptor fields, validates types, queries.
class Field:
    _counter = 0
    def __init__(self, type_, default=None, required=True):
        self.type, self.default, self.required = type_, default, required
        Field._counter += 1
        self.order = Field._counter
    def __set_name__(self, owner, name):
        self.name = name
        self.attr = '_f_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)
    def __set__(self, obj, value):
        if value is None and not self.required:
            pass
        elif not isinstance(value, self.type):
            raise TypeError('%s.%s must be %s, not %s' % (type(obj).__name__, self.name, self.type.__name__, type(value).__name__))
        setattr(obj, self.attr, value)

class IntField(Field):
    def __init__(self, min_value=None, **kw):
        super().__init__(int, **kw)
        self.min_value = min_value
    def __set__(self, obj, value):
        if self.min_value is not None and isinstance(value, int) and value < self.min_value:
            raise ValueError('%s must be >= %d' % (self.name, self.min_value))
        super().__set__(obj, value)

class ModelMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        fields = {}
        for base in reversed(cls.__mro__[1:]):
            fields.update(getattr(base, '_fields', {}))
        fields.update({k: v for k, v in ns.items() if isinstance(v, Field)})
        cls._fields = dict(sorted(fields.items(), key=lambda kv: kv[1].order))
        cls._rows = []
        if bases:
            mcls.registry[name.lower()] = cls
        return cls

class Model(metaclass=ModelMeta):
    def __init__(self, **kwargs):
        for name, field in self._fields.items():
            if name in kwargs:
                setattr(self, name, kwargs.pop(name))
            elif field.required and field.default is None:
                raise TypeError('missing field %r' % name)
        if kwargs:
            raise TypeError('unexpected fields: ' + ', '.join(sorted(kwargs)))
    def save(self):
        if self not in self._rows:
            self._rows.append(self)
        return self
    @classmethod
    def filter(cls, **conds):
        def ok(row):
            for key, want in conds.items():
                name, _, op = key.partition('__')
                have = getattr(row, name)
                test = {'': lambda: have == want, 'gt': lambda: have > want, 'lt': lambda: have < want, 'in': lambda: have in want}[op]
                if not test():
                    return False
            return True
        return [r for r in cls._rows if ok(r)]
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % (n, getattr(self, n)) for n in self._fields))

class TimestampedModel(Model):
    created = IntField(default=0, required=False)

class User(TimestampedModel):
    name = Field(str)
    age = IntField(min_value=0)
    email = Field(str, required=False)

class Post(Model):
    title = Field(str)
    author = Field(User)

print(sorted(ModelMeta.registry), list(User._fields), list(Post._fields))
alice = User(name='alice', age=30, email='a@x.org').save()
bob = User(name='bob', age=17, created=5).save()
User(name='carol', age=45).save()
print(User._rows)
for kwargs in [dict(name='d', age=-1), dict(name=3, age=1), dict(age=3), dict(name='e', age=2, nick='z'), dict(name='f', age=True)]:
    try:
        print(User(**kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
Post(title='Hi', author=alice).save()
print(Post.filter(author=alice), Post._rows is not User._rows)
print(User.filter(age__gt=20), User.filter(name__in=('bob', 'zed')), User.filter(age__lt=40, email=None))
print(User.name.name, User.name.attr, type(User.__dict__['age']).__name__, User.age.min_value, isinstance(User.created, Field))
bob.age = 18
print(bob.age, bob._f_age, sorted(k for k in vars(bob)))
