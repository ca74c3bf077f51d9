s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, 5 not in s)
print(set(), frozenset(), frozenset([2, 1]), set('aaa'), set(range(10)))
print({(1, 2), (1, 2), (3, 4)} == {(3, 4), (1, 2)}, len({(1, 2), (1, 2)}))
print({1, 1.0, True}, {0, False}, len({1, 1.0, True}))
s.add(10)
s.discard(3)
s.discard(99)
print(s, sorted(s))
s.remove(10)
try:
    s.remove(10)
except KeyError as e:
    print('KeyError', e)
print({1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
print({1, 2} <= {1, 2, 3}, {1} < {1}, {1, 2} >= {2}, {1, 2} > {1, 2})
print(frozenset([1, 2]) == {1, 2}, {1, 2} == frozenset([2, 1]), {1} != {2})
print({1, 2}.union([3], (4,)), {1, 2, 3}.intersection([2, 3], {3}), {1, 2, 3}.difference([1]))
print({1, 2}.symmetric_difference([2, 3]), {1}.issubset([1, 2]), {1, 2}.issuperset({2}), {1}.isdisjoint({2}))
t = {1, 2, 3}
t.intersection_update({2, 3, 4})
print(t)
t.difference_update([3])
print(t)
t.symmetric_difference_update({2, 5})
print(t)
t.update([7, 8], {9})
print(t)
u = t.copy()
u.clear()
print(u, t)
p = {5}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print('KeyError', e)
print({x % 3 for x in range(10)}, {c for c in 'hello'} == set('helo'))
print({frozenset([1]): 'fs'}[frozenset([1])], hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    {[1], 2}
except TypeError as e:
    print('TypeError', e)
try:
    hash({1})
except TypeError as e:
    print('TypeError', e)
q = {1, 2}
q |= {3}
q &= {1, 3}
q -= {1}
q ^= {4}
print(q)
print(sorted({'b', 'a', 'c'}), max({4, 9, 1}), sum({1, 2, 3}))
