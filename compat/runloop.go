package compat

// runloop.go runs the frames simpleFrame builds for code with no except,
// finally or with block (coNoHandlers) in a loop of compat's own, instead
// of gpython's vm.RunFrame. The instructions are gpython's handlers
// (vm.jumpTable, with compat's replacements); what differs is where the
// machine state lives. RunFrame declares its vm.Vm on its stack and hands
// its address to every handler, so each call allocated one (128 bytes, a
// fifth of the cost of calling `def f(x): return x`); here the state is
// part of the frame's block (frames.go), reused with the frame.
//
// With no exception handlers in the code the only blocks are loops, so
// the unwinding after an instruction is RunFrame's for loop blocks:
// continue jumps to the loop's start, break pops the block and jumps past
// the loop, an exception or a return pops every block and ends the run.
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

// runLoop runs frame (simpleFrame's, its code coNoHandlers and not a
// generator's) to its end with v as its machine state; v is left clear.
func runLoop(frame *py.Frame, v *vmState) (py.Object, error) {
	*v = vmState{frame: frame, context: frame.Context}
	m := (*vm.Vm)(unsafe.Pointer(v))
	code := frame.Code.Code
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
			if info, ok := err.(py.ExceptionInfo); ok {
				v.curexc = info
				m.AddTraceback(&v.curexc)
				v.why = whyException
			} else {
				m.SetException(py.MakeException(err))
			}
		}
		for v.why != whyNot && frame.Block != nil {
			b := frame.Block
			if b.Type == py.TryBlockSetupLoop && v.why == whyContinue {
				v.why = whyNot
				frame.Lasti = int32(v.retval.(py.Int))
				break
			}
			frame.PopBlock()
			if len(frame.Stack) > b.Level {
				frame.Stack = frame.Stack[:b.Level]
			}
			if b.Type == py.TryBlockSetupLoop && v.why == whyBreak {
				v.why = whyNot
				frame.Lasti = b.Handler
				break
			}
		}
	}
	res, exc := v.retval, v.curexc
	if v.why != whyReturn {
		res = nil
	}
	*v = vmState{}
	if exc.IsSet() {
		return res, exc
	}
	return res, nil
}
