package stdlib

import (
	"bytes"
	"encoding/base64"
	"math/rand"
	"testing"
)

// TestB64Pairs checks the table encoder against encoding/base64 on every
// length up to 100 and some long inputs.
func TestB64Pairs(t *testing.T) {
	for _, src := range encoderInputs(70000) {
		for _, c := range []struct {
			t   *b64Pairs
			enc *base64.Encoding
		}{{b64Std, base64.StdEncoding}, {b64URL, base64.URLEncoding}} {
			want := []byte(c.enc.EncodeToString(src))
			got := make([]byte, len(want))
			c.t.encode(got, src)
			if !bytes.Equal(got, want) {
				t.Fatalf("len %d: got %q want %q", len(src), got, want)
			}
		}
	}
}

// encoderInputs are the inputs the table encoders are checked on: random
// bytes of every length up to 100, then of random lengths below long.
func encoderInputs(long int) [][]byte {
	r := rand.New(rand.NewSource(1))
	var out [][]byte
	for n := 0; n < 300; n++ {
		size := n
		if n >= 100 {
			size = r.Intn(long)
		}
		src := make([]byte, size)
		r.Read(src)
		out = append(out, src)
	}
	return out
}

func BenchmarkB64Encode(b *testing.B) {
	src := make([]byte, 65536)
	for i := range src {
		src[i] = byte(i)
	}
	dst := make([]byte, base64.StdEncoding.EncodedLen(len(src)))
	b.Run("go", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			base64.StdEncoding.Encode(dst, src)
		}
	})
	b.Run("pairs", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			b64Std.encode(dst, src)
		}
	})
}
