import sys
try:
    import nosuchmod
except ImportError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ImportError))
try:
    import oraclepkg.nosuch
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
import oraclepkg
print(oraclepkg.X, oraclepkg.H, oraclepkg.__doc__, oraclepkg.__name__, oraclepkg.__package__)
import oraclepkg.sub.mod
print(oraclepkg.sub.mod.M, oraclepkg.sub.S, oraclepkg.sub.H2, oraclepkg.sub.mod.__package__)
from oraclepkg.helper import f
print(f())
from oraclepkg import other as o2
print(o2.O, oraclepkg.other.O, o2 is oraclepkg.other)
import oraclepkg.helper as ph
print(ph.H, 'oraclepkg.helper' in sys.modules, sys.modules['oraclepkg'].X)
try:
    from oraclepkg import missing_name
except ImportError as e:
    print('ImportError', str(e).split(' (')[0])
for attempt in range(2):
    try:
        import oraclepkg.broken
    except ValueError as e:
        print('ValueError', e, 'oraclepkg.broken' in sys.modules)
from oraclepkg.sub import mod
print(mod.M, mod.__name__)
import os.path as osp
print(osp.join('a', 'b'))
mods = sys.modules
fake = type(sys)('fake_module')
fake.VALUE = 7
mods['fake_module'] = fake
import fake_module
print(fake_module.VALUE)
