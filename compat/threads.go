package compat

// threads.go gives an interpreter several Python threads, as CPython's
// thread states and GIL do. gpython has one context and no notion of a
// thread: everything compat tracks per call (call depth, the exceptions
// being handled, a pending interrupt, the error that ended a for loop)
// belongs to one thread of control. Here it lives in a ThreadState; the
// goroutine that holds the interpreter (its embedder's lock, the GIL)
// switches the context to its own ThreadState as it takes the lock
// (SwitchThread).
//
// The embedder (package interp) owns the lock and registers a Scheduler
// for the context. With it:
//
//   - StartThread runs a function in a new goroutine with a fresh
//     ThreadState, once that goroutine holds the interpreter
//     (_thread.start_new_thread);
//   - Blocking runs a Go function that may block (time.sleep, a lock
//     wait) with the interpreter released, so other threads run meanwhile,
//     as CPython releases the GIL around blocking calls;
//   - RequestSwitch (called by a goroutine that has waited for the lock
//     for the switch interval, 5 ms in CPython) makes the running thread
//     yield at its next loop iteration or call, as CPython's eval loop
//     drops the GIL on a drop request.
//
// Without a scheduler (a bare context) Blocking just runs its function
// and StartThread fails with RuntimeError.

import (
	"sync/atomic"
	"time"

	"github.com/go-python/gpython/py"
)

// ThreadState is one Python thread's bookkeeping in an interpreter.
type ThreadState struct {
	depth int
	// the exceptions being handled, innermost last (excstate.go)
	handled []handledExc
	// the running frames, innermost last; the first pinned of them may be
	// referenced from Python and are never reused; frames free for reuse,
	// by size class (frames.go)
	frames []*py.Frame
	pinned int
	spare  [len(frameClasses)][]spareFrame
	// the machine states of the nested runs of frames without one of
	// their own, and how many run (runloop.go)
	nestedVMs []*vmState
	nested    int
	// loops.go: a pending interrupt, and the error that ended a for loop
	interrupt interruptSlot
	iterErr   error
	// wake is signalled when an interrupt arrives, ending a Sleep early
	wake  chan struct{}
	ident int64
	dict  *Dict
}

// idents numbers threads process-wide, as thread ids are.
var idents atomic.Int64

// NewThreadState returns the state of a new Python thread.
func NewThreadState() *ThreadState {
	return &ThreadState{ident: idents.Add(1), wake: make(chan struct{}, 1)}
}

// Ident is the thread's _thread.get_ident() value.
func (ts *ThreadState) Ident() int64 { return ts.ident }

// Scheduler is the embedder's side of an interpreter's lock.
type Scheduler interface {
	// Yield lets threads waiting for the interpreter run; it returns with
	// the interpreter held by the caller's thread again.
	Yield()
	// Blocking runs f with the interpreter released and returns holding it.
	Blocking(f func())
	// Go runs f in a new goroutine holding the interpreter as thread ts.
	Go(ts *ThreadState, f func())
}

// SetScheduler registers the embedder's lock for ctx.
func SetScheduler(ctx py.Context, s Scheduler) { stateOf(ctx).sched = s }

// SwitchThread makes ts the running thread of ctx; the caller has just
// taken the interpreter's lock. nil selects the context's initial thread.
func SwitchThread(ctx py.Context, ts *ThreadState) {
	st := stateOf(ctx)
	if ts == nil {
		ts = st.initial
	}
	st.ThreadState = ts
	st.cur.Store(ts)
}

// CurrentThread is the running thread of ctx.
func CurrentThread(ctx py.Context) *ThreadState { return stateOf(ctx).cur.Load() }

// InterruptThread makes thread ts raise err at its next loop iteration or
// call, or at the end of a Sleep; nil withdraws a pending interrupt. Safe
// from any goroutine.
func InterruptThread(ts *ThreadState, err error) {
	if err == nil {
		ts.interrupt.Store(nil)
		return
	}
	ts.interrupt.Store(&err)
	select {
	case ts.wake <- struct{}{}:
	default:
	}
}

// RequestSwitch asks the thread running in ctx to let others run at its
// next loop iteration or call. Safe from any goroutine.
func RequestSwitch(ctx py.Context) { stateOf(ctx).switchReq.Store(true) }

// Blocking runs f with ctx's interpreter released (when the embedder
// registered a scheduler), so that other Python threads run meanwhile.
func Blocking(ctx py.Context, f func()) {
	st := stateOf(ctx)
	if st.sched == nil {
		f()
		return
	}
	st.sched.Blocking(f)
}

// Sleep waits d with the interpreter released; an interrupt of the
// sleeping thread ends it early and is returned.
func Sleep(ctx py.Context, d time.Duration) error {
	st := stateOf(ctx)
	ts := st.ThreadState
	if err := st.takeInterrupt(); err != nil {
		return err
	}
	Blocking(ctx, func() {
		t := time.NewTimer(d)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				return
			case <-ts.wake: // a signal left by an interrupt already taken is stale
				if ts.interrupt.Load() != nil {
					return
				}
			}
		}
	})
	return st.takeInterrupt()
}

// StartThread runs f as a new Python thread of ctx and returns its ident.
func StartThread(ctx py.Context, f func()) (int64, error) {
	st := stateOf(ctx)
	if st.sched == nil {
		return 0, py.ExceptionNewf(py.RuntimeError, "can't start new thread")
	}
	ts := NewThreadState()
	st.sched.Go(ts, f)
	return ts.ident, nil
}

// ThreadDict is the running thread's own dictionary of ctx (what
// threading.local keeps per thread); it goes with the thread.
func ThreadDict(ctx py.Context) *Dict {
	ts := stateOf(ctx).ThreadState
	if ts.dict == nil {
		ts.dict = NewDict()
	}
	return ts.dict
}

// attend handles what the eval checks found pending: a switch request
// (yield to waiting threads) and an interrupt of this thread.
func (st *interpState) attend() error {
	if st.switchReq.Load() {
		st.switchReq.Store(false)
		if st.sched != nil {
			st.sched.Yield()
		}
	}
	return st.takeInterrupt()
}

// pending reports whether attend has something to do; one or two atomic
// loads, on every call and loop iteration.
func (st *interpState) pending() bool {
	return st.interrupt.Load() != nil || st.switchReq.Load()
}

// Acquire takes a token slot in sem (a channel of capacity 1 used as a
// lock) for the running thread of ctx: at once if it is free, else, when
// blocking, waiting with the interpreter released for at most timeout
// (negative: no limit). An interrupt of the thread ends the wait and is
// returned.
func Acquire(ctx py.Context, sem chan struct{}, blocking bool, timeout time.Duration) (bool, error) {
	select {
	case sem <- struct{}{}:
		return true, nil
	default:
	}
	if !blocking || timeout == 0 {
		return false, nil
	}
	st := stateOf(ctx)
	ts := st.ThreadState
	if err := st.takeInterrupt(); err != nil {
		return false, err
	}
	got := false
	Blocking(ctx, func() {
		var expired <-chan time.Time
		if timeout > 0 {
			t := time.NewTimer(timeout)
			defer t.Stop()
			expired = t.C
		}
		for {
			select {
			case sem <- struct{}{}:
				got = true
				return
			case <-expired:
				return
			case <-ts.wake:
				if ts.interrupt.Load() != nil {
					return
				}
			}
		}
	})
	if err := st.takeInterrupt(); err != nil {
		if got {
			<-sem
		}
		return false, err
	}
	return got, nil
}

// importLock serialises imports between an interpreter's threads, as the
// import lock of CPython 2 did: the thread running a module's code for
// the first time holds it, so no other thread sees that module half
// made. Imports of modules already loaded take it only while another
// thread holds it. It is reentrant (a module importing others).
type importLock struct {
	sem   chan struct{}
	owner *ThreadState
	count int
}

func (st *interpState) lockImports(ctx py.Context) error {
	if st.imports.owner == st.ThreadState {
		st.imports.count++
		return nil
	}
	if _, err := Acquire(ctx, st.imports.sem, true, -1); err != nil {
		return err
	}
	st.imports.owner, st.imports.count = st.ThreadState, 1
	return nil
}

func (st *interpState) unlockImports() {
	st.imports.count--
	if st.imports.count == 0 {
		st.imports.owner = nil
		<-st.imports.sem
	}
}

// importsBusy reports whether another thread is importing.
func (st *interpState) importsBusy() bool {
	return st.imports.owner != nil && st.imports.owner != st.ThreadState
}

// WithImportLock runs f (which loads a module outside the import
// statement, e.g. a WSGI script) holding ctx's import lock.
func WithImportLock(ctx py.Context, f func() error) error {
	st := stateOf(ctx)
	if err := st.lockImports(ctx); err != nil {
		return err
	}
	defer st.unlockImports()
	return f()
}
