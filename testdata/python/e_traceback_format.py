# formatting exceptions with the traceback module (message lines only, no paths)
import traceback
import sys

def fail(kind):
    if kind == 'key':
        return {}['missing']
    if kind == 'zero':
        return 1 / 0
    if kind == 'custom':
        raise LookupError('custom', 42)
    if kind == 'nomsg':
        raise RuntimeError
    if kind == 'attr':
        return None.upper()
    return int('nope')

class AppError(Exception):
    pass

for kind in ['key', 'zero', 'custom', 'nomsg', 'attr', 'value']:
    try:
        fail(kind)
    except Exception as e:
        print(kind, traceback.format_exception_only(type(e), e))
        print('   ', repr(''.join(traceback.format_exception_only(e)).strip()))

try:
    raise AppError('with\nnewline')
except AppError as e:
    print(traceback.format_exception_only(type(e), e))

try:
    fail('key')
except KeyError:
    etype, value, tb = sys.exc_info()
    print(etype.__name__, repr(value), tb is not None)
    frames = traceback.extract_tb(tb)
    print([f.name for f in frames], [f.line for f in frames])
    text = traceback.format_exc()
    print(text.splitlines()[0])
    print(text.splitlines()[-1])

def level3():
    raise ValueError('deep')

def level2():
    level3()

def level1():
    level2()

try:
    level1()
except ValueError as e:
    names = [fs.name for fs in traceback.extract_tb(e.__traceback__)]
    print(names)
    lines = traceback.format_tb(e.__traceback__)
    print(len(lines), all(l.startswith('  File ') for l in lines))
print(sys.exc_info())
