tests = [
 "str.__len__('abc')", "'abc'.__len__()", "str.__add__('a','b')", "'a'.__contains__('a')", "str.__getitem__('abc', 1)",
 "int.__add__(1, 2)", "(5).__add__(3)", "(5).__radd__(3)", "(5).__mul__(2)", "int.__lt__(1, 2)", "(1).__eq__(1.0)", "(3).__index__()", "(3).__int__()", "(3).__float__()", "(2.5).__int__()", "(2.5).__round__()", "(7).__floordiv__(2)", "(7).__truediv__(2)", "(-3).__abs__()", "(3).__neg__()", "(5).__bool__()", "(5).__hash__() == hash(5)", "(1).__add__('x')",
 "list.__getitem__([1, 2], 0)", "[1, 2].__len__()", "[1].__add__([2])", "[1,2].__contains__(2)", "[3,1].__iter__().__next__()", "list.__setitem__",
 "dict.__getitem__({'a': 1}, 'a')", "{'a': 1}.__len__()", "{'a':1}.__contains__('a')", "dict.__setitem__", "{1: 2}.__iter__().__next__()",
 "(1, 2).__len__()", "tuple.__getitem__((1, 2), 1)", "{1}.__contains__(1)", "{1}.__or__({2})", "{1, 2}.__and__({2})", "{1}.__len__()",
 "b'ab'.__len__()", "b'ab'.__getitem__(0)", "range(5).__len__()", "range(5).__contains__(3)", "(1.5).__add__(1)", "(1.5).__lt__(2)", "object.__str__(3)", "object.__format__(3, '')", "(3).__format__('05d')", "'x'.__format__('>3')", "(3).__str__()", "'a'.__mul__(3)", "'%s'.__mod__(3)", "[1].__mul__(2)", "type.__call__(int, '5')", "int.__new__(int, 5)", "(3).__pow__(2)", "(3).__and__(1)", "(1).__lshift__(3)", "(3).__invert__()", "(3.7).__floor__()", "(3.2).__ceil__()", "(3.7).__trunc__()",
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r) if not callable(r) else 'callable')
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)
d = D(); d['a'] = 1; print(d['a'], dict(d))
class L(list):
    def __getitem__(self, i):
        return super().__getitem__(i) + 100
    def __len__(self):
        return super().__len__() * 10
l = L([1, 2]); print(l[0], len(l))
class S(str):
    def __add__(self, o):
        return S(str.__add__(self, o).upper())
    def __len__(self):
        return str.__len__(self) + 1
print(S('a') + 'b', len(S('ab')))
class I(int):
    def __add__(self, o):
        return I(int.__add__(self, o) * 10)
print(I(1) + 2)
