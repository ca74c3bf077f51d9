package compat

// excstate.go keeps the exceptions being handled, as CPython's thread
// state does: gpython keeps them per frame run and shows them to nothing.
// They give
//
//   - sys.exc_info(): the innermost exception an except clause is
//     handling, in this frame or a caller's, and (None, None, None) once
//     every handler has ended;
//   - implicit chaining: an exception raised while another is handled
//     gets it as __context__ (`except KeyError: raise ValueError()`), and
//     tracebacks print the chain ("During handling of the above exception,
//     another exception occurred:"), see traceback.go;
//   - __traceback__ on a caught exception.
//
// Rewritten code (opcodes.go) calls the recorder at the start of every
// except handler with the six values gpython pushes there (the
// previously handled exception's traceback, value and type, then the new
// one's) and with no arguments after each POP_EXCEPT, a handler's normal
// end; a finally clause entered by an exception records it the same way. A handler left by an exception is noticed at the next handler in
// its frame (gpython's previous value says which handlers are still
// active) or when its frame returns (VmEvalCode in runtime.go).

import (
	"github.com/go-python/gpython/py"
)

// tbExtends reports whether the traceback tb ends with the entries of
// old (it is old with the frames an exception went through since).
func tbExtends(tb, old *py.Traceback) bool {
	for ; tb != nil && old != nil; tb = tb.Next {
		if tb == old {
			return true
		}
	}
	return false
}

// handledExc is an exception an except clause is handling, in the frame
// at call depth depth.
type handledExc struct {
	depth      int
	value, typ py.Object
}

// excRecorderName is the builtin the rewritten handlers call (a builtin,
// so that it runs bound to the interpreter's own builtins module and
// finds the interpreter).
const excRecorderName = "__gowsgi_exc__"

// enterHandler records value (of type typ, raised with tb) as handled by
// the frame at st.depth; prev is the exception that frame was handling
// before (None when none).
func (st *interpState) enterHandler(prev, value, typ py.Object, tb *py.Traceback) {
	if e, ok := value.(*py.Exception); ok {
		NormalizeMessage(e)
		// gpython keeps the traceback apart; an exception that passed
		// through a handler before (a finally, an except that did not
		// match) has the shorter traceback of then, which tb extends
		if old, _ := e.Traceback.(*py.Traceback); tb != nil && (e.Traceback == nil || e.Traceback == py.None || tbExtends(tb, old)) {
			e.Traceback = tb
		}
	}
	h := st.handled
	for len(h) > 0 && h[len(h)-1].depth > st.depth {
		h = h[:len(h)-1] // frames that have returned
	}
	if len(h) > 0 {
		setContext(value, h[len(h)-1].value)
	}
	for len(h) > 0 && h[len(h)-1].depth == st.depth && h[len(h)-1].value != prev {
		h = h[:len(h)-1] // handlers of this frame an exception has left
	}
	st.handled = append(h, handledExc{depth: st.depth, value: value, typ: typ})
}

// leaveHandler ends the innermost handler of the frame at st.depth.
func (st *interpState) leaveHandler() {
	if n := len(st.handled); n > 0 && st.handled[n-1].depth == st.depth {
		st.handled = st.handled[:n-1]
	}
}

// leaveFrame drops the handlers of the frame at st.depth as it returns;
// an exception leaving it from inside a handler is chained to it.
func (st *interpState) leaveFrame(err error) {
	h := st.handled
	if err != nil && len(h) > 0 {
		var value py.Object
		switch e := err.(type) {
		case *py.Exception:
			value = e
		case py.ExceptionInfo:
			value = e.Value
		case *py.ExceptionInfo:
			value = e.Value
		}
		if value != nil {
			setContext(value, h[len(h)-1].value)
		}
	}
	for len(h) > 0 && h[len(h)-1].depth >= st.depth {
		h = h[:len(h)-1]
	}
	st.handled = h
}

// setContext makes ctx the __context__ of value unless it has one, as
// CPython does at raise time; a chain never loops back to value.
func setContext(value, ctx py.Object) {
	e, ok := value.(*py.Exception)
	if !ok || e.Context != nil || ctx == nil || ctx == py.None || ctx == value {
		return
	}
	for c := ctx; c != nil; {
		ce, ok := c.(*py.Exception)
		if !ok {
			break
		}
		if ce == e {
			return
		}
		c = ce.Context
	}
	e.Context = ctx
}

// isExceptionClass tells a finally clause run by an exception (an
// exception class on top of the stack) from one entered otherwise (None,
// or the int gpython pushes for return, break and continue).
var isExceptionClass = py.MustNewMethod("__gowsgi_isexc__", func(_ py.Object, v py.Object) (py.Object, error) {
	return py.NewBool(py.ExceptionClassCheck(v)), nil
}, 0, "whether a finally clause handles an exception (compat)")

// Builtins for finally clauses (opcodes.go) and continue in finally
// (finallycont.go).
const (
	excFinallyEndName = "__gowsgi_excfin__"
	excMarkName       = "__gowsgi_excmark__"
	excRestoreName    = "__gowsgi_excrestore__"
)

func init() {
	setBuiltinFunc(excFinallyEndName, func(self py.Object, tos py.Object) (py.Object, error) {
		if m, ok := self.(*py.Module); ok && m.Context != nil && py.ExceptionClassCheck(tos) {
			stateOf(m.Context).leaveHandler()
		}
		return py.None, nil
	}, "ends the handling of the exception a finally clause ran for (compat)")
	setBuiltinFunc(excMarkName, func(self py.Object) (py.Object, error) {
		if m, ok := self.(*py.Module); ok && m.Context != nil {
			return py.Int(len(stateOf(m.Context).handled)), nil
		}
		return py.Int(0), nil
	}, "how many exceptions are being handled (compat)")
	setBuiltinFunc(excRestoreName, func(self py.Object, n py.Object) (py.Object, error) {
		if m, ok := self.(*py.Module); ok && m.Context != nil {
			st := stateOf(m.Context)
			if k, ok := n.(py.Int); ok && int(k) >= 0 && int(k) < len(st.handled) {
				st.handled = st.handled[:k]
			}
		}
		return py.None, nil
	}, "ends the handlers a continue in finally left (compat)")
}

func init() {
	setBuiltinFunc(excRecorderName, func(self py.Object, args py.Tuple) (py.Object, error) {
		m, ok := self.(*py.Module)
		if !ok || m.Context == nil {
			return nil, py.ExceptionNewf(py.SystemError, "exception handler: no interpreter")
		}
		st := stateOf(m.Context)
		if len(args) == 0 {
			st.leaveHandler()
			return py.None, nil
		}
		t, ok := args[0].(py.Tuple)
		if !ok || len(t) != 6 {
			return nil, py.ExceptionNewf(py.SystemError, "exception handler: unexpected stack")
		}
		// t: prev tb, prev value, prev type, tb, value, type
		tb, _ := t[3].(*py.Traceback)
		value, typ := t[4], t[5]
		if e, ok := value.(*py.Exception); ok {
			fresh := freshError(e).(*py.Exception)
			value, typ = fresh, fresh.Base // the type decides which except clause runs
		}
		st.enterHandler(t[1], value, typ, tb)
		out := make(py.Tuple, 6)
		for i := range t {
			out[i] = t[5-i] // UNPACK_SEQUENCE pushes the first item last
		}
		out[0], out[1] = typ, value
		return out, nil
	}, "records the exception an except clause handles (sys.exc_info, __context__)")
}
