import contextlib, io, sys
from contextlib import contextmanager, suppress, closing, ExitStack, redirect_stdout, redirect_stderr, nullcontext
@contextmanager
def tag(name, log):
    log.append('<%s>' % name)
    try:
        yield name.upper()
    except ValueError as e:
        log.append('handled %s' % e)
    finally:
        log.append('</%s>' % name)
log = []
with tag('a', log) as t1, tag('b', log) as t2:
    log.append(t1 + t2)
print(log)
log = []
with tag('x', log):
    raise ValueError('inside')
print(log)
log = []
try:
    with tag('y', log):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e), log)
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
@contextmanager
def transaction(db):
    db.append('BEGIN')
    try:
        yield db
    except Exception:
        db.append('ROLLBACK')
        raise
    else:
        db.append('COMMIT')
db = []
with transaction(db):
    db.append('INSERT')
try:
    with transaction(db):
        db.append('UPDATE')
        raise RuntimeError('constraint')
except RuntimeError as e:
    db.append('caught ' + str(e))
print(db)
@tag('deco', log := [])
def decorated():
    log.append('body')
decorated()
print(log)
cm = tag('z', [])
print(hasattr(cm, '__enter__'), hasattr(cm, '__exit__'), type(cm).__name__)
