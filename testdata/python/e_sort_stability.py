# sorted() stability, multi-key sorts, reverse stability, and sort errors

people = [
    ('ann', 'eng', 30), ('bob', 'ops', 25), ('cat', 'eng', 25), ('dan', 'ops', 30),
    ('eve', 'eng', 30), ('fay', 'hr', 25), ('gus', 'hr', 40), ('hal', 'eng', 25),
]
by_age = sorted(people, key=lambda p: p[2])
print([p[0] for p in by_age])
by_dept = sorted(by_age, key=lambda p: p[1])
print([p[0] for p in by_dept])
rev = sorted(people, key=lambda p: p[2], reverse=True)
print([p[0] for p in rev])
print([p[0] for p in sorted(people, key=lambda p: (p[1], -p[2], p[0]))])
print([p[0] for p in sorted(reversed(people), key=lambda p: p[1])])

words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date', 'Cherry']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (w.lower(), w)))

data = [3, 1, 2]
res = data.sort()
print(res, data)
print(sorted('hello'), sorted((3, 1)), sorted({3: 'a', 1: 'b'}), sorted(range(5), reverse=True))
print(sorted([[2, 1], [1, 2], [1, 1, 1], [2]]))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
print(sorted([-3, 2, -1, 0], key=abs), sorted([-3, 2, -1, 1], key=abs))
print(sorted([1.5, 1, True, 0, -2.5, False]))

def show(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

show('key none ok', lambda: sorted([2, 1], key=None))
show('bad key', lambda: sorted([1, 2], key=5))
show('positional reverse', lambda: sorted([1, 2], None, True))
show('empty', lambda: sorted([]))
show('single mixed', lambda: sorted(['only']))
show('dicts', lambda: sorted([{'a': 1}, {'a': 2}], key=lambda d: d['a']))

class Ver:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split('.'))
        self.s = s

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return f'Ver({self.s})'

print(sorted([Ver('1.10'), Ver('1.2'), Ver('1.2.1'), Ver('0.9')]))
print(max([Ver('1.0'), Ver('2.0'), Ver('1.5')], key=lambda v: v.parts))
print(min(['b', 'a', 'c'], key=lambda s: -ord(s)), max([], default='none'))
show('max empty', lambda: max([]))
show('min empty', lambda: min(()))
import functools
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 8, 1], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
