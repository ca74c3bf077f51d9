import copy, types, contextlib, keyword, string, textwrap, io
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(b, c, b[1] is a[1], c[1] is a[1])
class P:
    def __init__(self, x):
        self.x = x
        self.items = [x]
p = P(1)
q = copy.deepcopy(p)
q.items.append(2)
print(p.items, q.items, type(q).__name__, copy.copy(p).items is p.items)
shared = [1]
t = copy.deepcopy([shared, shared])
print(t[0] is t[1], copy.deepcopy((1, 'a')), copy.copy({1, 2}) == {1, 2})
class WithCopy:
    def __copy__(self):
        return 'custom copy'
    def __deepcopy__(self, memo):
        return 'custom deepcopy'
print(copy.copy(WithCopy()), copy.deepcopy([WithCopy()]))
ns = types.SimpleNamespace(a=1, b='x')
ns.c = 3
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=3))
def f():
    pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
mp = types.MappingProxyType({'a': 1})
print(mp['a'], list(mp), 'a' in mp, len(mp))
@contextlib.contextmanager
def tag(name):
    print('<' + name + '>')
    try:
        yield name.upper()
    finally:
        print('</' + name + '>')
with tag('b') as t:
    print('inside', t)
try:
    with tag('i'):
        raise ValueError('oops')
except ValueError as e:
    print('propagated', e)
@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print('swallowed')
with swallow():
    raise KeyError('k')
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print('after suppress')
class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print('closed', self.n)
with contextlib.closing(Res(1)) as r:
    print('using', r.n)
with contextlib.nullcontext(5) as v:
    print('null', v)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured')
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'cleanup', i)
    stack.enter_context(tag('s'))
@tag('deco')
def decorated():
    print('body')
print(keyword.iskeyword('for'), keyword.iskeyword('print'), len(keyword.kwlist))
print(string.ascii_letters, string.digits, string.punctuation, string.capwords('hello  world'))
tpl = string.Template('$who likes ${what}, costs $$5')
print(tpl.substitute(who='tim', what='kung pao'), tpl.safe_substitute(who='x'), tpl.get_identifiers())
try:
    tpl.substitute(who='a')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('$1').substitute()
except ValueError as e:
    print('ValueError', e)
print(string.Formatter().format('{0}-{name}!{1:>3}', 'a', 7, name='n'), list(string.Formatter().parse('a{b}c{d!r:>2}')))
text = 'The quick brown fox jumps over the lazy dog. ' * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill('short text here', width=10, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten('Hello  world, this is long', width=15), textwrap.dedent('''\
    indented
      more
    back'''))
print(repr(textwrap.indent('a\n\nb\n', '> ')))
