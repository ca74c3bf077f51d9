# global/nonlocal edge cases, name resolution order, builtins shadowing
x = 'module'

def read_global():
    return x

def shadow_local():
    x = 'local'
    return x, read_global()

def modify_global():
    global x
    old = x
    x = 'modified'
    return old

print(read_global(), shadow_local(), modify_global(), x)
x = 'module'

def nested_global():
    def inner():
        global x
        x = 'from inner'
    inner()
    return x
print(nested_global(), x)
x = 'module'

def nonlocal_chain():
    a = 0
    def mid():
        def leaf():
            nonlocal a
            a += 1
            return a
        leaf(); leaf()
        return a
    r = mid()
    return r, a
print(nonlocal_chain())

def nonlocal_skip():
    v = 'outer'
    def mid():
        v = 'mid'
        def leaf():
            nonlocal v
            v = 'leaf set mid'
        leaf()
        return v
    return mid(), v
print(nonlocal_skip())

def counter_factory():
    count = 0
    def incr():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        count, old = 0, count
        return old
    return incr, reset
inc, reset = counter_factory()
inc(); inc(); inc()
print(reset(), inc())

def shadow_builtin():
    len = lambda s: 'fake'
    return len('abc')
print(shadow_builtin(), len('abc'))
import builtins
print(builtins.len('abcd'), getattr(builtins, 'max')(3, 9))

def uses_later_global():
    return later_defined * 2
later_defined = 21
print(uses_later_global())

class K:
    attr = 'class'
    def method(self):
        return attr
attr = 'global attr'
print(K().method())

def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())

def conditional_def(flag):
    if flag:
        def f():
            return 'A'
    else:
        def f():
            return 'B'
    return f()
print(conditional_def(True), conditional_def(False))

def recursive_closure(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recursive_closure(10))

def gen_with_nonlocal():
    state = []
    def producer():
        for i in range(3):
            state.append(i)
            yield len(state)
    return list(producer()), state
print(gen_with_nonlocal())

def globals_locals():
    local_var = 1
    return sorted(locals()), 'globals_locals' in globals()
print(globals_locals())
exec_ns = {'base': 10}
exec('result = base * 2\ndef helper(v):\n    return v + base', exec_ns)
print(exec_ns['result'], exec_ns['helper'](1), eval('base + 1', exec_ns), eval('y * 2', {}, {'y': 4}))
try:
    exec('raise ValueError("in exec")', {})
except ValueError as e:
    print('ValueError', e)
