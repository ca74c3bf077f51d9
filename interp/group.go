package interp

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
)

// Group is an application group: the interpreter(s) that all scripts mapped
// to one group name share in this process. With one replica (the default,
// mod_wsgi's semantics) module state is shared by every request of the group;
// with N replicas requests are spread over N independent interpreters that
// run Python in parallel.
type Group struct {
	name     string
	replicas []*Interpreter
	next     atomic.Uint32
}

// Name is the application group's name ("" is %{GLOBAL}).
func (g *Group) Name() string { return g.name }

// Replicas is the number of interpreters in the group.
func (g *Group) Replicas() int { return len(g.replicas) }

// Acquire locks and returns one of the group's interpreters: a free one if
// there is, else the next in turn (waiting for its lock). The caller must
// Unlock it; a request keeps the interpreter it acquired for its whole life.
func (g *Group) Acquire() *Interpreter {
	if len(g.replicas) == 1 {
		in := g.replicas[0]
		in.Lock()
		return in
	}
	start := int(g.next.Add(1))
	for i := range g.replicas {
		in := g.replicas[(start+i)%len(g.replicas)]
		if in.mu.TryLock() {
			return in
		}
	}
	in := g.replicas[start%len(g.replicas)]
	in.Lock()
	return in
}

// ManagerOptions configure every interpreter a Manager creates.
type ManagerOptions struct {
	// SysPaths is the initial sys.path of each interpreter.
	SysPaths []string
	// Replicas is the number of interpreters per group (0 means 1).
	Replicas int
	// Stdout and Stderr receive the interpreters' sys.stdout/sys.stderr.
	Stdout, Stderr io.Writer
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

// Group returns the application group called name, creating its
// interpreters the first time.
func (m *Manager) Group(name string) (*Group, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if g, ok := m.groups[name]; ok {
		return g, nil
	}
	g := &Group{name: name}
	for i := 0; i < m.opts.Replicas; i++ {
		label := name
		if label == "" {
			label = "%{GLOBAL}"
		}
		in, err := New(Options{Name: label, SysPaths: m.opts.SysPaths, Stdout: m.opts.Stdout, Stderr: m.opts.Stderr})
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
		g.replicas = append(g.replicas, in)
	}
	m.groups[name] = g
	return g, nil
}

// Multiprocess reports whether requests of one group may run in different
// interpreters (wsgi.multiprocess).
func (m *Manager) Multiprocess() bool { return m.opts.Replicas > 1 }

// Close closes every interpreter. No request may be running.
func (m *Manager) Close() {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, g := range m.groups {
		for _, in := range g.replicas {
			in.Close()
		}
	}
	m.groups = map[string]*Group{}
}
