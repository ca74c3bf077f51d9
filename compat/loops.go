package compat

// loops.go fixes three things about loops in gpython's eval loop:
//
//   - Errors raised while a `for` loop fetches its next item were taken for
//     the end of the loop: gpython's FOR_ITER treats any error from next()
//     as exhaustion, so a generator raising ValueError, or a dict changed
//     during iteration, silently ended the loop. CPython raises them. Every
//     `for` loop's iterator is wrapped (GET_ITER is followed by a call to
//     the interpreter's __gowsgi_iter__): the wrapper keeps the error aside
//     and ends the loop, and the loop's exit, reached only by FOR_ITER,
//     calls __gowsgi_loopexit__, which raises it.
//   - A list's iterator saw the list as it was when the loop began
//     (gpython iterates a copy of the slice header): items appended in the
//     loop were never reached. CPython's list iterator reads the live list
//     by index, so appended items are reached and removing items shifts
//     the rest; here too (iterOf, also for iter(list)).
//   - Runaway code cannot be stopped: gpython checks nothing between
//     instructions, so `while True: pass` held its goroutine forever.
//     Interrupt(ctx, err) makes the interpreter raise err at the next loop
//     iteration: wrapped iterators check before each item, and every other
//     backward jump (while loops) calls __gowsgi_tick__ first. A check is
//     one atomic load; bench/ measures what the calls cost.

import (
	"sync/atomic"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

const (
	iterWrapName = "__gowsgi_iter__"
	loopExitName = "__gowsgi_loopexit__"
	tickName     = "__gowsgi_tick__"
)

// Interrupt makes the interpreter ctx raise err (a Python exception, e.g.
// made with py.ExceptionNewf) at its next loop iteration or call; nil
// withdraws a pending interrupt.
func Interrupt(ctx py.Context, err error) {
	InterruptThread(stateOf(ctx).cur.Load(), err)
}

// takeInterrupt returns (and clears) the pending interrupt.
func (st *ThreadState) takeInterrupt() error {
	if p := st.interrupt.Swap(nil); p != nil {
		return *p
	}
	return nil
}

type loopIter struct {
	inner py.Object
	st    *interpState
	gen   *py.Generator // a fresh generator to close when the loop is left (loopclose.go)
}

func (it *loopIter) Type() *py.Type                { return it.inner.Type() }
func (it *loopIter) M__iter__() (py.Object, error) { return it, nil }
func (it *loopIter) M__next__() (py.Object, error) {
	if it.st.pending() {
		if err := it.st.attend(); err != nil {
			it.st.iterErr = err
			return nil, py.StopIteration
		}
	}
	v, err := py.Next(it.inner)
	if err != nil {
		if isStopIteration(err) {
			return nil, err
		}
		it.st.iterErr = err
		return nil, py.StopIteration
	}
	return v, nil
}

func isStopIteration(err error) bool {
	if err == py.StopIteration {
		return true
	}
	if e, ok := err.(*py.Exception); ok {
		return e.Type().IsSubtype(py.StopIteration)
	}
	if e, ok := err.(py.ExceptionInfo); ok {
		return e.Type != nil && e.Type.IsSubtype(py.StopIteration)
	}
	return false
}

func contextOf(self py.Object) *interpState {
	if m, ok := self.(*py.Module); ok && m.Context != nil {
		return stateOf(m.Context)
	}
	return nil
}

// newLoopIter is iter(obj) wrapped as a for loop's *loopIter for the
// interpreter self (the builtins module) belongs to, or bare without one.
func newLoopIter(self py.Object, obj py.Object) (py.Object, error) {
	if l, ok := obj.(*py.List); ok {
		if st := contextOf(self); st != nil {
			// the wrapper and the list's iterator in one allocation
			b := new(struct {
				w  loopIter
				it listIter
			})
			b.it.l = l
			b.w = loopIter{inner: &b.it, st: st}
			return &b.w, nil
		}
	}
	it, err := iterOf(obj)
	if err != nil {
		return nil, err
	}
	st := contextOf(self)
	if st == nil {
		return it, nil
	}
	return &loopIter{inner: it, st: st}, nil
}

func init() {
	// FOR_ITER on a wrapped iterator calls its M__next__ directly, not
	// through py.Next's interface probe (every for loop's every item);
	// the end of the loop is gpython's: any error (the wrapper has kept a
	// real one aside) ends it
	replaceOp(vm.FOR_ITER, func(orig opHandler) opHandler {
		return func(v *vm.Vm, delta int32) error {
			f := vmFrame(v)
			it, ok := f.Stack[len(f.Stack)-1].(*loopIter)
			if !ok {
				return orig(v, delta)
			}
			r, err := it.M__next__()
			if err != nil {
				f.Stack[len(f.Stack)-1] = nil
				f.Stack = f.Stack[:len(f.Stack)-1]
				f.Lasti += delta
				return nil
			}
			f.Stack = append(f.Stack, r)
			return nil
		}
	})
	setBuiltinFunc(iterWrapName, newLoopIter, "wraps a for loop's iterator (compat)")
	setBuiltinFunc(loopExitName, func(self py.Object) (py.Object, error) {
		if st := contextOf(self); st != nil && st.iterErr != nil {
			err := st.iterErr
			st.iterErr = nil
			return nil, err
		}
		return py.None, nil
	}, "raises the error that ended a for loop (compat)")
	setBuiltinFunc(tickName, func(self py.Object) (py.Object, error) {
		if st := contextOf(self); st != nil && st.pending() {
			if err := st.attend(); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	}, "raises a pending interrupt (compat)")
}

// interruptSlot is the type of interpState.interrupt.
type interruptSlot = atomic.Pointer[error]

// listIteratorType is the type of a list's live iterator.
var listIteratorType = py.NewType("list_iterator", "")

// listIter walks a list by index, seeing changes made while it runs.
type listIter struct {
	l *py.List
	i int
}

func (it *listIter) Type() *py.Type                { return listIteratorType }
func (it *listIter) M__iter__() (py.Object, error) { return it, nil }
func (it *listIter) M__next__() (py.Object, error) {
	if it.l == nil || it.i >= len(it.l.Items) {
		it.l = nil // exhausted for good, as CPython's
		return nil, py.StopIteration
	}
	v := it.l.Items[it.i]
	it.i++
	return v, nil
}

// iterOf is iter(obj), with a live iterator for a list.
func iterOf(obj py.Object) (py.Object, error) {
	if l, ok := obj.(*py.List); ok {
		return &listIter{l: l}, nil
	}
	if it, ok, err := userIter(obj); ok {
		return it, err
	}
	return py.Iter(obj)
}
