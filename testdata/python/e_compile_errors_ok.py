# SyntaxError from compile()/eval()/exec(), plus runtime errors inside exec'd code

sources = [
    'def f(:\n    pass',
    'return 5',
    'break',
    'nonlocal x',
    'x = yield 1',
    'for x in 1, 2: pass',
    'lambda: (yield)',
    'print("ok")',
]
for src in sources:
    try:
        compile(src, '<test>', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.args[0])

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

show('eval ok', lambda: eval('2 ** 10'))
show('eval name', lambda: eval('missing + 1'))
show('eval ns', lambda: eval('a * b', {'a': 3, 'b': 4}))
show('exec result', lambda: exec('y = 5'))
ns = {}
exec('def sq(n):\n    return n * n\nresult = sq(7)', ns)
print(ns['result'], sorted(k for k in ns if not k.startswith('__')))
show('exec raise', lambda: exec('raise KeyError("inside exec")'))
show('eval zero', lambda: eval('1 // 0'))
show('eval type', lambda: eval(5))
code = compile('a + 1', '<expr>', 'eval')
print(eval(code, {'a': 41}), code.co_filename)
