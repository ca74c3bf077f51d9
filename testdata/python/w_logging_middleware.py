# Request-logging WSGI middleware built on the logging module: custom formatter, filters, levels, StringIO.
import io
import logging

stream = io.StringIO()

class RequestIdFilter(logging.Filter):
    def __init__(self):
        super().__init__()
        self.current = '-'
    def filter(self, record):
        record.request_id = self.current
        return not record.getMessage().startswith('healthcheck')

class ShortFormatter(logging.Formatter):
    def format(self, record):
        base = super().format(record)
        return base.replace('WARNING', 'WARN')

rid_filter = RequestIdFilter()
handler = logging.StreamHandler(stream)
handler.setFormatter(ShortFormatter('%(levelname)-5s [%(request_id)s] %(name)s: %(message)s'))
handler.addFilter(rid_filter)
log = logging.getLogger('app.access')
log.setLevel(logging.DEBUG)
log.addHandler(handler)
log.propagate = False
errors_log = logging.getLogger('app.access.errors')

def app(environ, start_response):
    path = environ['PATH_INFO']
    if path == '/boom':
        raise RuntimeError('database unavailable')
    status = '200 OK' if path in ('/', '/health') else '404 Not Found'
    start_response(status, [('Content-Type', 'text/plain')])
    return [('%s\n' % path).encode()]

def logging_middleware(inner, counter=[0]):
    def wrapper(environ, start_response):
        counter[0] += 1
        rid_filter.current = 'req-%03d' % counter[0]
        captured = {}
        def sr(status, headers, exc_info=None):
            captured['status'] = status
            return start_response(status, headers, exc_info)
        try:
            body = list(inner(environ, sr))
        except Exception:
            errors_log.exception('unhandled error on %s', environ['PATH_INFO'])
            start_response('500 Internal Server Error', [('Content-Type', 'text/plain')])
            return [b'internal error']
        code = int(captured['status'].split()[0])
        level = logging.INFO if code < 400 else logging.WARNING
        if environ['PATH_INFO'] == '/health':
            log.debug('healthcheck ok')
        else:
            log.log(level, '%s %s -> %d (%d bytes)', environ['REQUEST_METHOD'], environ['PATH_INFO'], code, sum(map(len, body)))
        return body
    return wrapper

wrapped = logging_middleware(app)
for method, path in [('GET', '/'), ('GET', '/health'), ('POST', '/missing'), ('GET', '/boom'), ('GET', '/')]:
    out = b''.join(wrapped({'REQUEST_METHOD': method, 'PATH_INFO': path}, lambda s, h, e=None: None))
    print(method, path, out)
log.setLevel(logging.WARNING)
log.info('this is filtered by level')
log.error('disk at %d%%', 97)
lines = stream.getvalue().splitlines()
for line in lines:
    if line.startswith('Traceback') or line.startswith('  '):
        continue
    print('|', line)
print(len(lines) > 6, 'RuntimeError: database unavailable' in lines)
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), log.isEnabledFor(logging.INFO), log.getEffectiveLevel())
print(errors_log.parent is log, log.name, logging.getLogger('app.access') is log, errors_log.getEffectiveLevel())
