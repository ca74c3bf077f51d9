# pickle: instances of user classes (copyreg.__newobj__, _reconstructor),
# __getstate__/__setstate__, __reduce__, __reduce_ex__, __getnewargs__(_ex),
# __slots__, shared references and recursion, classes and functions by reference
import pickle
import copyreg


class Plain:
    pass


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class WithState:
    def __init__(self, a):
        self.a = a
        self.cache = {'big': 1}

    def __getstate__(self):
        return {'a': self.a}

    def __setstate__(self, state):
        self.a = state['a']
        self.cache = 'rebuilt'


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n * 10,))


class ReducedEx:
    def __reduce_ex__(self, proto):
        return (ReducedEx.make, (proto,))

    @staticmethod
    def make(p):
        r = ReducedEx()
        r.made_with = p
        return r


class NewArgs:
    def __new__(cls, v):
        self = object.__new__(cls)
        self.v = v
        return self

    def __getnewargs__(self):
        return (self.v,)


class NewArgsEx:
    def __new__(cls, v, *, scale=1):
        self = object.__new__(cls)
        self.v = v * scale
        return self

    def __getnewargs_ex__(self):
        return ((self.v,), {'scale': 2})


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a):
        self.a = a


class SlotsAndDict:
    __slots__ = ('a', '__dict__')


def module_func(x):
    return x + 1


def show(label, obj, protos=(0, 1, 2, 3, 4, 5)):
    print(label)
    for p in protos:
        try:
            data = pickle.dumps(obj, p)
        except Exception as e:
            print(' ', p, 'error', type(e).__name__, e)
            continue
        print(' ', p, data)


p = Point(1, 2)
show('Point', p)
for proto in range(6):
    q = pickle.loads(pickle.dumps(p, proto))
    print(proto, q, q == p, type(q).__name__, vars(q))

e = Plain()
show('empty Plain', e)
print(type(pickle.loads(pickle.dumps(e))).__name__, vars(pickle.loads(pickle.dumps(e, 0))))

w = WithState(5)
show('WithState', w)
w2 = pickle.loads(pickle.dumps(w))
print(w2.a, w2.cache)
w0 = pickle.loads(pickle.dumps(w, 0))
print(w0.a, w0.cache)

r = pickle.loads(pickle.dumps(Reduced(4)))
print('Reduced', r.n)
show('Reduced', Reduced(1), (0, 2, 4))
for proto in (0, 2, 5):
    print('ReducedEx', proto, pickle.loads(pickle.dumps(ReducedEx(), proto)).made_with)

na = NewArgs(7)
show('NewArgs', na, (2, 4))
print(pickle.loads(pickle.dumps(na)).v, pickle.loads(pickle.dumps(na, 0)).v)
nx = NewArgsEx(3)
show('NewArgsEx', nx, (2, 4))
print(pickle.loads(pickle.dumps(nx, 4)).v, pickle.loads(pickle.dumps(nx, 5)).v)

s = Slotted(1)
show('Slotted', s)
s2 = pickle.loads(pickle.dumps(s))
print(s2.a, hasattr(s2, 'b'))
s.b = [1]
s3 = pickle.loads(pickle.dumps(s, 2))
print(s3.a, s3.b)
print(copyreg._slotnames(Slotted), Slotted.__slotnames__)

sd = SlotsAndDict()
sd.a = 1
sd.z = 2
print(sd.__getstate__())
show('SlotsAndDict', sd, (2, 4))
sd2 = pickle.loads(pickle.dumps(sd))
print(sd2.a, sd2.z)

# shared and recursive structure
shared = [1, 2]
pair = [shared, shared]
show('shared', pair)
back = pickle.loads(pickle.dumps(pair))
print(back, back[0] is back[1])
rec = [1]
rec.append(rec)
show('recursive list', rec)
back = pickle.loads(pickle.dumps(rec))
print(back[0], back[1] is back)
d = {}
d['self'] = d
show('recursive dict', d, (0, 2, 4))
back = pickle.loads(pickle.dumps(d))
print(back['self'] is back)
t = ([],)
t[0].append(t)
show('recursive tuple', t)
back = pickle.loads(pickle.dumps(t))
print(back[0][0] is back)
inst = Point(None, None)
inst.x = inst
show('recursive instance', inst, (0, 2, 4))
back = pickle.loads(pickle.dumps(inst))
print(back.x is back)

# classes and functions by reference
show('class', Point)
show('function', module_func)
show('builtin', len)
show('types', [int, str, dict, list, type(None), object])
print(pickle.loads(pickle.dumps(module_func))(1), pickle.loads(pickle.dumps(Point)) is Point)
print(pickle.loads(pickle.dumps(len)) is len, pickle.loads(pickle.dumps(ReducedEx.make)) is ReducedEx.make)
show('nested qualname', ReducedEx.make, (2, 3, 4))
show('copyreg funcs', copyreg._reconstructor, (2, 4))
