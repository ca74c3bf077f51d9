package compat

// helperop.go defines the opcodes (numbers gpython leaves unused) that
// rewritten code calls compat's helper functions with (see opcodes.go):
//
//   - CALL_HELPER k calls helper k of the table below on the values on top
//     of the stack, pops them and pushes its result (or nothing, for a
//     helper whose result the code dropped with POP_TOP). It stands for
//     `LOAD_CONST <helper>; ROT_TWO|ROT_THREE; CALL_FUNCTION n` (and
//     `LOAD_GLOBAL __gowsgi_x__ …; CALL_FUNCTION n` for the builtins that
//     find their interpreter through the builtins module they are bound
//     to), which cost a whole gpython call each (Vm.Call, callInternal,
//     py.Call, Method.M__call__, Method.Call): `x + x` took ~80 ns in a
//     loop, the helper's own work a fraction of it. The helper is the same
//     Go function, given the same self (the helper method's module, or
//     the running frame's builtins module) and arguments.
//   - TRUTH_JUMP_IF_FALSE/TRUE t and TRUTH_JUMP_IF_FALSE/TRUE_OR_POP t
//     are POP_JUMP_IF_FALSE/TRUE and JUMP_IF_FALSE/TRUE_OR_POP with
//     compat's truth test (truthFunc, Python classes' __bool__/__len__)
//     done first, in one instruction: `if x:` was truth call + jump.
//
// A helper is registered the first time rewritten code calls it; only the
// helpers that live as long as the program are (never a method made per
// compilation, which keeps its LOAD_CONST call), so the table stays small.
// It is read without a lock: a copy is published whole on each addition.

import (
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// compat's own opcodes (all have an argument).
const (
	opCallHelper            = 200
	opTruthJumpIfFalse      = 201
	opTruthJumpIfTrue       = 202
	opTruthJumpIfFalseOrPop = 203
	opTruthJumpIfTrueOrPop  = 204
)

// helper is one entry of the table CALL_HELPER indexes.
type helper struct {
	m       *py.Method // the helper method, when it is one
	nargs   int
	push    bool      // pushes its result
	builtin bool      // self is the frame's builtins module
	self    py.Object // else this
	// the Go function, one of
	fnArgs func(py.Object, py.Tuple) (py.Object, error)
	fnOne  func(py.Object, py.Object) (py.Object, error)
	fnNone func(py.Object) (py.Object, error)
}

type helperKey struct {
	m     *py.Method
	name  string // a builtin's
	nargs int
	push  bool
}

var (
	helperMu    sync.Mutex
	helperIndex = map[helperKey]int{}
	helperTab   atomic.Pointer[[]*helper]
)

// helperAt is helper k, or nil.
func helperAt(k int) *helper {
	tab := helperTab.Load()
	if tab == nil || k < 0 || k >= len(*tab) {
		return nil
	}
	return (*tab)[k]
}

// registerHelper returns the table index of the helper key names, adding
// it (made by make) when new; ok is false when it cannot be called so.
func registerHelper(key helperKey, make func() *helper) (int, bool) {
	if !helperOpsOK {
		return -1, false
	}
	helperMu.Lock()
	defer helperMu.Unlock()
	if k, ok := helperIndex[key]; ok {
		return k, k >= 0
	}
	h := make()
	k := -1
	if h != nil {
		h.nargs, h.push = key.nargs, key.push
		var tab []*helper
		if old := helperTab.Load(); old != nil {
			tab = append(tab, *old...)
		}
		k = len(tab)
		tab = append(tab, h)
		helperTab.Store(&tab)
	}
	helperIndex[key] = k
	return k, k >= 0
}

// helperFrom fills h with method function fn, when its shape takes nargs
// arguments; nil otherwise.
func helperFrom(h *helper, fn interface{}, nargs int) *helper {
	switch f := fn.(type) {
	case func(py.Object, py.Tuple) (py.Object, error):
		h.fnArgs = f
	case func(py.Object, py.Object) (py.Object, error):
		if nargs != 1 {
			return nil
		}
		h.fnOne = f
	case func(py.Object) (py.Object, error):
		if nargs != 0 {
			return nil
		}
		h.fnNone = f
	default:
		return nil
	}
	return h
}

// helperCall is the CALL_HELPER instruction calling m, a helper method
// that lives as long as the program, on the nargs values on top of the
// stack as CALL_FUNCTION would (self: m's module); push false drops the
// result. ok is false when m's function is not one it can call.
func helperCall(m *py.Method, nargs int, push bool) (instr, bool) {
	k, ok := registerHelper(helperKey{m: m, nargs: nargs, push: push}, func() *helper {
		return helperFrom(&helper{m: m, self: py.Object(m.Module)}, rawMethodFunc(m), nargs)
	})
	return instr{op: opCallHelper, arg: k, target: -1}, ok
}

// builtinHelperCall is helperCall for compat's builtin function name, as
// a LOAD_GLOBAL of it would find it: bound to the running frame's
// builtins module (through which it finds its interpreter).
func builtinHelperCall(name string, nargs int, push bool) (instr, bool) {
	k, ok := registerHelper(helperKey{name: name, nargs: nargs, push: push}, func() *helper {
		for _, m := range builtinsImpl().Methods {
			if m.Name == name {
				return helperFrom(&helper{builtin: true}, rawMethodFunc(m), nargs)
			}
		}
		return nil
	})
	return instr{op: opCallHelper, arg: k, target: -1}, ok
}

// truthJump is the compat opcode for jump op (POP_JUMP_IF_FALSE …) with
// the truth test before it.
func truthJump(op byte) byte {
	switch op {
	case opPopJumpIfFalse:
		return opTruthJumpIfFalse
	case opPopJumpIfTrue:
		return opTruthJumpIfTrue
	case opJumpIfFalseOr:
		return opTruthJumpIfFalseOrPop
	case opJumpIfTrueOr:
		return opTruthJumpIfTrueOrPop
	}
	return 0
}

// truthTest is truthFunc's Go function (the value gpython's jump then
// tests).
var truthTest func(py.Object, py.Object) (py.Object, error)

func init() {
	truthTest, _ = rawMethodFunc(truthFunc).(func(py.Object, py.Object) (py.Object, error))
	if truthTest == nil {
		return // (the rewrite then keeps its calls: helperOpsOK)
	}
	ok := replaceOp(opCallHelper, func(opHandler) opHandler { return doCallHelper })
	if !ok {
		return
	}
	truthSelf := py.Object(truthFunc.Module)
	for _, d := range []struct {
		op           vm.OpCode
		ifTrue, keep bool
	}{
		{opTruthJumpIfFalse, false, false},
		{opTruthJumpIfTrue, true, false},
		{opTruthJumpIfFalseOrPop, false, true},
		{opTruthJumpIfTrueOrPop, true, true},
	} {
		ifTrue, keep := d.ifTrue, d.keep
		replaceOp(d.op, func(opHandler) opHandler {
			return func(v *vm.Vm, target int32) error {
				f := vmFrame(v)
				top := len(f.Stack) - 1
				o := f.Stack[top]
				if !keep {
					f.Stack = f.Stack[:top]
				}
				var b py.Object
				if _, isBool := o.(py.Bool); isBool {
					b = o // what truthFunc and MakeBool give it
				} else {
					r, err := truthTest(truthSelf, o)
					if err != nil {
						return err
					}
					if b, err = py.MakeBool(r); err != nil {
						return err
					}
				}
				if b.(py.Bool) == py.Bool(ifTrue) {
					f.Lasti = target
				} else if keep {
					f.Stack = f.Stack[:top]
				}
				return nil
			}
		})
	}
	helperOpsOK = true
}

// helperOpsOK reports whether the opcodes above are installed (gpython's
// Vm has the layout vmops.go reads); the rewrite emits them only then.
var helperOpsOK bool

// doCallHelper runs CALL_HELPER k.
func doCallHelper(v *vm.Vm, k int32) error {
	f := vmFrame(v)
	h := helperAt(int(k))
	if h == nil || len(f.Stack) < h.nargs {
		return py.ExceptionNewf(py.SystemError, "compat: bad helper call %d", k)
	}
	n := len(f.Stack) - h.nargs
	args := f.Stack[n:]
	f.Stack = f.Stack[:n] // popped first, as CALL_FUNCTION pops
	self := h.self
	if h.builtin {
		self = f.Context.Store().Builtins
	}
	var r py.Object
	var err error
	switch {
	case h.fnArgs != nil:
		r, err = h.fnArgs(self, py.Tuple(args))
	case h.fnOne != nil:
		r, err = h.fnOne(self, args[0])
	default:
		r, err = h.fnNone(self)
	}
	if err != nil {
		return err
	}
	if h.push {
		f.Stack = append(f.Stack, r)
	}
	return nil
}

// isKeywordCall reports whether in is the call of a function with
// keywords (opcodes.go: callHelper, whose first argument is the function).
func isKeywordCall(in instr) bool {
	if in.op != opCallHelper {
		return false
	}
	h := helperAt(in.arg)
	return h != nil && h.m == callHelper
}
