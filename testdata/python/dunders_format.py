class A: pass
a = A()
print(format(a, '')[:10] == str(a)[:10], '{}'.format(3), f'{a!s:.3}', object.__format__(a, '')[:3])
try:
    format(a, 'x')
except TypeError as e:
    print(e)
try:
    object.__format__(3, 'd')
except TypeError as e:
    print(e)
class B:
    def __format__(self, spec): return 'B' + spec
print(format(B(), 'q'), f'{B():zz}')
