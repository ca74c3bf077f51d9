from itertools import (islice, chain, groupby, tee, zip_longest, count, cycle, repeat, starmap, filterfalse,
                       combinations, product, accumulate, compress, takewhile, dropwhile, permutations)
import operator, collections
def take(n, iterable):
    return list(islice(iterable, n))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))
def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element
def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return list(filterfalse(pred, t1)), list(filter(pred, t2))
def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
def sliding_window(iterable, n):
    it = iter(iterable)
    window = collections.deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)
def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)
def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)
def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)
def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)
def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))
def iter_except(func, exception):
    try:
        while True:
            yield func()
    except exception:
        pass
def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch
print(take(3, count(10)), list(grouper('ABCDEFG', 3, 'x')), list(roundrobin('ABC', 'D', 'EF')))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)), partition(lambda x: x % 2, range(10)))
print(list(powerset([1, 2, 3])), list(sliding_window('abcde', 3)), list(flatten([[1, 2], (3,), 'ab'])))
print(nth(count(), 5), nth('ab', 9, 'none'), all_equal('aaa'), all_equal('aab'), all_equal(''), first_true([0, '', 3, 4]), first_true([], 'dflt'), first_true([1, 2, 3], pred=lambda x: x > 1))
print(list(unique_justseen('AAAABBBCCDAABBB')), list(unique_justseen('ABBcCAD', str.lower)))
stack = [1, 2, 3]
print(list(iter_except(stack.pop, IndexError)), stack, list(batched('abcdefg', 3)))
def running_avg(xs):
    return [round(s / i, 3) for i, s in enumerate(accumulate(xs), 1)]
print(running_avg([10, 20, 30, 5]), list(accumulate([5, 3, 8, 1], min)), list(accumulate(range(1, 6), operator.mul)))
print(list(starmap('{}={}'.format, [('a', 1), ('b', 2)])), list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(zip(count(1), 'xyz')))
print(list(takewhile(str.isdigit, '123abc456')), ''.join(dropwhile(str.isspace, '   text  ')), list(repeat([0], 2)))
sales = [('east', 'q1', 10), ('west', 'q1', 7), ('east', 'q2', 12), ('west', 'q2', 3), ('north', 'q1', 1)]
by_region = {k: sum(x[2] for x in g) for k, g in groupby(sorted(sales), key=operator.itemgetter(0))}
print(by_region, max(by_region.items(), key=operator.itemgetter(1)))
grid = list(product(range(3), repeat=2))
print(len(grid), [p for p in grid if sum(p) == 2], list(permutations('abc'))[::2])
pairs = list(zip('abc', count()))
print(dict(pairs), list(zip(*pairs)), list(map(operator.add, [1, 2], [10, 20])))
g = (x * x for x in range(5))
head = list(islice(g, 2))
print(head, list(g), list(islice(cycle([1, 2]), 5)))
