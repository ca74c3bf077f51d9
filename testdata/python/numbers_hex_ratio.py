for n in (0, 1, 7, 255, -255, 2**100 + 3, True):
    print(n, n.bit_count(), n.as_integer_ratio())
for f in (1.0, 1.5, -0.1, 0.0, -0.0, 3.141592653589793, 1e308, 5e-324, 2.2250738585072014e-308, float('inf'), float('-inf'), float('nan'), 1e-320):
    h = f.hex()
    print(repr(f), h, repr(float.fromhex(h)))
for s in ('0x1.8p1', '-0X1P-2', ' 0x10 ', 'inf', '-Infinity', '1', 'a.b', '0x.8', '+0x1.fffffffffffffp+1023'):
    print(s, repr(float.fromhex(s)))
for bad in ('', 'x', '0x', '1p'):
    try:
        float.fromhex(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    float.fromhex('0x1p2000')
except OverflowError as e:
    print('OverflowError', e)
r = range(2, 20, 3)
print(r.start, r.stop, r.step, range(5).start, range(5).step)
class A: pass
class B(A): pass
print([c.__name__ for c in B.mro()], type(B.mro()).__name__, int.mro())
