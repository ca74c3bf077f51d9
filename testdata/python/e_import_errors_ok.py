# ImportError / ModuleNotFoundError messages and attributes

def show(label, fn):
    try:
        print(label, fn())
    except ImportError as e:
        print(label, type(e).__name__, e, repr(e.name))

def imp_missing():
    import no_such_module_xyz
    return no_such_module_xyz

def imp_missing_pkg():
    import no_such_pkg.sub
    return 1

def from_missing():
    from math import no_such_name
    return no_such_name

def from_ok():
    from math import floor, ceil
    return floor(2.7), ceil(2.1)

def from_os_missing():
    from os import path_does_not_exist
    return 1

show('missing', imp_missing)
show('missing pkg', imp_missing_pkg)
show('from ok', from_ok)
show('dunder', lambda: __import__('nope_nope'))
show('importlib', lambda: __import__('importlib').import_module('also_nope'))
show('importlib ok', lambda: __import__('importlib').import_module('json').dumps([1]))
print(issubclass(ModuleNotFoundError, ImportError))

try:
    import definitely_missing_mod
except ModuleNotFoundError as e:
    print('MNF', e.name, e.args)

try:
    import definitely_missing_mod2
except ImportError as e:
    print('as ImportError', type(e).__name__)

def optional_dep():
    try:
        import ujson as json
        source = 'ujson'
    except ImportError:
        import json
        source = 'json'
    return source, json.dumps({'a': 1})

print(optional_dep())
e = ImportError('custom', name='modname', path='/x')
print(e, e.name, e.path, e.args)
e2 = ModuleNotFoundError("No module named 'q'", name='q')
print(e2, e2.name)
