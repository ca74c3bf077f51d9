import functools
def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        return ('wrapped', f(*a, **k))
    return w
def tagged(tag):
    def d(f):
        f.tag = tag
        return f
    return d
@deco
def plain(a, b=2, *, c=3):
    return a + b + c
@tagged('t1')
@deco
def both(x=10, y: int = 5) -> int:
    return x * y
class K:
    @staticmethod
    def s(v=1):
        return v
    @classmethod
    def c(cls, v=2, *rest, k=None):
        return cls.__name__, v, rest, k
    @property
    def p(self, default=3):
        return default
print(plain(1), plain(1, 1, c=1), both(), both(2, y=3), both.tag, both.__name__, K.s(), K.c(), K.c(5, 6, k=7), K().p)
square = lambda n=3: n * n
print(square(), square(4), sorted([3, 1, 2], key=lambda v, m=-1: v * m))
