# Parse Apache combined-format access logs and aggregate stats with Counter, groupby and sorted keys.
import re
from collections import Counter, defaultdict, namedtuple
from itertools import groupby

LINE = re.compile(r'(?P<ip>\S+) \S+ (?P<user>\S+) \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" '
                  r'(?P<status>\d{3}) (?P<size>\d+|-)(?: "(?P<ref>[^"]*)" "(?P<ua>[^"]*)")?')
Hit = namedtuple('Hit', 'ip user hour method path status size ua')

LOG = '''\
10.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
10.0.0.2 - bob [10/Oct/2023:13:57:01 +0000] "POST /login HTTP/1.1" 302 0 "/index.html" "curl/8.0"
10.0.0.1 - - [10/Oct/2023:14:01:12 +0000] "GET /static/app.js?v=3 HTTP/1.1" 200 10240 "/index.html" "Mozilla/5.0"
10.0.0.3 - - [10/Oct/2023:14:02:00 +0000] "GET /admin HTTP/1.1" 403 199 "-" "python-requests/2.31"
garbage line here
10.0.0.2 - bob [10/Oct/2023:14:30:45 +0000] "GET /api/items?page=2 HTTP/1.1" 200 512 "-" "curl/8.0"
10.0.0.4 - - [10/Oct/2023:15:00:00 +0000] "GET /missing HTTP/1.0" 404 - "-" "Mozilla/5.0"
10.0.0.1 - - [10/Oct/2023:15:10:10 +0000] "GET /api/items HTTP/1.1" 500 87 "-" "Mozilla/5.0"
10.0.0.3 - - [10/Oct/2023:15:11:11 +0000] "DELETE /api/items/4 HTTP/1.1" 204 0
'''

def parse(lines):
    for no, line in enumerate(lines, 1):
        m = LINE.match(line)
        if not m:
            yield no, None
            continue
        d = m.groupdict()
        yield no, Hit(d['ip'], None if d['user'] == '-' else d['user'], int(d['ts'].split(':')[1]), d['method'],
                      d['path'].split('?')[0], int(d['status']), 0 if d['size'] == '-' else int(d['size']), d['ua'] or '')

parsed = list(parse(LOG.splitlines()))
hits = [h for _, h in parsed if h]
print('bad lines:', [no for no, h in parsed if h is None], 'hits:', len(hits))
print(hits[1])
by_status = Counter(h.status // 100 * 100 for h in hits)
print(sorted(by_status.items()), by_status.most_common(1))
paths = Counter(h.path for h in hits)
print(paths.most_common(3))
bytes_by_ip = defaultdict(int)
for h in hits:
    bytes_by_ip[h.ip] += h.size
for ip, total in sorted(bytes_by_ip.items(), key=lambda kv: (-kv[1], kv[0])):
    print('  %-10s %8d bytes %s' % (ip, total, '*' * (total // 1000)))
for hour, group in groupby(sorted(hits, key=lambda h: h.hour), key=lambda h: h.hour):
    group = list(group)
    print('%02d:00 %d req, %d errors, methods=%s' % (hour, len(group), sum(h.status >= 400 for h in group),
                                                      ''.join(sorted({h.method[0] for h in group}))))
agents = Counter(h.ua.split('/')[0] for h in hits if h.ua)
print(sorted(agents.items()), agents['Opera'], sum(agents.values()))
c2 = Counter('mississippi')
print(c2.most_common(2), sorted((c2 - Counter('miss')).items()), sorted((c2 & Counter('sip')).items()), +Counter({'a': -1, 'b': 2}))
users = {h.user for h in hits} - {None}
print(sorted(users), Hit._fields[:3], hits[0]._replace(status=201).status)
error_rate = sum(h.status >= 500 for h in hits) / len(hits)
print(f'error rate {error_rate:.1%}, avg size {sum(h.size for h in hits) / len(hits):.1f}')
