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

// TestSingleInterpreterInterleaves: with one interpreter, requests are
// Python threads under its lock, as under mod_wsgi's GIL: a request that
// sleeps, or one that loops without sleeping, lets another run meanwhile.
func TestSingleInterpreterInterleaves(t *testing.T) {
	s := startServer(t, "testdata/apps/rendezvous.wsgi")
	for _, wait := range []string{"/wait", "/spinwait"} {
		flag := filepath.Join(t.TempDir(), "flag")
		var wg sync.WaitGroup
		var waited string
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, waited, _ = s.get(wait + "?" + flag)
		}()
		waitFile(t, flag+".started")
		if _, body, _ := s.get("/make?" + flag); body != "made" {
			t.Errorf("%s: /make: %q", wait, body)
		}
		wg.Wait()
		if waited != "seen" {
			t.Errorf("%s: %q, want seen (the other request ran meanwhile)", wait, waited)
		}
	}
}

// TestThreadsInRequests: a request can start a thread and wait for its
// result; a threading.local is fresh in every request.
func TestThreadsInRequests(t *testing.T) {
	s := startServer(t, "testdata/apps/rendezvous.wsgi")
	for i := 0; i < 3; i++ {
		if code, body, _ := s.get("/thread"); code != 200 || body != "499500" {
			t.Errorf("/thread: %d %q", code, body)
		}
		if _, body, _ := s.get("/local"); body != "False" {
			t.Errorf("/local, request %d: %q, want False", i, body)
		}
	}
}
