# range() over ints beyond 64 bits: indexing, slicing, in, iteration, hashing, errors
r = range(10**20)
print(r, r[-1], 10**19 in r, 10**20 in r, -1 in r, 5.0 in r, isinstance(r, range), type(r) is range, bool(r), bool(range(10**20, 0)))
print(r.start, r.stop, r.step, r.index(12345), r.count(7), r.count(-7))
try: len(r)
except OverflowError as e: print("OverflowError", e)
print(r[10**19], r[-10**19], r[:3], r[::10**19], r[10**20 - 2:], list(r[-3:]), r[5:2:-1], list(r[5:2:-1]))
it = iter(r); print(next(it), next(it), type(it).__name__)
rv = reversed(range(0, 10**20, 3)); print(next(rv), next(rv))
print(range(0, 10**20, 7) == range(0, 10**20, 7), range(10**20, 10**20) == range(0), hash(range(10**20)) == hash(range(0, 10**20, 1)))
print(len(range(10**20, 10**20 + 5)), list(range(10**20, 10**20 + 3)), range(-10**20, 10**20, 10**19), range(2**63, 2**63 + 2)[1])
for bad in (lambda: r[10**20], lambda: r["x"], lambda: range(0, 10**20, 0), lambda: r.index(-1)):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
