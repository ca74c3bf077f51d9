people = [('alice', 30), ('bob', 25), ('carol', 30), ('dave', 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
from operator import itemgetter, attrgetter
print(sorted(people, key=itemgetter(1, 0)))
words = ['banana', 'Apple', 'cherry', 'apple']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(set(words), key=lambda w: (len(w), w)))
nums = [3, -1, 2, -5, 4]
nums.sort(key=abs)
print(nums, sorted(nums, reverse=True), list(reversed(nums)))
import functools
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
data = {'x': 3, 'y': 1, 'z': 2}
print(sorted(data), sorted(data.items(), key=itemgetter(1)), sorted(data, key=data.get, reverse=True))
print(min('bca'), max([[1, 2], [1, 3]]), sorted([(1, 'b'), (1, 'a')]), sorted([2.5, 1, True]))
