# errors raised when dunder methods return the wrong kind of value

class BadLen:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v

class BadBool:
    def __bool__(self):
        return 1

class BadStr:
    def __str__(self):
        return 42

    def __repr__(self):
        return None

class NoHash:
    __hash__ = None

class EqOnly:
    def __eq__(self, other):
        return True

class BadIter:
    def __iter__(self):
        return [1, 2]

class BadIndex:
    def __index__(self):
        return 'x'

class GoodIndex:
    def __index__(self):
        return 2

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

show('len neg', lambda: len(BadLen(-1)))
show('len str', lambda: len(BadLen('3')))
show('len float', lambda: len(BadLen(2.0)))
show('len ok', lambda: len(BadLen(4)))
show('bool int', lambda: bool(BadBool()))
show('if bool int', lambda: 'yes' if BadBool() else 'no')
show('str int', lambda: str(BadStr()))
show('repr none', lambda: repr(BadStr()))
show('format', lambda: '%s' % BadStr())
show('hash none', lambda: hash(NoHash()))
show('eq only hash', lambda: hash(EqOnly()))
show('set eq only', lambda: {EqOnly()})
show('iter list', lambda: iter(BadIter()))
show('for list', lambda: [x for x in BadIter()])
show('index str', lambda: [1, 2, 3][BadIndex()])
show('index ok', lambda: [1, 2, 3][GoodIndex()])
show('range index', lambda: list(range(GoodIndex())))
show('mul index', lambda: 'ab' * GoodIndex())
show('bin index', lambda: bin(GoodIndex()))
print(NoHash.__hash__, EqOnly.__hash__)

class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

print(list(Countdown(3)), list(Countdown(0)))

class GetItemSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

print(list(GetItemSeq()), 20 in GetItemSeq(), 25 in GetItemSeq())

class NotIter:
    pass

show('not iter', lambda: list(NotIter()))
show('not iter in', lambda: 1 in NotIter())
show('not callable', lambda: NotIter()())
show('not subscript', lambda: NotIter()[0])
show('not len', lambda: len(NotIter()))
