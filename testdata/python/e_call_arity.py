# TypeError messages for wrong call signatures of user functions and methods

def f(a, b):
    return a + b

def g(a, b=2, *, c, d=4):
    return (a, b, c, d)

def h(x, /, y):
    return x, y

class Box:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def scale(self, k, *, inplace=False):
        return k

    @staticmethod
    def make(n):
        return n

    @classmethod
    def build(cls, a, b):
        return cls(a, b)

def attempt(label, fn, *args, **kwargs):
    try:
        r = fn(*args, **kwargs)
        print(label, 'ok', r)
    except TypeError as e:
        print(label, type(e).__name__, e)

attempt('f0', f)
attempt('f1', f, 1)
attempt('f3', f, 1, 2, 3)
attempt('fkw', f, 1, 2, z=3)
attempt('fdup', f, 1, a=2)
attempt('fok', f, b=1, a=2)
attempt('g-noc', g, 1)
attempt('g-pos', g, 1, 2, 3)
attempt('g-ok', g, 1, c=3)
attempt('g-none', g)
attempt('h-kw', h, x=1, y=2)
attempt('h-ok', h, 1, y=2)
attempt('box0', Box)
attempt('box1', Box, 1)
attempt('box3', Box, 1, 2, 3)
b = Box(2, 3)
attempt('area', b.area)
attempt('area+', b.area, 5)
attempt('scale0', b.scale)
attempt('scalepos', b.scale, 1, True)
attempt('scalekw', b.scale, 1, inplace=True)
attempt('scalebad', b.scale, 1, inplce=True)
attempt('make0', Box.make)
attempt('make2', Box.make, 1, 2)
attempt('build1', Box.build, 1)
attempt('unbound', Box.area)
attempt('lam', lambda x, y: x, 1)
attempt('lam2', lambda: 0, 1)

def many(a, b, c, d):
    return a

attempt('many1', many, 1)
attempt('many2', many, 1, 2)

def kwonly(*, a, b):
    return a, b

attempt('ko0', kwonly)
attempt('ko1', kwonly, a=1)
attempt('kopos', kwonly, 1)
attempt('kwargsdict', f, **{'a': 1, 'b': 2})
attempt('kwargsbad', f, 1, **{'a': 1})
