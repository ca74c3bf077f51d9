def show(f, *a):
    try:
        r = f(*a)
        print("ok", r)
    except NameError as e:
        print(type(e).__name__, "|", e, "|", isinstance(e, NameError), isinstance(e, UnboundLocalError))

def read_before():
    print(x)
    x = 1
show(read_before)

def deleted():
    y = 1
    del y
    return y
show(deleted)

def del_twice():
    z = 1
    del z
    del z
show(del_twice)

def cond(flag):
    if flag:
        v = "set"
    return v
show(cond, True)
show(cond, False)

def loop_after(items):
    for it in items:
        pass
    return it
show(loop_after, [1, 2])
show(loop_after, [])

def cell_local():
    def inner():
        return c
    r = None
    try:
        r = inner()
    finally:
        pass
    c = 5
    return r
show(cell_local)

def cell_read_in_owner():
    print(w)
    w = 1
    def inner():
        return w
    return inner
show(cell_read_in_owner)

def global_missing():
    return no_such_name
show(global_missing)

counter = 0
def bump():
    counter += 1
show(bump)

def nested_try():
    try:
        try:
            return q
        except KeyError:
            return "wrong"
    except UnboundLocalError as e:
        return "caught " + str(e)
    q = 1
show(nested_try)

def in_comprehension():
    return [k for k in range(2) if m]
    m = 1
show(in_comprehension)

class C:
    def meth(self):
        n = n + 1
show(C().meth)
try:
    raise UnboundLocalError("manual")
except NameError as e:
    print(type(e).__name__, e)
print(UnboundLocalError.__mro__[1].__name__)
