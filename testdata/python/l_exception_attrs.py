e = ValueError('x')
e.note = 1
print(e.note)
print(getattr(e, 'note', 'dflt'), getattr(e, 'zz', 'dflt'), hasattr(e, 'note'), hasattr(e, 'zz'))
del e.note
print(hasattr(e, 'note'))
try:
    e.zz
except AttributeError as ex:
    print('AE', ex)
try:
    del e.zz
except AttributeError as ex:
    print('AE', ex)
class HTTPError(Exception):
    code = 500
    def __init__(self, msg, code=None):
        super().__init__(msg)
        if code:
            self.code = code
h = HTTPError('nf')
print(h.code, HTTPError.code)
h.code = 404
print(h.code, HTTPError.code, HTTPError('a', 401).code)
h.extra = [1]
print(h.extra, h.__dict__, e.__dict__)
class E2(Exception): pass
def f():
    try:
        raise E2('boom')
    except E2 as ex:
        ex.ctx = 'here'
        raise
try:
    f()
except E2 as ex:
    print(ex.ctx, vars(ex))
e = KeyError('k')
e.add_note('note one')
print(e.__notes__)
setattr(e, 'q', 5)
print(getattr(e, "q"), hasattr(e, "q"))
try:
    raise ValueError('x')
except ValueError as err:
    err.__notes__ = ['a']
    print(err.__notes__)
try:
    print(ValueError('y').__notes__)
except AttributeError as ex:
    print('AE', ex)
import sys
try:
    sys.exit(3)
except SystemExit as se:
    se.code = 4
    print(se.code)
# an exception class whose methods read attributes set from outside
class AppError(Exception):
    status = 500
    def describe(self):
        return '%s %s %s' % (self.status, getattr(self, 'detail', '-'), self.args)
a = AppError('boom')
print(a.describe())
a.status, a.detail = 409, 'conflict'
print(a.describe(), AppError.status, AppError('x').status)
del a.status
print(a.status, sorted(vars(a)))
try:
    a.add_note(5)
except TypeError as e:
    print('TypeError', e)
def annotate(exc, **kw):
    for k, v in kw.items():
        setattr(exc, k, v)
    return exc
try:
    raise annotate(KeyError('k'), where='db', retry=False)
except KeyError as e:
    print(e.where, e.retry, getattr(e, 'missing', None))
