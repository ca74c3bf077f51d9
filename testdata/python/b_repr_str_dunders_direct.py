# x.__repr__() / x.__str__() called directly, on built-ins, exceptions and user classes
class E(Exception):
    def __init__(self, p):
        self.args = p,
    def __repr__(self):
        return 'R'
    def __str__(self):
        return 'S:' + self.__repr__()
e = E(b'abc')
print(repr(e), str(e), e.__repr__(), e.__str__(), E.__repr__(e))
print(ValueError('x').__repr__(), ValueError('y').__str__(), KeyError('k').__str__(), OSError(2, 'gone').__str__())
print([1, 'a'].__repr__(), 'a'.__repr__(), (1,).__repr__(), ().__repr__(), {1: 2}.__repr__(), {3}.__repr__())
print(b'x'.__repr__(), (1.5).__repr__(), (10**20).__repr__(), None.__repr__(), True.__repr__(), range(3).__repr__())
print(int.__repr__(5), str.__repr__('q'), list.__repr__([2]), object.__repr__(e)[:12])
class C:
    def __repr__(self):
        return 'C!'
class D(C):
    pass
class Plain:
    pass
print(C().__repr__(), C.__repr__(C()), D().__repr__(), str(D()), Plain().__repr__()[:16], Plain().__str__()[:16])
class S(str):
    def __repr__(self):
        return 'S(' + super().__repr__() + ')'
print(S('v').__repr__(), repr(S('v')), [S('w')])
def f():
    pass
print(f.__repr__()[:12], str(f)[:12], len.__repr__(), print.__str__())
class HTTPish(Exception):
    def __init__(self, partial):
        self.args = partial,
        self.partial = partial
    def __repr__(self):
        return '%s(%i bytes read)' % (type(self).__name__, len(self.partial))
    def __str__(self):
        return repr(self)
print(HTTPish(b'abc'), str(HTTPish(b'ab')), [HTTPish(b'')])
