from wsgiref.headers import Headers
from email.utils import parsedate_to_datetime, formatdate, parseaddr
from http import HTTPStatus
from http.cookies import SimpleCookie
from urllib.parse import unquote
import re
RAW = ('HTTP/1.1 206 Partial Content\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Type: text/html; charset="ISO-8859-1"; boundary=xyz\r\n'
       'Content-Range: bytes 200-1000/67589\r\nSet-Cookie: a=1; Path=/\r\nSet-Cookie: b=2; HttpOnly\r\nCache-Control: public, max-age=3600, must-revalidate\r\n'
       'X-Folded: part one\r\n  part two\r\nContent-Disposition: attachment; filename="r\xe9sum\xe9.pdf"; filename*=UTF-8\'\'r%C3%A9sum%C3%A9.pdf\r\n\r\nBODY')
head, _, body = RAW.partition('\r\n\r\n')
status_line, *header_lines = head.split('\r\n')
version, code, reason = status_line.split(' ', 2)
print(version, int(code), reason, HTTPStatus(int(code)).phrase == reason, body)
unfolded = []
for line in header_lines:
    if line[:1] in (' ', '\t') and unfolded:
        unfolded[-1] += ' ' + line.strip()
    else:
        unfolded.append(line)
pairs = [tuple(p.strip() for p in l.split(':', 1)) for l in unfolded]
h = Headers(pairs)
print(len(h), h['x-folded'], h.get_all('Set-Cookie'), h['date'])
def parse_params(value):
    parts = [p.strip() for p in re.split(r';(?=(?:[^"]*"[^"]*")*[^"]*$)', value)]
    main, params = parts[0], {}
    for p in parts[1:]:
        k, _, v = p.partition('=')
        v = v.strip()
        if v.startswith('"') and v.endswith('"'):
            v = v[1:-1]
        params[k.strip().lower()] = v
    return main, params
print(parse_params(h['Content-Type']))
disp, dparams = parse_params(h['Content-Disposition'])
enc, _, fname = dparams['filename*'].partition("''")
print(disp, dparams['filename'], enc, unquote(fname, encoding=enc.lower()))
cc = {}
for d in h['Cache-Control'].split(','):
    k, _, v = d.strip().partition('=')
    cc[k] = int(v) if v.isdigit() else True
print(cc)
m = re.match(r'bytes (\d+)-(\d+)/(\d+|\*)', h['Content-Range'])
start, end, total = int(m.group(1)), int(m.group(2)), m.group(3)
print(start, end, total, end - start + 1)
dt = parsedate_to_datetime(h['Date'])
print(dt.isoformat(), formatdate(dt.timestamp(), usegmt=True) == h['Date'])
jar = SimpleCookie()
for sc in h.get_all('set-cookie'):
    jar.load(sc)
print(sorted(jar), jar['a']['path'], bool(jar['b']['httponly']), jar['a'].value)
def parse_accept_language(v):
    langs = []
    for item in v.split(','):
        lang, _, q = item.strip().partition(';q=')
        langs.append((lang, float(q) if q else 1.0))
    return [l for l, _ in sorted(langs, key=lambda t: -t[1])]
print(parse_accept_language('fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5'), parse_accept_language('en'))
def parse_range(v, size):
    unit, _, spec = v.partition('=')
    out = []
    for r in spec.split(','):
        a, _, b = r.strip().partition('-')
        if a == '':
            out.append((size - int(b), size - 1))
        else:
            out.append((int(a), min(int(b), size - 1) if b else size - 1))
    return unit, out
print(parse_range('bytes=0-99, 200-, -50', 1000), parse_range('bytes=900-2000', 1000))
auth = 'Digest username="Mufasa", realm="testrealm@host.com", nonce="dcd98b", uri="/dir/index.html", qop=auth, nc=00000001'
print(dict(re.findall(r'(\w+)=(?:"([^"]*)"|([^,\s]*))', auth)[i][:1] + (''.join(re.findall(r'(\w+)=(?:"([^"]*)"|([^,\s]*))', auth)[i][1:]),) for i in range(6)))
print(parseaddr('From: "Support Team" <support@example.com>'.split(': ', 1)[1]))
out = Headers()
out.add_header('Content-Type', 'application/json', charset='utf-8')
out.add_header('Vary', 'Accept-Encoding')
out.add_header('Vary', 'Cookie')
out['Content-Length'] = str(len(body))
print(str(out).replace('\r\n', ' || '))
