package interp

import (
	"context"
	"sync"
	"testing"
	"time"
)

// TestWatchReplacesWedged: an interpreter held past the timeout is replaced;
// a request waiting for it gets the successor, the holder keeps the old one.
func TestWatchReplacesWedged(t *testing.T) {
	m := NewManager(ManagerOptions{})
	g, err := m.Group("wedge")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var reports []string
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go m.Watch(ctx, 200*time.Millisecond, func(group string, held time.Duration, err error) {
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			t.Errorf("replacement failed: %v", err)
		}
		reports = append(reports, group)
	})
	stuck := g.Acquire() // held and never released during the test: "stuck Python"
	got := make(chan *Interpreter)
	go func() { got <- g.Acquire() }()
	var next *Interpreter
	select {
	case next = <-got:
	case <-time.After(20 * time.Second):
		t.Fatal("waiter never moved to a replacement interpreter")
	}
	if next == stuck {
		t.Fatal("waiter got the stuck interpreter")
	}
	if !stuck.Retired() || next.Retired() {
		t.Errorf("retired: stuck %v, next %v", stuck.Retired(), next.Retired())
	}
	mu.Lock()
	if len(reports) == 0 || reports[0] != "wedge" {
		t.Errorf("reports: %v", reports)
	}
	mu.Unlock()
	next.Unlock()
	stuck.Unlock()
	// The replacement serves Python.
	if err := next.RunSource("x = 1 + 1\n", "<t>"); err != nil {
		t.Error(err)
	}
}
