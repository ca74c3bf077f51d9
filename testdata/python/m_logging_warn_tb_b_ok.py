import logging, warnings, traceback, io, sys
# warnings
def deprecated_api():
    warnings.warn('use new_api() instead', DeprecationWarning, stacklevel=2)
    return 1
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    deprecated_api()
    warnings.warn('plain')
    warnings.warn(UserWarning('instance warning'))
    warnings.warn('rt', category=RuntimeWarning)
for w in caught:
    print(w.category.__name__, str(w.message), type(w.message).__name__, isinstance(w.lineno, int))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('ignore')
    warnings.warn('ignored')
print(len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='noisy')
    warnings.warn('noisy thing')
    warnings.warn('quiet thing')
print([str(w.message) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter('error', DeprecationWarning)
    try:
        deprecated_api()
    except DeprecationWarning as e:
        print('raised', type(e).__name__, e)
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception), PendingDeprecationWarning.__mro__[1].__name__)
buf = io.StringIO()
print(warnings.formatwarning('msg', UserWarning, 'file.py', 3, line=''), end='')
# traceback
def level3():
    return {}['no-such-key']
def level2():
    return level3()
try:
    level2()
except KeyError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.line) for f in frames])
    print(traceback.format_exception_only(type(e), e))
    stack = traceback.format_tb(e.__traceback__)
    print(len(stack), stack[-1].strip().splitlines()[0].split(',')[-1])
    sio = io.StringIO()
    traceback.print_exception(type(e), e, e.__traceback__, file=sio)
    lines = sio.getvalue().splitlines()
    print(lines[0], lines[-1])
try:
    try:
        1 / 0
    except ZeroDivisionError as exc:
        raise ValueError('wrapped') from exc
except ValueError as e:
    text = ''.join(traceback.format_exception(e))
    print('direct cause' in text, text.count('Traceback'), text.strip().splitlines()[-1])
