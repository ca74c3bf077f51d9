# User-defined __eq__/__hash__ in dicts and sets; identity vs equality
class Key:
    def __init__(self, name, version=1):
        self.name, self.version = name, version
    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return 'Key(%r, %d)' % (self.name, self.version)

d = {Key('Alpha'): 1}
d[Key('ALPHA', 2)] = 2
d[Key('beta')] = 3
print(d, len(d), Key('alpha') in d, d[Key('Beta')], list(d)[0].version)
s = {Key('x'), Key('X', 5), Key('y')}
print(len(s), Key('Y') in s, sorted(k.name for k in s))
print(Key('a') == Key('A'), Key('a') != Key('b'), Key('a') == 'a', 'a' == Key('a'), Key('a') is Key('a'))
print([Key('a'), Key('b')].index(Key('B')), [Key('a'), Key('A')].count(Key('a')), Key('q') in [Key('Q')])

class Always:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
al = Always()
print(al == 1, al == None, 1 == al, [1, 2, 3].count(al), al in [None], {al: 1}.get(al))

class Counted:
    eq_calls = 0
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        Counted.eq_calls += 1
        return self.v == other.v
    def __hash__(self):
        return 7
items = [Counted(i) for i in range(5)]
bag = set(items)
print(len(bag), Counted(3) in bag, Counted(9) in bag, Counted.eq_calls > 0)
c = items[0]
print(c in [c], c in {c}, [c].index(c))

nan = float('nan')
lst = [nan]
print(nan in lst, nan == nan, lst.count(nan), {nan: 1}.get(nan), float('nan') in lst)
t1, t2 = (1, [2]), (1, [2])
print(t1 == t2, t1 is t2)
try:
    hash(t1)
except TypeError as e:
    print('TypeError', e)
for bad in ([1], {'a': 1}, {1}):
    try:
        {bad: 1}
    except TypeError as e:
        print('TypeError', e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): 'f'}[frozenset([1])], hash((1, 2)) == hash((1, 2)))
print(1 == 1.0 == True, {True: 'a', 1: 'b', 1.0: 'c'}, {0, False, 0.0}, len({1, True, 1.0, 2}))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __repr__(self):
        return 'P(%d,%d)' % (self.x, self.y)
pts = [Point(2, 1), Point(1, 5), Point(2, 1), Point(1, 2)]
print(sorted(set(pts)), len(set(pts)), min(pts), max(pts), sorted(pts, reverse=True)[0])
visited = {Point(0, 0)}
frontier = [Point(0, 0)]
while frontier:
    p = frontier.pop()
    for dx, dy in ((1, 0), (0, 1)):
        q = Point(p.x + dx, p.y + dy)
        if q.x + q.y <= 3 and q not in visited:
            visited.add(q)
            frontier.append(q)
print(len(visited), sorted(visited)[:4])
