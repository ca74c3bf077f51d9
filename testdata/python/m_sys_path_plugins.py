import sys, os, tempfile, types, shutil
d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, 'plugins_m', 'sub'))
with open(os.path.join(d, 'plugins_m', '__init__.py'), 'w') as f:
    f.write('REGISTRY = {}\ndef register(name):\n    def deco(fn):\n        REGISTRY[name] = fn\n        return fn\n    return deco\nVERSION = "1.0"\n')
with open(os.path.join(d, 'plugins_m', 'greet.py'), 'w') as f:
    f.write('from . import register\n@register("greet")\ndef greet(name):\n    return "hello " + name\nLOADED_AS = __name__\n')
with open(os.path.join(d, 'plugins_m', 'sub', '__init__.py'), 'w') as f:
    f.write('')
with open(os.path.join(d, 'plugins_m', 'sub', 'shout.py'), 'w') as f:
    f.write('from .. import register, VERSION\nfrom ..greet import greet\n@register("shout")\ndef shout(name):\n    return greet(name).upper() + "!"\nINFO = (__name__, __package__, VERSION)\n')
with open(os.path.join(d, 'standalone_m.py'), 'w') as f:
    f.write('import sys\nCOUNT = 0\ndef bump():\n    global COUNT\n    COUNT += 1\n    return COUNT\nSELF = sys.modules[__name__]\n')
sys.path.insert(0, d)
print(sys.path[0] == d, 'plugins_m' in sys.modules)
import plugins_m
import plugins_m.greet
from plugins_m.sub import shout
print(sorted(plugins_m.REGISTRY), plugins_m.REGISTRY['greet']('ann'), plugins_m.REGISTRY['shout']('bob'), shout.INFO, plugins_m.greet.LOADED_AS)
print('plugins_m.sub.shout' in sys.modules, sys.modules['plugins_m.greet'] is plugins_m.greet, plugins_m.__name__, os.path.basename(plugins_m.__file__), hasattr(plugins_m, '__path__'))
import standalone_m
import standalone_m as again
print(standalone_m.bump(), again.bump(), standalone_m.SELF is standalone_m, standalone_m is sys.modules['standalone_m'])
del sys.modules['standalone_m']
import standalone_m as fresh
print(fresh.COUNT, fresh is not again, again.COUNT)
virtual = types.ModuleType('virtual_cfg_m')
virtual.DEBUG = True
virtual.get = lambda k, d=None: getattr(virtual, k, d)
sys.modules['virtual_cfg_m'] = virtual
import virtual_cfg_m
from virtual_cfg_m import DEBUG
print(virtual_cfg_m.get('DEBUG'), virtual_cfg_m.get('X', 0), DEBUG)
try:
    import does_not_exist_m
except ImportError as e:
    print(type(e).__name__, e.name, e)
try:
    from plugins_m import nothing_here
except ImportError as e:
    print('ImportError', str(e).split(' (')[0])
mod = __import__('plugins_m.greet', fromlist=['greet'])
print(mod.__name__, mod.greet('x'), __import__('plugins_m').__name__)
sys.path.remove(d)
for name in [m for m in sys.modules if m.startswith(('plugins_m', 'standalone_m', 'virtual_cfg_m'))]:
    del sys.modules[name]
shutil.rmtree(d)
print(sorted(m for m in sys.modules if m.endswith('_m')), d in sys.path)
