import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 3, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3))
print(bisect.bisect_left(a, 4, lo=1, hi=2), bisect.bisect_right(a, 8, hi=len(a)))
print(bisect.bisect_left([], 5), bisect.bisect_right([], 5))
try:
    bisect.bisect_left(a, 3, -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bisect.insort(a, 3, lo=-2)
except ValueError as e:
    print(type(e).__name__, e)

b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, v)
print(b)
c = [1, 2, 3]
bisect.insort_left(c, 2)
bisect.insort_right(c, 2.0)
bisect.insort_left(c, 2.5, 0, 2)
print(c)

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

recs = [('black', 0), ('blue', 1), ('red', 5), ('yellow', 8)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
print(bisect.bisect_right(recs, 5, key=lambda r: r[1]))
print(bisect.bisect(recs, 2, key=lambda r: r[1]))
bisect.insort(recs, ('green', 5), key=lambda r: r[1])
bisect.insort_left(recs, ('white', 5), key=lambda r: r[1])
bisect.insort_right(recs, ('grey', -1), key=lambda r: r[1])
print(recs)

words = ['a', 'bb', 'ccc', 'dddd']
print(bisect.bisect_left(words, 2, key=len), bisect.bisect_right(words, 2, key=len))
bisect.insort(words, 'XX', key=len)
print(words)
s = ['apple', 'banana', 'cherry']
bisect.insort(s, 'blueberry')
print(s, bisect.bisect_left(s, 'c'))
print(bisect.bisect_left(a, 4, 0, 100 if False else len(a)))
t = (1, 3, 5, 7)
print(bisect.bisect_left(t, 5), bisect.bisect_right(t, 5))
try:
    bisect.bisect([1, 'x'], 2)
except TypeError as e:
    print(type(e).__name__)
print(bisect.bisect_right.__name__, bisect.insort is bisect.insort_right)
