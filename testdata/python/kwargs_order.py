def f(**kw):
    return kw
print(f(z=1, y=2, x=3), type(f()).__name__, isinstance(f(), dict))
def g(a, *args, **kw):
    return a, args, kw
print(g(1, 2, 3, c=4, b=5))
print(g(*[1, 2], **{'q': 1, 'p': 2}))
print(g(0, *(1,), k=1, **{'j': 2}))
def h(a, b=2, *, c, d=4, **rest):
    return a, b, c, d, rest
print(h(1, c=3), h(1, 2, c=3, d=5, e=6, f=7), h(c=1, a=0, zz=9))
print(dict(b=1, a=2), dict([(1, 2)], x=3), dict({'z': 1}, y=2))
print('{a}-{b}'.format(**{'b': 2, 'a': 1}), '%(x)s' % {'x': 'ok'})
def wrapper(*args, **kwargs):
    return g(*args, **kwargs)
print(wrapper(1, m=1, l=2))
try:
    g(1, **{'a': 2})
except TypeError as e:
    print('TypeError', e)
try:
    f(**[1])
except TypeError as e:
    print('TypeError', e)
try:
    f(**{1: 2})
except TypeError as e:
    print('TypeError', e)
def kwname(**kw):
    return kw
print(kwname(kw=1, other=2))
def outer(**kw):
    def inner():
        return kw
    return inner()
print(outer(b=1, a=2))
