package interp

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
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
	go m.Watch(ctx, 200*time.Millisecond, func(group string, held time.Duration, replaced bool, err error) {
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			t.Errorf("replacement failed: %v", err)
		}
		reports = append(reports, fmt.Sprintf("%s replaced=%v", group, replaced))
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
	if len(reports) != 2 || reports[0] != "wedge replaced=false" || reports[1] != "wedge replaced=true" {
		t.Errorf("reports: %v", reports)
	}
	mu.Unlock()
	next.Unlock()
	stuck.Unlock()
	// The replacement serves Python, with no interrupt left pending.
	if err := next.RunSource("x = 1 + 1\n", "<t>"); err != nil {
		t.Error(err)
	}
}

// TestInterruptStopsLoop: Interrupt ends a running `while True` loop with
// the given exception, and the interpreter runs Python again afterwards.
func TestInterruptStopsLoop(t *testing.T) {
	in, err := New(Options{Name: "spin"})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1) // RunSource takes the lock itself
	go func() { done <- in.RunSource("n = 0\nwhile True:\n    n += 1\n", "<spin>") }()
	time.Sleep(50 * time.Millisecond)
	in.Interrupt(py.ExceptionNewf(RequestTimeout, "stop"))
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "stop") {
			t.Fatalf("loop ended with %v, want RequestTimeout: stop", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the loop was not interrupted")
	}
	if err := in.RunSource("m = [i for i in range(3)]\n", "<after>"); err != nil {
		t.Errorf("after the interrupt: %v", err)
	}
}
