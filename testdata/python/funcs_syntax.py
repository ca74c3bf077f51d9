a = [1, 2]
b = (3,)
def r():
    return *a, 3
def y():
    yield *a, *b
    x = yield *b, 9
    print("sent", x)
print(r())
g = y()
print(next(g), next(g))
try: g.send(5)
except StopIteration: print("stop")
for v in *a, *b: print(v, end=" ")
print()
t = *a, *b, 7
print(t)
def one(): return *a,
print(one())
c, *d = *a, *b; print(c, d)
if True: z = *b, 0
print(z)
h = lambda: (*a, 1)
print(h())
print([*a, *b], {**{'x': 1}})
for i, (p, q) in enumerate([(1, 2)]): print(i, p, q)
print({'k': 1}[ 'k' ])
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *a): print("exit", self.n)
with (CM(1) as a, CM(2) as b):
    print(a, b)
with (
    CM(3) as c,  # first
    CM(4) as d,
):
    print(c, d)
with (CM(5)):
    pass
def g(**kw): return sorted(kw.items())
print(g(**{'x': 1}, y=2))
# compile() goes through the same rewrites; SyntaxError attributes
code = compile("def f(r):\n    return 0, *r\nres = f([1, 2])\n", "<m>", "exec")
ns = {}
exec(code, ns)
print(ns['res'])
for src in ["x = 1\nprint(x))\n", "def f(:\n  pass\n", "a = 1\nb = = 2\n"]:
    try:
        compile(src, "bad.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.lineno, e.filename, isinstance(e.msg, str))
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
print(eval(compile("[*'ab', *'c']", "<e>", "eval")))
