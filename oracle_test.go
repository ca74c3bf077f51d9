package main

// The CPython oracle: every testdata/python/NAME.py is run through
// `gowsgi python` and its stdout plus "exit N" must equal NAME.golden, which
// `make golden` records from python3.

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestOracle(t *testing.T) {
	progs, err := filepath.Glob("testdata/python/*.py")
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) == 0 {
		t.Fatal("no oracle programs in testdata/python")
	}
	for _, prog := range progs {
		name := strings.TrimSuffix(filepath.Base(prog), ".py")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			want, err := os.ReadFile(strings.TrimSuffix(prog, ".py") + ".golden")
			if err != nil {
				t.Fatalf("%v (run `make golden`)", err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, gowsgiBin, "python", filepath.Base(prog))
			cmd.Dir = filepath.Dir(prog)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err = cmd.Run()
			status := 0
			if ee, ok := err.(*exec.ExitError); ok {
				status = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			got := stdout.String() + fmt.Sprintf("exit %d\n", status)
			if got != string(want) {
				t.Errorf("output differs from CPython's\n%s\n--- stderr:\n%s", diffLines(string(want), got), stderr.String())
			}
		})
	}
}

// diffLines shows the first differing line of want and got with context.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n  cpython: %q\n  gowsgi:  %q", i+1, wl, gl)
		}
	}
	return "(equal lines, different lengths)"
}
