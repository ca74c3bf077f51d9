package compat

// unbound.go gives reads of unbound variables CPython 3.11's exceptions.
// gpython raised NameError("name 'x' is not defined") for a local read
// before assignment, as for a missing global; CPython raises
// UnboundLocalError (a NameError subclass):
//
//	UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
//
// and for a free variable of an enclosing function not yet assigned:
//
//	NameError: cannot access free variable 'x' where it is not associated with a value in enclosing scope
//
// The closure cases are told by gpython's message (unboundMessage, used
// by NormalizeMessage). A plain local's NameError looks like a global's,
// so the instruction that raised it decides: every except handler passes
// the exception through fixUnboundLocal (opcodes.go) before excstate.go
// records it, which looks up the innermost traceback entry's instruction
// and, for LOAD_FAST/DELETE_FAST, makes the exception an
// UnboundLocalError. An uncaught one keeps NameError's type (see
// unboundLocalError for the wrapper that would fix it too).

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// unboundMessage rewrites gpython's messages for unbound closure
// variables; ok is false for any other message.
func unboundMessage(s string) (string, bool) {
	const cellMsg, freeMsg = " referenced before assignment", " referenced before assignment in enclosing scope"
	switch {
	case strings.HasPrefix(s, "free variable '") && strings.HasSuffix(s, freeMsg):
		return "cannot access " + strings.TrimSuffix(s, freeMsg) + " where it is not associated with a value in enclosing scope", true
	case strings.HasPrefix(s, "local variable '") && strings.HasSuffix(s, cellMsg):
		return "cannot access " + strings.TrimSuffix(s, cellMsg) + " where it is not associated with a value", true
	}
	return "", false
}

// unboundLocalError returns the UnboundLocalError that value (raised with
// tb) should have been, or nil: a NameError raised by LOAD_FAST or
// DELETE_FAST.
func unboundLocalError(value py.Object, tb *py.Traceback) *py.Exception {
	e, ok := value.(*py.Exception)
	if !ok || e.Base != py.NameError || tb == nil {
		return nil
	}
	for tb.Next != nil {
		tb = tb.Next
	}
	f := tb.Frame
	if f == nil || f.Code == nil {
		return nil
	}
	code := f.Code
	b := code.Code
	// Lasti is the offset after the failing instruction; LOAD_FAST and
	// DELETE_FAST are 3 bytes, 6 with an EXTENDED_ARG prefix.
	at := int(tb.Lasti) - 3
	if at < 0 || at+3 > len(b) || (b[at] != opLoadFast && b[at] != opDeleteFast) {
		return nil
	}
	arg := int(b[at+1]) | int(b[at+2])<<8
	if at >= 3 && b[at-3] == opExtendedArg {
		arg |= (int(b[at-2]) | int(b[at-1])<<8) << 16
	}
	if arg >= len(code.Varnames) {
		return nil
	}
	name := code.Varnames[arg]
	if args, ok := e.Args.(py.Tuple); !ok || len(args) != 1 || args[0] != py.String("name '"+name+"' is not defined") {
		return nil // the bytes were an argument that looked like the opcode
	}
	u := py.ExceptionNewf(py.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name)
	u.Context, u.Cause, u.SuppressContext = e.Context, e.Cause, e.SuppressContext
	return u
}

// fixUnboundLocal takes the 6 items an except handler starts with (see
// opcodes.go) and returns them with a local's NameError made an
// UnboundLocalError.
var fixUnboundLocal = py.MustNewMethod("__gowsgi_unbound__", func(self py.Object, arg py.Object) (py.Object, error) {
	t, ok := arg.(py.Tuple)
	if !ok || len(t) != 6 {
		return arg, nil
	}
	tb, _ := t[3].(*py.Traceback)
	if u := unboundLocalError(t[4], tb); u != nil {
		t = t.Copy()
		t[4], t[5] = u, u.Base
	}
	return t, nil
}, 0, "makes a local's NameError an UnboundLocalError (compat)")
