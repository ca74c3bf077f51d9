package main

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestRunawayLoopInterrupted: Python looping past --request-timeout is
// interrupted (RequestTimeout raised, 500, traceback logged) and the
// interpreter, with its module state, goes on serving.
func TestRunawayLoopInterrupted(t *testing.T) {
	s := startServer(t, "testdata/apps/rendezvous.wsgi", "--request-timeout", "1")
	if _, body, _ := s.get("/count"); body != "1" {
		t.Fatalf("/count: %q", body)
	}
	start := time.Now()
	code, _, _ := s.get("/spin")
	if code != 500 {
		t.Errorf("/spin: status %d, want 500", code)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("/spin took %s to be interrupted", d)
	}
	if _, body, _ := s.get("/count"); body != "2" {
		t.Errorf("/count after the interrupt: %q, want 2 (same interpreter)", body)
	}
	if !s.waitLog("RequestTimeout: request exceeded the request timeout") || !s.waitLog("interrupting it") {
		t.Errorf("interrupt not logged:\n%s", s.log)
	}
	if strings.Contains(s.log.String(), "fresh interpreter") {
		t.Errorf("interpreter replaced instead of interrupted:\n%s", s.log)
	}
}

// TestStuckInterpreterReplaced: a request blocked in a Go call past twice
// --request-timeout (no Python to interrupt) does not hold up the group's
// other requests.
func TestStuckInterpreterReplaced(t *testing.T) {
	s := startServer(t, "testdata/apps/rendezvous.wsgi", "--request-timeout", "1")
	flag := filepath.Join(t.TempDir(), "flag")
	if err := syscall.Mkfifo(flag+".fifo", 0o600); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	var waited string
	wg.Add(1)
	go func() {
		defer wg.Done()
		_, waited, _ = s.get("/block?" + flag) // holds the only interpreter, blocked in open()
	}()
	waitFile(t, flag+".started")
	// With one interpreter, /make can run only once the waiter's interpreter
	// was replaced.
	if _, body, _ := s.get("/make?" + flag); body != "made" {
		t.Errorf("/make: %q", body)
	}
	// let /block's open() return: it goes on in the old interpreter
	w, err := os.OpenFile(flag+".fifo", os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	wg.Wait()
	if waited != "seen" {
		t.Errorf("/block: %q", waited)
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
