package stdlib

import (
	"bytes"
	"encoding/hex"
	"testing"
)

// TestHexPairs checks the table encoder against encoding/hex on every
// length up to 100 and some long inputs, into a buffer with room to spare
// (nothing past 2*len(src) is written).
func TestHexPairs(t *testing.T) {
	for _, src := range encoderInputs(5000) {
		want := []byte(hex.EncodeToString(src))
		got := bytes.Repeat([]byte{'#'}, len(want)+9)
		hexEncode(got, src)
		if !bytes.Equal(got[:len(want)], want) || !bytes.Equal(got[len(want):], bytes.Repeat([]byte{'#'}, 9)) {
			t.Fatalf("len %d: got %q want %q", len(src), got, want)
		}
	}
}

func BenchmarkHexEncode32(b *testing.B) {
	src := make([]byte, 32)
	dst := make([]byte, 64)
	for i := 0; i < b.N; i++ {
		hexEncode(dst, src)
	}
}

func BenchmarkHexEncode32Std(b *testing.B) {
	src := make([]byte, 32)
	dst := make([]byte, 64)
	for i := 0; i < b.N; i++ {
		hex.Encode(dst, src)
	}
}
