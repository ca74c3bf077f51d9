# special methods inherited through a diamond follow the MRO; dict subclasses
# keep their class through clear() and fromkeys()
class E:
    def __repr__(self): return 'E-repr'
    def __str__(self): return 'E-str'
    def __len__(self): return 1
class R(E): pass
class F(E):
    def __repr__(self): return 'F-repr'
    def __len__(self): return 2
class J(R, F): pass
class K(J): pass
print(repr(J()), str(J()), len(J()), repr(K()), len(K()), J.__repr__ is F.__repr__)
class D(dict):
    def total(self): return sum(self.values())
d = D(a=1, b=2)
d.note = 'kept'
d.clear()
d['c'] = 3
print(type(d).__name__, d, d.total(), d.note)
f = D.fromkeys('xy', 4)
print(type(f).__name__, f, f.total(), type(dict.fromkeys('a')).__name__, type(D().fromkeys('z')).__name__)
