# WebSocket frame encode/decode (RFC 6455) with struct and bit operations, masking, fragmentation, handshake.
import struct
import hashlib
import base64

OPCODES = {0x0: 'cont', 0x1: 'text', 0x2: 'binary', 0x8: 'close', 0x9: 'ping', 0xA: 'pong'}
GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11'

class FrameError(Exception):
    pass

def accept_key(client_key):
    return base64.b64encode(hashlib.sha1((client_key + GUID).encode()).digest()).decode()

def apply_mask(data, mask):
    return bytes(b ^ mask[i % 4] for i, b in enumerate(data))

def encode(payload, opcode=0x1, fin=True, mask=None):
    if isinstance(payload, str):
        payload = payload.encode('utf-8')
    head = struct.pack('!B', (0x80 if fin else 0) | opcode)
    n = len(payload)
    mbit = 0x80 if mask else 0
    if n < 126:
        head += struct.pack('!B', mbit | n)
    elif n < 1 << 16:
        head += struct.pack('!BH', mbit | 126, n)
    else:
        head += struct.pack('!BQ', mbit | 127, n)
    if mask:
        head += mask
        payload = apply_mask(payload, mask)
    return head + payload

def decode(buf):
    if len(buf) < 2:
        raise FrameError('short header')
    b0, b1 = buf[0], buf[1]
    fin, rsv, opcode = bool(b0 & 0x80), (b0 >> 4) & 0x7, b0 & 0x0F
    if rsv:
        raise FrameError('reserved bits set: %d' % rsv)
    if opcode not in OPCODES:
        raise FrameError('unknown opcode 0x%X' % opcode)
    masked, n, pos = bool(b1 & 0x80), b1 & 0x7F, 2
    if n == 126:
        (n,), pos = struct.unpack_from('!H', buf, 2), 4
    elif n == 127:
        (n,), pos = struct.unpack_from('!Q', buf, 2), 10
    mask = buf[pos:pos + 4] if masked else None
    pos += 4 if masked else 0
    payload = buf[pos:pos + n]
    if len(payload) < n:
        raise FrameError('truncated payload: %d/%d' % (len(payload), n))
    if mask:
        payload = apply_mask(payload, mask)
    return {'fin': fin, 'op': OPCODES[opcode], 'len': n, 'masked': masked, 'data': payload}, buf[pos + n:]

def decode_stream(buf):
    messages, parts = [], []
    while buf:
        frame, buf = decode(buf)
        if frame['op'] in ('ping', 'pong', 'close'):
            detail = struct.unpack('!H', frame['data'][:2])[0] if frame['op'] == 'close' and frame['data'] else frame['data']
            messages.append((frame['op'], detail))
            continue
        parts.append(frame['data'])
        if frame['fin']:
            messages.append(('message', b''.join(parts).decode('utf-8')))
            parts = []
    return messages

print(accept_key('dGhlIHNhbXBsZSBub25jZQ=='))
f = encode('Hello')
print(f.hex(), decode(f)[0])
m = encode('Hello', mask=b'\x37\xfa\x21\x3d')
print(m.hex(), decode(m)[0]['data'])
big = encode(b'x' * 300, opcode=0x2)
print(big[:4].hex(), len(big), decode(big)[0]['len'])
huge = encode(b'y' * 70000, opcode=0x2)
print(huge[:10].hex(), decode(huge)[0]['len'])
stream = (encode('Hel', fin=False) + encode(b'ping!', opcode=0x9) + encode('lo, ', opcode=0x0, fin=False, mask=b'abcd')
          + encode('w\u00f6rld', opcode=0x0) + encode(struct.pack('!H', 1000) + b'bye', opcode=0x8))
print(decode_stream(stream))
for bad in (b'\x81', b'\xf1\x00', b'\x83\x00', b'\x81\x05abc', b'\x81\x7e\x00'):
    try:
        decode(bad)
    except (FrameError, struct.error) as e:
        print(type(e).__name__, e)
print(struct.pack('<hI?', -2, 7, True), struct.unpack('>4sxH', b'abcd\x00\x01\x02'), struct.calcsize('!BHQ'), struct.calcsize('BHQ'))
