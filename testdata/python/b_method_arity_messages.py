# every public method of the built-in types called with 0 and with 5 positional arguments:
# CPython's arity messages (or what the call does)
samples = {'str': lambda: 'abc', 'bytes': lambda: b'abc', 'bytearray': lambda: bytearray(b'abc'),
           'list': lambda: [3, 1, 2], 'tuple': lambda: (1, 2), 'dict': lambda: {'a': 1},
           'set': lambda: {1, 2}, 'frozenset': lambda: frozenset({1, 2}), 'int': lambda: 7, 'float': lambda: 2.5}
for tname, mk in samples.items():
    t = type(mk())
    for name in sorted(dir(t)):
        if name.startswith('_'):
            continue
        for nargs in (0, 5):
            obj = mk()
            try:
                m = getattr(obj, name)
            except AttributeError as e:
                print(tname, name, 'MISSING')
                break
            if not callable(m):
                break
            try:
                r = m(*([1] * nargs))
                res = 'ok'
            except Exception as e:
                res = type(e).__name__ + ': ' + str(e)
            print(tname, name, nargs, res)
