package compat

// langproto.go checks what the iteration and length protocols get back
// from Python classes, as CPython does:
//
//   - iter(x) / a for loop over an instance whose class sets
//     `__iter__ = None` is "'C' object is not iterable" (gpython called
//     None); an __iter__ returning a non-iterator is "iter() returned
//     non-iterator of type 'int'" (gpython returned it).
//   - len(x) with a __len__ returning a non-int is "'str' object cannot be
//     interpreted as an integer", a huge int "cannot fit 'int' into an
//     index-sized integer" (OverflowError), a negative one "__len__()
//     should return >= 0" (ValueError); gpython returned the value.

import (
	"math/big"

	"github.com/go-python/gpython/py"
)

// userIter is iter(obj) for an instance of a Python class: ok is false
// when obj is not one (or its class has no __iter__ of its own).
func userIter(obj py.Object) (it py.Object, ok bool, err error) {
	cls, isUser := userInstance(obj)
	if !isUser {
		return nil, false, nil
	}
	fn := lookupMro(cls, "__iter__")
	if fn == nil {
		return nil, false, nil
	}
	if fn == py.None {
		return nil, true, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", cls.Name)
	}
	it, err = py.Iter(obj)
	if err != nil {
		return nil, true, err
	}
	if !isIterator(it) {
		return nil, true, py.ExceptionNewf(py.TypeError, "iter() returned non-iterator of type '%s'", typeName(it))
	}
	return it, true, nil
}

// isIterator reports whether o has a __next__.
func isIterator(o py.Object) bool {
	if _, ok := o.(py.I__next__); ok {
		return true
	}
	if cls, ok := userInstance(o); ok {
		fn := lookupMro(cls, "__next__")
		return fn != nil && fn != py.None
	}
	return false
}

func init() {
	origLen := builtinMethod("len")
	setBuiltinFunc("len", func(self py.Object, args py.Tuple) (py.Object, error) {
		r, err := py.Call(origLen, args, nil)
		if err != nil || len(args) != 1 {
			return r, err
		}
		if _, user := userInstance(args[0]); !user {
			return r, nil
		}
		switch n := r.(type) {
		case py.Int:
			if n < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "__len__() should return >= 0")
			}
			return n, nil
		case py.Bool:
			if n {
				return py.Int(1), nil
			}
			return py.Int(0), nil
		case *py.BigInt:
			if (*big.Int)(n).Sign() < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "__len__() should return >= 0")
			}
			return nil, py.ExceptionNewf(py.OverflowError, "cannot fit 'int' into an index-sized integer")
		}
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(r))
	}, "Return the number of items in a container.")
}
