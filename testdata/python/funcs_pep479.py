def gen():
    yield 1
    raise StopIteration(5)
try:
    list(gen())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
def g2():
    it = iter([1])
    while True:
        yield next(it)
try:
    print(list(g2()))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def g3():
    try:
        yield 1
        raise ValueError("v")
    except ValueError as e:
        yield "caught " + str(e)
    return 7
print(list(g3()))
def g4():
    x = yield from g3()
    yield x
print(list(g4()))
print(list(x for x in [1, 2]))
try:
    print(list(next(iter([])) for x in [1]))
except RuntimeError as e:
    print("genexpr", e)
def g5():
    try:
        yield 1
    finally:
        print("cleanup")
g = g5(); next(g); g.close()
g = g5(); next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("throw", e)
def g6():
    yield 1
    raise KeyError("k")
try:
    list(g6())
except KeyError as e:
    print("KeyError", e)
def g7():
    for i in range(3):
        if i == 2:
            return
        yield i
print(list(g7()))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(list(It()))
