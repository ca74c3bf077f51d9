import logging, logging.handlers, io, os, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, 'app.log')
log = logging.getLogger('svc')
log.setLevel(logging.DEBUG)
log.propagate = False
fh = logging.FileHandler(path, encoding='utf-8')
fh.setLevel(logging.INFO)
fh.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))
sio = io.StringIO()
sh = logging.StreamHandler(sio)
sh.setLevel(logging.DEBUG)
sh.setFormatter(logging.Formatter('[%(levelname).1s] %(message)s'))
log.addHandler(fh)
log.addHandler(sh)
log.debug('debug only to stream')
log.info('caf\u00e9 info')
log.warning('warn %d%%', 50)
log.error('err %r', {'k': 1})
fh.close()
print(open(path, encoding='utf-8').read(), end='')
print(repr(sio.getvalue()))
for h in list(log.handlers):
    log.removeHandler(h)
class Collect(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.msgs = []
    def emit(self, record):
        self.msgs.append((record.levelname, record.getMessage(), record.name, bool(record.exc_info)))
col = Collect()
root = logging.getLogger('tree')
root.addHandler(col)
root.setLevel(logging.INFO)
logging.getLogger('tree.db').warning('pool low %s', 2)
logging.getLogger('tree.db.query').info('ignored by handler level')
logging.getLogger('tree.http').critical('down')
try:
    1 / 0
except ZeroDivisionError:
    logging.getLogger('tree.jobs').exception('job failed')
logging.getLogger('tree.quiet').setLevel(logging.CRITICAL)
logging.getLogger('tree.quiet').error('suppressed')
print(col.msgs)
print(logging.getLogger('tree.quiet').getEffectiveLevel(), logging.getLogger('tree.db.query').getEffectiveLevel(), logging.getLogger('tree.db').isEnabledFor(logging.DEBUG))
class ContextFilter(logging.Filter):
    def filter(self, record):
        record.user = 'u-7'
        return not record.getMessage().startswith('secret')
buf = io.StringIO()
hh = logging.StreamHandler(buf)
hh.setFormatter(logging.Formatter('%(user)s %(levelname)s %(message)s'))
hh.addFilter(ContextFilter())
fl = logging.getLogger('filt')
fl.addHandler(hh)
fl.warning('visible')
fl.warning('secret stuff')
print(repr(buf.getvalue()))
nh = logging.NullHandler()
logging.getLogger('lib').addHandler(nh)
logging.getLogger('lib').warning('to null handler')
print(logging.getLevelName(logging.getLogger('lib').getEffectiveLevel()), isinstance(nh, logging.Handler))
import shutil; shutil.rmtree(d)
