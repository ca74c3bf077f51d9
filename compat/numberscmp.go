package compat

// numberscmp.go compares an int with a float exactly, as CPython does
// (gpython converted the int to float: 2**53 + 1 == 2.0**53 was True and
// an int beyond a float's range raised OverflowError). ==, != and the
// orderings of compiled code use it when one side is a float and the
// other an int.

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// intFloatCmp compares an int (or bool) with a float when one of a, b is
// each: c is -1, 0 or 1 (a against b), nan reports a NaN operand, ok is
// false for other operands or when both are small enough for gpython's
// own comparison to be exact.
func intFloatCmp(a, b py.Object) (c int, nan, ok bool) {
	f, isFloat := b.(py.Float)
	other := a
	flip := false
	if !isFloat {
		if f, isFloat = a.(py.Float); !isFloat {
			return 0, false, false
		}
		other, flip = b, true
	}
	switch v := other.(type) {
	case py.Int:
		if v > -1<<53 && v < 1<<53 {
			return 0, false, false
		}
	case *py.BigInt:
	default:
		return 0, false, false
	}
	n, _ := toBig(other)
	x := float64(f)
	if math.IsNaN(x) {
		return 0, true, true
	}
	switch {
	case math.IsInf(x, 1):
		c = -1
	case math.IsInf(x, -1):
		c = 1
	default:
		c = new(big.Float).SetInt(n).Cmp(big.NewFloat(x))
	}
	if flip {
		c = -c
	}
	return c, false, true
}

// intFloatOrder is a <op> b for an ordering op (cmpLT …) or cmpEQ/cmpNE
// of an int and a float; ok as for intFloatCmp.
func intFloatOrder(op int, a, b py.Object) (py.Object, bool) {
	c, nan, ok := intFloatCmp(a, b)
	if !ok {
		return nil, false
	}
	if nan {
		return py.NewBool(op == cmpNE), true
	}
	var r bool
	switch op {
	case cmpLT:
		r = c < 0
	case cmpLE:
		r = c <= 0
	case cmpGT:
		r = c > 0
	case cmpGE:
		r = c >= 0
	case cmpEQ:
		r = c == 0
	default:
		r = c != 0
	}
	return py.NewBool(r), true
}
