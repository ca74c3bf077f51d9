package interp

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync/atomic"
	"time"

	"github.com/go-python/gpython/py"

	_ "github.com/go-python/gpython/stdlib" // gpython's own modules and py.NewContext
	"github.com/gowsgi/gowsgi/compat"       // CPython behaviour, installed at init
	_ "github.com/gowsgi/gowsgi/stdlib"     // our modules, registered at init
)

// Options configure a new Interpreter.
type Options struct {
	// Name labels the interpreter in logs (an application group's name).
	Name string
	// SysPaths is the initial sys.path; directories are used as given.
	SysPaths []string
	// Argv is sys.argv.
	Argv []string
	// Stdout and Stderr receive sys.stdout and sys.stderr of this
	// interpreter only; nil means the process's os.Stdout / os.Stderr.
	Stdout, Stderr io.Writer
	// Optimize is python's -O level (WSGIPythonOptimize): 1 and up drop
	// assert statements and make __debug__ False.
	Optimize int
}

// Interpreter is one gpython sub-interpreter. A py.Context is not safe for
// two goroutines at once, so every use of Context() must hold the lock
// (Lock/Unlock), which is the interpreter's GIL: each goroutine holding it
// runs as one Python thread (a request, or a thread started by Python
// code), and lets it go while it blocks (time.sleep, lock waits, reading
// a request body: Pause/Resume) and when another has waited for the
// switch interval (threads.go). Different interpreters run in parallel.
type Interpreter struct {
	sem     chan struct{} // the lock: a token in the channel means held
	held    atomic.Int64  // since when the holder runs without a break (unix ns), 0 when free
	cur     atomic.Pointer[Thread]
	retired chan struct{} // closed when the interpreter was replaced
	name    string
	ctx     py.Context
	scripts scriptSet // guarded by the lock
}

// New starts an interpreter with its own sys.stdout, sys.stderr and
// os.environ, so that no interpreter can disturb another through them.
func New(opts Options) (*Interpreter, error) {
	ctxOpts := py.DefaultContextOpts()
	ctxOpts.SysPaths = append([]string(nil), opts.SysPaths...)
	ctxOpts.SysArgs = opts.Argv
	if ctxOpts.SysArgs == nil {
		ctxOpts.SysArgs = []string{""}
	}
	in := &Interpreter{name: opts.Name, sem: make(chan struct{}, 1), retired: make(chan struct{})}
	var err error
	guard(&err, func() error {
		in.ctx = py.NewContext(ctxOpts)
		compat.SetScheduler(in.ctx, scheduler{in})
		compat.SetOptimize(in.ctx, opts.Optimize)
		return in.isolate(opts)
	})
	if err != nil {
		return nil, fmt.Errorf("interpreter %q: %w", opts.Name, err)
	}
	return in, nil
}

// isolate gives the context its own standard streams and environment mapping
// (gpython's modules hand every context the same objects).
func (in *Interpreter) isolate(opts Options) error {
	stdout, stderr := opts.Stdout, opts.Stderr
	if stdout == nil {
		stdout = os.Stdout
	}
	if stderr == nil {
		stderr = os.Stderr
	}
	sys, err := in.ctx.GetModule("sys")
	if err != nil {
		return err
	}
	out, errs := NewStream(stdout, "<stdout>"), NewStream(stderr, "<stderr>")
	sys.Globals["stdout"], sys.Globals["__stdout__"] = out, out
	sys.Globals["stderr"], sys.Globals["__stderr__"] = errs, errs
	return nil
}

// Name is the label given at creation.
func (in *Interpreter) Name() string { return in.name }

// Lock takes the interpreter for the calling goroutine, as a new Python
// thread (a request).
func (in *Interpreter) Lock() {
	in.take(nil)
	in.enter(newThread(nil))
}

// TryLock takes the interpreter, as a new thread, if it is free and
// reports whether it did.
func (in *Interpreter) TryLock() bool {
	select {
	case in.sem <- struct{}{}:
		in.enter(newThread(nil))
		return true
	default:
		return false
	}
}

// Unlock releases the interpreter and ends the calling goroutine's thread.
func (in *Interpreter) Unlock() { in.leave() }

// Pause releases the interpreter for a while (a blocking read); the
// thread goes on with Resume.
func (in *Interpreter) Pause() *Thread {
	t := in.cur.Load()
	in.leave()
	return t
}

// Resume takes the interpreter again for thread t, paused before.
func (in *Interpreter) Resume(t *Thread) {
	in.take(nil)
	t.runStart = time.Now().UnixNano()
	in.enter(t)
}

// switchInterval is how long a goroutine waits for the lock before it asks
// the holder to let go (sys.getswitchinterval() in CPython).
const switchInterval = 5 * time.Millisecond

// take waits for the lock, asking the holder to let go every switch
// interval; it gives up (false) when cancel is closed first.
func (in *Interpreter) take(cancel <-chan struct{}) bool {
	select {
	case in.sem <- struct{}{}:
		return true
	default:
	}
	t := time.NewTimer(switchInterval)
	defer t.Stop()
	for {
		select {
		case in.sem <- struct{}{}:
			return true
		case <-t.C:
			compat.RequestSwitch(in.ctx)
			t.Reset(switchInterval)
		case <-cancel:
			return false
		}
	}
}

// enter makes t the running thread; the caller has just taken the lock.
func (in *Interpreter) enter(t *Thread) {
	in.cur.Store(t)
	compat.SwitchThread(in.ctx, t.ts)
	in.held.Store(t.runStart)
}

// leave releases the lock held by the running thread.
func (in *Interpreter) leave() {
	compat.SwitchThread(in.ctx, nil)
	in.cur.Store(nil)
	in.held.Store(0)
	<-in.sem
}

// Thread is one Python thread of an interpreter: a request, or a thread
// started with threading.
type Thread struct {
	ts *compat.ThreadState
	// since when the thread runs without blocking (unix ns)
	runStart    int64
	interrupted atomic.Bool
}

func newThread(ts *compat.ThreadState) *Thread {
	if ts == nil {
		ts = compat.NewThreadState()
	}
	return &Thread{ts: ts, runStart: time.Now().UnixNano()}
}

// scheduler is the interpreter's side of compat's threads.
type scheduler struct{ in *Interpreter }

// Yield lets waiting goroutines take the lock; the thread's run goes on
// (the request timeout keeps counting).
func (s scheduler) Yield() {
	t := s.in.cur.Load()
	s.in.leave()
	s.in.take(nil)
	s.in.enter(t)
}

// Blocking runs f with the lock released: the thread has a break.
func (s scheduler) Blocking(f func()) {
	t := s.in.Pause()
	defer s.in.Resume(t)
	f()
}

// Go runs f as thread ts in a new goroutine.
func (s scheduler) Go(ts *compat.ThreadState, f func()) {
	go func() {
		s.in.take(nil)
		s.in.enter(newThread(ts))
		defer s.in.leave()
		var err error
		guard(&err, func() error { f(); return nil })
		if err != nil {
			fmt.Fprintf(os.Stderr, "gowsgi: thread in interpreter %q: %v\n", s.in.name, err)
		}
	}()
}

// HeldFor is how long the lock's holder has run without a break at now; 0
// when the interpreter is free.
func (in *Interpreter) HeldFor(now time.Time) time.Duration {
	t := in.held.Load()
	if t == 0 {
		return 0
	}
	return now.Sub(time.Unix(0, t))
}

// Interrupt makes the Python thread holding the interpreter raise err at
// its next loop iteration or function call (safe from any goroutine).
// Code blocked in a Go call (a read) sees it when that returns; a sleep
// or lock wait ends at once.
func (in *Interpreter) Interrupt(err error) {
	if t := in.cur.Load(); t != nil {
		t.interrupted.Store(true)
		compat.InterruptThread(t.ts, err)
	}
}

// Interrupted reports whether the thread holding the interpreter was
// interrupted already.
func (in *Interpreter) Interrupted() bool {
	t := in.cur.Load()
	return t != nil && t.interrupted.Load()
}

// retire marks the interpreter as replaced: goroutines waiting for its lock
// in Group.Acquire move to its successor. Requests already inside it finish
// there.
func (in *Interpreter) retire() { close(in.retired) }

// Retired reports whether the interpreter was replaced.
func (in *Interpreter) Retired() bool {
	select {
	case <-in.retired:
		return true
	default:
		return false
	}
}

// Context is the gpython context; use it only while holding the lock.
func (in *Interpreter) Context() py.Context { return in.ctx }

// Close releases the context, and compat's state of it. The caller holds
// no lock and runs no code in it.
func (in *Interpreter) Close() {
	in.ctx.Close()
	compat.ForgetContext(in.ctx)
}

// RunFile runs the Python file at path as module __main__, the way
// `python FILE` does: sys.path[0] becomes the file's directory and __file__
// the absolute path. It takes the
// lock itself.
func (in *Interpreter) RunFile(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return in.RunSource(string(src), path)
	}
	in.prependPath(filepath.Dir(abs))
	return in.RunSource(string(src), abs) // __file__ is absolute, as since CPython 3.9
}

// RunSource compiles src (as a module, all statements) and runs it as module
// __main__, whose __file__ is filename. It takes the lock itself.
func (in *Interpreter) RunSource(src, filename string) error {
	in.Lock()
	defer in.Unlock()
	var err error
	guard(&err, func() error {
		code, err := py.Compile(src, filename, py.ExecMode, compat.OptimizeFlags(in.ctx), true)
		if err != nil {
			return err
		}
		// ctx.ModuleInit's steps, with the body run by compat.RunCode (so
		// that the module's frame is on the frame stack: sys._getframe)
		m, err := in.ctx.Store().NewModule(in.ctx, &py.ModuleImpl{
			Info: py.ModuleInfo{Name: py.MainModuleName, FileDesc: filename},
			Code: code,
		})
		if err != nil {
			return err
		}
		_, err = compat.RunCode(in.ctx, code, m.Globals, m.Globals)
		return err
	})
	return err
}

func (in *Interpreter) prependPath(dir string) {
	in.Lock()
	defer in.Unlock()
	sys, err := in.ctx.GetModule("sys")
	if err != nil {
		return
	}
	if l, ok := sys.Globals["path"].(*py.List); ok {
		l.Items = append([]py.Object{py.String(dir)}, l.Items...)
	}
}

// guard runs f and turns a Go panic escaping gpython into a Python
// SystemError carrying the panic's text, so no Python code can crash the
// process through this boundary.
func guard(errp *error, f func() error) {
	defer func() {
		if r := recover(); r != nil {
			if os.Getenv("GOWSGI_PANIC_TRACE") != "" {
				fmt.Fprintf(os.Stderr, "panic: %v\n%s", r, debug.Stack())
			}
			*errp = py.ExceptionNewf(py.SystemError, "%v", r)
		}
	}()
	*errp = f()
}

// Guard is guard for callers outside the package: it runs f, converting a Go
// panic into a Python SystemError.
func Guard(f func() error) (err error) {
	guard(&err, f)
	return err
}

// Finalize waits for the non-daemon threads Python code started, as python
// does before it exits (threading._shutdown), when threading was imported.
func (in *Interpreter) Finalize() error {
	in.Lock()
	defer in.Unlock()
	var err error
	guard(&err, func() error {
		threading, err := in.ctx.GetModule("threading")
		if err != nil {
			return nil // never imported
		}
		shutdown, ok := threading.Globals["_shutdown"]
		if !ok {
			return nil
		}
		_, err = py.Call(shutdown, nil, nil)
		return err
	})
	return err
}
