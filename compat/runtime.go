package compat

// runtime.go guards the interpreter itself, by wrapping py.VmEvalCode (every
// Python function call) and py.NewContext (every new interpreter).
//
//   - Recursion: gpython recurses on the Go stack until Go's stack limit kills
//     the whole process. CPython raises RecursionError ("maximum recursion
//     depth exceeded") at sys.getrecursionlimit() (1000) nested calls; so do
//     we, per interpreter. sys.setrecursionlimit changes the limit.
//   - Go panics inside a call (measured: hashing a tuple into a set,
//     str(ValueError())…) would unwind through every frame to the embedder.
//     The call that panicked raises SystemError with the panic's text
//     instead, so the calling Python code can catch it. (CPython has no such
//     errors; where compat fixes the cause, the panic does not happen.)
//   - sys.exit(arg) in gpython returns a SystemExit instead of raising it;
//     it raises, as in CPython (sys.exit(None) raises SystemExit() with
//     args ()).
//   - generator.throw() and close() raised NotImplementedError in gpython;
//     they are generators.go's.

import (
	"fmt"
	"os"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// interpState is compat's per-interpreter bookkeeping.
// The running thread's state is embedded (threads.go): st.depth is the
// running thread's call depth.
type interpState struct {
	*ThreadState
	// initial is the thread the context starts with; cur mirrors the
	// embedded pointer for other goroutines (Interrupt)
	initial   *ThreadState
	cur       atomic.Pointer[ThreadState]
	sched     Scheduler
	switchReq atomic.Bool
	imports   importLock
	limit     int
	// the generator twins of function code objects (frames.go)
	twins map[*py.Code]*py.Code
	// python -O level (compile.go)
	optimize int
}

func newInterpState() *interpState {
	ts := NewThreadState()
	st := &interpState{ThreadState: ts, initial: ts, limit: defaultRecursionLimit}
	st.imports.sem = make(chan struct{}, 1)
	st.cur.Store(ts)
	return st
}

// states maps a py.Context to its *interpState; registered when the context
// is created, read on every call through stateCache.
var states sync.Map

// stateCache is a direct-mapped cache in front of states, read on every
// call without a lock: a sync.Map lookup hashes the interface, which was
// a twentieth of a Python call's cost. An entry is published whole; a
// slot another context holds sends the lookup to states (and takes the
// slot).
var stateCache [64]atomic.Pointer[stateEntry]

type stateEntry struct {
	ctx py.Context
	st  *interpState
}

const defaultRecursionLimit = 1000

// stateSlot is ctx's slot of stateCache, chosen by its data pointer.
func stateSlot(ctx py.Context) *atomic.Pointer[stateEntry] {
	p := uintptr((*iface)(unsafe.Pointer(&ctx)).data)
	return &stateCache[(p>>4^p>>10)%uintptr(len(stateCache))]
}

func stateOf(ctx py.Context) *interpState {
	slot := stateSlot(ctx)
	if e := slot.Load(); e != nil && e.ctx == ctx {
		return e.st
	}
	s, ok := states.Load(ctx)
	if !ok {
		s, _ = states.LoadOrStore(ctx, newInterpState())
	}
	st := s.(*interpState)
	slot.Store(&stateEntry{ctx, st})
	return st
}

// ForgetContext drops compat's state of ctx, which has been closed and
// runs no more code, so that the state and the context can be collected.
func ForgetContext(ctx py.Context) {
	states.Delete(ctx)
	slot := stateSlot(ctx)
	if e := slot.Load(); e != nil && e.ctx == ctx {
		slot.CompareAndSwap(e, nil)
	}
}

func init() {
	innerEval := py.VmEvalCode
	py.VmEvalCode = func(ctx py.Context, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (res py.Object, err error) {
		if code.Flags&coKwDict != 0 {
			kws = prepareKwargs(code, kws)
		} else if err := posOnlyError(code, kws); err != nil {
			return nil, err
		}
		st := stateOf(ctx)
		if st.pending() {
			if err := st.attend(); err != nil {
				return nil, err
			}
		}
		if st.depth >= st.limit {
			return nil, py.ExceptionNewf(RecursionError, "maximum recursion depth exceeded")
		}
		st.depth++
		defer func() {
			if r := recover(); r != nil {
				res, err = nil, panicError(r)
			}
			if err != nil {
				err = fixRaisedError(freshError(qualifyArgError(code, err)))
			}
			if n := len(st.handled); n > 0 && st.handled[n-1].depth >= st.depth {
				st.leaveFrame(err)
			}
			st.depth--
		}()
		return evalFrame(st, innerEval, ctx, code, globals, locals, args, kws, defs, kwdefs, closure)
	}

	innerNew := py.NewContext
	py.NewContext = func(opts py.ContextOpts) py.Context {
		lateTypes.Do(finishTypes)
		builtinArityOnce.Do(installBuiltinArity)
		ctx := innerNew(opts)
		st := newInterpState()
		states.Store(ctx, st)
		if sys, err := ctx.GetModule("sys"); err == nil {
			newMetaPath(sys) // metapath.go
			sys.Globals["exit"] = py.MustNewMethod("exit", sysExit, 0, "exit([status]): raise SystemExit(status)")
			sys.Globals["exc_info"] = py.MustNewMethod("exc_info", func(self py.Object) (py.Object, error) {
				typ, val, tb := HandledException(ctx)
				if val == nil {
					return py.Tuple{py.None, py.None, py.None}, nil
				}
				if tb == nil {
					return py.Tuple{typ, val, py.None}, nil
				}
				return py.Tuple{typ, val, tb}, nil
			}, 0, "exc_info() -> (type, value, traceback) of the exception being handled")
			sys.Globals["_getframe"] = sysGetframe(ctx) // frames.go
			sys.Globals["getrecursionlimit"] = py.MustNewMethod("getrecursionlimit", func(self py.Object) (py.Object, error) {
				return py.Int(st.limit), nil
			}, 0, "getrecursionlimit() -> the maximum depth of the Python call stack")
			sys.Globals["setrecursionlimit"] = py.MustNewMethod("setrecursionlimit", func(self py.Object, arg py.Object) (py.Object, error) {
				n, ok := arg.(py.Int)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", arg.Type().Name)
				}
				if n < 1 {
					return nil, py.ExceptionNewf(py.ValueError, "recursion limit must be greater or equal than 1")
				}
				st.limit = int(n)
				return py.None, nil
			}, 0, "setrecursionlimit(n): set the maximum depth of the Python call stack")
		}
		return ctx
	}

}

// RecursionError is CPython's exception for too deep recursion, a
// RuntimeError subclass.
var RecursionError = NewExceptionType(py.RuntimeError, "RecursionError", "Recursion limit exceeded.")

func panicError(r any) error {
	if os.Getenv("GOWSGI_PANIC_TRACE") != "" {
		fmt.Fprintf(os.Stderr, "panic: %v\n%s", r, debug.Stack())
	}
	if err, ok := r.(error); ok {
		if _, isPy := r.(*py.Exception); isPy {
			return err
		}
		return py.ExceptionNewf(py.SystemError, "%v", err)
	}
	return py.ExceptionNewf(py.SystemError, "%v", r)
}

func sysExit(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "exit expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 1 && args[0] == py.None {
		args = py.Tuple{} // CPython: sys.exit(None) raises SystemExit() (args ())
	}
	exc, err := py.ExceptionNew(py.SystemExit, args, nil)
	if err != nil {
		return nil, err
	}
	return nil, exc.(*py.Exception)
}
