# list: every method, slice assignment with steps, sort stability, errors
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5)
a.extend((3, 5))
a.extend(x for x in "ab")
a.insert(0, 0)
a.insert(-1, "m")
a.insert(99, "end")
print(a)
print(a.index(1), a.index(1, 3), a.index(5, 0, 6), a.count(5), a.count("z"))
try:
    a.index(1, 5, 7)
except ValueError as e:
    print(type(e).__name__, e)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("a")
print(a)
try:
    a.remove("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
a = [x for x in a if isinstance(x, int)]
b = a.copy()
b.reverse()
print(a, b, a is b)
b.clear()
print(b, len(a))
# slice assignment
s = list(range(10))
s[2:5] = ["a", "b"]
print(s)
s[::3] = [None] * len(s[::3])
print(s)
try:
    s[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
s[1:1] = "xy"
print(s)
s[-2:] = []
del s[::4]
print(s)
s[len(s):] = [7, 8]
s[:0] = [-1]
print(s, s[::-2], s[5:1:-1], s[100:], s[-100:2])
r = list(range(8))
r[7:2:-2] = ["p", "q", "r"]
print(r)
# sort: stability, key, reverse
people = [("bob", 30), ("amy", 25), ("cat", 30), ("dan", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
people.sort(key=lambda p: (-p[1], p[0]))
print(people)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
print([3, 1, 2].sort(), sorted([3, 1, 2], reverse=True), sorted([]))
# operators
print([1, 2] + [3], [0] * 3, [[]] * 2, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [1] == [1.0])
x = [1]
y = x
x += [2]
x *= 2
print(x, y, x is y, 2 in x, 5 not in x, list("ab"), list(range(3)), list({1: 2}))
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
