# Generator return values through next()/send(), StopIteration.value,
# default object reprs (module-qualified), object.__repr__ via super().


def counter(n):
    total = 0
    for i in range(n):
        got = yield i
        if got:
            total += got
    return total


g = counter(3)
print(next(g), g.send(10), g.send(5))
try:
    g.send(1)
except StopIteration as e:
    print("returned", e.value, e.args)

g = counter(1)
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)


def empty():
    return
    yield


try:
    next(empty())
except StopIteration as e:
    print("no value:", e.value, e.args)
print(next(empty(), "default"))


def delegate():
    result = yield from counter(2)
    print("delegate got", result)
    return result * 2


d = delegate()
print(list(d))
e = StopIteration(42)
print(e.value, StopIteration().value)


class Plain:
    pass


class Outer:
    class Inner:
        pass


class WithRepr:
    def __repr__(self):
        base = super().__repr__()
        return "WithRepr(" + base.split(" object at ")[0] + ")"


class WithStr:
    def __str__(self):
        return "as str"


def shape(r):
    return r.split(" at 0x")[0] + ">" if " at 0x" in r else r


print(shape(repr(Plain())), shape(str(Plain())))
print(shape(repr(Outer.Inner())), Outer.Inner.__qualname__)
print(repr(WithRepr()), str(WithRepr()), [WithRepr()])
print(shape(repr(WithStr())), str(WithStr()), "%s" % WithStr(), "{}".format(WithStr()))
print(shape(object.__repr__(WithStr())), repr(Plain), Plain.__module__)
print(shape(repr(object())))
