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
// UnboundLocalError. An uncaught one keeps NameError's type until the
// py.VmEvalCode wrapper (runtime.go) passes failing calls' errors
// through fixRaisedError. The same look
// at the instruction gives unpacking errors CPython's messages.

import (
	"fmt"
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

// failedInstr returns the instruction (opcode, argument, code) that
// raised the exception with traceback tb: the innermost entry's Lasti is
// the offset after it. ok is false when it cannot tell.
func failedInstr(tb *py.Traceback) (op byte, arg int, code *py.Code, ok bool) {
	if tb == nil {
		return 0, 0, nil, false
	}
	for tb.Next != nil {
		tb = tb.Next
	}
	if tb.Frame == nil || tb.Frame.Code == nil {
		return 0, 0, nil, false
	}
	code = tb.Frame.Code
	b := code.Code
	at := int(tb.Lasti) - 3 // instructions with an argument are 3 bytes
	if at < 0 || at+3 > len(b) || b[at] < haveArgument {
		return 0, 0, nil, false
	}
	arg = int(b[at+1]) | int(b[at+2])<<8
	if at >= 3 && b[at-3] == opExtendedArg {
		arg |= (int(b[at-2]) | int(b[at-1])<<8) << 16
	}
	return b[at], arg, code, true
}

// unboundLocalError returns the exception that value (raised with tb)
// should have been, or nil: a NameError raised by LOAD_FAST or
// DELETE_FAST is an UnboundLocalError; gpython's unpacking errors
// (UNPACK_SEQUENCE, UNPACK_EX) get CPython's messages, which need the
// instruction's counts:
//
//	need more than 1 value(s) to unpack → not enough values to unpack (expected 2, got 1)
//	'int' object is not iterable        → cannot unpack non-iterable int object
func unboundLocalError(value py.Object, tb *py.Traceback) *py.Exception {
	e, ok := value.(*py.Exception)
	if !ok || e.Base.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		return nil
	}
	args, ok := e.Args.(py.Tuple)
	if !ok || len(args) != 1 {
		return nil
	}
	msg, ok := args[0].(py.String)
	if !ok {
		return nil
	}
	if fixAtSite(e, string(msg), tb) { // errorsite.go: fixed in place
		return nil
	}
	op, arg, code, ok := failedInstr(tb)
	if !ok {
		return nil
	}
	var u *py.Exception
	switch {
	case e.Base == py.NameError && (op == opLoadFast || op == opDeleteFast):
		if arg >= len(code.Varnames) || string(msg) != "name '"+code.Varnames[arg]+"' is not defined" {
			return nil // the bytes were an argument that looked like the opcode
		}
		u = py.ExceptionNewf(py.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", code.Varnames[arg])
	case e.Base == py.ValueError && (op == opUnpackSequence || op == opUnpackEx):
		var got int
		if _, err := fmt.Sscanf(string(msg), "need more than %d", &got); err != nil {
			return nil
		}
		if op == opUnpackSequence {
			u = py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected %d, got %d)", arg, got)
		} else {
			u = py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected at least %d, got %d)", arg&0xff+arg>>8, got)
		}
	case e.Base == py.TypeError && (op == opUnpackSequence || op == opUnpackEx):
		s := string(msg)
		if !strings.HasPrefix(s, "'") || !strings.HasSuffix(s, "' object is not iterable") {
			return nil
		}
		u = py.ExceptionNewf(py.TypeError, "cannot unpack non-iterable %s object", s[1:len(s)-len("' object is not iterable")])
	default:
		return nil
	}
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

const opUnpackEx = 94

// fixRaisedError applies unboundLocalError to an error leaving a frame,
// so that uncaught ones are right too. The py.VmEvalCode wrapper
// (runtime.go) may call it on the error of every call that fails.
func fixRaisedError(err error) error {
	if info, ok := err.(py.ExceptionInfo); ok {
		if u := unboundLocalError(info.Value, info.Traceback); u != nil {
			info.Value, info.Type = u, u.Base
			return info
		}
	}
	return err
}
