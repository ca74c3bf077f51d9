import io, os, tempfile
# TextIOWrapper over BytesIO
raw = io.BytesIO('caf\u00e9\r\nna\u00efve\nend'.encode('utf-8'))
w = io.TextIOWrapper(raw, encoding='utf-8')
print(w.encoding, repr(w.readline()), repr(w.readline()), repr(w.read()))
raw = io.BytesIO('caf\u00e9\r\nx'.encode('utf-8'))
w = io.TextIOWrapper(raw, encoding='utf-8', newline='')
print([l for l in w])
out = io.BytesIO()
w = io.TextIOWrapper(out, encoding='latin-1', newline='\r\n')
w.write('a\u00e9\nb\n')
w.flush()
print(out.getvalue())
w.detach()
print(out.closed)

# open() in a tempdir: modes, encodings, newline
d = tempfile.mkdtemp()
p = os.path.join(d, 'data.txt')
with open(p, 'w', encoding='utf-8') as f:
    f.write('hi\u20ac')
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='utf-8') as f:
    print(repr(f.read()))
with open(p, 'w', newline='\r\n') as f:
    f.writelines(['one\n', 'two\n'])
with open(p, 'rb') as f:
    print(f.read())
with open(p + '.new', 'x') as f:
    print(f.mode, f.writable(), f.readable())
try:
    open(p, 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno)
with open(p, 'wb') as f:
    print(f.write(b'\xff\xfe bad'), f.mode)
try:
    with open(p, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason, e.start, e.end)
with open(p, encoding='utf-8', errors='replace') as f:
    print(repr(f.read()))
try:
    open(p, 'rw')
except ValueError as e:
    print('ValueError', e)
import shutil; shutil.rmtree(d)
