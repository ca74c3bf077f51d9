# calling builtin types' dunder methods directly (common in wrappers / proxies)
print((5).__add__(3), (5).__radd__(3), (5).__add__(1.5), (5).__eq__("x"), (5).__lt__(7))
print((7).__truediv__(2), (7).__floordiv__(2), (7).__mod__(3), (7).__pow__(2), (7).__pow__(2, 5), (7).__neg__())
print((7).__hash__(), (7).__format__("03d"), (7).__round__(-1), (7).__trunc__(), (7).__floor__(), (7).__ceil__())
print((2.5).__add__(1), (2.5).__floor__(), (2.5).__trunc__(), (2.5).__int__(), (2.5).__format__(".2f"))
print("ab".__add__("c"), "ab".__mul__(2), "ab".__contains__("a"), "ab".__eq__(1), "ab".__iter__().__next__())
print("ab".__hash__() == hash("ab"), "%s!".__mod__(5), [1].__add__([2]), [1].__contains__(1), [1].__lt__([2]))
print([1, 2].__reversed__().__next__(), (1, 2).__contains__(2), (1, 2).__hash__() == hash((1, 2)))
t = (1, 2)
print(t.__add__((3,)), t.__add__((3, 4)), True.__and__(False), True.__or__(False), object().__eq__(1))
print(int.__add__(1, 2), str.__len__("abc"), list.__len__([1]), float.__add__(1.0, 2.0), dict.__getitem__({1: 2}, 1))
class Wrapper:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        r = self.v.__eq__(other.v if isinstance(other, Wrapper) else other)
        return r
print(Wrapper(1) == Wrapper(1), Wrapper(1) == 1, Wrapper(1) == "1", Wrapper("a") == "a")
r = (1).__eq__("1")
print(r is NotImplemented, type(r).__name__)
