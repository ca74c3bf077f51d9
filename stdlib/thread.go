package stdlib

// thread.go is the _thread module, the low-level threads threading.py is
// built on: start_new_thread (start_new), get_ident, get_native_id,
// allocate_lock (allocate) and LockType, RLock, stack_size, exit,
// TIMEOUT_MAX, error (RuntimeError), and _gowsgi_thread_dict (the
// running thread's own dict, where threading.local keeps its values).
//
// Threads are goroutines. Like CPython's threads under the GIL, they run
// Python one at a time per interpreter: a thread holds the interpreter's
// lock while it runs and lets it go while it blocks (a lock wait,
// time.sleep) and, when another thread has waited 5 ms, at its next loop
// iteration or call (compat/threads.go). Different interpreters run in
// parallel. Lock waits end early when the waiting thread is interrupted
// (a request past its time limit).
// Differences from CPython: interrupt_main, allocate's "lock" pickling and
// _count are not provided; stack_size accepts and ignores a size (Go grows
// goroutine stacks).

import (
	"fmt"
	"math"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

// timeoutMax is _thread.TIMEOUT_MAX, the longest wait in seconds.
const timeoutMax = float64(math.MaxInt64/int64(time.Second)) - 1

var (
	lockType  = py.NewType("lock", "A lock object is a synchronization primitive.")
	rlockType = py.NewType("RLock", "A reentrant lock.")
)

// lockObject is a _thread lock: a token in sem means locked.
type lockObject struct {
	ctx py.Context
	sem chan struct{}
}

func (l *lockObject) Type() *py.Type { return lockType }

// rlockObject is a reentrant lock, owned by one thread (ident) count times.
type rlockObject struct {
	lockObject
	owner int64
	count int
}

func (l *rlockObject) Type() *py.Type { return rlockType }

func newLock(ctx py.Context) lockObject { return lockObject{ctx: ctx, sem: make(chan struct{}, 1)} }

// waitArgs reads acquire's (blocking=True, timeout=-1).
func waitArgs(args py.Tuple, kwargs py.StringDict) (bool, time.Duration, error) {
	var blockingArg py.Object = py.True
	var timeoutArg py.Object = py.Int(-1)
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:acquire", []string{"blocking", "timeout"}, &blockingArg, &timeoutArg); err != nil {
		return false, 0, err
	}
	blocking, err := py.MakeBool(blockingArg)
	if err != nil {
		return false, 0, err
	}
	secs, err := py.FloatAsFloat64(timeoutArg)
	if err != nil {
		return false, 0, err
	}
	switch {
	case blocking == py.False && secs != -1:
		return false, 0, py.ExceptionNewf(py.ValueError, "can't specify a timeout for a non-blocking call")
	case secs < 0 && secs != -1:
		return false, 0, py.ExceptionNewf(py.ValueError, "timeout value must be a non-negative number")
	case secs > timeoutMax:
		return false, 0, py.ExceptionNewf(py.OverflowError, "timeout value is too large")
	}
	d := time.Duration(-1)
	if secs >= 0 {
		d = time.Duration(secs * float64(time.Second))
	}
	return blocking == py.True, d, nil
}

func (l *lockObject) acquire(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	blocking, timeout, err := waitArgs(args, kwargs)
	if err != nil {
		return nil, err
	}
	got, err := compat.Acquire(l.ctx, l.sem, blocking, timeout)
	if err != nil {
		return nil, err
	}
	return py.NewBool(got), nil
}

func (l *lockObject) release() error {
	select {
	case <-l.sem:
		return nil
	default:
		return py.ExceptionNewf(py.RuntimeError, "release unlocked lock")
	}
}

func (l *lockObject) locked() bool { return len(l.sem) == 1 }

func (l *rlockObject) me() int64 { return compat.CurrentThread(l.ctx).Ident() }

func (l *rlockObject) acquire(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if me := l.me(); l.count > 0 && l.owner == me {
		if _, _, err := waitArgs(args, kwargs); err != nil {
			return nil, err
		}
		l.count++
		return py.True, nil
	}
	got, err := l.lockObject.acquire(args, kwargs)
	if got == py.True {
		l.owner, l.count = l.me(), 1
	}
	return got, err
}

func (l *rlockObject) release() error {
	if l.count == 0 || l.owner != l.me() {
		return py.ExceptionNewf(py.RuntimeError, "cannot release un-acquired lock")
	}
	l.count--
	if l.count == 0 {
		l.owner = 0
		return l.lockObject.release()
	}
	return nil
}

func init() {
	method := func(t *py.Type, name, doc string, f func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
		t.Dict[name] = py.MustNewMethod(name, f, 0, doc)
	}
	type locker interface {
		acquire(py.Tuple, py.StringDict) (py.Object, error)
		release() error
	}
	for _, t := range []*py.Type{lockType, rlockType} {
		acquire := func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return self.(locker).acquire(args, kwargs)
		}
		release := func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) > 0 || len(kwargs) > 0 {
				return nil, py.ExceptionNewf(py.TypeError, "release() takes no arguments")
			}
			return py.None, self.(locker).release()
		}
		method(t, "acquire", "acquire(blocking=True, timeout=-1) -> bool", acquire)
		method(t, "release", "release(): release the lock", release)
		method(t, "__enter__", "acquire the lock", acquire)
		method(t, "__exit__", "release the lock", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return py.None, self.(locker).release()
		})
	}
	method(lockType, "acquire_lock", "acquire_lock(blocking=True, timeout=-1) -> bool", lockType.Dict["acquire"].(*py.Method).CallWithKeywords)
	method(lockType, "release_lock", "release_lock()", lockType.Dict["release"].(*py.Method).CallWithKeywords)
	method(lockType, "locked", "locked() -> bool", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.NewBool(self.(*lockObject).locked()), nil
	})
	method(lockType, "locked_lock", "locked_lock() -> bool", lockType.Dict["locked"].(*py.Method).CallWithKeywords)
	lockType.Dict["__repr__"] = py.MustNewMethod("__repr__", func(self py.Object) (py.Object, error) {
		state := "unlocked"
		if self.(*lockObject).locked() {
			state = "locked"
		}
		return py.String(fmt.Sprintf("<%s _thread.lock object at %p>", state, self)), nil
	}, 0, "")
	// the private methods threading.Condition uses to wait on an RLock
	method(rlockType, "_is_owned", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		l := self.(*rlockObject)
		return py.NewBool(l.count > 0 && l.owner == l.me()), nil
	})
	method(rlockType, "_release_save", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		l := self.(*rlockObject)
		if l.count == 0 {
			return nil, py.ExceptionNewf(py.RuntimeError, "cannot release un-acquired lock")
		}
		state := py.Tuple{py.Int(l.count), py.Int(l.owner)}
		l.count, l.owner = 0, 0
		return state, l.lockObject.release()
	})
	method(rlockType, "_acquire_restore", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		l := self.(*rlockObject)
		state, ok := args[0].(py.Tuple)
		if len(args) != 1 || !ok || len(state) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "_acquire_restore() takes a (count, owner) tuple")
		}
		if _, err := compat.Acquire(l.ctx, l.sem, true, -1); err != nil {
			return nil, err
		}
		count, _ := py.IndexInt(state[0])
		owner, _ := py.IndexInt(state[1])
		l.count, l.owner = count, int64(owner)
		return py.None, nil
	})
	rlockType.Dict["__repr__"] = py.MustNewMethod("__repr__", func(self py.Object) (py.Object, error) {
		l := self.(*rlockObject)
		state := "unlocked"
		if l.count > 0 {
			state = "locked"
		}
		return py.String(fmt.Sprintf("<%s _thread.RLock object owner=%d count=%d at %p>", state, l.owner, l.count, self)), nil
	}, 0, "")

	ctxOf := func(self py.Object) py.Context { return self.(*py.Module).Context }
	allocate := py.MustNewMethod("allocate_lock", func(self py.Object) (py.Object, error) {
		l := newLock(ctxOf(self))
		return &l, nil
	}, 0, "allocate_lock() -> lock object")
	startNew := py.MustNewMethod("start_new_thread", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) < 2 || len(args) > 3 {
			return nil, py.ExceptionNewf(py.TypeError, "start_new_thread expected 2 or 3 arguments, got %d", len(args))
		}
		fn := args[0]
		if _, ok := fn.(py.I__call__); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "first arg must be callable")
		}
		fargs, ok := args[1].(py.Tuple)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "2nd arg must be a tuple")
		}
		var kw py.StringDict
		if len(args) == 3 {
			var err error
			switch d := args[2].(type) {
			case *compat.Dict:
				kw, err = d.StringDict()
			case py.StringDict:
				kw = d
			default:
				err = py.ExceptionNewf(py.TypeError, "optional 3rd arg must be a dictionary")
			}
			if err != nil {
				return nil, err
			}
		}
		ctx := ctxOf(self)
		id, err := compat.StartThread(ctx, func() {
			_, err := py.Call(fn, fargs, kw)
			if err != nil && !isSystemExit(err) {
				writeStderr(ctx, fmt.Sprintf("Unhandled exception in thread started by %s\n%s", reprOf(fn), compat.FormatError(err)))
			}
		})
		if err != nil {
			return nil, err
		}
		return py.Int(id), nil
	}, 0, "start_new_thread(function, args[, kwargs]): run function(*args, **kwargs) in a new thread; returns its ident")
	getIdent := py.MustNewMethod("get_ident", func(self py.Object) (py.Object, error) {
		return py.Int(compat.CurrentThread(ctxOf(self)).Ident()), nil
	}, 0, "get_ident() -> integer identifying the running thread")
	nativeID := py.MustNewMethod("get_native_id", getIdent.Call, 0, "get_native_id() -> integer identifying the running thread")
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_thread", Doc: "This module provides primitive operations to write multi-threaded programs."},
		Methods: []*py.Method{
			startNew,
			py.MustNewMethod("start_new", startNew.Call, 0, "start_new(function, args[, kwargs]): start_new_thread"),
			allocate,
			py.MustNewMethod("allocate", allocate.Call, 0, "allocate() -> lock object"),
			py.MustNewMethod("RLock", func(self py.Object) (py.Object, error) {
				return &rlockObject{lockObject: newLock(ctxOf(self))}, nil
			}, 0, "RLock() -> reentrant lock object"),
			getIdent,
			nativeID,
			py.MustNewMethod("stack_size", func(self py.Object, args py.Tuple) (py.Object, error) {
				if len(args) > 1 {
					return nil, py.ExceptionNewf(py.TypeError, "stack_size expected at most 1 argument, got %d", len(args))
				}
				if len(args) == 1 {
					n, err := py.IndexInt(args[0])
					if err != nil {
						return nil, err
					}
					if n != 0 && n < 32768 {
						return nil, py.ExceptionNewf(py.ValueError, "size not valid: %d bytes", n)
					}
				}
				return py.Int(0), nil
			}, 0, "stack_size([size]) -> 0 (goroutine stacks grow as needed)"),
			py.MustNewMethod("exit", func(self py.Object) (py.Object, error) {
				return nil, py.ExceptionNewf(py.SystemExit, "")
			}, 0, "exit(): raise SystemExit, ending the thread quietly"),
			py.MustNewMethod("_gowsgi_thread_dict", func(self py.Object) (py.Object, error) {
				return compat.ThreadDict(ctxOf(self)), nil
			}, 0, "the running thread's own dict (threading.local)"),
		},
		Globals: py.StringDict{
			"LockType":    lockType,
			"error":       py.RuntimeError,
			"TIMEOUT_MAX": py.Float(timeoutMax),
		},
	})
}

func isSystemExit(err error) bool {
	if e, ok := err.(py.ExceptionInfo); ok {
		return e.Type != nil && e.Type.IsSubtype(py.SystemExit)
	}
	if e, ok := err.(*py.Exception); ok {
		return e.Type().IsSubtype(py.SystemExit)
	}
	return false
}

func reprOf(o py.Object) string {
	if r, err := py.Repr(o); err == nil {
		if s, ok := r.(py.String); ok {
			return string(s)
		}
	}
	return o.Type().Name
}

// writeStderr writes s to the interpreter's sys.stderr.
func writeStderr(ctx py.Context, s string) {
	sys, err := ctx.GetModule("sys")
	if err != nil {
		return
	}
	if w, ok := sys.Globals["stderr"]; ok {
		if write, err := py.GetAttrString(w, "write"); err == nil {
			_, _ = py.Call(write, py.Tuple{py.String(s)}, nil)
		}
	}
}
