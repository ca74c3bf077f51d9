# exceptions inside generators, comprehensions, and with-statement __exit__ info

def gen(items):
    for it in items:
        if it is None:
            raise ValueError('None in stream')
        yield it * 2

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

show('gen ok', lambda: list(gen([1, 2])))
show('gen fail', lambda: list(gen([1, None, 3])))

g = gen([5, None, 7])
print(next(g))
try:
    next(g)
except ValueError as e:
    print('caught', e)

show('listcomp', lambda: [10 / x for x in [5, 2, 0, 1]])
show('dictcomp', lambda: {k: v for k, v in [('a', 1), ('b', 2, 3)]})
show('setcomp', lambda: {int(s) for s in ['1', 'two']})
show('genexpr sum', lambda: sum(1 / (x - 2) for x in range(4)))
show('nested comp', lambda: [[row[i] for i in range(3)] for row in [[1, 2, 3], [4, 5]]])

def safe_gen():
    try:
        yield 1
        yield 2
    finally:
        print('  gen cleanup')

sg = safe_gen()
for v in sg:
    print('got', v)
    break
sg.close()

def catching_gen():
    while True:
        try:
            x = yield
            print('  received', x)
        except KeyError as e:
            print('  gen handled', repr(e))

cg = catching_gen()
next(cg)
cg.send(1)
cg.throw(KeyError('k'))
cg.send(2)
cg.close()
