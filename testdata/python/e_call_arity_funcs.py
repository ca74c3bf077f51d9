# TypeError messages for wrong call signatures of plain module-level functions

def f(a, b):
    return a + b

def g(a, b=2, *, c, d=4):
    return (a, b, c, d)

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
attempt('g-kw', g, 1, c=1, e=5)

def many(a, b, c, d):
    return a

attempt('many0', many)
attempt('many1', many, 1)
attempt('many2', many, 1, 2)
attempt('many3', many, 1, 2, 3)

def kwonly(*, a, b):
    return a, b

attempt('ko0', kwonly)
attempt('ko1', kwonly, a=1)
attempt('kopos', kwonly, 1)
attempt('ko-ok', kwonly, b=2, a=1)
attempt('kwargsdict', f, **{'a': 1, 'b': 2})
attempt('kwargsbad', f, 1, **{'a': 1})

def star(*args, **kw):
    return len(args), sorted(kw)

attempt('star', star, 1, 2, x=1, y=2)

def defaults(a, b=1, c=2):
    return a + b + c

attempt('def0', defaults)
attempt('def4', defaults, 1, 2, 3, 4)
attempt('def1', defaults, 1)
attempt('defkw', defaults, 1, c=10)

def noargs():
    return 'none'

attempt('noargs1', noargs, 1)
attempt('noargs2', noargs, 1, 2)
attempt('noargskw', noargs, x=1)
attempt('noargs', noargs)

def one_kwonly_default(a, *, flag=False):
    return a, flag

attempt('okd', one_kwonly_default, 1, True)
attempt('okd2', one_kwonly_default, 1, flag=True)
