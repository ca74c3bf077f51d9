package compat

// vmops.go reaches gpython's opcode table, so compat can give an opcode a
// faster handler of its own, or define an opcode gpython does not have.
//
// gpython runs each instruction through vm.jumpTable[opcode]; the table is
// unexported, so it is reached by linkname, and a handler reads the
// running frame from the *vm.Vm it is given (the struct's first field,
// checked at init: if gpython's layout ever differs, no handler is
// replaced and every opcode keeps gpython's own).
//
// A replaced handler takes a fast path only where its result is exactly
// what gpython's handler (with compat's fixes) gives, and otherwise calls
// the original, which replaceOp hands it.

import (
	"reflect"
	"unsafe"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// opHandler is the shape of a gpython opcode handler.
type opHandler = func(*vm.Vm, int32) error

//go:linkname jumpTable github.com/go-python/gpython/vm.jumpTable
var jumpTable [256]opHandler

// vmLayoutOK reports whether vm.Vm starts with the running frame, as
// vmFrame reads it.
var vmLayoutOK = func() bool {
	t := reflect.TypeFor[vm.Vm]()
	if t.Kind() != reflect.Struct || t.NumField() == 0 {
		return false
	}
	f := t.Field(0)
	return f.Name == "frame" && f.Offset == 0 && f.Type == reflect.TypeFor[*py.Frame]()
}()

// vmFrame is the frame v is running.
func vmFrame(v *vm.Vm) *py.Frame {
	return *(**py.Frame)(unsafe.Pointer(v))
}

// replaceOp installs the handler make builds for opcode op; make gets
// the handler it replaces. It reports false (and changes nothing) when
// the Vm's layout is not the one vmFrame reads.
func replaceOp(op vm.OpCode, make func(orig opHandler) opHandler) bool {
	if !vmLayoutOK {
		return false
	}
	jumpTable[op] = make(jumpTable[op])
	return true
}
