# importlib and the import system over modules written to a temporary sys.path entry
import importlib, sys, os, tempfile, shutil
d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, 'gwpkg', 'sub'))
files = {'gwpkg/__init__.py': 'X = 1\nfrom . import sib\nfrom .sib import Y\n', 'gwpkg/sib.py': 'Y = 2\n',
         'gwpkg/sub/__init__.py': 'from ..sib import Y as Z\n', 'gwplain.py': 'COUNT = globals().get("COUNT", 0) + 1\ndef f():\n    return "plain"\n'}
for rel, text in files.items():
    with open(os.path.join(d, rel), 'w') as fh:
        fh.write(text)
sys.path.insert(0, d)
import gwplain, gwpkg, gwpkg.sub
print(gwplain.f(), gwpkg.X, gwpkg.Y, gwpkg.sib.Y, gwpkg.sub.Z, gwpkg.__name__, gwpkg.sub.__package__)
m = importlib.import_module('gwpkg.sib')
print(m.Y, importlib.import_module('.sib', 'gwpkg') is m, importlib.import_module('..sib', 'gwpkg.sub') is m)
for stmt in ['import gw_nosuchmod', 'from gwpkg import missing', 'import gwpkg.missing', 'import gwpkg.sub.missing',
             'from gw_nosuch import x', 'import gwplain.x', 'from gwpkg.sib import nothing']:
    try:
        exec(stmt)
    except ImportError as e:
        msg = str(e).split(' (')[0]
        print(type(e).__name__, msg, repr(e.name), isinstance(e, ImportError))
try:
    importlib.import_module('gw_nosuch2')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
try:
    importlib.import_module('.x')
except TypeError as e:
    print('TypeError', e)
print(gwplain.COUNT, importlib.reload(gwplain) is gwplain, gwplain.COUNT, hasattr(importlib, 'util'))
import importlib.util as iu
print(iu.find_spec('gwplain') is not None, iu.find_spec('gw_nosuchmod'), iu.find_spec('gwpkg.sib').name, iu.find_spec('json') is not None)
spec = iu.spec_from_file_location('gwplugin', os.path.join(d, 'gwplain.py'))
mod = iu.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.f(), mod.__name__, spec.name, os.path.basename(mod.__file__), 'gwplugin' in sys.modules)
print(iu.resolve_name('.sib', 'gwpkg'), iu.resolve_name('os', None))
sys.modules['gw_fake'] = type(sys)('gw_fake')
sys.modules['gw_fake'].v = 5
from gw_fake import v
print(v, importlib.import_module('gw_fake').v)
sys.path.remove(d)
shutil.rmtree(d)
