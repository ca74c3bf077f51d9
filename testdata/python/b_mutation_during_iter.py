# container mutation during iteration: errors vs allowed patterns
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(s) >= 3)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = 5
print(d)
for k in list(d):
    if k == 1:
        del d[k]
print(d)
l = [1, 2, 3]
for x in l:
    if x == 1:
        l.remove(x)
print(l)
nums = [1, 2, 3, 4, 5, 6]
nums[:] = [n for n in nums if n % 2]
print(nums)
d2 = {"a": 1}
try:
    for k, v in d2.items():
        d2.pop(k)
except RuntimeError as e:
    print("RuntimeError", e)
d3 = {"a": 1, "b": 2}
try:
    for v in d3.values():
        d3["c"] = 3
except RuntimeError as e:
    print("RuntimeError", e)
print(len(d3))
grow = [1]
for x in grow:
    if x < 5:
        grow.append(x + 1)
print(grow)
queue = [("root", 0)]
seen = []
while queue:
    node, depth = queue.pop(0)
    seen.append(node)
    if depth < 2:
        queue.extend((node + "." + c, depth + 1) for c in "ab")
print(seen)
snapshot = dict.fromkeys("abc", 0)
for k in tuple(snapshot):
    snapshot[k.upper()] = snapshot.pop(k) + 1
print(snapshot)
fs = frozenset({1, 2})
acc = set(fs)
for x in fs:
    acc.discard(x)
    acc.add(x * 10)
print(sorted(acc))
