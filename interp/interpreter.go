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
// (Lock/Unlock). Different interpreters run in parallel.
type Interpreter struct {
	sem     chan struct{} // the lock: a token in the channel means held
	held    atomic.Int64  // when the lock was taken (unix ns), 0 when free
	retired chan struct{} // closed when the interpreter was replaced
	// interrupted is set while an interrupt is pending in ctx (Interrupt)
	interrupted atomic.Bool
	name        string
	ctx         py.Context
	scripts     scriptSet // guarded by the lock
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

// Lock takes the interpreter for the calling goroutine.
func (in *Interpreter) Lock() {
	in.sem <- struct{}{}
	in.held.Store(time.Now().UnixNano())
}

// TryLock takes the interpreter if it is free and reports whether it did.
func (in *Interpreter) TryLock() bool {
	select {
	case in.sem <- struct{}{}:
		in.held.Store(time.Now().UnixNano())
		return true
	default:
		return false
	}
}

// Unlock releases the interpreter; an interrupt not yet delivered is
// withdrawn, so it cannot hit the next holder.
func (in *Interpreter) Unlock() {
	if in.interrupted.Swap(false) {
		compat.Interrupt(in.ctx, nil)
	}
	in.held.Store(0)
	<-in.sem
}

// HeldFor is how long the lock has been held without a break at now; 0 when
// the interpreter is free.
func (in *Interpreter) HeldFor(now time.Time) time.Duration {
	t := in.held.Load()
	if t == 0 {
		return 0
	}
	return now.Sub(time.Unix(0, t))
}

// Interrupt makes the Python code running in the interpreter raise err at
// its next loop iteration or function call (safe from any goroutine).
// Code blocked in a Go call (a sleep, a read) sees it when that returns.
func (in *Interpreter) Interrupt(err error) {
	in.interrupted.Store(true)
	compat.Interrupt(in.ctx, err)
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

// Close releases the context. The caller holds no lock and runs no code in it.
func (in *Interpreter) Close() { in.ctx.Close() }

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
		_, err = in.ctx.ModuleInit(&py.ModuleImpl{
			Info: py.ModuleInfo{Name: py.MainModuleName, FileDesc: filename},
			Code: code,
		})
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
