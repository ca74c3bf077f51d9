def gen(tag, n=3):
    try:
        for i in range(n):
            yield i
    finally:
        print('  cleanup', tag)

for v in gen('mod-break'):
    print('got', v)
    break
print('after mod-break')
for v in gen('mod-normal'):
    pass
print('after mod-normal')

def f1():
    for v in gen('ret'):
        return v
    print('never')
print(f1(), 'after ret')

def f2():
    for v in gen('exc'):
        raise ValueError(v)
try:
    f2()
except ValueError as e:
    print('caught', e)

def outer():
    for v in gen('inner'):
        yield v
g = outer()
print(next(g))
g.close()
print('after close')

def f3():
    g = gen('stored')
    for v in g:
        break
    print('stored not closed yet')
    g.close()
f3()

def f4():
    out = []
    for a in gen('outerloop', 2):
        for b in gen('innerloop', 3):
            if b == 1:
                break
            out.append((a, b))
        else:
            print('no')
    return out
print(f4())

def f5():
    for a in range(3):
        for b in gen('else-cont', 1):
            pass
        else:
            continue
    return 'f5 ok'
print(f5())

def f6(c):
    if c:
        for v in gen('if-end'):
            if v == 1:
                break
    return 'f6'
print(f6(True), f6(False))

def f7():
    for v in gen('cont'):
        try:
            if v == 0:
                continue
        finally:
            pass
        print('f7', v)
f7()
def f8():
    for v in gen('finally-ret'):
        try:
            return v
        finally:
            print('  inner finally')
print(f8())
class C:
    for v in gen('classbody'):
        break
    print('class body after')
print(locals().get('v'))
def f9():
    for v in gen('locs', 1):
        pass
    return sorted(locals())
print(f9())
# a WSGI-style middleware generator wrapping an app's generator
def app_body(log):
    try:
        yield b'a'
        yield b'b'
    finally:
        log.append('app closed')
def middleware(log):
    for chunk in app_body(log):
        yield chunk.upper()
log = []
body = middleware(log)
print(next(body), log)
body.close()
print(log)
# a generator expression in the header
def numbers(log):
    try:
        yield from range(10)
    finally:
        log.append('numbers done')
log = []
for n in (x * 2 for x in numbers(log)):
    if n > 4:
        break
print(n, log)
# with-statement inside the generator
class Res:
    def __enter__(self):
        print('  open')
        return self
    def __exit__(self, *a):
        print('  close', a[0])
def lines():
    with Res():
        yield 'l1'
        yield 'l2'
for line in lines():
    print(line)
    break
print('done')
