package compat

// numberserr.go gives operator and conversion errors CPython's wording
// (gpython's are generic "unsupported operand type(s)" ones):
//
//   - a binary operator on unsupported types: str/list/tuple + x is
//     'can only concatenate str (not "int") to str', bytes/bytearray + x
//     "can't concat str to bytes", sequence * non-int "can't multiply
//     sequence by non-int of type 'float'", in-place operators name
//     themselves ("+=", "**="), and int / str says "for /" (gpython said
//     "for float: 'str'");
//   - unary operators: "bad operand type for unary -: 'str'", and
//     "bad operand type for abs(): 'str'";
//   - a too large int to float: "int too large to convert to float"
//     (gpython: "long int ..."); int / int is exact (correctly rounded, as
//     CPython divides), and too large a quotient is "integer division
//     result too large for a float".
//
// The rewriting runs only on the error path.

import (
	"math"
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"
)

func init() {
	// gpython raises one shared OverflowError for every int too large
	// for a float; give it CPython's words once
	huge := (*py.BigInt)(new(big.Int).Lsh(big.NewInt(1), 2000))
	if _, err := huge.M__float__(); err != nil {
		if e, ok := err.(*py.Exception); ok {
			e.Args = py.Tuple{py.String("int too large to convert to float")}
		}
	}
}

// excText is the message of err when it is an exception of type t (or a
// subclass) with one string argument.
func excText(err error, t *py.Type) (string, bool) {
	e, ok := err.(*py.Exception)
	if !ok || !e.Type().IsSubtype(t) {
		return "", false
	}
	args, ok := e.Args.(py.Tuple)
	if !ok || len(args) != 1 {
		return "", false
	}
	s, ok := args[0].(py.String)
	return string(s), ok
}

// isSequenceOperand reports whether o is a built-in sequence that
// concatenates and repeats.
func isSequenceOperand(o py.Object) bool {
	switch o.(type) {
	case py.String, Bytes, *ByteArray, *py.List, py.Tuple:
		return true
	}
	return false
}

// binaryTypeError is CPython's TypeError for op on a and b, in place of
// gpython's generic one; other errors are returned as they are.
func binaryTypeError(op *binOp, a, b py.Object, err error) error {
	msg, ok := excText(err, py.TypeError)
	if !ok || !strings.HasPrefix(msg, "unsupported operand type(s) for") {
		return err
	}
	ta, tb := typeName(a), typeName(b)
	switch op.name {
	case "__add__":
		switch a.(type) {
		case py.String, *py.List, py.Tuple:
			return py.ExceptionNewf(py.TypeError, "can only concatenate %s (not \"%s\") to %s", ta, tb, ta)
		case Bytes, *ByteArray:
			return py.ExceptionNewf(py.TypeError, "can't concat %s to %s", tb, ta)
		}
	case "__mul__":
		if isSequenceOperand(a) {
			return py.ExceptionNewf(py.TypeError, "can't multiply sequence by non-int of type '%s'", tb)
		}
		if isSequenceOperand(b) {
			return py.ExceptionNewf(py.TypeError, "can't multiply sequence by non-int of type '%s'", ta)
		}
	}
	sym := opSymbols[op.name]
	if op.inplace {
		if op.name == "__pow__" {
			sym = "**"
		}
		sym += "="
	}
	return py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, ta, tb)
}

// unaryTypeError is CPython's "bad operand type for unary -: 'str'" (sym
// "unary -", "abs()") for gpython's generic message.
func unaryTypeError(sym string, o py.Object, err error) error {
	msg, ok := excText(err, py.TypeError)
	if !ok || !strings.HasPrefix(msg, "unsupported operand type(s) for") {
		return err
	}
	return py.ExceptionNewf(py.TypeError, "bad operand type for %s: '%s'", sym, typeName(o))
}

// intTrueDiv is a / b for two ints, correctly rounded as in CPython
// (gpython converted both to float first: 10**400 / 10**399 overflowed);
// ok is false when a or b is not an int.
func intTrueDiv(a, b py.Object) (py.Object, bool, error) {
	x, okx := a.(py.Int)
	y, oky := b.(py.Int)
	if okx && oky {
		const exact = 1 << 53
		if y != 0 && x > -exact && x < exact && y > -exact && y < exact {
			return py.Float(float64(x) / float64(y)), true, nil
		}
		return nil, false, nil // gpython's, or its division by zero
	}
	if _, isBig := a.(*py.BigInt); !isBig {
		if _, isBig := b.(*py.BigInt); !isBig {
			return nil, false, nil
		}
	}
	bx, okx := toBig(a)
	by, oky := toBig(b)
	if !okx || !oky || by.Sign() == 0 {
		return nil, false, nil
	}
	f, _ := new(big.Rat).SetFrac(bx, by).Float64()
	if math.IsInf(f, 0) {
		return nil, true, py.ExceptionNewf(py.OverflowError, "integer division result too large for a float")
	}
	if f == 0 && bx.Sign()*by.Sign() < 0 {
		f = math.Copysign(0, -1)
	}
	return py.Float(f), true, nil
}

// zeroToNegative reports whether a ** b is int 0 to a negative int power
// (CPython's ZeroDivisionError; gpython gave inf).
func zeroToNegative(a, b py.Object) bool {
	switch x := a.(type) {
	case py.Int:
		if x != 0 {
			return false
		}
	case py.Bool:
		if x {
			return false
		}
	default:
		return false
	}
	switch y := b.(type) {
	case py.Int:
		return y < 0
	case *py.BigInt:
		return (*big.Int)(y).Sign() < 0
	}
	return false
}

// bigFloatOperands converts the big int of a big int and float pair to a
// float, as CPython's float arithmetic does (gpython's BigInt refused a
// float and the float refused the BigInt); err is CPython's OverflowError
// for one too large. ok is false for other operands.
func bigFloatOperands(a, b py.Object) (py.Object, py.Object, bool, error) {
	conv := func(o py.Object) (py.Object, error) {
		f, _ := new(big.Float).SetInt((*big.Int)(o.(*py.BigInt))).Float64()
		if math.IsInf(f, 0) {
			return nil, py.ExceptionNewf(py.OverflowError, "int too large to convert to float")
		}
		return py.Float(f), nil
	}
	if _, ok := a.(*py.BigInt); ok {
		if _, ok := b.(py.Float); ok {
			x, err := conv(a)
			return x, b, true, err
		}
	}
	if _, ok := b.(*py.BigInt); ok {
		if _, ok := a.(py.Float); ok {
			y, err := conv(b)
			return a, y, true, err
		}
	}
	return a, b, false, nil
}
