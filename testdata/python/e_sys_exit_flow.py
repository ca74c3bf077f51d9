# SystemExit handling: codes, args, finally blocks, and a final sys.exit with a message
import sys

def show(label, fn):
    try:
        fn()
        print(label, 'returned')
    except SystemExit as e:
        print(label, 'SystemExit', repr(e.code), e.args)

show('exit()', lambda: sys.exit())
show('exit(0)', lambda: sys.exit(0))
show('exit(3)', lambda: sys.exit(3))
show('exit(str)', lambda: sys.exit('fatal: config missing'))
show('exit(None)', lambda: sys.exit(None))
show('raise SystemExit', lambda: (_ for _ in ()).throw(SystemExit(7)))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))

def not_caught_by_exception():
    try:
        sys.exit(4)
    except Exception:
        return 'caught by Exception (wrong)'
    finally:
        print('  finally during exit')

show('exception clause', not_caught_by_exception)

def caught_by_bare():
    try:
        sys.exit(5)
    except:
        return 'bare except catches SystemExit'

print(caught_by_bare())

class Cleanup:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print('  __exit__ saw', et.__name__ if et else None)
        return False

def in_with():
    with Cleanup():
        raise SystemExit(9)

show('with', in_with)
try:
    raise KeyboardInterrupt
except Exception:
    print('wrong')
except BaseException as e:
    print('BaseException caught', type(e).__name__, repr(e))

def main(argv):
    if len(argv) < 2:
        print('usage: prog FILE')
        return 2
    return 0

status = main(['prog'])
print('main returned', status)
sys.stdout.flush()
sys.exit(status)
