"""importlib.util: find_spec, spec_from_file_location, module_from_spec,
resolve_name, written from the documentation."""
import os
import sys
from importlib.machinery import ModuleSpec, SourceFileLoader


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} (required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    from importlib import _resolve_name
    return _resolve_name(name[level:], package, level)


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """A ModuleSpec for the source file at location."""
    if location is None:
        return None
    location = os.fspath(location)
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location,
                      is_package=submodule_search_locations is not None or location.endswith('__init__.py'))
    if spec.submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations or [os.path.dirname(location)])
    return spec


def module_from_spec(spec):
    """A new module for spec, not yet run."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.has_location:
        module.__file__ = spec.origin
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    return module


def _find_file(name, path):
    tail = name.rpartition('.')[2]
    for d in path:
        if not isinstance(d, str):
            continue
        pkg = os.path.join(d or '.', tail, '__init__.py')
        if os.path.isfile(pkg):
            return pkg, True
        mod = os.path.join(d or '.', tail + '.py')
        if os.path.isfile(mod):
            return mod, False
    return None, False


def find_spec(name, package=None):
    """The spec of the module name (None when there is none); a dotted
    name imports its parent package first, as CPython does."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, '__spec__', None)
        if spec is not None:
            return spec
        f = getattr(module, '__file__', None)
        return ModuleSpec(fullname, None, origin=f if f and not f.startswith('<') else 'built-in')
    parent = fullname.rpartition('.')[0]
    if parent:
        pkg = __import__(parent, fromlist=['__name__'])
        path = getattr(pkg, '__path__', None)
        if path is None:
            raise ModuleNotFoundError(f"__path__ attribute not found on {parent!r} while trying to find {fullname!r}", name=fullname)
    else:
        path = sys.path
    location, is_pkg = _find_file(fullname, path)
    if location is not None:
        return spec_from_file_location(fullname, location)
    # modules compiled into gowsgi: there is no file to look for
    try:
        __import__(fullname)
    except ImportError:
        return None
    module = sys.modules.get(fullname)
    f = getattr(module, '__file__', None)
    return ModuleSpec(fullname, None, origin=f if f and not f.startswith('<') else 'built-in')
