# Realistic: number base conversions, bit tricks, checksums with int/bin/hex/format
def to_base(n, base, digits="0123456789abcdefghijklmnopqrstuvwxyz"):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n in (0, 5, 255, -42, 4096, 123456789):
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    assert int(row[0], 2) == n and int(row[3], 36) == n
    print(n, row, bin(n), oct(n), hex(n), format(n, "b"), format(n, "#o"), format(n, "X"))
print([int(s, 0) for s in ("0b1010", "0o777", "0xFF", "1_000", "0x_ff")], int("zz", 36), int("-0b11", 0))
def popcount(n):
    return bin(n).count("1")
def bits_set(n):
    return [i for i in range(n.bit_length()) if n >> i & 1]
for n in (0, 1, 7, 8, 255, 1023, 2**20 + 5):
    print(n, popcount(n), bits_set(n)[:6], n.bit_length(), n & (n - 1) == 0 and n != 0, n & -n)
def luhn_ok(number):
    digits = [int(c) for c in str(number)][::-1]
    total = 0
    for i, d in enumerate(digits):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0
print([luhn_ok(x) for x in (79927398713, 79927398710, 4111111111111111, 1234567812345678)])
def crc8(data, poly=0x07):
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc
print(hex(crc8(b"123456789")), format(crc8(b"hello"), "08b"), crc8(b""), f"{crc8(bytes(range(256))):#04x}")
def ip_to_int(ip):
    a, b, c, d = (int(p) for p in ip.split("."))
    return a << 24 | b << 16 | c << 8 | d
def int_to_ip(n):
    return ".".join(str(n >> s & 255) for s in (24, 16, 8, 0))
for ip in ("192.168.1.10", "10.0.0.1", "255.255.255.255"):
    n = ip_to_int(ip)
    print(ip, n, hex(n), int_to_ip(n), n.to_bytes(4, "big"), int.from_bytes(n.to_bytes(4, "little"), "little") == n)
mask = (0xFFFFFFFF << (32 - 24)) & 0xFFFFFFFF
print(int_to_ip(mask), int_to_ip(ip_to_int("192.168.1.10") & mask), bin(mask).count("1"))
flags = {"READ": 1, "WRITE": 2, "EXEC": 4}
perm = flags["READ"] | flags["EXEC"]
print(perm, [k for k, v in flags.items() if perm & v], perm ^ flags["EXEC"], ~perm & 7, oct(0o755 & ~0o022))
print(f"{3735928559:x}", f"{48879:#06X}", f"{10:b}", f"{-10:08b}", f"{255:o}", int.from_bytes(b"\xde\xad", "big"))
