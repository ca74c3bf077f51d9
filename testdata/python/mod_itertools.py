import itertools as it
from itertools import count, islice, chain, groupby, product, permutations, combinations
print(list(islice(count(5, 2), 4)), list(islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([1, 2], initial=10)))
print(list(chain('ab', [1, 2])), list(chain.from_iterable(['xy', 'z'])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda v: v < 3, [1, 2, 3, 1])), list(it.takewhile(lambda v: v < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda v: v % 2, range(6))), list(it.starmap(pow, [(2, 3), (3, 2)])))
print([(k, list(g)) for k, g in groupby('aaabbcaa')], [(k, len(list(g))) for k, g in groupby([1, 2, 11, 12, 5], key=lambda v: v // 10)])
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 0, None, 3)))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.zip_longest('ab', 'xyz', fillvalue='-')))
print(list(product('ab', [1, 2])), len(list(product(range(3), repeat=2))))
print(list(permutations('abc', 2)), list(combinations(range(4), 2)), list(it.combinations_with_replacement('ab', 2)))
print(list(it.pairwise("abcd")))
import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(1, 2), operator.mul('a', 3), operator.neg(5), operator.not_(0), operator.contains([1], 1), operator.getitem('abc', 1))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)), itemgetter(0, 2)('xyz'))
class P:
    def __init__(self, n):
        self.n = n
        self.inner = self
    def hello(self, who, punct='!'):
        return 'hi ' + who + punct
print(attrgetter('n')(P(3)), attrgetter('inner.n', 'n')(P(4)), methodcaller('hello', 'bob', punct='?')(P(1)))
print(operator.indexOf([5, 6], 6), operator.countOf([1, 1, 2], 1), operator.truediv(7, 2), operator.floordiv(7, 2), operator.abs(-3))
