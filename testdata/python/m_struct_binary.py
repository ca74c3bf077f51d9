import struct, io
def png_header(width, height, depth=8, color=6):
    sig = b'\x89PNG\r\n\x1a\n'
    ihdr = struct.pack('>IIBBBBB', width, height, depth, color, 0, 0, 0)
    return sig + struct.pack('>I', len(ihdr)) + b'IHDR' + ihdr + struct.pack('>I', 0)
data = png_header(640, 480)
print(len(data), data[:8], data[12:16])
w, h, depth, color = struct.unpack('>IIBB', data[16:26])
print(w, h, depth, color)
def parse_gif(buf):
    if buf[:6] not in (b'GIF87a', b'GIF89a'):
        raise ValueError('not a GIF')
    w, h, flags = struct.unpack('<HHB', buf[6:11])
    return {'version': buf[3:6].decode(), 'size': (w, h), 'global_color_table': bool(flags & 0x80), 'color_bits': (flags & 0x07) + 1}
print(parse_gif(b'GIF89a' + struct.pack('<HHBBB', 320, 200, 0xF7, 0, 0)))
try:
    parse_gif(b'JFIF....')
except ValueError as e:
    print('ValueError', e)
def bmp(width, height, pixels):
    row_size = (width * 3 + 3) & ~3
    img = bytearray()
    for y in range(height - 1, -1, -1):
        row = b''.join(struct.pack('<BBB', *pixels[y][x][::-1]) for x in range(width))
        img += row + b'\x00' * (row_size - len(row))
    header = struct.pack('<2sIHHI', b'BM', 54 + len(img), 0, 0, 54)
    info = struct.pack('<IiiHHIIiiII', 40, width, height, 1, 24, 0, len(img), 2835, 2835, 0, 0)
    return header + info + bytes(img)
img = bmp(2, 2, [[(255, 0, 0), (0, 255, 0)], [(0, 0, 255), (255, 255, 255)]])
print(len(img), img[:2], struct.unpack('<I', img[2:6]), img[54:].hex())
MSG = struct.Struct('!BBHI')
def encode_msg(kind, flags, seq, payload):
    return MSG.pack(kind, flags, seq, len(payload)) + payload
def decode_stream(stream):
    out = []
    while True:
        head = stream.read(MSG.size)
        if not head:
            break
        if len(head) < MSG.size:
            out.append(('truncated', len(head)))
            break
        kind, flags, seq, n = MSG.unpack(head)
        out.append((kind, flags, seq, stream.read(n)))
    return out
wire = encode_msg(1, 0, 1, b'hello') + encode_msg(2, 0x80, 2, b'') + encode_msg(3, 1, 65535, 'caf\u00e9'.encode()) + b'\x01\x02'
print(wire.hex())
print(decode_stream(io.BytesIO(wire)))
def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7f
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)
def read_varint(buf, pos=0):
    shift = result = 0
    while True:
        b = buf[pos]
        result |= (b & 0x7f) << shift
        pos += 1
        if not b & 0x80:
            return result, pos
        shift += 7
for n in [0, 1, 127, 128, 300, 16384, 2 ** 32, 2 ** 63 - 1]:
    enc = varint(n)
    print(n, enc.hex(), read_varint(enc)[0] == n)
floats = struct.pack('<3d', 1.0, -2.5, 1e-10)
print(floats.hex(), struct.unpack('<3d', floats), struct.unpack('>f', b'\x3f\x80\x00\x00'), struct.pack('>f', 3.14).hex(), struct.unpack('>f', struct.pack('>f', 3.14))[0])
print(struct.pack('>q', -1).hex(), struct.unpack('>q', b'\x80' + b'\x00' * 7), struct.unpack('<Q', b'\xff' * 8), struct.pack('<H', 0xABCD).hex(), struct.pack('>H', 0xABCD).hex())
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), (1024).to_bytes(4, 'big'), (-2).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff\xfe', 'big', signed=True))
ip = '192.168.1.10'
packed = struct.pack('!4B', *map(int, ip.split('.')))
print(packed.hex(), struct.unpack('!I', packed)[0], '.'.join(map(str, struct.unpack('!4B', packed))))
rec = struct.Struct('<16sHf?')
rows = [rec.pack(name.encode(), age, score, active) for name, age, score, active in [('alice', 30, 91.5, True), ('bob', 25, 78.25, False)]]
blob = b''.join(rows)
for off in range(0, len(blob), rec.size):
    name, age, score, active = rec.unpack_from(blob, off)
    print(name.rstrip(b'\x00').decode(), age, score, active, rec.size)
print(struct.calcsize('<16sHf?'), struct.calcsize('@16sHf?'), struct.calcsize('>bhiq'), struct.calcsize('@bhiq'))
