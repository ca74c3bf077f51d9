# C.x = v goes to the metaclass (type.__setattr__), never to the class's own instance hook
class M(type):
    def __setattr__(cls, k, v):
        print('M.__setattr__', cls.__name__, k, v)
        super().__setattr__(k, v)
    def __delattr__(cls, k):
        print('M.__delattr__', k)
        super().__delattr__(k)
class A(metaclass=M):
    def __setattr__(self, k, v):
        print('A.__setattr__', k, v)
        object.__setattr__(self, k, v)
    def __delattr__(self, k):
        print('A.__delattr__', k)
        object.__delattr__(self, k)
A.x = 1
a = A()
a.y = 2
del a.y
del A.x
print(hasattr(A, 'x'), vars(a))
class B(A):
    pass
B.z = 3
b = B(); b.w = 4
print(B.z, b.w)
object.__setattr__(A, 'q', 5) if False else None
type.__setattr__(A, 'r', 6)
print(A.r)
