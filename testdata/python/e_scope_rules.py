# global / nonlocal / closure scoping rules and the errors they prevent

total = 0

def add_global(n):
    global total
    total += n
    return total

print(add_global(5), add_global(2), total)

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count

    return inc, get

inc, get = make_counter()
inc(); inc(10)
print(get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())

def shadow():
    total = 'local'
    return total

print(shadow(), total)

def read_global_only():
    return total * 2

print(read_global_only())

def nested_nonlocal():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x

    r = middle()
    return r, x

print(nested_nonlocal())

def loop_closures():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]

print(loop_closures())

def comprehension_scope():
    x = 'function x'
    squares = [x for x in range(3)]
    return x, squares

print(comprehension_scope())

def class_scope():
    value = 'function value'

    class Inner:
        value = 'class value'
        doubled = [value for _ in range(1)]
        direct = value

    return Inner.doubled, Inner.direct

print(class_scope())

def global_decl_in_nested():
    def set_it():
        global created_later
        created_later = 'made in nested'
    set_it()
    return created_later

print(global_decl_in_nested(), created_later)
try:
    print(never_defined)
except NameError as e:
    print(type(e).__name__, e)

def del_global():
    global total
    del total

del_global()
try:
    total
except NameError as e:
    print(type(e).__name__, e)
x = 1
def uses_x():
    return [x + i for i in range(2)]
print(uses_x())
