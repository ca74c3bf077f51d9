package compat

import (
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

// TestBoxed checks that the objects of boxed.go are the values a
// conversion gives, and that they survive collections while only a copy
// of their header (or of a substring) refers to their block.
func TestBoxed(t *testing.T) {
	for n := 0; n < 70; n++ {
		want := strings.Repeat("x", n)
		s, b := NewStringBuf(n)
		copy(b, want)
		y, bb := NewBytesBuf(n)
		copy(bb, want)
		if v, ok := s.(py.String); !ok || string(v) != want || s != py.Object(py.String(want)) {
			t.Fatalf("NewStringBuf(%d): %#v", n, s)
		}
		if v, ok := y.(Bytes); !ok || string(v) != want || y != py.Object(Bytes(want)) {
			t.Fatalf("NewBytesBuf(%d): %#v", n, y)
		}
		m := map[py.Object]int{s: 1, y: 2}
		if m[py.String(want)] != 1 || m[Bytes(want)] != 2 {
			t.Fatalf("map keys of %d bytes", n)
		}
	}
	type holder struct{ h [2]string }
	var kept []string
	var boxes []py.Object
	for i := 0; i < 1000; i++ {
		s, b := NewStringBuf(40)
		copy(b, strings.Repeat(string(rune('a'+i%26)), 40))
		v := string(s.(py.String))
		kept = append(kept, v[3:9]) // only a substring keeps the block
		h := &holder{}
		h.h[1] = v
		boxes = append(boxes, StringAt(&h.h[1]), BytesAt(&h.h[1]))
	}
	runtime.GC()
	runtime.GC()
	for i := 0; i < 1000; i++ {
		garbage := make([]byte, 64)
		for j := range garbage {
			garbage[j] = 0xff
		}
		_ = garbage
	}
	for i, v := range kept {
		c := string(rune('a' + i%26))
		if v != strings.Repeat(c, 6) {
			t.Fatalf("substring %d changed: %q", i, v)
		}
		if s := boxes[2*i].(py.String); string(s) != strings.Repeat(c, 40) {
			t.Fatalf("StringAt %d: %q", i, s)
		}
		if s := boxes[2*i+1].(Bytes); string(s) != strings.Repeat(c, 40) {
			t.Fatalf("BytesAt %d: %q", i, s)
		}
	}
}

func TestIntString(t *testing.T) {
	for _, v := range []int64{0, 1, 9, 10, 99, 100, 999, 1000, 12345, -1, -1000, 1<<63 - 1, -1 << 63} {
		if got, want := IntString(v), py.Object(py.String(strconv.FormatInt(v, 10))); got != want {
			t.Errorf("IntString(%d) = %#v", v, got)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _ = IntString(404) }); n != 0 {
		t.Errorf("IntString(404): %v allocations", n)
	}
	if n := testing.AllocsPerRun(100, func() { _ = IntString(123456) }); n != 1 {
		t.Errorf("IntString(123456): %v allocations", n)
	}
}
