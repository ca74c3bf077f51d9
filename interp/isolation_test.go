package interp

import (
	"bytes"
	"strings"
	"sync"
	"testing"

	"github.com/go-python/gpython/py"
)

// hostile is Python that, in raw gpython, breaks other interpreters or kills
// the process (the Go panics are provoked inside functions: compat turns a
// panic into SystemError at the call that panicked). Each line must end in the output it names, in every
// interpreter, while two interpreters run it at the same time.
const hostile = `
import sys, os
out = []
try:
    list.append = lambda self, x: None
    out.append("setattr allowed")
except TypeError:
    out.append("setattr refused")
l = []
l.append(1)
out.append("append works %d" % len(l))
def set_of_tuples():
    return {(1, 2)}
def str_of_bare_exception():
    return str(ValueError())
try:
    set_of_tuples()
    out.append("set of tuples ok")
except SystemError:
    out.append("set of tuples ok")
try:
    str_of_bare_exception()
    out.append("str exc ok")
except SystemError:
    out.append("str exc ok")
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError:
    out.append("recursion stopped")
for i in range(50):
    os.environ["GOWSGI_ISOLATION_%d" % (i % 5)] = str(i)
out.append("environ written")
sys.stdout.write("stdout of %s\n" % NAME)
result = ",".join(out)
`

const wantHostile = "setattr refused,append works 1,set of tuples ok,str exc ok,recursion stopped,environ written"

func TestIsolationUnderRace(t *testing.T) {
	var wg sync.WaitGroup
	outs := make([]bytes.Buffer, 2)
	for i := range outs {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			name := []string{"alpha", "beta"}[i]
			in, err := New(Options{Name: name, Stdout: &outs[i], Stderr: &outs[i]})
			if err != nil {
				t.Error(err)
				return
			}
			defer in.Close()
			for round := 0; round < 3; round++ {
				src := "NAME = '" + name + "'\n" + hostile
				if err := in.RunSource(src, "<hostile>"); err != nil {
					t.Errorf("%s round %d: %s", name, round, FormatError(err))
					return
				}
				in.Lock()
				mod, err := in.Context().GetModule("__main__")
				in.Unlock()
				if err != nil {
					t.Error(err)
					return
				}
				if got, _ := mod.Globals["result"].(py.String); string(got) != wantHostile {
					t.Errorf("%s round %d: %s\nwant %s", name, round, got, wantHostile)
				}
			}
		}(i)
	}
	wg.Wait()
	for i, name := range []string{"alpha", "beta"} {
		got := outs[i].String()
		if !strings.Contains(got, "stdout of "+name) || strings.Contains(got, "stdout of "+[]string{"beta", "alpha"}[i]) {
			t.Errorf("interpreter %s's stdout: %q", name, got)
		}
	}
}
