package compat

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// TestOwnLoopLayout fails when vmState no longer mirrors gpython's vm.Vm:
// every frame would then silently run through vm.RunFrame again, which
// allocates its state on each call.
func TestOwnLoopLayout(t *testing.T) {
	if !ownLoopOK {
		t.Fatal("vmState's layout is not vm.Vm's: runloop.go's loop is off")
	}
}

// TestOwnLoopExtendedArg runs `return consts[65536]`, whose LOAD_CONST
// needs EXTENDED_ARG (no Python function the gpython compiler builds is
// both that large and small enough for a frame block).
func TestOwnLoopExtendedArg(t *testing.T) {
	consts := make(py.Tuple, 65537)
	for i := range consts {
		consts[i] = py.Int(i)
	}
	code := &py.Code{
		Nlocals:   0,
		Stacksize: 1,
		Flags:     py.CO_OPTIMIZED | py.CO_NEWLOCALS | coNoHandlers,
		Code:      string([]byte{byte(vm.EXTENDED_ARG), 1, 0, byte(vm.LOAD_CONST), 0, 0, byte(vm.RETURN_VALUE)}),
		Consts:    consts,
		Name:      "ext",
		Filename:  "<test>",
	}
	frame, _, v := newFrameBlock(1)
	frame.Code = code
	frame.Stack = make([]py.Object, 0, 1)
	res, err, clean := runLoop(frame, v)
	if err != nil || res != py.Int(65536) || !clean {
		t.Fatalf("got %v, %v, clean %v; want 65536, clean", res, err, clean)
	}
	if *v != (vmState{}) {
		t.Error("the machine state is not left clear")
	}
}
