import inspect
import functools
from inspect import Parameter, Signature

def f(a, b: int = 2, *args, c, d: str = 'x', **kw) -> bool:
    """Do things.

        Indented detail.
    More.
    """
    return True

def g(x, y=None, z=(1, 'two')): pass
def h(*, key, flag=False): pass
def gen(n): yield n
lam = lambda p, q=3: p

for fn in [f, g, h, gen, lam]:
    sig = inspect.signature(fn)
    print(fn.__name__, sig, repr(sig))
    for name, p in sig.parameters.items():
        print('  ', name, p.kind, repr(p.kind), p.kind.description, repr(p), p.default is Parameter.empty, p.annotation)
sig = inspect.signature(f)
print(sig.return_annotation, inspect.signature(g).return_annotation is Signature.empty)
print(list(sig.parameters), len(sig.parameters), 'c' in sig.parameters, sig.parameters)

class A:
    """Class A."""
    def __init__(self, x, y=1): self.x = x
    def meth(self, u, *, v=0): return u
    @classmethod
    def cm(cls, k): pass
    @staticmethod
    def sm(s, t=5): pass
    def __call__(self, w): pass
class B(A): pass
class C: pass

a = A(1)
for obj in [A, B, C, a.meth, A.meth, A.cm, A.sm, a]:
    print(inspect.signature(obj))
print(inspect.signature(functools.partial(g, 1)), inspect.signature(functools.partial(g, z=0)))

@functools.wraps(g)
def wrapper(*a, **k): return g(*a, **k)
print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))

ba = inspect.signature(f).bind(1, 2, 3, 4, c=5, e=6)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba = inspect.signature(g).bind(1, z=9)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba, ba.args)
print(inspect.signature(g).bind_partial(y=2))
for fn, args, kwargs in [(g, (), {}), (g, (1, 2, 3, 4), {}), (g, (1,), {'x': 2}), (g, (1,), {'w': 0}), (h, (1,), {})]:
    try:
        inspect.signature(fn).bind(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)

params = [Parameter('a', Parameter.POSITIONAL_ONLY), Parameter('b', Parameter.POSITIONAL_OR_KEYWORD, default=1),
          Parameter('c', Parameter.KEYWORD_ONLY, annotation=list), Parameter('kw', Parameter.VAR_KEYWORD)]
s2 = Signature(params, return_annotation=int)
print(s2, s2.bind(1, c=2, b=3, zz=4))
print(s2.replace(return_annotation=Signature.empty), s2 == Signature(params, return_annotation=int))
print(Parameter('n', Parameter.KEYWORD_ONLY, default=None).replace(name='m'))
for bad in [lambda: Parameter('1x', 1), lambda: Parameter('v', 2, default=1),
            lambda: Signature([params[1], params[0]]),
            lambda: Signature([params[0], params[0]]),
            lambda: Signature([Parameter('p', 1, default=1), Parameter('q', 1)]),
            lambda: inspect.signature(3), lambda: s2.bind(a=1, c=2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(Parameter.empty, Parameter.POSITIONAL_ONLY < Parameter.VAR_KEYWORD, str(Parameter.VAR_POSITIONAL))

print(inspect.isfunction(f), inspect.isfunction(a.meth), inspect.ismethod(a.meth), inspect.ismethod(f))
print(inspect.isclass(A), inspect.isclass(a), inspect.ismodule(inspect), inspect.isbuiltin(len), inspect.isbuiltin(f))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f), inspect.isgenerator(gen(1)), inspect.iscoroutinefunction(f))
print(inspect.isroutine(f), inspect.isroutine(len), inspect.isroutine(a.meth), inspect.isroutine(3))
print(inspect.getdoc(f))
print(inspect.getdoc(A), inspect.getdoc(B), inspect.getdoc(C), inspect.getdoc(g))
print(repr(inspect.cleandoc('  first\n      second\n        third\n     \n  \n')))
print(repr(inspect.cleandoc('\n\n    a\n    b\n\n')), repr(inspect.cleandoc('one line')))
print([n for n, v in inspect.getmembers(A, inspect.isfunction)])
print([n for n, v in inspect.getmembers(a) if not n.startswith('__')])
print(inspect.getmodule(f).__name__, inspect.getmodule(A) is inspect.getmodule(f), inspect.getmodule(inspect) is inspect)
print(inspect.getfullargspec(f))
print(inspect.unwrap(wrapper) is g)
