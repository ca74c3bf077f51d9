# __doc__ of classes and instances: a class's own docstring or None, never a base's
import collections
class A:
    "adoc"
class B(A):
    pass
class C(B):
    "cdoc"
print(A.__doc__, B.__doc__, C.__doc__, A().__doc__, B().__doc__, C().__doc__)
print(sorted(k for k in vars(B)), type('X', (A,), {}).__doc__, type('Y', (), {'__doc__': 'ydoc'}).__doc__)
P = collections.namedtuple('P', 'x y')
class Q(P):
    pass
print(P.__doc__, Q.__doc__)
def f():
    "fdoc"
print(f.__doc__, (lambda: 0).__doc__)
