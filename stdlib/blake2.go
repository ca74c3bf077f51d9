package stdlib

// blake2.go is BLAKE2b and BLAKE2s (RFC 7693) with the parameters
// hashlib.blake2b/blake2s take: digest_size, key, salt and person.
// Go's x/crypto packages (used for the default parameters, where they are
// faster) take no salt or personalisation and cannot copy a keyed state,
// so hashes with any non-default parameter are computed here. One
// implementation serves both variants: words are kept in uint64 and
// masked to 32 bits for BLAKE2s.

import (
	"encoding/binary"
	"hash"
)

// blake2Variant holds what differs between BLAKE2b and BLAKE2s.
type blake2Variant struct {
	bits      uint // word size: 64 or 32
	rounds    int  // 12 or 10
	rot       [4]uint
	iv        [8]uint64
	blockSize int // 128 or 64 bytes
	maxSize   int // largest digest, key, and twice the salt/person length
}

var (
	blake2bVariant = &blake2Variant{bits: 64, rounds: 12, rot: [4]uint{32, 24, 16, 63}, blockSize: 128, maxSize: 64,
		iv: [8]uint64{0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
			0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179}}
	blake2sVariant = &blake2Variant{bits: 32, rounds: 10, rot: [4]uint{16, 12, 8, 7}, blockSize: 64, maxSize: 32,
		iv: [8]uint64{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}}
)

// blake2Sigma is the message word schedule of each round (RFC 7693 2.7).
var blake2Sigma = [10][16]byte{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

// blake2 is one BLAKE2 hash state.
type blake2 struct {
	v       *blake2Variant
	h       [8]uint64
	start   [8]uint64 // h after the parameter block, for Reset
	key     []byte
	buf     []byte // the pending block (never empty once data came, so the last block is final)
	counter uint64 // bytes compressed so far
	size    int
}

// newBlake2 makes a state for the digest size, key, salt and person given
// (all already checked against the variant's limits).
func newBlake2(v *blake2Variant, size int, key, salt, person []byte) *blake2 {
	word := int(v.bits / 8)
	param := make([]byte, 8*word)
	param[0], param[1], param[2], param[3] = byte(size), byte(len(key)), 1, 1 // fanout and depth 1
	copy(param[4*word:], salt)
	copy(param[6*word:], person)
	b := &blake2{v: v, size: size, key: append([]byte(nil), key...)}
	for i := range b.start {
		var p uint64
		if word == 8 {
			p = binary.LittleEndian.Uint64(param[i*8:])
		} else {
			p = uint64(binary.LittleEndian.Uint32(param[i*4:]))
		}
		b.start[i] = v.iv[i] ^ p
	}
	b.Reset()
	return b
}

func (b *blake2) Reset() {
	b.h = b.start
	b.counter = 0
	b.buf = b.buf[:0]
	if len(b.key) > 0 {
		block := make([]byte, b.v.blockSize)
		copy(block, b.key)
		b.buf = append(b.buf, block...)
	}
}

func (b *blake2) Size() int      { return b.size }
func (b *blake2) BlockSize() int { return b.v.blockSize }

func (b *blake2) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if len(b.buf) == b.v.blockSize {
			// more data follows, so the buffered block is not the last
			b.counter += uint64(b.v.blockSize)
			b.compress(b.buf, false)
			b.buf = b.buf[:0]
		}
		k := min(b.v.blockSize-len(b.buf), len(p))
		b.buf = append(b.buf, p[:k]...)
		p = p[k:]
	}
	return n, nil
}

func (b *blake2) Sum(in []byte) []byte {
	c := b.cloneState()
	c.counter += uint64(len(c.buf))
	block := make([]byte, c.v.blockSize)
	copy(block, c.buf)
	c.compress(block, true)
	word := int(c.v.bits / 8)
	out := make([]byte, 8*word)
	for i, x := range c.h {
		if word == 8 {
			binary.LittleEndian.PutUint64(out[i*8:], x)
		} else {
			binary.LittleEndian.PutUint32(out[i*4:], uint32(x))
		}
	}
	return append(in, out[:c.size]...)
}

func (b *blake2) clone() hash.Hash { return b.cloneState() }

func (b *blake2) cloneState() *blake2 {
	c := *b
	c.buf = append([]byte(nil), b.buf...)
	return &c
}

// compress mixes one block into the state (RFC 7693 3.2).
func (b *blake2) compress(block []byte, final bool) {
	v := b.v
	mask := ^uint64(0) >> (64 - v.bits)
	rotr := func(x uint64, n uint) uint64 { return (x>>n | x<<(v.bits-n)) & mask }
	var m [16]uint64
	word := int(v.bits / 8)
	for i := range m {
		if word == 8 {
			m[i] = binary.LittleEndian.Uint64(block[i*8:])
		} else {
			m[i] = uint64(binary.LittleEndian.Uint32(block[i*4:]))
		}
	}
	var w [16]uint64
	copy(w[:8], b.h[:])
	copy(w[8:], v.iv[:])
	w[12] ^= b.counter & mask
	if v.bits == 32 {
		w[13] ^= b.counter >> 32
	}
	if final {
		w[14] ^= mask
	}
	g := func(a, bb, c, d int, x, y uint64) {
		w[a] = (w[a] + w[bb] + x) & mask
		w[d] = rotr(w[d]^w[a], v.rot[0])
		w[c] = (w[c] + w[d]) & mask
		w[bb] = rotr(w[bb]^w[c], v.rot[1])
		w[a] = (w[a] + w[bb] + y) & mask
		w[d] = rotr(w[d]^w[a], v.rot[2])
		w[c] = (w[c] + w[d]) & mask
		w[bb] = rotr(w[bb]^w[c], v.rot[3])
	}
	for r := 0; r < v.rounds; r++ {
		s := &blake2Sigma[r%10]
		g(0, 4, 8, 12, m[s[0]], m[s[1]])
		g(1, 5, 9, 13, m[s[2]], m[s[3]])
		g(2, 6, 10, 14, m[s[4]], m[s[5]])
		g(3, 7, 11, 15, m[s[6]], m[s[7]])
		g(0, 5, 10, 15, m[s[8]], m[s[9]])
		g(1, 6, 11, 12, m[s[10]], m[s[11]])
		g(2, 7, 8, 13, m[s[12]], m[s[13]])
		g(3, 4, 9, 14, m[s[14]], m[s[15]])
	}
	for i := range b.h {
		b.h[i] ^= w[i] ^ w[i+8]
	}
}
