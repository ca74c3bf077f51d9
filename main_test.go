package main

// End-to-end and oracle tests start the real binary. TestMain builds it once
// into a temporary directory; tests find it at gowsgiBin.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

var gowsgiBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "gowsgi-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	gowsgiBin = filepath.Join(dir, "gowsgi")
	build := exec.Command("go", "build", "-o", gowsgiBin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building gowsgi:", err)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
