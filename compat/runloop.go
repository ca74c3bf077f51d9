package compat

// runloop.go runs Python frames (every call, every generator resume,
// module bodies and exec'd code) in an instruction loop of compat's own,
// instead of gpython's vm.RunFrame. The instructions are
// gpython's handlers
// (vm.jumpTable, with compat's replacements); what differs is where the
// machine state lives. RunFrame declares its vm.Vm on its stack and hands
// its address to every handler, so each call allocated one (128 bytes, a
// fifth of the cost of calling `def f(x): return x`); here the state of
// a frame simpleFrame builds is part of the frame's block (frames.go),
// reused with the frame.
//
// After an instruction that ends normally the loop goes on; otherwise
// (an exception, return, break or continue) it unwinds the frame's blocks
// as CPython 3.4's ceval does, which is what RunFrame does:
//   - continue in a loop block jumps to the loop's start;
//   - each other block is popped and the stack cut to its level; an
//     except handler's block also restores the exception it saved;
//   - break in a loop block jumps past the loop;
//   - an exception entering a try (except or finally) block pushes an
//     except handler block, the exception being handled and the new one
//     (traceback, value, type: the handler's stack), makes the new one the
//     handled exception, and jumps to the handler;
//   - a return or continue entering a finally block pushes its value and
//     the reason, for END_FINALLY to resume, and jumps to the finally;
//   - with no block left, the run ends with the return value or the
//     exception.
//
// A yield ends the run too, leaving the blocks for the generator's next
// resume. A generator's resumes and module bodies (frames.go's
// py.VmRunFrame wrapper) and the calls whose frames gpython's EvalCode
// binds (*args, **kwargs, keyword-only parameters) run here as well, with the machine state of
// the thread's k-th such run: runs nest, one inside another's, so k
// counts them.
//
// vmState mirrors vm.Vm field for field; the layout is checked at init
// against gpython's (names, types, offsets), and where it differs every
// frame runs through RunFrame as before.

import (
	"reflect"
	"unsafe"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// vmState has vm.Vm's layout.
type vmState struct {
	frame    *py.Frame
	extended bool
	ext      int32
	retval   py.Object
	why      vmStatus
	curexc   py.ExceptionInfo
	exc      py.ExceptionInfo
	context  py.Context
}

// vmStatus is vm's reason for leaving the instruction loop.
type vmStatus byte

const (
	whyNot vmStatus = iota
	whyException
	whyReturn
	whyBreak
	whyContinue
	whyYield
)

// ownLoopOK reports whether vmState's layout is vm.Vm's.
var ownLoopOK = func() bool {
	ours, theirs := reflect.TypeFor[vmState](), reflect.TypeFor[vm.Vm]()
	if ours.Size() != theirs.Size() || ours.NumField() != theirs.NumField() {
		return false
	}
	for i := 0; i < ours.NumField(); i++ {
		a, b := ours.Field(i), theirs.Field(i)
		if a.Name != b.Name || a.Offset != b.Offset || a.Type.Size() != b.Type.Size() || a.Type.Kind() != b.Type.Kind() {
			return false
		}
		if a.Type.Kind() != reflect.Uint8 && a.Type != b.Type {
			return false // only the status byte has a type of vm's own
		}
	}
	return vm.OpCode(haveArgument).HAS_ARG() && !vm.OpCode(haveArgument-1).HAS_ARG()
}()

// runLoop runs frame (simpleFrame's, or a generator's being resumed) to
// its end or its next yield (what it yields is the result) with v as its
// machine state; v is left clear. clean reports that no exception reached
// the frame while it ran: then no traceback holds it.
func runLoop(frame *py.Frame, v *vmState) (res py.Object, err error, clean bool) {
	*v = vmState{frame: frame, context: frame.Context}
	m := (*vm.Vm)(unsafe.Pointer(v))
	code := frame.Code.Code
	clean = true
	for v.why == whyNot {
		i := frame.Lasti
		op := code[i]
		var arg int32
		if op >= haveArgument {
			arg = int32(code[i+1]) | int32(code[i+2])<<8
			if v.extended {
				arg += v.ext << 16
			}
			frame.Lasti = i + 3
		} else {
			frame.Lasti = i + 1
		}
		v.extended = false
		if err := jumpTable[op](m, arg); err != nil {
			clean = false
			raised(v, m, err, op == byte(vm.RAISE_VARARGS) && arg > 0)
		}
		if v.why != whyNot && v.why != whyYield {
			unwind(v, m, frame)
		}
	}
	res, exc := v.retval, v.curexc
	if v.why != whyReturn && v.why != whyYield {
		res = nil
	}
	*v = vmState{}
	if exc.IsSet() {
		return res, exc, clean
	}
	return res, nil, clean
}

// raised makes err the exception the frame is raising, with a traceback
// entry for its instruction. A raise statement's exception that was
// caught before (`raise e`) goes on with its traceback, the new entries
// before the old ones, as in CPython; gpython started it afresh.
func raised(v *vmState, m *vm.Vm, err error, raiseStmt bool) {
	switch e := err.(type) {
	case py.ExceptionInfo:
		v.curexc = e
	case *py.Exception:
		tb, _ := e.Traceback.(*py.Traceback)
		if !raiseStmt || tb == nil {
			m.SetException(e)
			return
		}
		v.curexc = py.ExceptionInfo{Type: e.Type(), Value: e, Traceback: tb}
	default:
		m.SetException(py.MakeException(err))
		return
	}
	m.AddTraceback(&v.curexc)
	v.why = whyException
}

// unwind handles a why other than whyNot after an instruction, as the
// file comment says.
func unwind(v *vmState, m *vm.Vm, frame *py.Frame) {
	for v.why != whyNot && frame.Block != nil {
		b := frame.Block
		if b.Type == py.TryBlockSetupLoop && v.why == whyContinue {
			v.why = whyNot
			frame.Lasti = int32(v.retval.(py.Int))
			return
		}
		frame.PopBlock()
		if b.Type == py.TryBlockExceptHandler {
			m.UnwindExceptHandler(frame, b)
			continue
		}
		if len(frame.Stack) > b.Level {
			frame.Stack = frame.Stack[:b.Level]
		}
		switch {
		case b.Type == py.TryBlockSetupLoop && v.why == whyBreak:
			v.why = whyNot
			frame.Lasti = b.Handler
			return
		case v.why == whyException && (b.Type == py.TryBlockSetupExcept || b.Type == py.TryBlockSetupFinally):
			handler := b.Handler
			frame.PushBlock(py.TryBlockExceptHandler, -1, len(frame.Stack))
			pushExcInfo(frame, v.exc)
			v.exc, v.curexc = v.curexc, py.ExceptionInfo{}
			pushExcInfo(frame, v.exc)
			v.why = whyNot
			frame.Lasti = handler
			return
		case b.Type == py.TryBlockSetupFinally:
			if v.why == whyReturn || v.why == whyContinue {
				frame.Stack = append(frame.Stack, v.retval)
			}
			frame.Stack = append(frame.Stack, py.Int(v.why))
			v.why = whyNot
			frame.Lasti = b.Handler
			return
		}
	}
}

// pushExcInfo pushes e's traceback, value and type (None for no type) on
// the frame's stack, as values of the types RunFrame pushes.
func pushExcInfo(frame *py.Frame, e py.ExceptionInfo) {
	var typ py.Object = py.None
	if e.Type != nil {
		typ = e.Type
	}
	frame.Stack = append(frame.Stack, py.Object(e.Traceback), e.Value, typ)
}

// nestedState is the machine state for the thread's next nested run
// (runNested in frames.go), made the first time that many such runs
// nest; the caller calls doneNestedState when the run has ended.
func (ts *ThreadState) nestedState() *vmState {
	if ts.nested == len(ts.nestedVMs) {
		ts.nestedVMs = append(ts.nestedVMs, new(vmState))
	}
	v := ts.nestedVMs[ts.nested]
	ts.nested++
	return v
}

func (ts *ThreadState) doneNestedState() { ts.nested-- }
