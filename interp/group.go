package interp

import (
	"context"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

// Group is an application group: the interpreter(s) that all scripts mapped
// to one group name share in this process. With one replica (the default,
// mod_wsgi's semantics) module state is shared by every request of the group;
// with N replicas requests are spread over N independent interpreters that
// run Python in parallel.
type Group struct {
	name  string
	slots []atomic.Pointer[Interpreter]
	next  atomic.Uint32
}

// Name is the application group's name ("" is %{GLOBAL}).
func (g *Group) Name() string { return g.name }

// Replicas is the number of interpreters in the group.
func (g *Group) Replicas() int { return len(g.slots) }

// Acquire locks and returns one of the group's interpreters: a free one if
// there is, else the next in turn (waiting for its lock). The caller must
// Unlock it; a request keeps the interpreter it acquired for its whole life.
// A wait for an interpreter that gets replaced (see Manager.Watch) moves on
// to its successor.
func (g *Group) Acquire() *Interpreter {
	n := len(g.slots)
	start := 0
	if n > 1 {
		start = int(g.next.Add(1))
		for i := 0; i < n; i++ {
			in := g.slots[(start+i)%n].Load()
			if in.TryLock() {
				if !in.Retired() {
					return in
				}
				in.Unlock()
			}
		}
	}
	for {
		in := g.slots[start%n].Load()
		if in.take(in.retired) {
			in.enter(newThread(nil))
			if !in.Retired() {
				return in
			}
			in.Unlock()
		}
	}
}

// ManagerOptions configure every interpreter a Manager creates.
type ManagerOptions struct {
	// SysPaths is the initial sys.path of each interpreter.
	SysPaths []string
	// Replicas is the number of interpreters per group (0 means 1).
	Replicas int
	// Stdout and Stderr receive the interpreters' sys.stdout/sys.stderr.
	Stdout, Stderr io.Writer
	// Optimize is python's -O level for every interpreter.
	Optimize int
	// Init runs once in each new interpreter, holding its lock, before the
	// interpreter serves anything (WSGIPythonPath handling, import scripts…).
	Init func(group string, in *Interpreter) error
}

// Manager creates application groups on first use and keeps them for the
// life of the process. It is safe for concurrent use.
type Manager struct {
	opts   ManagerOptions
	mu     sync.Mutex
	groups map[string]*Group
	// Code shares compiled script code between the manager's interpreters.
	Code CodeCache
}

// NewManager returns a manager creating groups with opts.
func NewManager(opts ManagerOptions) *Manager {
	if opts.Replicas <= 0 {
		opts.Replicas = 1
	}
	return &Manager{opts: opts, groups: make(map[string]*Group)}
}

// newInterpreter creates and initialises one interpreter of group name.
func (m *Manager) newInterpreter(name string) (*Interpreter, error) {
	label := name
	if label == "" {
		label = "%{GLOBAL}"
	}
	in, err := New(Options{Name: label, SysPaths: m.opts.SysPaths, Stdout: m.opts.Stdout, Stderr: m.opts.Stderr, Optimize: m.opts.Optimize})
	if err != nil {
		return nil, fmt.Errorf("application group %q: %w", name, err)
	}
	if m.opts.Init != nil {
		in.Lock()
		err = m.opts.Init(name, in)
		in.Unlock()
		if err != nil {
			in.Close()
			return nil, fmt.Errorf("application group %q: %w", name, err)
		}
	}
	return in, nil
}

// Group returns the application group called name, creating its
// interpreters the first time.
func (m *Manager) Group(name string) (*Group, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if g, ok := m.groups[name]; ok {
		return g, nil
	}
	g := &Group{name: name, slots: make([]atomic.Pointer[Interpreter], m.opts.Replicas)}
	for i := range g.slots {
		in, err := m.newInterpreter(name)
		if err != nil {
			return nil, err
		}
		g.slots[i].Store(in)
	}
	m.groups[name] = g
	return g, nil
}

// Watch deals with interpreters that stay locked longer than timeout without
// a break, until ctx is done. First the running Python code is interrupted:
// it raises RequestTimeout at its next loop iteration or call, which ends a
// runaway loop and keeps the interpreter. If it is still held at twice the
// timeout (blocked in a Go call, which cannot be interrupted), it is
// replaced: the stuck request goes on in the old interpreter and every other
// request of the group gets a fresh one, with fresh module state, as a
// daemon restart would give. report is told of each interrupt (replaced
// false) and replacement.
func (m *Manager) Watch(ctx context.Context, timeout time.Duration, report func(group string, held time.Duration, replaced bool, err error)) {
	tick := max(timeout/4, 50*time.Millisecond)
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			m.replaceWedged(now, timeout, report)
		}
	}
}

func (m *Manager) replaceWedged(now time.Time, timeout time.Duration, report func(string, time.Duration, bool, error)) {
	m.mu.Lock()
	groups := make([]*Group, 0, len(m.groups))
	for _, g := range m.groups {
		groups = append(groups, g)
	}
	m.mu.Unlock()
	for _, g := range groups {
		for i := range g.slots {
			old := g.slots[i].Load()
			held := old.HeldFor(now)
			if held < timeout {
				continue
			}
			if held < 2*timeout {
				if !old.Interrupted() {
					old.Interrupt(py.ExceptionNewf(RequestTimeout, "request exceeded the request timeout (%s) in Python", timeout))
					if report != nil {
						report(g.name, held, false, nil)
					}
				}
				continue
			}
			fresh, err := m.newInterpreter(g.name)
			if err == nil {
				g.slots[i].Store(fresh)
			}
			if report != nil {
				report(g.name, held, true, err)
			}
			if err == nil {
				old.retire()
			}
		}
	}
}

// RequestTimeout is raised in Python code that runs past the request
// timeout. It derives from BaseException, so `except Exception` in the
// application does not swallow it.
var RequestTimeout = compat.NewExceptionType(py.BaseException, "RequestTimeout", "The request ran past its time limit.")

// Multiprocess reports whether requests of one group may run in different
// interpreters (wsgi.multiprocess).
func (m *Manager) Multiprocess() bool { return m.opts.Replicas > 1 }

// Close closes every interpreter that is not in use.
func (m *Manager) Close() {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, g := range m.groups {
		for i := range g.slots {
			if in := g.slots[i].Load(); in.TryLock() {
				in.Close()
				in.Unlock()
			}
		}
	}
	m.groups = map[string]*Group{}
}
