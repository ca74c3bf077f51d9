# Matches of one pattern kept while many more are made: each keeps its own
# subject, offsets and group texts (matches are cut from shared slabs).
import re
import threading

date = re.compile(r'(\d{4})-(\d{2})-(\d{2})$')
one = re.compile(r'id=(\d+)')
kept = []
for i in range(200):
    s = '%04d-%02d-%02d' % (1900 + i, i % 12 + 1, i % 28 + 1)
    m = date.match(s)
    if i % 7 == 0:
        kept.append((s, m, m.group))
    m.group(2)
for s, m, g in kept:
    assert m.string == s, (m.string, s)
    assert m.group(0) == s
    assert g(1) == s[:4] and m.group(3) == s[8:]
print(len(kept), kept[0][1].groups(), kept[-1][1].groups(), kept[-1][1].span(2))

# one group; long subjects (past the slab's limit) and short ones mixed
ones = []
for i in range(100):
    s = ('x' * (i * 5)) + 'id=%d' % i
    m = one.search(s)
    ones.append(m)
print([m.group(1) for m in ones[::9]], ones[-1].span(), len(ones[-1].string))

# finditer and sub with a callable keep their matches too
ms = list(date.finditer('2024-01-15'))
seen = []
out = re.sub(r'\d+', lambda m: seen.append(m) or str(len(seen)), 'a 1 b 22 c 333 ' * 10)
print(out[:40], [m.group() for m in seen[::5]], [m.span() for m in seen[:3]], ms[0].groups())

# threads matching the same pattern at once each get whole matches
results = {}
def worker(n):
    got = []
    for i in range(300):
        s = '%04d-%02d-%02d' % (n * 1000 + i % 1000, n + 1, i % 28 + 1)
        got.append(date.match(s))
    results[n] = all(m.group(1) == m.string[:4] and m.group(2) == '%02d' % (n + 1) for m in got)
ts = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
