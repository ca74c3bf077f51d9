package main

import (
	"path/filepath"
	"sync"
	"testing"
)

// TestReplicasRunInParallel: with --replicas 2 one request can run while
// another is busy in Python; the environ says wsgi.multiprocess is True.
func TestReplicasRunInParallel(t *testing.T) {
	s := startServer(t, "testdata/apps/rendezvous.wsgi", "--replicas", "2")
	if _, body, _ := s.get("/mp"); body != "True" {
		t.Errorf("wsgi.multiprocess with replicas: %q", body)
	}
	flag := filepath.Join(t.TempDir(), "flag")
	var wg sync.WaitGroup
	var waited string
	wg.Add(1)
	go func() {
		defer wg.Done()
		_, waited, _ = s.get("/wait?" + flag)
	}()
	waitFile(t, flag+".started")
	// The waiter is in Python (or about to be); /make must not queue
	// behind it.
	if _, body, _ := s.get("/make?" + flag); body != "made" {
		t.Errorf("/make: %q", body)
	}
	wg.Wait()
	if waited != "seen" {
		t.Errorf("/wait: %q, want seen (the second interpreter ran meanwhile)", waited)
	}
}

func TestSingleInterpreterDefault(t *testing.T) {
	s := startServer(t, "testdata/apps/rendezvous.wsgi")
	if _, body, _ := s.get("/mp"); body != "False" {
		t.Errorf("wsgi.multiprocess without replicas: %q", body)
	}
}
