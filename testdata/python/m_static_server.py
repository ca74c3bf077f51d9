import os, mimetypes, hashlib, tempfile, posixpath, shutil
from email.utils import formatdate, parsedate_to_datetime
from urllib.parse import unquote, urlsplit
root = tempfile.mkdtemp()
content = {'index.html': b'<h1>hi</h1>', 'css/site.css': b'body{}', 'js/app.js': b'console.log(1)', 'img/logo.svg': b'<svg/>', 'data/report.json': b'{}', 'docs/read me.txt': b'spaces', 'bin/blob': b'\x00\x01'}
MTIME = 1700000000
for rel, data in content.items():
    p = os.path.join(root, *rel.split('/'))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'wb') as f:
        f.write(data)
    os.utime(p, (MTIME, MTIME))
def safe_join(base, url_path):
    path = posixpath.normpath(unquote(url_path))
    parts = [p for p in path.split('/') if p and p not in ('.', '..')]
    if '..' in unquote(url_path).split('/'):
        return None
    full = os.path.join(base, *parts)
    return full if os.path.abspath(full).startswith(os.path.abspath(base) + os.sep) or full == base else None
def serve(url, headers=None):
    headers = headers or {}
    path = urlsplit(url).path
    if path.endswith('/'):
        path += 'index.html'
    full = safe_join(root, path)
    if full is None:
        return 403, {}, b'forbidden'
    if not os.path.isfile(full):
        return 404, {}, b'not found'
    st = os.stat(full)
    ctype, enc = mimetypes.guess_type(full)
    ctype = ctype or 'application/octet-stream'
    if ctype.startswith('text/') or ctype in ('application/javascript', 'application/json', 'image/svg+xml'):
        ctype += '; charset=utf-8' if ctype.startswith('text/') else ''
    etag = '"%x-%x"' % (int(st.st_mtime), st.st_size)
    hdrs = {'Content-Type': ctype, 'Content-Length': str(st.st_size), 'Last-Modified': formatdate(st.st_mtime, usegmt=True), 'ETag': etag}
    if headers.get('If-None-Match') == etag:
        return 304, hdrs, b''
    ims = headers.get('If-Modified-Since')
    if ims and parsedate_to_datetime(ims).timestamp() >= int(st.st_mtime):
        return 304, hdrs, b''
    with open(full, 'rb') as f:
        return 200, hdrs, f.read()
for url in ['/', '/css/site.css', '/js/app.js?v=3', '/img/logo.svg', '/data/report.json', '/docs/read%20me.txt', '/bin/blob', '/missing.png', '/../etc/passwd', '/css/../index.html', '/%2e%2e/secret']:
    status, h, body = serve(url)
    print(url, status, h.get('Content-Type'), h.get('Content-Length'), h.get('ETag'), body[:12])
st, h, _ = serve('/index.html')
print(h['Last-Modified'])
print(serve('/index.html', {'If-None-Match': h['ETag']})[0], serve('/index.html', {'If-Modified-Since': h['Last-Modified']})[0], serve('/index.html', {'If-Modified-Since': 'Mon, 01 Jan 2001 00:00:00 GMT'})[0])
def dir_listing(rel):
    base = os.path.join(root, rel)
    rows = []
    for e in sorted(os.scandir(base), key=lambda e: (not e.is_dir(), e.name.lower())):
        st = e.stat()
        rows.append('%-12s %6s %s' % (e.name + ('/' if e.is_dir() else ''), '-' if e.is_dir() else st.st_size, formatdate(st.st_mtime, usegmt=True)[5:16] if e.is_file() else ''))
    return rows
print('\n'.join(dir_listing('')))
total = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(root) for f in fs)
digest = hashlib.md5()
for dp, dirs, fs in sorted(os.walk(root)):
    dirs.sort()
    for f in sorted(fs):
        digest.update(f.encode())
        with open(os.path.join(dp, f), 'rb') as fh:
            digest.update(fh.read())
print(total, digest.hexdigest())
shutil.rmtree(root)
