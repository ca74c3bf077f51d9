// Package pyloops measures what compat's loop hooks cost (loops.go): the
// same loops compiled by raw gpython and by compat (which adds the
// interrupt check on while-loop back jumps and wraps for-loop iterators),
// and what a Python call costs through compat's call-path hooks.
// Run with `make bench` or `go test -bench . ./bench/pyloops`.
package pyloops

import (
	"testing"

	"github.com/go-python/gpython/compile"
	"github.com/go-python/gpython/py"

	_ "github.com/gowsgi/gowsgi/compat"
	"github.com/gowsgi/gowsgi/interp"
)

// the binary runs with interp.TuneGC; measure the same configuration
func init() { interp.TuneGC() }

const (
	whileSrc = "i = 0\nwhile i < 100000:\n    i += 1\n"
	forSrc   = "t = 0\nfor i in range(100000):\n    t += i\n"
)

func run(b *testing.B, src string, raw bool) {
	in, err := interp.New(interp.Options{Name: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	var code *py.Code
	if raw {
		code, err = compile.Compile(src, "<bench>", py.ExecMode, 0, true)
	} else {
		code, err = py.Compile(src, "<bench>", py.ExecMode, 0, true)
	}
	if err != nil {
		b.Fatal(err)
	}
	in.Lock()
	defer in.Unlock()
	ctx := in.Context()
	b.ResetTimer()
	for range b.N {
		g := py.NewStringDict()
		g["__builtins__"], _ = ctx.GetModule("builtins")
		if _, err := ctx.RunCode(code, g, g, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/100000, "ns/iteration")
}

func BenchmarkWhileRawGpython(b *testing.B) { run(b, whileSrc, true) }
func BenchmarkWhileCompat(b *testing.B)     { run(b, whileSrc, false) }
func BenchmarkForRawGpython(b *testing.B)   { run(b, forSrc, true) }
func BenchmarkForCompat(b *testing.B)       { run(b, forSrc, false) }

// calls: a Python function and a method called 100000 times each.
const callSrc = "def f(a, b):\n    return a + b\nclass C:\n    def m(self, x):\n        return x\nc = C()\nt = 0\nfor i in range(50000):\n    t = f(t, i)\n    c.m(i)\n"

func BenchmarkCallRawGpython(b *testing.B) { run(b, callSrc, true) }
func BenchmarkCallCompat(b *testing.B)     { run(b, callSrc, false) }
