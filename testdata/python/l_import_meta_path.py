# sys.meta_path finders are asked for modules the normal search does not find
import sys, types, json

class Redirect:
    """bottle's _ImportRedirect: pkg.ext.NAME imports NAME (find_module/load_module)."""
    def __init__(self, name):
        self.name = name
        self.module = sys.modules.setdefault(name, types.ModuleType(name))
        self.module.__dict__.update({'__path__': [], '__loader__': self})
        sys.meta_path.append(self)
    def find_module(self, fullname, path=None):
        if fullname.rsplit('.', 1)[0] != self.name:
            return None
        return self
    def load_module(self, fullname):
        real = sys.modules[fullname.rsplit('.', 1)[1]]
        sys.modules[fullname] = real
        return real

r = Redirect('fakeext')
import fakeext.json as j
print(j.dumps([1]), 'fakeext.json' in sys.modules, j is json)

class Spec:
    # what CPython's import system reads of a spec (importlib.machinery.ModuleSpec)
    def __init__(self, name, loader):
        self.name, self.loader, self.parent = name, loader, ''
        self.origin, self.has_location, self.cached = None, False, None
        self.submodule_search_locations = None
        self.loader_state = None

class SpecFinder:
    def find_spec(self, fullname, path, target=None):
        if fullname != 'virtualmod':
            return None
        return Spec(fullname, self)
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.answer = 42
sys.meta_path.append(SpecFinder())
import virtualmod
print(virtualmod.answer, virtualmod.__name__, 'virtualmod' in sys.modules)

class Broken:
    def find_spec(self, fullname, path, target=None):
        if fullname in ('brokenmod', 'nocreate'):
            return Spec(fullname, self if fullname == 'brokenmod' else NoCreate())
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        raise ValueError('body failed')
class NoCreate:
    def exec_module(self, module):
        pass
sys.meta_path.append(Broken())
try:
    import brokenmod
except ValueError as e:
    print(type(e).__name__, e, 'brokenmod' in sys.modules)
try:
    import nocreate
except ImportError as e:
    print(type(e).__name__, e)
try:
    import not_there_at_all
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(type(sys.meta_path).__name__, type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__)
