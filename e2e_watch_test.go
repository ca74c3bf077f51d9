package main

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// TestStuckInterpreterReplaced: a request stuck in Python past
// --request-timeout does not hold up the group's other requests.
func TestStuckInterpreterReplaced(t *testing.T) {
	s := startServer(t, "testdata/apps/rendezvous.wsgi", "--request-timeout", "1")
	flag := filepath.Join(t.TempDir(), "flag")
	var wg sync.WaitGroup
	var waited string
	wg.Add(1)
	go func() {
		defer wg.Done()
		_, waited, _ = s.get("/wait?" + flag) // holds the only interpreter until the flag exists
	}()
	waitFile(t, flag+".started")
	// With one interpreter, /make can run only once the waiter's interpreter
	// was replaced.
	if _, body, _ := s.get("/make?" + flag); body != "made" {
		t.Errorf("/make: %q", body)
	}
	wg.Wait()
	if waited != "seen" {
		t.Errorf("/wait: %q", waited)
	}
	if !s.waitLog("its other requests now use a fresh interpreter") {
		t.Errorf("replacement not logged:\n%s", s.log)
	}
}

// waitFile waits up to 10 s for path to exist.
func waitFile(t *testing.T, path string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if _, err := os.Stat(path); err == nil {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("%s never appeared", path)
}
