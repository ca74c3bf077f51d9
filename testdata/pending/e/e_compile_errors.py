# SyntaxError from compile()/eval()/exec(), plus runtime errors inside exec'd code

sources = [
    '1 +',
    'x = (1, 2',
    'def f(:\n    pass',
    'return 5',
    'break',
    'nonlocal x',
    'x = yield 1',
    'f(x for x in y, 1)',
    'a = 1 = 2',
    'del f()',
    '"unterminated',
    'if True:\npass',
    '  x = 1',
    'for x in 1, 2: pass',
    'lambda: (yield)',
    'x: int = 5',
    'print("ok")',
]
for src in sources:
    try:
        compile(src, '<test>', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno)

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

show('eval ok', lambda: eval('2 ** 10'))
show('eval name', lambda: eval('missing + 1'))
show('eval ns', lambda: eval('a * b', {'a': 3, 'b': 4}))
show('eval stmt', lambda: eval('x = 1'))
show('exec result', lambda: exec('y = 5'))
ns = {}
exec('def sq(n):\n    return n * n\nresult = sq(7)', ns)
print(ns['result'], sorted(k for k in ns if not k.startswith('__')))
show('exec raise', lambda: exec('raise KeyError("inside exec")'))
show('eval zero', lambda: eval('1 // 0'))
show('eval type', lambda: eval(5))
show('compile mode', lambda: compile('1', '<x>', 'bogus'))
code = compile('a + 1', '<expr>', 'eval')
print(eval(code, {'a': 41}), code.co_filename)
