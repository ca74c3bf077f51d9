import logging, warnings, traceback, io, sys
class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))
lh = ListHandler()
lh.setFormatter(logging.Formatter('%(levelname)-8s %(name)s %(module)s.%(funcName)s:%(lineno)d [%(request_id)s] %(message)s'))
log = logging.getLogger('web.request')
log.setLevel(logging.INFO)
log.addHandler(lh)
log.propagate = False
def handle_request():
    log.info('GET %s -> %d', '/api', 200, extra={'request_id': 'r-1'})
    log.warning('slow: %.1fms', 1234.56, extra={'request_id': 'r-2'})
    log.debug('skipped', extra={'request_id': 'r-3'})
handle_request()
for r in lh.records:
    print(r)
rec = logging.makeLogRecord({'name': 'x', 'levelno': logging.ERROR, 'levelname': 'ERROR', 'msg': 'fail %s', 'args': ('now',), 'created': 0.0, 'msecs': 0.0})
fmt = logging.Formatter('%(asctime)s %(levelname)s %(message)s', datefmt='%Y')
print(rec.getMessage(), rec.levelno, rec.name, logging.Formatter('%(message)s|%(levelno)d').format(rec))
f2 = logging.Formatter('{name}:{levelname}:{message}', style='{')
f3 = logging.Formatter('$name/$levelname/$message', style='$')
print(f2.format(rec), f3.format(rec))
try:
    raise KeyError('k')
except KeyError:
    rec2 = logging.LogRecord('n', logging.ERROR, 'path.py', 10, 'oops %d', (1,), sys.exc_info())
out = logging.Formatter('%(message)s').format(rec2)
print(out.splitlines()[0], out.splitlines()[1], out.splitlines()[-1])
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), logging.getLevelName('INFO'), logging.WARN, logging.FATAL, logging.NOTSET)
logging.addLevelName(25, 'NOTICE')
s = io.StringIO()
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
lg = logging.getLogger('notice.test')
lg.addHandler(h)
lg.setLevel(1)
lg.log(25, 'custom level')
lg.log(logging.INFO, 'info via log')
lg.critical('crit %s %s', 'a', 'b')
lg.removeHandler(h)
lg.error('after remove')
print(repr(s.getvalue()), lg.hasHandlers() in (True, False), len(lg.handlers))
root_child = logging.getLogger('a.b.c')
print(root_child.name, root_child.parent.name, logging.getLogger('a.b').getChild('c') is root_child, logging.root.name)
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
    print(w.category.__name__, str(w.message), type(w.message).__name__, w.filename == __file__, isinstance(w.lineno, int))
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
print(warnings.formatwarning('msg', UserWarning, 'file.py', 3, line='x = 1'), end='')
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
