# numeric hashing (deterministic in CPython) and its effect on set ordering
import sys
for v in (0, 1, -1, -2, 2**61 - 1, 2**61, -(2**61), 10**20, 3.0, 0.5, 1.5, -0.25, 1e-3, 2.75, float("inf"), float("-inf")):
    print(repr(v), hash(v))
print(hash(1.5) == hash(3 / 2), hash(10**20) == hash(float(10**20)), hash(0.5) == hash(1 / 2))
print({0.5, 0.25, 1.5, 100.5, 2.75, 1e-3})
print(set([0.1 * i for i in range(8)]))
print({10, 2, 33, 1, 17}, {17, 9, 1})
print(sys.hash_info.modulus == 2**61 - 1, sys.hash_info.width, sys.get_int_max_str_digits())
try:
    str(10**5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10**4299)), len(hex(10**5000)))
