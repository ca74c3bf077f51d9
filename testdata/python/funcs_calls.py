def g(*args):
    return args
def show(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)
show('star int', lambda: g(*5))
show('star none', lambda: g(*None))
show('star gen', lambda: g(*(i for i in range(3))))
show('star str', lambda: g(1, *'ab'))
show('star tuple', lambda: g(*(1, 2)))
class K:
    def m(self, *a):
        return a
show('method star', lambda: K().m(*[1, 2]))
show('method star bad', lambda: K().m(*3))
show('builtin star', lambda: max(*[3, 9, 2]))
show('next list', lambda: next([1]))
show('next int', lambda: next(5))
show('next default', lambda: next(iter([]), 'dflt'))
show('next ok', lambda: next(iter('xy')))
