# cgi: parse_header, FieldStorage over query strings, urlencoded and multipart bodies
import cgi, io

print(cgi.parse_header('text/html; charset="utf-8"'))
print(cgi.parse_header('form-data; name="f"; filename="a;b \\"q\\".txt"'))
print(cgi.parse_header('Attachment ;  Name = x ; empty='))
print(cgi.parse_header('text/plain'))

fs = cgi.FieldStorage(environ={'REQUEST_METHOD': 'GET', 'QUERY_STRING': 'a=1&b=2&a=3&blank='})
print(sorted(fs.keys()), len(fs), 'a' in fs, 'zz' in fs)
print(fs.getvalue('a'), fs.getvalue('b'), fs.getvalue('zz', 'dflt'), fs.getfirst('a'), fs.getlist('b'), fs.getlist('nope'))
print(fs['b'], fs['a'])
print(bool(fs), fs.type, fs.list)

fs = cgi.FieldStorage(environ={'REQUEST_METHOD': 'GET', 'QUERY_STRING': 'a=1&blank='}, keep_blank_values=True)
print([(f.name, f.value) for f in fs.list])

body = b'name=J%C3%BCrgen&age=42&tags=x&tags=y'
env = {'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'application/x-www-form-urlencoded',
       'CONTENT_LENGTH': str(len(body)), 'QUERY_STRING': 'page=2'}
fs = cgi.FieldStorage(fp=io.BytesIO(body), environ=env)
print(fs.getvalue('name'), fs.getvalue('age'), fs.getlist('tags'), fs.getvalue('page'))
print(fs.type, fs.length)

b = 'XyZzY'
body = ('--' + b + '\r\n'
        'Content-Disposition: form-data; name="title"\r\n\r\n'
        'Hello world\r\n'
        '--' + b + '\r\n'
        'Content-Disposition: form-data; name="upload"; filename="notes.txt"\r\n'
        'Content-Type: text/plain\r\n\r\n'
        'line one\r\nline two\r\n\r\n'
        '--' + b + '\r\n'
        'Content-Disposition: form-data; name="title"\r\n\r\n'
        'Second\r\n'
        '--' + b + '--\r\n').encode()
env = {'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'multipart/form-data; boundary=' + b,
       'CONTENT_LENGTH': str(len(body))}
fs = cgi.FieldStorage(fp=io.BytesIO(body), environ=env, keep_blank_values=True)
print(fs.type, fs.type_options, sorted(fs.keys()))
print(fs.getlist('title'))
up = fs['upload']
print(up.name, up.filename, repr(up.value), up.type, up.disposition, up.disposition_options)
print(up.file.read(), up.headers['content-type'], up.headers['Content-Disposition'])
for item in fs.list:
    print(item.name, item.filename, repr(item.value))
print(fs.getvalue('title'))

r = cgi.parse_multipart(io.BytesIO(body), {'boundary': b.encode(), 'CONTENT-LENGTH': str(len(body))})
print(sorted(r.items()))

env = {'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'multipart/form-data; boundary=bad boundary ',
       'CONTENT_LENGTH': '0'}
try:
    cgi.FieldStorage(fp=io.BytesIO(b''), environ=env)
except ValueError as e:
    print('ValueError', e)

fs = cgi.FieldStorage(fp=io.BytesIO(b'abc'), environ={'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'text/plain'})
try:
    bool(fs)
except TypeError as e:
    print('TypeError', e)
print(repr(fs.value), fs.list, fs.type)
try:
    fs['x']
except TypeError as e:
    print('TypeError', e)
print(cgi.parse(io.BytesIO(b'x=1&y=2'), {'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'application/x-www-form-urlencoded', 'CONTENT_LENGTH': '7'}))
print(cgi.parse(None, {'QUERY_STRING': 'q=a+b&q=c'}))
print(cgi.MiniFieldStorage('k', 'v'))
