"""importlib: the import system's Python face, written from the documentation.

Provides import_module(name, package=None) (relative names resolved
against package, as CPython: "the 'package' argument is required to
perform a relative import for '.x'"), reload(module) (runs a module's
source file again in the same module object; a module compiled into
gowsgi is returned as it is), invalidate_caches() and the submodules
importlib.util (find_spec, spec_from_file_location, module_from_spec,
resolve_name) and importlib.machinery (ModuleSpec, SourceFileLoader).
Differences from CPython: there are no import hooks to install
(sys.meta_path finders are compat's), find_spec imports a module that is
not a file on sys.path to find it.
"""
import sys

__all__ = ['import_module', 'reload', 'invalidate_caches']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import a module; name may be relative ('.x') to package."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing is cached (the finders read sys.path every time)."""


def reload(module):
    """Run the module's source again in the module itself and return it."""
    name = getattr(module, '__name__', None)
    if name is None or not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    path = getattr(module, '__file__', None)
    if not path or path.startswith('<'):
        return module
    with open(path, encoding='utf-8') as f:
        source = f.read()
    code = compile(source, path, 'exec')
    exec(code, module.__dict__)
    return module


from importlib import machinery, util  # noqa: E402 (loaded at startup in CPython)
