package compat

// sharedexc.go: gpython raises some errors as one shared exception
// instance, created once at start-up ("division by zero", "float division
// by zero", "negative shift count", int overflow, math domain/range
// errors). Catching one attached the first traceback and context to it for
// good, and two interpreters catching it at once wrote the same object
// from two goroutines. Such an error gets a fresh instance wherever compat
// sees it: when a frame returns it, when a handler catches it, and in the
// arithmetic compat dispatches, which also gives it CPython's message for
// the operation (1 // 0 is "integer division or modulo by zero", 1.0 % 0
// is "float modulo").

import (
	"math/big"

	"github.com/go-python/gpython/py"
	gmath "github.com/go-python/gpython/stdlib/math"
)

// sharedErrors are gpython's shared exception instances, found at init by
// provoking each.
var sharedErrors = map[*py.Exception]bool{}

func init() {
	add := func(err error) {
		if e, ok := err.(*py.Exception); ok {
			sharedErrors[e] = true
		}
	}
	_, err := py.TrueDiv(py.Int(1), py.Int(0))
	add(err)
	_, err = py.FloorDiv(py.Int(1), py.Int(0))
	add(err)
	_, err = py.Mod(py.Int(1), py.Int(0))
	add(err)
	_, err = py.TrueDiv(py.Float(1), py.Float(0))
	add(err)
	_, err = py.FloorDiv(py.Float(1), py.Float(0))
	add(err)
	_, err = py.Lshift(py.Int(1), py.Int(-1))
	add(err)
	huge := (*py.BigInt)(new(big.Int).Lsh(big.NewInt(1), 100))
	_, err = huge.GoInt64()
	add(err)
	_, err = huge.GoInt()
	add(err)
	_, err = huge.M__float__()
	add(err)
	add(gmath.EDOM)
	add(gmath.ERANGE)
}

// freshError returns a new instance for one of gpython's shared ones, else
// err.
func freshError(err error) error {
	e, ok := err.(*py.Exception)
	if !ok || !sharedErrors[e] {
		return err
	}
	return &py.Exception{Base: e.Base, Args: e.Args}
}

// isFloatOperand reports whether a or b makes an arithmetic float.
func isFloatOperand(a, b py.Object) bool {
	_, fa := a.(py.Float)
	_, fb := b.(py.Float)
	return fa || fb
}

// zeroDivision is the ZeroDivisionError CPython raises for operation op
// (a dunder name, or "divmod") on a and b; err when err is not one.
func zeroDivision(err error, op string, a, b py.Object) error {
	e, ok := err.(*py.Exception)
	if !ok || !sharedErrors[e] || e.Base != py.ZeroDivisionError {
		return freshError(err)
	}
	float := isFloatOperand(a, b)
	msg := "division by zero"
	switch op {
	case "__truediv__":
		if float {
			msg = "float division by zero"
		}
	case "__floordiv__":
		msg = "integer division or modulo by zero"
		if float {
			msg = "float floor division by zero"
		}
	case "__mod__":
		msg = "integer modulo by zero"
		if float {
			msg = "float modulo"
		}
	case "divmod":
		msg = "integer division or modulo by zero"
		if float {
			msg = "float divmod()"
		}
	}
	return py.ExceptionNewf(py.ZeroDivisionError, "%s", msg)
}

// floatByZero reports whether a // b is a float division by zero.
func floatByZero(a, b py.Object) bool {
	if !isFloatOperand(a, b) {
		return false
	}
	switch a.(type) {
	case py.Float, py.Int, py.Bool, *py.BigInt:
	default:
		return false
	}
	switch y := b.(type) {
	case py.Float:
		return y == 0
	case py.Int:
		return y == 0
	case py.Bool:
		return !bool(y)
	}
	return false
}
