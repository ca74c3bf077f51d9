# Parse multipart/form-data and urlencoded bodies by hand.
import re
from urllib.parse import unquote_plus

class FieldStorage:
    def __init__(self):
        self.fields = {}
        self.files = {}
    def add(self, name, value):
        self.fields.setdefault(name, []).append(value)
    def get(self, name, default=None):
        vals = self.fields.get(name)
        return vals[0] if vals else default
    def __repr__(self):
        return 'FieldStorage(fields=%r, files=%r)' % (self.fields, sorted(self.files))

def parse_header_params(value):
    main, *rest = [p.strip() for p in value.split(';')]
    params = {}
    for item in rest:
        k, _, v = item.partition('=')
        params[k.strip().lower()] = v.strip().strip('"')
    return main.lower(), params

def parse_urlencoded(body):
    fs = FieldStorage()
    for pair in body.split(b'&'):
        if not pair:
            continue
        k, _, v = pair.decode('ascii').partition('=')
        fs.add(unquote_plus(k), unquote_plus(v))
    return fs

def parse_multipart(body, boundary):
    fs = FieldStorage()
    delim = b'--' + boundary.encode('ascii')
    parts = body.split(delim)
    if not parts[-1].startswith(b'--'):
        raise ValueError('missing closing boundary')
    for part in parts[1:-1]:
        part = part[2:] if part.startswith(b'\r\n') else part
        head, sep, data = part.partition(b'\r\n\r\n')
        if not sep:
            raise ValueError('malformed part')
        if data.endswith(b'\r\n'):
            data = data[:-2]
        headers = {}
        for line in head.decode('latin-1').split('\r\n'):
            name, _, val = line.partition(':')
            headers[name.strip().lower()] = val.strip()
        disp, params = parse_header_params(headers.get('content-disposition', ''))
        if disp != 'form-data' or 'name' not in params:
            raise ValueError('bad disposition: %r' % disp)
        if 'filename' in params:
            fs.files[params['name']] = (params['filename'], headers.get('content-type', 'application/octet-stream'), data)
        else:
            fs.add(params['name'], data.decode('utf-8'))
    return fs

def parse_body(content_type, body):
    ctype, params = parse_header_params(content_type)
    if ctype == 'application/x-www-form-urlencoded':
        return parse_urlencoded(body)
    if ctype == 'multipart/form-data':
        return parse_multipart(body, params['boundary'])
    raise ValueError('unsupported content type ' + ctype)

body = (b'--XyZ\r\nContent-Disposition: form-data; name="title"\r\n\r\nHello world\r\n'
        b'--XyZ\r\nContent-Disposition: form-data; name="tag"\r\n\r\npy\r\n'
        b'--XyZ\r\nContent-Disposition: form-data; name="tag"\r\n\r\nweb\r\n'
        b'--XyZ\r\nContent-Disposition: form-data; name="upload"; filename="notes.txt"\r\n'
        b'Content-Type: text/plain\r\n\r\nline1\r\nline2\r\n--XyZ--\r\n')
fs = parse_body('multipart/form-data; boundary="XyZ"', body)
print(fs)
print(fs.get('title'), fs.fields['tag'], fs.get('nope', '-'))
name, ctype, data = fs.files['upload']
print(name, ctype, data, data.splitlines(), len(data))
print(parse_body('application/x-www-form-urlencoded; charset=utf-8', b'a=1&b=x+y&a=%7E&&c='))
for ct, b in [('text/plain', b''), ('multipart/form-data; boundary=Q', b'--Q\r\nnope--Q--'),
              ('multipart/form-data; boundary=Q', b'--Q\r\nX: y\r\n\r\nz\r\n--Q--'),
              ('multipart/form-data; boundary=Q', b'--Q\r\n\r\n')]:
    try:
        print(parse_body(ct, b))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(parse_header_params('Form-Data; Name="f"; filename=a.txt'))
print(re.findall(rb'name="(\w+)"', body))
