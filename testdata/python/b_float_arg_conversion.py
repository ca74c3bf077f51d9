# Functions taking a float convert ints, bools, huge ints and objects with
# __float__/__index__ the same way: a huge int is an OverflowError.
import cmath
import math


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 3


big = 10 ** 400
cases = [
    ("'%f' % 1", lambda: '%f' % 1),
    ("'%e' % True", lambda: '%e' % True),
    ("'%.1f' % F()", lambda: '%.1f' % F()),
    ("'%g' % 2**70", lambda: '%g' % 2 ** 70),
    ("'%f' % big", lambda: '%f' % big),
    ("'%f' % 'x'", lambda: '%f' % 'x'),
    ("math.sqrt(big)", lambda: math.sqrt(big)),
    ("math.hypot(big)", lambda: math.hypot(big)),
    ("math.hypot(3, I())", lambda: math.hypot(3, I())),
    ("math.dist((0, 0), (3, 4))", lambda: math.dist((0, 0), (3, 4))),
    ("math.log(big) > 920", lambda: math.log(big) > 920),
    ("math.floor(big) == big", lambda: math.floor(big) == big),
    ("math.isclose(1, True)", lambda: math.isclose(1, True)),
    ("math.sqrt(F())", lambda: math.sqrt(F())),
    ("math.sqrt('x')", lambda: math.sqrt('x')),
    ("cmath.rect(1, 0)", lambda: cmath.rect(1, 0)),
    ("cmath.rect(big, 0)", lambda: cmath.rect(big, 0)),
]
for text, f in cases:
    try:
        print(text, '->', f())
    except Exception as e:
        print(text, '->', type(e).__name__, e)
