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
	"math"
	"math/big"
	"math/cmplx"
	"strings"

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
	if !ok {
		return err
	}
	if e.Base == py.SystemError {
		// gpython's `raise 42`: CPython refuses to raise a non-exception
		if args, ok := e.Args.(py.Tuple); ok && len(args) == 1 {
			if s, ok := args[0].(py.String); ok && strings.HasPrefix(string(s), "Unknown error ") && e.Traceback == nil {
				return py.ExceptionNewf(py.TypeError, "exceptions must derive from BaseException")
			}
		}
	}
	if !sharedErrors[e] {
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

// floatPow is a ** b where a float is involved and CPython's answer
// differs from gpython's: 0.0 ** -1 raises ZeroDivisionError, a result
// too large raises OverflowError, a negative base to a fractional power
// is complex. ok is false when gpython's answer stands.
func floatPow(a, b py.Object) (py.Object, bool, error) {
	if !isFloatOperand(a, b) {
		return nil, false, nil
	}
	x, okx := realValue(a)
	y, oky := realValue(b)
	if !okx || !oky {
		return nil, false, nil
	}
	switch {
	case x == 0 && y < 0:
		return nil, true, py.ExceptionNewf(py.ZeroDivisionError, "0.0 cannot be raised to a negative power")
	case x < 0 && y != math.Trunc(y) && !math.IsInf(y, 0):
		return py.Complex(cmplx.Pow(complex(x, 0), complex(y, 0))), true, nil
	}
	r := math.Pow(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		return nil, true, py.ExceptionNewf(py.OverflowError, "(34, 'Numerical result out of range')")
	}
	return nil, false, nil
}

func realValue(o py.Object) (float64, bool) {
	switch v := o.(type) {
	case py.Float:
		return float64(v), true
	case py.Int:
		return float64(v), true
	case py.Bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// floatMod is x % y for floats as CPython computes it: the remainder of
// fmod, moved to the sign of y (gpython lost precision on large x).
func floatMod(x, y float64) float64 {
	m := math.Mod(x, y)
	if m != 0 {
		if (y < 0) != (m < 0) {
			m += y
		}
	} else {
		m = math.Copysign(0, y)
	}
	return m
}

// floatDivmod is divmod(x, y) for floats (y != 0) as CPython computes it:
// the quotient from fmod's remainder, rounded to the nearest integer
// (gpython floored x / y, which is off for large x: divmod(1e16, 3)).
func floatDivmod(x, y float64) (float64, float64) {
	m := math.Mod(x, y)
	div := (x - m) / y
	if m != 0 {
		if (y < 0) != (m < 0) {
			m += y
			div -= 1
		}
	} else {
		m = math.Copysign(0, y)
	}
	var q float64
	if div != 0 {
		q = math.Floor(div)
		if div-q > 0.5 {
			q += 1
		}
	} else {
		q = math.Copysign(0, x/y)
	}
	return q, m
}
