from operator import itemgetter, attrgetter, methodcaller
from functools import cmp_to_key, total_ordering
import re
users = [{'name': 'bob', 'age': 25, 'city': 'Oslo', 'score': 88.5}, {'name': 'Alice', 'age': 30, 'city': 'Paris', 'score': 92.0},
         {'name': 'carol', 'age': 25, 'city': 'oslo', 'score': 88.5}, {'name': 'dave', 'age': 35, 'city': 'Berlin', 'score': 70.25}, {'name': 'Eve', 'age': 30, 'city': 'Paris', 'score': None}]
print([u['name'] for u in sorted(users, key=itemgetter('age'))])
print([u['name'] for u in sorted(users, key=itemgetter('age', 'name'))])
print([u['name'] for u in sorted(users, key=lambda u: u['name'].lower())])
print([u['name'] for u in sorted(users, key=lambda u: (u['city'].casefold(), -u['age'], u['name']))])
print([u['name'] for u in sorted(users, key=lambda u: (u['score'] is None, -(u['score'] or 0)))])
by_age_desc_name_asc = sorted(sorted(users, key=itemgetter('name')), key=itemgetter('age'), reverse=True)
print([(u['age'], u['name']) for u in by_age_desc_name_asc])
def natural_key(s):
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r'(\d+)', s)]
files = ['file10.txt', 'file2.txt', 'File1.txt', 'file1b.txt', 'file01.txt', 'img12.png', 'img2.png']
print(sorted(files), sorted(files, key=natural_key))
versions = ['1.10.0', '1.2.0', '1.2.10', '1.2.9', '0.9', '1.2']
print(sorted(versions, key=lambda v: tuple(map(int, v.split('.')))), max(versions, key=lambda v: [int(x) for x in v.split('.')]))
def compare(a, b):
    if a['age'] != b['age']:
        return -1 if a['age'] > b['age'] else 1
    return (a['name'] > b['name']) - (a['name'] < b['name'])
print([u['name'] for u in sorted(users, key=cmp_to_key(compare))])
class Item:
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    def total(self):
        return self.price * self.qty
    def __repr__(self):
        return 'Item(%s)' % self.name
items = [Item('pen', 1.5, 10), Item('book', 12.0, 1), Item('bag', 30.0, 1), Item('cap', 12.0, 2)]
print(sorted(items, key=attrgetter('price', 'name')), sorted(items, key=methodcaller('total'), reverse=True), min(items, key=attrgetter('qty')))
@total_ordering
class Semver:
    def __init__(self, s):
        main, _, pre = s.partition('-')
        self.parts = tuple(int(x) for x in main.split('.'))
        self.pre = pre
        self.s = s
    def _key(self):
        return (self.parts, self.pre == '', self.pre)
    def __eq__(self, o):
        return self._key() == o._key()
    def __lt__(self, o):
        return self._key() < o._key()
    def __repr__(self):
        return self.s
vs = [Semver(s) for s in ['1.0.0', '1.0.0-rc.1', '1.0.0-alpha', '0.9.9', '1.0.1', '1.0.0-beta']]
print(sorted(vs), max(vs), Semver('1.0.0') >= Semver('1.0.0-rc.1'), Semver('2.0.0') <= Semver('2.0.0'))
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1)]
print(sorted(data), sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(1), reverse=True), sorted(data, key=lambda t: (-t[1], t[0])))
words = 'The quick brown fox jumps over the lazy dog THE end'.split()
print(sorted(words), sorted(words, key=str.lower), sorted(sorted(set(map(str.lower, words))), key=len), sorted(words, key=len, reverse=True)[:3])
print(sorted([3, 1, 2], reverse=True), sorted('bca'), sorted((1, 'x') for _ in range(1)), sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items(), key=itemgetter(1)))
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: (x < 0, abs(x))), max(nums, key=abs), min(nums, key=lambda x: (x % 3, x)))
lst = [4, 2, 3, 1]
lst.sort(key=lambda x: -x)
print(lst, sorted([[2, 'b'], [1, 'z'], [2, 'a']]), sorted([(1, None), (0, None)], key=itemgetter(0)))
try:
    sorted([1, 'a'])
except TypeError:
    print('TypeError on mixed types')
ranked = sorted(users, key=lambda u: u['score'] or 0, reverse=True)
rank, prev = 0, None
for i, u in enumerate(ranked, 1):
    if u['score'] != prev:
        rank, prev = i, u['score']
    print(rank, u['name'], u['score'])
