class A:
    z = 1
    a = 2
    def m(self): pass
    b = 3
print([k for k in vars(A) if not k.startswith('__')], [k for k in A.__dict__ if not k.startswith('__')])
A.c = 4
A.a = 5
print([k for k in A.__dict__.keys() if not k.startswith('__')], '__gowsgi_order__' in dir(A), '__gowsgi_order__' in vars(A))
B = type('B', (), {'y': 1, 'x': 2})
print([k for k in vars(B) if not k.startswith('__')])
class Meta(type):
    def __new__(m, name, bases, ns):
        print('meta ns', [k for k in ns if not k.startswith('__')])
        return super().__new__(m, name, bases, ns)
class C(metaclass=Meta):
    q = 1
    p = 2
print([k for k in vars(C) if not k.startswith('__')], len(vars(A)) == len(list(vars(A))))
import enum
class Color(enum.Enum):
    RED = 3
    GREEN = 1
    BLUE = 2
print(list(Color))
