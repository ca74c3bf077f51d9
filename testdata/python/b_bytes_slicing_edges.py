# bytes/bytearray slicing edge cases (empty results when start >= stop)
data = b"abcdef"
ba = bytearray(data)
for i, j in ((2, 1), (5, 2), (1, -1), (-1, 1), (6, 6), (10, 2), (0, 0), (3, 100), (-100, 2)):
    print(i, j, data[i:j], ba[i:j], data[i:j:1], data[j:i:-1])
def fields(buf, sep=b"|"):
    out, start = [], 0
    while True:
        end = buf.find(sep, start)
        if end < 0:
            out.append(buf[start:])
            return out
        out.append(buf[start:end])
        start = end + 1
print(fields(b"a||b|"), fields(b""), fields(b"|"))
header = b"LEN:0005"
n = int(header[4:])
payload = b"hello world"
print(payload[n:n - 1], payload[:n], payload[n:], payload[len(payload):len(payload) - 3])
print(b"".startswith(b"", 5), b"a".startswith(b"", 5), b"abc".endswith(b"", 4), b"abc".find(b"", 4))
