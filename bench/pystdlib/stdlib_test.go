// Package pystdlib measures stdlib modules on realistic inputs (the cases
// in cases.txt), so bench/run.sh can set them beside CPython's figures
// from python3 -m timeit. Run with `go test -bench . ./bench/pystdlib`.
package pystdlib

import (
	"bufio"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/interp"
)

// the binary runs with interp.TuneGC; measure the same configuration
func init() { interp.TuneGC() }

type benchCase struct{ name, setup, stmt string }

func loadCases(tb testing.TB) []benchCase {
	f, err := os.Open("cases.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []benchCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.SplitN(line, "|", 3)
		if len(parts) != 3 {
			tb.Fatalf("bad case line %q", line)
		}
		out = append(out, benchCase{parts[0], parts[1], parts[2]})
	}
	return out
}

func BenchmarkStdlib(b *testing.B) {
	for _, c := range loadCases(b) {
		b.Run(c.name, func(b *testing.B) {
			in, err := interp.New(interp.Options{Name: "bench"})
			if err != nil {
				b.Fatal(err)
			}
			in.Lock()
			defer in.Unlock()
			ctx := in.Context()
			// the shape python3 -m timeit runs: setup and loop inside one
			// function, so the names they bind are locals in both
			g := py.NewStringDict()
			g["__name__"] = py.String("__main__")
			code, err := py.Compile(timeitSource(c), "<timeit-src>", py.ExecMode, 0, true)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := ctx.RunCode(code, g, g, nil); err != nil {
				b.Fatal(err)
			}
			inner := g["inner"]
			n := py.Tuple{&repeatNone{n: b.N}}
			// one warm-up call with the setup alone, as timeit's autorange
			if _, err := py.Call(inner, py.Tuple{&repeatNone{}}, nil); err != nil {
				b.Fatal(err)
			}
			cpu0 := cpuTime()
			b.ResetTimer()
			if _, err := py.Call(inner, n, nil); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			// CPU time (every thread, the collector's too) per call: steadier
			// than wall time on a shared machine (compare.sh -c)
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
		})
	}
}

// timeitSource is the function timeit compiles for a case: the setup's
// statements, then the statement in a loop over _it, which yields None
// as many times as the benchmark needs (timeit's itertools.repeat(None, n)).
func timeitSource(c benchCase) string {
	var b strings.Builder
	b.WriteString("def inner(_it):\n")
	for _, line := range strings.Split(c.setup, "; ") {
		b.WriteString("    " + line + "\n")
	}
	b.WriteString("    for _i in _it:\n        " + c.stmt + "\n")
	return b.String()
}

// repeatNone is an iterator of n Nones, the loop timeit runs its
// statement in.
type repeatNone struct{ n int }

var repeatNoneType = py.NewType("repeat_none", "n Nones (bench)")

func (r *repeatNone) Type() *py.Type                { return repeatNoneType }
func (r *repeatNone) M__iter__() (py.Object, error) { return r, nil }
func (r *repeatNone) M__next__() (py.Object, error) {
	if r.n <= 0 {
		return nil, py.StopIteration
	}
	r.n--
	return py.None, nil
}

// cpuTime is the process's user and system time in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// TestCasesRun checks every case runs (so a broken case fails make test,
// not only make bench).
func TestCasesRun(t *testing.T) {
	for _, c := range loadCases(t) {
		in, err := interp.New(interp.Options{Name: "check"})
		if err != nil {
			t.Fatal(err)
		}
		src := timeitSource(c) + "inner([None, None])\n"
		if err := in.RunSource(src, "<"+c.name+">"); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}
