# slice objects: attributes, indices(), repr, equality, use in __getitem__
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s, repr(slice(5)), slice(None, None, -1))
for sl in (slice(1, 10, 2), slice(None, None, -1), slice(-3, None), slice(None, 2), slice(2, -2, 3), slice(100, 200)):
    print(sl, sl.indices(5), sl.indices(0), list(range(10))[sl])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
class Seq:
    def __init__(self, n):
        self.data = list(range(n))
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            print("  slice", key, "->", (start, stop, step))
            return [self.data[i] for i in range(start, stop, step)]
        return self.data[key]
q = Seq(8)
print(q[2:6], q[::-3], q[-2:], q[3])
