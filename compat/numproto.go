package compat

// numproto.go converts objects to numbers for Go functions the way
// CPython's C functions do, so that Python classes implementing the
// numeric protocol are accepted where CPython accepts them.
//
//   - FloatArg is PyFloat_AsDouble, behind math.sqrt(x), math.sin(x)...:
//     a float or an int as it is, else x.__float__() (which must return a
//     float: "Fixed.__float__ returned non-float (type int)"), else
//     x.__index__(); anything else is "must be real number, not X".

import (
	"math/big"

	"github.com/go-python/gpython/py"
)

// FloatArg is o as a float64 for a function taking a float.
func FloatArg(o py.Object) (float64, error) {
	switch v := Unwrap(o).(type) {
	case py.Float:
		return float64(v), nil
	case py.Int:
		return float64(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		f, _ := new(big.Float).SetInt((*big.Int)(v)).Float64()
		if f > maxFloat || f < -maxFloat {
			return 0, py.ExceptionNewf(py.OverflowError, "int too large to convert to float")
		}
		return f, nil
	}
	if r, ok, err := callDunder(o, "__float__"); ok || err != nil {
		if err != nil {
			return 0, err
		}
		f, isFloat := Unwrap(r).(py.Float)
		if !isFloat {
			return 0, py.ExceptionNewf(py.TypeError, "%s.__float__ returned non-float (type %s)", typeName(o), r.Type().Name)
		}
		return float64(f), nil
	}
	if r, ok, err := callDunder(o, "__index__"); ok || err != nil {
		if err != nil {
			return 0, err
		}
		switch Unwrap(r).(type) {
		case py.Int, *py.BigInt, py.Bool:
			return FloatArg(r)
		}
		return 0, py.ExceptionNewf(py.TypeError, "__index__ returned non-int (type %s)", r.Type().Name)
	}
	return 0, py.ExceptionNewf(py.TypeError, "must be real number, not %s", typeName(o))
}

const maxFloat = 1.7976931348623157e308
