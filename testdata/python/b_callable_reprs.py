# repr of functions, methods, built-ins, modules, generators and properties (addresses are id())
import re, sys
def mask(o):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(o))
def f(): pass
class C:
    def m(self): pass
    @classmethod
    def k(cls): pass
    @staticmethod
    def s(): pass
    def gen(self):
        yield 1
def g(): yield 1
for o in [f, C.m, C().m, C.k, C.s, len, print, [].append, sys, g(), C().gen(), (lambda: 0), property()]:
    print(mask(o))
c = C()
print(hex(id(f)) in repr(f), hex(id(c)) in repr(c), repr(c).endswith(hex(id(c)) + '>'))
