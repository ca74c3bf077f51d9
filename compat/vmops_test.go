package compat

import (
	"reflect"
	"testing"

	"github.com/go-python/gpython/vm"
)

// TestVMLayout fails when gpython's Vm no longer starts with its frame:
// compat would then silently keep gpython's own opcode handlers (and the
// rewriter its older instruction sequences), a large slowdown.
func TestVMLayout(t *testing.T) {
	if !vmLayoutOK {
		t.Fatal("vm.Vm's first field is not the running *py.Frame: vmops.go cannot replace opcode handlers")
	}
	illegal := reflect.ValueOf(jumpTable[255]).Pointer()
	for _, op := range []vm.OpCode{vm.LOAD_ATTR, vm.STORE_ATTR, vm.CALL_FUNCTION, opCallHelper} {
		if h := jumpTable[op]; h == nil || reflect.ValueOf(h).Pointer() == illegal {
			t.Errorf("opcode %d has no handler", op)
		}
	}
}
