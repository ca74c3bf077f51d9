package main

import (
	"debug/elf"
	"testing"
)

// TestStaticBinary: the binary `make build` gives (CGO_ENABLED=0, as
// TestMain builds it) asks for no dynamic loader and no shared library, so
// it runs in an empty root.
func TestStaticBinary(t *testing.T) {
	f, err := elf.Open(gowsgiBin)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			t.Error("binary has a PT_INTERP (dynamic loader) segment")
		}
	}
	libs, err := f.ImportedLibraries()
	if err != nil {
		t.Fatal(err)
	}
	if len(libs) != 0 {
		t.Errorf("binary needs shared libraries: %v", libs)
	}
}
