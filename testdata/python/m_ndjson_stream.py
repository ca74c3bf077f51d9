import json, io, itertools, collections
from datetime import datetime, timezone
events = [{'ts': 1700000000 + i * 37, 'user': 'u%d' % (i % 3), 'type': ['view', 'click', 'buy'][i % 3 if i % 5 else 2], 'amount': round(i * 1.25, 2) if i % 5 == 0 else None} for i in range(12)]
out = io.StringIO()
for ev in events:
    out.write(json.dumps(ev, separators=(',', ':')) + '\n')
raw = out.getvalue()
print(raw.count('\n'), len(raw), raw.splitlines()[0])
raw += '\n{"broken": \n{"ts": 1, "user": "late", "type": "view", "amount": null}\n'
def read_ndjson(stream):
    for lineno, line in enumerate(stream, 1):
        line = line.strip()
        if not line:
            continue
        try:
            yield json.loads(line)
        except json.JSONDecodeError as e:
            print('skip line %d: %s' % (lineno, e.msg))
parsed = list(read_ndjson(io.StringIO(raw)))
print(len(parsed), parsed[-1])
by_type = collections.Counter(e['type'] for e in parsed)
revenue = sum(e['amount'] or 0 for e in parsed)
print(sorted(by_type.items()), revenue)
per_user = collections.defaultdict(list)
for e in parsed:
    per_user[e['user']].append(e['type'])
print(dict(sorted(per_user.items())))
def window_key(e, size=120):
    return e['ts'] - e['ts'] % size
for start, grp in itertools.groupby(sorted(parsed[:-1], key=lambda e: e['ts']), key=window_key):
    g = list(grp)
    print(datetime.fromtimestamp(start, timezone.utc).strftime('%H:%M'), len(g), [e['type'][0] for e in g])
bout = io.BytesIO()
for ev in events[:3]:
    bout.write(json.dumps(ev, ensure_ascii=False).encode('utf-8') + b'\n')
bout.seek(0)
print([json.loads(l)['user'] for l in bout], bout.tell())
wrapper = io.TextIOWrapper(io.BytesIO(bout.getvalue()), encoding='utf-8')
print([json.loads(l)['ts'] for l in wrapper])
doc = {'meta': {'count': len(events), 'generated': datetime(2024, 1, 1, tzinfo=timezone.utc).isoformat()}, 'data': events[:2]}
s = io.StringIO()
json.dump(doc, s, indent=2, sort_keys=True)
s.seek(0)
back = json.load(s)
print(back == json.loads(json.dumps(doc)), back['meta'], s.getvalue().count('\n'))
pretty = json.dumps(events[0], indent=4)
compact = json.dumps(events[0], separators=(',', ':'))
print(len(pretty), len(compact), json.loads(pretty) == json.loads(compact))
chunks = [raw[i:i + 50] for i in range(0, 200, 50)]
buf = ''
records = 0
for ch in chunks:
    buf += ch
    *lines, buf = buf.split('\n')
    records += sum(1 for l in lines if l.strip())
print(records, repr(buf[:20]))
