# super(): zero-arg, two-arg, diamond, classmethods, __init_subclass__
class Base:
    def __init__(self, log):
        self.log = log
        log.append('Base')
    def who(self):
        return ['Base']
    @classmethod
    def create(cls, log):
        log.append('Base.create ' + cls.__name__)
        return cls(log)

class Left(Base):
    def __init__(self, log):
        log.append('Left>')
        super().__init__(log)
        log.append('<Left')
    def who(self):
        return ['Left'] + super().who()

class Right(Base):
    def __init__(self, log):
        log.append('Right>')
        super(Right, self).__init__(log)
        log.append('<Right')
    def who(self):
        return ['Right'] + super().who()
    @classmethod
    def create(cls, log):
        log.append('Right.create')
        return super().create(log)

class Diamond(Left, Right):
    def __init__(self, log):
        log.append('Diamond>')
        super().__init__(log)
    def who(self):
        return ['Diamond'] + super().who()
    @classmethod
    def create(cls, log):
        log.append('Diamond.create')
        return super(Diamond, cls).create(log)

print([c.__name__ for c in Diamond.__mro__])
log = []
d = Diamond(log)
print(log)
print(d.who())
print(super(Left, d).who())
print(super(Right, d).who())
log2 = []
d2 = Diamond.create(log2)
print(log2, type(d2).__name__)

class A:
    def f(self): return 'A'
class B(A):
    def f(self): return 'B' + super().f()
class C(B):
    def f(self): return 'C' + super().f()
class D(C):
    def f(self): return 'D' + super(B, self).f()
print(C().f(), D().f())

class Plugin:
    registry = []
    def __init_subclass__(cls, kind='generic', **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind
        Plugin.registry.append((cls.__name__, kind))

class Json(Plugin, kind='json'):
    pass
class Xml(Plugin, kind='xml'):
    pass
class Plain(Plugin):
    pass
class SubJson(Json):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(kind='sub', **kw)
class Deeper(SubJson):
    pass
print(Plugin.registry)
print(Json.kind, Plain.kind, Deeper.kind)

try:
    class Bad(Plugin, color='red'):
        pass
except TypeError as e:
    print('TypeError', e)

class Meta:
    def __getattr__(self, name):
        return 'dyn:' + name
class Child(Meta):
    def get(self):
        return super().__getattr__('x')
print(Child().get(), Child().anything)
s = super(C, C())
print(s.f(), isinstance(s, super))
class Prop(A):
    @property
    def f(self):
        return 'prop+' + super().f()
print(Prop().f)
