import io
class ChunkedRaw(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)
        self.reads = 0
    def readable(self):
        return True
    def readinto(self, b):
        self.reads += 1
        if not self.chunks:
            return 0
        c = self.chunks.pop(0)
        n = min(len(b), len(c))
        b[:n] = c[:n]
        if n < len(c):
            self.chunks.insert(0, c[n:])
        return n
raw = ChunkedRaw([b'GET / HTTP/1.1\r\n', b'Host: x\r\n\r\n', b'body-bytes'])
buf = io.BufferedReader(raw, buffer_size=8)
print(buf.readline(), buf.readline(), buf.readline(), buf.read(), buf.read(), raw.reads > 0)
text = io.TextIOWrapper(io.BufferedReader(ChunkedRaw([b'caf', b'\xc3', b'\xa9\nline2\n', b'end'])), encoding='utf-8')
print(text.readlines())
class UpperWriter(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def writable(self):
        return True
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)
w = UpperWriter()
print('hello', 'world', file=w)
w.writelines(['a', 'b\n'])
print(repr(''.join(w.parts)), w.writable(), w.readable(), w.closed)
w.close()
print(w.closed)
try:
    w.write('x') if False else w.read()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
class CountingBytes(io.BufferedIOBase):
    def __init__(self):
        self.n = 0
    def writable(self):
        return True
    def write(self, b):
        self.n += len(b)
        return len(b)
cb = CountingBytes()
tw = io.TextIOWrapper(cb, encoding='utf-8')
tw.write('\u00e9\u00e9\u00e9 abc')
tw.flush()
print(cb.n, isinstance(cb, io.IOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.TextIOBase))
class LimitedReader(io.RawIOBase):
    def __init__(self, data, limit):
        self.src = io.BytesIO(data)
        self.left = limit
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), self.left)
        data = self.src.read(n)
        b[:len(data)] = data
        self.left -= len(data)
        return len(data)
lr = LimitedReader(b'0123456789', 6)
print(lr.read(4), lr.read(), lr.read(), lr.readall() if hasattr(lr, 'readall') else b'')
print(list(io.BufferedReader(LimitedReader(b'l1\nl2\nl3\n', 100))))
