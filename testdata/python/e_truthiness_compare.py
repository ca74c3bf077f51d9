# truthiness of empty containers, comparisons mixing int/float/bool, chained comparisons

values = [0, 0.0, -0.0, 1, -1, '', ' ', '0', [], [0], (), ((),), {}, {0: 0},
          set(), {0}, None, False, True, range(0), range(1), b'', b'\x00', 0j]
for v in values:
    print(repr(v), bool(v), 'truthy' if v else 'falsy', not v)

class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on

class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 5

print(bool(Sized(0)), bool(Sized(3)), bool(Flag(True)), bool(Flag(False)), bool(Both()))
print(bool(object()), [] or 'default', 0 or '' or None, 'a' and 'b', '' and 'b')
print(1 and 2 and 3, 1 and 0 and 3, None or [] or 0 or 'last')

print(1 == 1.0, True == 1, False == 0, True == 1.0, 1 is not True)
print(True + True, True * 10, 3 > True, -1 < False, 0.5 < True)
print(hash(1) == hash(1.0) == hash(True), {1: 'a', 1.0: 'b', True: 'c'})
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 10 ** 20 == 1e20)
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9, 1 < 1.0000001)
print(float('inf') > 10 ** 400, -float('inf') < -10 ** 400, float('nan') < 1, float('nan') > 1)
print([1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'), [1, 2] == [1.0, 2.0], (0,) < (False, 1))
print('a' < 'b' < 'c', 'Z' < 'a', 'abc' < 'abd', '' < 'a', 'a' < 'aa')
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0 == True, 1 < 2 > 0 < 5)
print(min(1, 1.0), max(1.0, 1), min(True, 1), max(0, False), sorted([1, True, 1.0]))

calls = []

def val(name, v):
    calls.append(name)
    return v

print(val('a', 1) < val('b', 2) < val('c', 3))
print(calls)
calls.clear()
print(val('a', 5) < val('b', 2) < val('c', 3))
print(calls)
calls.clear()
print(val('a', 1) == val('b', 1) != val('c', 2) < val('d', 0))
print(calls)
calls.clear()
x = val('x', 7)
print(0 <= x < 10, 0 < x <= 6, calls)
print(1 in [1, 2] in [[1, 2]], (1 in [1, 2]) in [True])
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print([] == False, [] is not None, None == False, not None == (not False))
print(sorted([0, False, 0.0, -0.0], key=lambda v: type(v).__name__))
