import struct
print(struct.pack('>I', 1), struct.pack('<hH', -2, 65535), struct.pack('!q', -1), struct.pack('>d', 1.5), struct.pack('<f', 0.5))
print(struct.unpack('>I', b'\x00\x00\x01\x00'), struct.unpack('<hH', b'\xfe\xff\xff\xff'), struct.unpack('>Q', b'\xff' * 8))
print(struct.calcsize('>IHb'), struct.calcsize('@IHb'), struct.calcsize('@bI'), struct.calcsize('ll'), struct.calcsize('<l'), struct.calcsize('5s'), struct.calcsize('3x'))
print(struct.pack('4s2s', b'ab', b'xyz'), struct.unpack('4s', b'ab\x00\x00'), struct.pack('?c', True, b'Z'), struct.unpack('?c', b'\x00Q'))
print(struct.pack('<3B', 1, 2, 3), struct.unpack('<3B', b'\x01\x02\x03'), struct.pack('5p', b'hi'), struct.unpack('5p', b'\x02hi\x00\x00'))
s = struct.Struct('>HH')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x00\x01\x00\x02'), s.unpack_from(b'XX\x00\x03\x00\x04', 2))
print(list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')), struct.unpack_from('>B', b'\x05\x06', offset=1))
for bad in [lambda: struct.pack('>B', 256), lambda: struct.pack('>b', -129), lambda: struct.pack('>I', 1, 2), lambda: struct.unpack('>I', b'\x00'), lambda: struct.pack('>Z', 1)]:
    try:
        bad()
    except struct.error as e:
        print('struct.error', e)
