import sys
vi = sys.version_info
print(vi >= (3, 0), vi > (2, 7, 18), vi < (4,), vi[0], vi.major == vi[0], vi[:1], type(vi.minor).__name__)
print(isinstance(vi, tuple), len(vi) == 5, vi.releaselevel in ('alpha', 'beta', 'candidate', 'final'))
major, minor, *rest = vi
print(major, isinstance(minor, int), len(rest))
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1 > sys.maxsize, -sys.maxsize - 1)
print(sys.byteorder, sys.getdefaultencoding(), sys.getfilesystemencoding() in ('utf-8', 'utf8'))
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path), 'sys' in sys.modules, sys.modules['sys'] is sys)
print(isinstance(sys.argv, list), isinstance(sys.argv[0], str), sys.platform in ('linux', 'darwin', 'win32'))
a = sys.intern('hello' + str(1))
b = sys.intern('hello1')
print(a is b, a == 'hello1')
try:
    sys.intern(5)
except TypeError as e:
    print('TypeError', type(e).__name__)
print(sys.exc_info() == (None, None, None))
def inner():
    raise KeyError('missing')
try:
    inner()
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), v.args, tb is not None, tb.tb_lineno > 0)
    try:
        1 / 0
    except ZeroDivisionError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info()[0])
def handler():
    try:
        raise ValueError('v')
    except ValueError:
        return sys.exc_info()[1]
e = handler()
print(type(e).__name__, e, sys.exc_info()[1])
print(sys.getrecursionlimit() >= 1000, callable(sys.setrecursionlimit), sys.float_info.max > 1e308, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width, sys.maxunicode)
print(hasattr(sys.stdout, 'write'), hasattr(sys.stderr, 'flush'), sys.stdout.write('direct\n'))
print(sys.stdin is sys.__stdin__, sys.stdout is sys.__stdout__, sys.stdout.encoding.lower().replace('-', ''))
import io
buf = io.StringIO()
saved = sys.stdout
sys.stdout = buf
print('captured', 1, 2)
sys.stdout = saved
print(repr(buf.getvalue()))
print(sys.getsizeof(0) > 0, type(sys.flags.optimize).__name__, sys.implementation.name.isalpha(), sys.dont_write_bytecode in (True, False))
mod = type(sys)('fake_mod')
mod.value = 42
sys.modules['fake_mod'] = mod
import fake_mod
print(fake_mod.value, fake_mod.__name__)
del sys.modules['fake_mod']
print('fake_mod' in sys.modules)
try:
    sys.exit('bye')
except SystemExit as e:
    print('SystemExit', e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.code)
print(type(sys.getrefcount).__name__ if hasattr(sys, 'getrefcount') else 'builtin_function_or_method')
