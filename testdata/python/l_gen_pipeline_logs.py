# Realistic generator pipeline over log lines: parsing, filtering, windowing, aggregation
LOG = """\
2024-01-01 10:00:01 INFO  web  GET /index 200 12ms
2024-01-01 10:00:02 WARN  web  GET /slow 200 950ms
2024-01-01 10:00:02 ERROR db   query timeout after 3000ms
2024-01-01 10:00:03 INFO  web  POST /login 302 40ms
# comment line
2024-01-01 10:00:05 INFO  web  GET /index 200 8ms

2024-01-01 10:00:06 ERROR web  GET /broken 500 22ms
2024-01-01 10:00:07 INFO  auth token refreshed
2024-01-01 10:00:09 WARN  db   slow query 700ms
garbage line here
2024-01-01 10:00:10 INFO  web  GET /about 404 5ms
"""

def read_lines(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        yield lineno, line

def skip_noise(lines):
    for lineno, line in lines:
        stripped = line.strip()
        if stripped and not stripped.startswith('#'):
            yield lineno, stripped

class ParseError(Exception):
    pass

def parse(lines, errors):
    for lineno, line in lines:
        parts = line.split(None, 4)
        try:
            if len(parts) < 5:
                raise ParseError('too few fields')
            date, time, level, comp, msg = parts
            if level not in ('INFO', 'WARN', 'ERROR'):
                raise ParseError('bad level %r' % level)
        except ParseError as e:
            errors.append((lineno, str(e)))
            continue
        sec = int(time[-2:])
        yield {'line': lineno, 'sec': sec, 'level': level, 'comp': comp, 'msg': msg}

def with_latency(records):
    for r in records:
        ms = [w for w in r['msg'].split() if w.endswith('ms') and w[:-2].isdigit()]
        r['ms'] = int(ms[-1][:-2]) if ms else None
        yield r

def window(records, size):
    buf = []
    for r in records:
        buf.append(r)
        if len(buf) == size:
            yield tuple(buf)
            buf = buf[1:]

errors = []
pipeline = with_latency(parse(skip_noise(read_lines(LOG)), errors))
records = list(pipeline)
print(len(records), errors)
for r in records[:3]:
    print(r['line'], r['level'], r['comp'], r['ms'])

by_level = {}
for r in records:
    by_level.setdefault(r['level'], []).append(r['line'])
print(sorted(by_level.items()))
lat = [r['ms'] for r in records if r['ms'] is not None]
print(lat, sum(lat) // len(lat), max(lat), sorted(lat)[len(lat) // 2])
slow = (r for r in records if (r['ms'] or 0) > 500)
print([(r['comp'], r['ms']) for r in slow])
print([tuple(r['sec'] for r in w) for w in window(iter(records), 3)][:4])
def status_codes(records):
    for r in records:
        words = r['msg'].split()
        if len(words) >= 3 and words[2].isdigit():
            yield int(words[2])
codes = list(status_codes(records))
print(codes, {c // 100 * 100: sum(1 for x in codes if x // 100 == c // 100) for c in codes})
def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
lazy = parse(skip_noise(read_lines(LOG)), [])
print([r['line'] for r in take(2, lazy)], next(lazy)['line'], [r['line'] for r in take(100, lazy)])
def running_errors(records):
    count = 0
    for r in records:
        if r['level'] == 'ERROR':
            count += 1
        yield r['sec'], count
print(list(running_errors(records)))
