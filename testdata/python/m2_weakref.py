import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def hello(self, x=1):
        return 'hello %s %d' % (self.name, x)
    def __repr__(self):
        return 'Obj(%r)' % self.name

a, b = Obj('a'), Obj('b')
r = weakref.ref(a)
print(r() is a, r().name, r() == a, r.__callback__)
r2 = weakref.ref(a, lambda ref: print('callback'))
print(r == r2, r != weakref.ref(b), hash(r) == hash(a), callable(r2.__callback__))
print(isinstance(r, weakref.ReferenceType), weakref.ReferenceType is weakref.ref)
print(repr(r).startswith('<weakref at 0x'), "to 'Obj' at" in repr(r))
for bad in [1, 'str', (1,), [1], {}, None, 2.5]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(type(e).__name__, e)

wm = weakref.WeakMethod(a.hello)
print(wm()(2), wm() == a.hello)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(type(e).__name__)

p = weakref.proxy(a)
print(p.name, p.hello(3), isinstance(p, weakref.ProxyTypes))
p.name = 'A'
meth, x = a.hello, Obj('x')
print(a.name, weakref.proxy(meth)(4), weakref.proxy(x).name)

wvd = weakref.WeakValueDictionary()
wvd['k1'] = a
wvd['k2'] = b
print(len(wvd), wvd['k1'], 'k2' in wvd, sorted(wvd.keys()), wvd.get('zz', 'none'))
print(sorted(v.name for v in wvd.values()), [r() for r in wvd.valuerefs()] != [])
del wvd['k1']
print(list(wvd.items()), wvd.pop('k2'), len(wvd), repr(wvd).startswith('<WeakValueDictionary at 0x'))
try:
    wvd['x'] = 5
except TypeError as e:
    print(type(e).__name__, e)
wvd2 = weakref.WeakValueDictionary({'z': b}, y=a)
print(sorted(wvd2), wvd2.copy()['y'], wvd2.setdefault('w', a).name)

wkd = weakref.WeakKeyDictionary()
wkd[a] = 1
wkd[b] = 2
wkd[a] += 10
print(len(wkd), wkd[a], b in wkd, sorted(wkd.values()), len(wkd.keyrefs()))
try:
    wkd['str'] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(wkd[Obj('c')])
except KeyError as e:
    print(type(e).__name__)

ws = weakref.WeakSet([a, b])
ws.add(a)
print(len(ws), a in ws, Obj('z') in ws, sorted(o.name for o in ws))
ws.discard(b)
print(len(ws), [o.name for o in ws], isinstance(ws, weakref.WeakSet))
try:
    ws.add(3)
except TypeError as e:
    print(type(e).__name__, e)

log = []
f = weakref.finalize(a, log.append, 'finalized')
print(f.alive, f.peek()[0] is a, f.atexit)
print(f(), log, f.alive, f(), log)
g = weakref.finalize(b, lambda x, y=0: x + y, 1, y=2)
print(g.detach()[2:], g.alive, g(), g.detach())
print(weakref.getweakrefcount(3) == 0, weakref.getweakrefs(3))
q = Obj('q')
h = weakref.finalize(q, print, 'never printed at exit')
h.atexit = False
print(h.alive)
