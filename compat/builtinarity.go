package compat

// builtinarity.go gives the builtin functions CPython's messages for a
// wrong number of positional arguments. gpython says "len() takes exactly 1
// argument (2 given)" for every one-argument function and
// "isinstance() takes exactly 2 arguments (1 given)" elsewhere; CPython has
// three styles, depending on how the function parses its arguments:
//
//   - one argument (METH_O): "len() takes exactly one argument (2 given)";
//   - positional-only ranges: "isinstance expected 2 arguments, got 1",
//     "getattr expected at least 2 arguments, got 1", "iter expected at
//     most 2 arguments, got 3" (no parentheses);
//   - Argument Clinic functions: "pow() takes at most 3 arguments (4
//     given)", "round() missing required argument 'number' (pos 1)".
//
// The check runs before the original function, so it replaces nothing
// else; the wrappers are installed once, when the first interpreter starts
// (after every init has replaced the builtins it fixes). eval, exec,
// globals and locals are gpython's internal methods, called by the VM
// itself: they are left alone.

import (
	"sync"

	"github.com/go-python/gpython/py"
)

// builtinArity is how a builtin checks its positional arguments.
type builtinArity struct {
	style    byte   // 'o' one argument, 'e' "expected", 'c' clinic
	min, max int    // max -1: no limit
	first    string // clinic: name of the first required argument
}

var builtinArities = map[string]builtinArity{
	"abs": {style: 'o'}, "aiter": {style: 'o'}, "all": {style: 'o'}, "any": {style: 'o'},
	"ascii": {style: 'o'}, "bin": {style: 'o'}, "callable": {style: 'o'}, "chr": {style: 'o'},
	"hash": {style: 'o'}, "hex": {style: 'o'}, "id": {style: 'o'}, "len": {style: 'o'},
	"oct": {style: 'o'}, "ord": {style: 'o'}, "repr": {style: 'o'},

	"anext": {style: 'e', min: 1, max: 2}, "delattr": {style: 'e', min: 2, max: 2},
	"dir": {style: 'e', min: 0, max: 1}, "divmod": {style: 'e', min: 2, max: 2},
	"format": {style: 'e', min: 1, max: 2}, "getattr": {style: 'e', min: 2, max: 3},
	"hasattr": {style: 'e', min: 2, max: 2}, "input": {style: 'e', min: 0, max: 1},
	"isinstance": {style: 'e', min: 2, max: 2}, "issubclass": {style: 'e', min: 2, max: 2},
	"iter": {style: 'e', min: 1, max: 2}, "next": {style: 'e', min: 1, max: 2},
	"setattr": {style: 'e', min: 3, max: 3}, "sorted": {style: 'e', min: 1, max: 1},
	"vars": {style: 'e', min: 0, max: 1}, "max": {style: 'e', min: 1, max: -1},
	"min":      {style: 'e', min: 1, max: -1},
	"reversed": {style: 'e', min: 1, max: 1},

	"__import__": {style: 'c', min: 1, max: 5, first: "name"},
	"pow":        {style: 'c', min: 2, max: 3, first: "base"},
	"round":      {style: 'c', min: 1, max: 2, first: "number"},
	"sum":        {style: 'c', min: 1, max: 2},
}

// arityError is CPython's TypeError for n positional arguments, or nil.
func arityError(name string, a builtinArity, n int) error {
	switch a.style {
	case 'o':
		if n != 1 {
			return py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, n)
		}
	case 'e':
		switch {
		case a.min == a.max && n != a.min:
			return py.ExceptionNewf(py.TypeError, "%s expected %d argument%s, got %d", name, a.min, plural(a.min), n)
		case n < a.min:
			return py.ExceptionNewf(py.TypeError, "%s expected at least %d argument%s, got %d", name, a.min, plural(a.min), n)
		case a.max >= 0 && n > a.max:
			return py.ExceptionNewf(py.TypeError, "%s expected at most %d argument%s, got %d", name, a.max, plural(a.max), n)
		}
	case 'c':
		switch {
		case n > a.max:
			return py.ExceptionNewf(py.TypeError, "%s() takes at most %d argument%s (%d given)", name, a.max, plural(a.max), n)
		case n < a.min && a.first == "":
			return py.ExceptionNewf(py.TypeError, "%s() takes at least %d positional argument%s (%d given)", name, a.min, plural(a.min), n)
		}
	}
	return nil
}

// clinicMissing is a clinic function's error for a missing required
// argument, which may also be given by keyword.
func clinicMissing(name string, a builtinArity, n int, kwargs py.StringDict) error {
	if a.first == "" || n >= a.min {
		return nil
	}
	if n == 0 {
		if _, ok := kwargs[a.first]; !ok {
			return py.ExceptionNewf(py.TypeError, "%s() missing required argument '%s' (pos 1)", name, a.first)
		}
	}
	return nil
}

// builtinArityOnce installs the wrappers when the first interpreter starts
// (runtime.go).
var builtinArityOnce sync.Once

func installBuiltinArity() {
	impl := builtinsImpl()
	for i, m := range impl.Methods {
		a, ok := builtinArities[m.Name]
		if !ok || m.Internal() != py.InternalMethodNone {
			continue
		}
		orig, name := m, m.Name
		var nm *py.Method
		if f, ok := rawMethodFunc(orig).(func(py.Object, py.Tuple, py.StringDict) (py.Object, error)); ok {
			// f itself, with the keyword dict gpython made for the wrapper
			// (through orig.CallWithKeywords it would make another)
			nm = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				if err := arityError(name, a, len(args)); err != nil {
					return nil, err
				}
				if err := clinicMissing(name, a, len(args), kwargs); err != nil {
					return nil, err
				}
				return f(self, args, kwargs)
			}, orig.Flags, orig.Doc)
		} else {
			nm = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
				if err := arityError(name, a, len(args)); err != nil {
					return nil, err
				}
				if err := clinicMissing(name, a, len(args), nil); err != nil {
					return nil, err
				}
				return orig.Call(self, args)
			}, orig.Flags, orig.Doc)
		}
		nm.Module = orig.Module
		impl.Methods[i] = nm
	}
}
