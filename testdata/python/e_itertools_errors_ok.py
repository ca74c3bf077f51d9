# itertools / functools / builtins iteration helpers: argument errors and edge results
import itertools
import functools

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

show('islice ok', lambda: list(itertools.islice(itertools.count(), 2, 10, 3)))
show('chain bad', lambda: list(itertools.chain([1], 5)))
show('chain ok', lambda: list(itertools.chain.from_iterable(['ab', 'c'])))
show('repeat neg', lambda: list(itertools.repeat('x', -2)))
show('cycle empty', lambda: list(itertools.islice(itertools.cycle([]), 3)))
show('product repeat', lambda: len(list(itertools.product('ab', repeat=3))))
show('perm r>n', lambda: list(itertools.permutations([1, 2], 3)))
show('groupby', lambda: [(k, len(list(g))) for k, g in itertools.groupby('aabccca')])
show('accumulate', lambda: list(itertools.accumulate([1, 2, 3], initial=10)))
show('zip_longest', lambda: list(itertools.zip_longest('ab', [1], fillvalue='-')))
show('pairwise', lambda: list(itertools.pairwise('abcd')))
show('tee', lambda: [list(t) for t in itertools.tee([1, 2], 2)])
show('starmap', lambda: list(itertools.starmap(pow, [(2, 3), (3, 2)])))
show('takewhile', lambda: list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
show('reduce empty', lambda: functools.reduce(lambda a, b: a + b, []))
show('reduce init', lambda: functools.reduce(lambda a, b: a + b, [], 'init'))
show('reduce ok', lambda: functools.reduce(lambda a, b: a * b, range(1, 6)))
show('partial', lambda: functools.partial(int, base=2)('101'))
show('partial bad', lambda: functools.partial(5))
show('map uneven', lambda: list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
show('map bad', lambda: list(map(len, [1])))
show('filter none', lambda: list(filter(None, [0, 1, '', 'a', [], [0]])))
show('enumerate', lambda: list(enumerate('ab', 5)))
show('reversed gen', lambda: reversed(x for x in [1]))
show('reversed list', lambda: list(reversed([1, 2, 3])))
show('sum start str', lambda: sum(['a'], start=''))
show('sum floats', lambda: sum([0.1, 0.2, 0.3]))
show('all/any empty', lambda: (all([]), any([]), all([0]), any([0, ''])))
show('min key err', lambda: min([1, 'a'], key=len))
show('sorted key err', lambda: sorted([3, 1], key=lambda x: 1 / (x - 1)))
show('iter sentinel', lambda: list(iter(iter([1, 2, 0, 3]).__next__, 0)))
