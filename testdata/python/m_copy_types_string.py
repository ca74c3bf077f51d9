import copy, types, string
# copy / deepcopy
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
        self.parent = None
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child
root = Node('root')
a = root.add(Node('a'))
a.add(Node('a1'))
dup = copy.deepcopy(root)
print(dup.val, dup.children[0].parent is dup, dup.children[0].children[0].parent is dup.children[0], dup is not root, dup.children[0] is not a)
shallow = copy.copy(root)
print(shallow.children is root.children, shallow.val)
cyc = [1, {'k': None}]
cyc[1]['k'] = cyc
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[2] is dc, dc[1]['k'] is dc, dc is not cyc, dc[0])
shared = [1, 2]
pair = {'x': shared, 'y': shared, 't': (shared, 3), 'ft': frozenset([1]), 's': 'str'}
dp = copy.deepcopy(pair)
print(dp['x'] is dp['y'], dp['t'][0] is dp['x'], dp['x'] is not shared, dp['s'] is pair['s'], copy.deepcopy((1, 'a')) == (1, 'a'))
memo = {}
copy.deepcopy([shared, shared], memo)
print(id(shared) in memo)
class Conn:
    def __init__(self, dsn):
        self.dsn = dsn
        self.cursor_count = 0
    def __copy__(self):
        print('__copy__ called')
        new = Conn(self.dsn)
        return new
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Conn(self.dsn + '-copy')
c = Conn('db')
c.cursor_count = 5
c2 = copy.copy(c)
c3 = copy.deepcopy({'conn': c})
print(c2.dsn, c2.cursor_count, c3['conn'].dsn)
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a, self.b = 1, [2]
s2 = copy.deepcopy(Slotted())
print(s2.a, s2.b)
class WithState:
    def __init__(self):
        self.x = [1]
        self.cache = 'big'
    def __getstate__(self):
        st = self.__dict__.copy()
        del st['cache']
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'rebuilt'
w2 = copy.deepcopy(WithState())
print(w2.x, w2.cache)
print(copy.copy([1, [2]])[1] is not None, copy.copy({1: 2}), copy.copy(5), copy.copy(None), copy.deepcopy(copy.deepcopy) is copy.deepcopy)
# types
ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns == types.SimpleNamespace(a=1, b='two', c=[3]), sorted(vars(ns)), getattr(ns, 'zz', None))
del ns.a
print(ns, repr(types.SimpleNamespace()))
try:
    ns.a
except AttributeError as e:
    print('AttributeError', e)
cfg = {'debug': False}
ro = types.MappingProxyType(cfg)
cfg['debug'] = True
print(ro['debug'], len(ro), list(ro), ro.get('x', 1), 'debug' in ro, dict(ro), ro.copy(), type(ro).__name__)
try:
    ro['new'] = 1
except TypeError as e:
    print('TypeError', e)
def f():
    pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.LambdaType), isinstance((x for x in []), types.GeneratorType), isinstance(types, types.ModuleType))
class K:
    def m(self):
        pass
print(isinstance(K().m, types.MethodType), isinstance(K.m, types.FunctionType), types.NoneType is type(None) if hasattr(types, 'NoneType') else True)
m = types.ModuleType('plugins', 'Plugin docs')
m.x = 1
print(m.__name__, m.__doc__, m.x)
bound = types.MethodType(lambda self, y: (self, y), 'me')
print(bound(2))
# string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable), string.capwords('hello   big world'), string.capwords('a-b c-d', '-'))
t = string.Template('Hi $name, you owe $$${amount}. ${name}!')
print(t.substitute(name='Ann', amount='5.00'), t.safe_substitute(name='Bob'), t.template[:6])
print(string.Template('$a $b').substitute({'a': 1}, b=2), t.get_identifiers(), t.is_valid())
for bad in [lambda: t.substitute(name='x'), lambda: string.Template('$ bad').substitute(), lambda: string.Template('${unclosed').substitute(unclosed=1)]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
class AtTemplate(string.Template):
    delimiter = '@'
print(AtTemplate('Dear @who, @{what}s').substitute(who='you', what='thing'))
fmt = string.Formatter()
print(fmt.format('{0}-{x}-{1!r}', 'a', 'b', x=3), fmt.vformat('{a:>5}|{b:.2f}', (), {'a': 'r', 'b': 3.14159}))
print([p for p in fmt.parse('Hi {name!r:>10} and {0} {{lit}}')])
