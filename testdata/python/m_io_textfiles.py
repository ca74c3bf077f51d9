import io, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'notes.txt')
with open(p, 'w', encoding='utf-8') as f:
    print(f.name == p, f.mode, f.encoding, f.closed, f.writable(), f.readable(), f.seekable())
    for i in range(5):
        print('line', i, sep='-', file=f)
    f.writelines(['tail1\n', 'tail2'])
    print(f.tell())
with open(p) as f:
    print([line.rstrip('\n') for line in f])
with open(p) as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()), f.readlines(10))
with open(p) as f:
    chunks = []
    while True:
        c = f.read(16)
        if not c:
            break
        chunks.append(c)
    print(len(chunks), ''.join(chunks).count('\n'), repr(f.read()))
with open(p, 'a+') as f:
    print(f.tell() > 0, repr(f.read()))
    f.seek(0)
    print(repr(f.read(6)))
    f.write('\nappended')
with open(p) as f:
    print(f.read().splitlines()[-2:])
with open(p, 'r+') as f:
    f.truncate(10)
    print(repr(f.read()))
    f.seek(0, os.SEEK_END)
    print(f.tell())
with open(p, 'rb') as f:
    print(f.read(4), f.peek(1)[:1] if hasattr(f, 'peek') else b'-', f.tell())
    f.seek(-3, os.SEEK_END)
    print(f.read(), f.seek(0), f.read1(2) if hasattr(f, 'read1') else f.read(2))
with open(p, 'wb') as f:
    f.write(b'a\r\nb\rc\nd')
for nl in [None, '', '\n', '\r\n', '\r']:
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()), end=' | ')
        f.seek(0)
        print(f.readlines())
with open(p, 'w', newline='\r') as f:
    f.write('x\ny\n')
print(open(p, 'rb').read())
with open(p, 'w', encoding='latin-1') as f:
    f.write('na\u00efve caf\u00e9')
print(open(p, 'rb').read(), open(p, encoding='latin-1').read())
try:
    open(p, encoding='ascii').read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.encoding, e.start, e.reason)
print(repr(open(p, encoding='ascii', errors='ignore').read()), repr(open(p, encoding='ascii', errors='replace').read()))
try:
    with open(p, 'w', encoding='ascii') as f:
        f.write('\u00e9')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.encoding, e.start, e.end, e.reason)
with open(p, 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
    f.write('caf\u00e9 \u2603')
print(open(p).read())
f = open(p)
f.close()
for op in [f.read, f.readline, lambda: f.seek(0), lambda: iter(f).__next__()]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
with open(p, 'r') as f:
    try:
        f.write('x')
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))
with open(p, 'w') as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
try:
    open(p, 'rt', encoding='utf-8', newline='bad')
except ValueError as e:
    print('ValueError', e)
try:
    open(p, 'rb', encoding='utf-8')
except ValueError as e:
    print('ValueError', e)
try:
    open(d)
except IsADirectoryError as e:
    print('IsADirectoryError', e.errno)
with open(p, 'w') as f:
    f.write('abc')
with open(p) as f, open(p + '.bak', 'w') as g:
    g.write(f.read().upper())
print(open(p + '.bak').read(), io.open is open, sorted(os.listdir(d)))
import shutil; shutil.rmtree(d)
