import logging, json, io, time
class JSONFormatter(logging.Formatter):
    converter = time.gmtime
    def format(self, record):
        payload = {'ts': self.formatTime(record, '%Y-%m-%dT%H:%M:%S') + 'Z', 'level': record.levelname, 'logger': record.name, 'msg': record.getMessage()}
        for key in ('request_id', 'user', 'duration_ms'):
            if hasattr(record, key):
                payload[key] = getattr(record, key)
        if record.exc_info:
            payload['exc'] = self.formatException(record.exc_info).splitlines()[-1]
        return json.dumps(payload, sort_keys=True)
stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(JSONFormatter())
log = logging.getLogger('api')
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.propagate = False
class FixedClock(logging.Filter):
    t = 1700000000.0
    def filter(self, record):
        record.created = FixedClock.t
        record.msecs = 0.0
        FixedClock.t += 1.5
        return True
h.addFilter(FixedClock())
log.info('request started', extra={'request_id': 'abc', 'user': 'ann'})
log.debug('query %s took %dms', 'SELECT 1', 12, extra={'duration_ms': 12})
try:
    {}['k']
except KeyError:
    log.error('lookup failed', exc_info=True, extra={'request_id': 'abc'})
log.warning('plain %(a)s', {'a': 'dict-arg'})
for line in stream.getvalue().splitlines():
    print(line)
print([json.loads(l)['level'] for l in stream.getvalue().splitlines()])
f = logging.Formatter('%(asctime)s.%(msecs)03d %(levelname)s %(message)s', datefmt='%H:%M:%S')
f.converter = time.gmtime
rec = logging.LogRecord('x', logging.INFO, __file__, 1, 'hello %s', ('world',), None)
rec.created, rec.msecs = 86400 * 365 + 3723.25, 250.0
print(f.format(rec), f.formatTime(rec), f.formatTime(rec, '%Y/%m/%d'), f.usesTime())
f2 = logging.Formatter('%(levelname)-7s|%(name)10s|%(message).5s')
print(f2.format(rec))
f3 = logging.Formatter('{asctime} {levelname:>8} {message}', datefmt='%Y', style='{')
f3.converter = time.gmtime
print(f3.format(rec))
try:
    logging.Formatter('%(message)s', style='?')
except ValueError as e:
    print('ValueError', e)
class Redact(logging.Filter):
    def filter(self, record):
        if isinstance(record.args, tuple):
            record.args = tuple('***' if isinstance(a, str) and a.startswith('sk_') else a for a in record.args)
        return True
s2 = io.StringIO()
h2 = logging.StreamHandler(s2)
h2.setFormatter(logging.Formatter('%(message)s'))
h2.addFilter(Redact())
sec = logging.getLogger('secure')
sec.addHandler(h2)
sec.propagate = False
sec.warning('key=%s user=%s n=%d', 'sk_live_123', 'bob', 5)
print(repr(s2.getvalue()))
print(logging.getLevelName(logging.getLogger('api').level), logging.getLogger('api').handlers[0].formatter.__class__.__name__, len(logging.getLogger('api').handlers[0].filters))
