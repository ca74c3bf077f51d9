import itertools as it
import operator as op
from operator import itemgetter, attrgetter, methodcaller
# itertools in realistic pipelines
logs = [('2024-01-01', 'GET', 200), ('2024-01-01', 'POST', 500), ('2024-01-02', 'GET', 404), ('2024-01-02', 'GET', 200), ('2024-01-01', 'PUT', 200)]
for day, grp in it.groupby(sorted(logs, key=itemgetter(0)), key=itemgetter(0)):
    g = list(grp)
    print(day, len(g), sorted(set(map(itemgetter(1), g))), sum(1 for r in g if r[2] >= 400))
print([(k, list(g)) for k, g in it.groupby([1, 1, 2, 1])], [k for k, _ in it.groupby('')])
def chunked(iterable, n):
    iterator = iter(iterable)
    while True:
        chunk = list(it.islice(iterator, n))
        if not chunk:
            return
        yield chunk
print(list(chunked(range(7), 3)), list(chunked([], 2)))
print(list(it.islice(it.count(1.5, 0.5), 3)), list(it.islice(it.count(), 2, 8, 2)), list(it.islice(range(10), None)), next(it.count(-3, -1)))
for bad in [lambda: it.islice('abc', -1), lambda: it.islice('abc', 0, 1, 0), lambda: list(it.repeat(1, -2))]:
    try:
        print(bad())
    except ValueError as e:
        print('ValueError', e)
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([], initial=0)), list(it.accumulate('abc')))
print(list(it.zip_longest([1, 2], 'abc', [True])), list(it.zip_longest())[:1], list(zip(*it.zip_longest('ab', 'c', fillvalue=0))))
print(list(it.product([0, 1], repeat=3))[:4], list(it.product()), list(it.product('ab', [])), len(list(it.product(range(4), 'xy', repeat=2))))
print(list(it.permutations(range(3))), list(it.permutations('ab', 3)), list(it.combinations('abcd', 3)), list(it.combinations('ab', 0)))
print(len(list(it.combinations(range(10), 4))), list(it.combinations_with_replacement([1, 2, 3], 2))[:4])
a, b, c = it.tee(iter([1, 2, 3, 4]), 3)
print(next(a), next(a), list(b), list(a), list(c))
src = iter(range(10))
evens = filter(lambda x: x % 2 == 0, src)
print(list(it.takewhile(lambda x: x < 6, evens)), list(src))
print(list(it.chain.from_iterable(x.split(',') for x in ['a,b', 'c'])), list(it.chain()), list(it.starmap(op.mul, zip([1, 2, 3], [4, 5, 6]))))
print(list(it.compress(range(5), it.cycle([1, 0]))), list(it.filterfalse(None, [0, 1, '', 'x', None])), list(it.dropwhile(lambda x: True, [1, 2])))
print(list(it.pairwise([1])), list(it.pairwise('abc')), [x for x in it.repeat(None, 2)], list(map(pow, range(4), it.repeat(2))))
flat = list(it.chain.from_iterable([[1, 2], [3], []]))
print(flat, sum(it.starmap(lambda k, v: k * v, enumerate([5, 6, 7]))), dict(it.zip_longest('abc', [1])))
# operator
rows = [{'name': 'bob', 'age': 30, 'dept': 'eng'}, {'name': 'amy', 'age': 25, 'dept': 'ops'}, {'name': 'cat', 'age': 30, 'dept': 'eng'}]
print([r['name'] for r in sorted(rows, key=itemgetter('age', 'name'))], itemgetter('dept')(rows[0]), itemgetter(slice(1, None))('hello'), itemgetter(-1, 0)([1, 2, 3]))
class User:
    def __init__(self, name, addr):
        self.name, self.addr = name, addr
class Addr:
    def __init__(self, city):
        self.city = city
    def label(self, prefix=''):
        return prefix + self.city
us = [User('z', Addr('Paris')), User('a', Addr('Oslo'))]
print([u.name for u in sorted(us, key=attrgetter('addr.city'))], attrgetter('name', 'addr.city')(us[0]), list(map(methodcaller('label', prefix='@'), [u.addr for u in us])))
print(repr(itemgetter(1, 'a')), repr(attrgetter('x.y')), repr(methodcaller('f', 1, k=2)))
try:
    attrgetter('missing')(us[0])
except AttributeError as e:
    print('AttributeError', e)
try:
    itemgetter(5)([1])
except IndexError as e:
    print('IndexError', e)
d = {}
op.setitem(d, 'k', 1)
op.delitem(d, 'k')
lst = [1]
print(d, op.iadd(lst, [2]), lst, op.iconcat([0], [9]), op.concat('a', 'b'), op.index(7), op.length_hint([1, 2]), op.length_hint(iter([]), 5))
print(op.lt(1, 2), op.le(2, 2), op.eq('a', 'a'), op.ne(1, 1), op.ge(3, 4), op.gt(5, 4), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.and_(6, 3), op.or_(4, 1), op.xor(5, 1), op.lshift(1, 4), op.rshift(32, 2), op.inv(5), op.invert(0), op.mod(7, 3), op.pow(2, 10), op.pos(-1), op.sub(5, 7))
print(sorted({'b': 2, 'a': 3, 'c': 1}.items(), key=itemgetter(1), reverse=True), max(rows, key=itemgetter('age'))['name'], op.itemgetter(0)(op.methodcaller('split', '-')('x-y')))
from functools import reduce
print(reduce(op.mul, range(1, 8)), reduce(op.or_, [{1}, {2}, {1, 3}]), reduce(op.add, [[1], [2]], []), op.attrgetter('real')(3))
