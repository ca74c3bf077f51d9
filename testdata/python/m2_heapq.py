import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
print(out)

data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0, 11, -3]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -5), data)
print(heapq.heappushpop(data, 4), data)
print(heapq.heappushpop([], 3))

try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print(type(e).__name__)

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums))
print(heapq.nsmallest(3, nums))
print(heapq.nlargest(0, nums), heapq.nsmallest(-1, nums))
print(heapq.nsmallest(20, nums))
words = ['apple', 'fig', 'banana', 'kiwi', 'cherry', 'date']
print(heapq.nlargest(2, words, key=len))
print(heapq.nsmallest(3, words, key=len))
print(heapq.nsmallest(2, iter(words)))
recs = [{'n': 'a', 'p': 3}, {'n': 'b', 'p': 1}, {'n': 'c', 'p': 2}]
print(heapq.nsmallest(2, recs, key=lambda r: r['p']))

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15])))
print(list(heapq.merge()))
print(list(heapq.merge([], [1], [])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 3, 2], reverse=True)))
print(list(heapq.merge(['aaa', 'bb'], ['ccc', 'd'], key=len, reverse=True)))
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'c'), (3, 'd')], key=lambda t: t[0])))

tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (3, 'test'))
heapq.heappush(tasks, (1, 'design'))
print([heapq.heappop(tasks) for _ in range(4)])

def heapsort(it):
    h = []
    for v in it:
        heapq.heappush(h, v)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([3.5, 1.25, 9, -2, 0, 4]))
big = list(range(50, 0, -3))
heapq.heapify(big)
print(big)
try:
    heapq.heapify((1, 2))
except TypeError as e:
    print(type(e).__name__)
print(sorted(heapq.__all__))
