# __class__ cell, class-scope visibility from methods, methods created in loops, nested classes and closures
class Base:
    def who(self):
        return __class__.__name__
    def real(self):
        return type(self).__name__

class Derived(Base):
    def who(self):
        return 'Derived/' + super().who() + '/' + __class__.__name__
print(Base().who(), Derived().who(), Derived().real())

class Scope:
    factor = 3
    def method(self):
        try:
            return factor
        except NameError:
            return 'factor not visible; via class: %d' % Scope.factor
    def via_self(self):
        return self.factor * 2
print(Scope().method(), Scope().via_self())

class Ops:
    pass
for name, op in [('double', lambda self, x: x * 2), ('square', lambda self, x: x * x), ('neg', lambda self, x: -x)]:
    setattr(Ops, name, op)
o = Ops()
print(o.double(4), o.square(4), o.neg(4), sorted(k for k in vars(Ops) if not k.startswith('_')))

def make_class(prefix):
    class Tagged:
        tag = prefix
        def label(self, text):
            return '%s:%s' % (prefix, text)
        @classmethod
        def make(cls):
            return cls()
    return Tagged
A, B = make_class('a'), make_class('b')
print(A().label('x'), B.make().label('y'), A.tag, B.tag, A is B, A.__name__ == B.__name__)

def counter_class():
    count = 0
    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return Counter
C = counter_class()
c1, c2 = C(), C()
print(c1.inc(), c2.inc(), c1.inc())

class Outer:
    x = 'outer-x'
    class Inner:
        def get(self):
            return Outer.x
    def make_inner(self):
        return self.Inner()
print(Outer().make_inner().get(), Outer.Inner().get())

class WithNested:
    def method(self):
        def helper():
            return super(WithNested, self).__init__ is not None
        return helper()
print(WithNested().method())
class Broken:
    def method(self):
        def helper():
            return super().__str__()
        return helper()
try:
    Broken().method()
except (RuntimeError, TypeError) as e:
    print(type(e).__name__)

class Multi:
    def __init__(self):
        self.handlers = {}
        for ev in ('open', 'close'):
            self.handlers[ev] = lambda ev=ev: self._handle(ev)
    def _handle(self, ev):
        return 'handled ' + ev
m = Multi()
print(m.handlers['open'](), m.handlers['close']())
class Static:
    items = [1, 2, 3]
    total = sum(items)
    doubled = [i * 2 for i in items]
    names = {i: str(i) for i in items}
print(Static.total, Static.doubled, Static.names)
