package compat

// kwdefaults.go fixes keyword-only parameter defaults. gpython's compiler
// pairs the n defaults with the first n keyword-only parameters, so in
// `def f(*, a, b=1)` the default 1 went to a and calling f(a=0) failed with
// "missing 1 required keyword-only argument: 'b'". CPython pairs each
// default with its own parameter. The source is parsed again (only when a
// function has such parameters) to learn which parameters have defaults,
// and each MAKE_FUNCTION of an affected function is followed by a call
// that renames the defaults to their parameters.

import (
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/parser"
	"github.com/go-python/gpython/py"
)

const (
	opMakeFunction = 132
	opMakeClosure  = 134
)

// kwDefaultOwners maps a function (kwDefaultsKey) to the keyword-only
// parameters that have defaults, in order.
type kwDefaultOwners map[string][]string

func kwDefaultsKey(kwonly []string, ndefaults int) string {
	return strings.Join(kwonly, ",") + "|" + string(rune('0'+ndefaults))
}

// needsKwDefaultsFix reports whether some function in code has keyword-only
// parameters of which only some have defaults.
func needsKwDefaultsFix(code *py.Code) bool {
	if code.Kwonlyargcount > 0 {
		return true
	}
	for _, c := range code.Consts {
		if inner, ok := c.(*py.Code); ok && needsKwDefaultsFix(inner) {
			return true
		}
	}
	return false
}

// findKwDefaultOwners parses src and records, for every function whose
// keyword-only defaults gpython would misplace, the right owners.
func findKwDefaultOwners(src string) kwDefaultOwners {
	tree, err := parser.ParseString(src, py.ExecMode)
	if err != nil {
		return nil
	}
	out := kwDefaultOwners{}
	ast.Walk(tree, func(node ast.Ast) bool {
		var args *ast.Arguments
		switch n := node.(type) {
		case *ast.FunctionDef:
			args = n.Args
		case *ast.Lambda:
			args = n.Args
		}
		if args == nil || len(args.KwDefaults) == 0 || len(args.KwDefaults) >= len(args.Kwonlyargs) {
			return true
		}
		names := make([]string, len(args.Kwonlyargs))
		for i, a := range args.Kwonlyargs {
			names[i] = string(a.Arg)
		}
		owners := make([]string, 0, len(args.KwDefaults))
		for _, d := range args.KwDefaults {
			owner := ""
			for _, a := range args.Kwonlyargs {
				if before(a.Lineno, a.ColOffset, d.GetLineno(), d.GetColOffset()) {
					owner = string(a.Arg)
				}
			}
			owners = append(owners, owner)
		}
		out[kwDefaultsKey(names, len(owners))] = owners
		return true
	})
	return out
}

func before(l1, c1, l2, c2 int) bool { return l1 < l2 || (l1 == l2 && c1 < c2) }

// kwDefaultsFixer returns the function inserted after MAKE_FUNCTION for
// fn's code: it moves the defaults to their owners.
func kwDefaultsFixer(owners []string) *py.Method {
	return py.MustNewMethod("__gowsgi_kwdefaults__", func(self py.Object, arg py.Object) (py.Object, error) {
		fn, ok := arg.(*py.Function)
		if !ok || fn.KwDefaults == nil {
			return arg, nil
		}
		code := fn.Code
		kwonly := code.Varnames[code.Argcount : code.Argcount+code.Kwonlyargcount]
		fixed := py.StringDict{}
		for i, owner := range owners {
			if i < len(kwonly) {
				if v, ok := fn.KwDefaults[kwonly[i]]; ok {
					fixed[owner] = v
				}
			}
		}
		fn.KwDefaults = fixed
		return fn, nil
	}, 0, "places keyword-only defaults (compat)")
}

// decoratedOrder looks at the MAKE_FUNCTION/MAKE_CLOSURE at ins[i]: for a
// decorated def with defaults or annotations it returns the number of
// stack items the instruction and its decorators use, and the number of
// decorators (0 when nothing needs reordering). gpython compiles
// `@deco def f(a=1)` as [1, deco, code, name] MAKE_FUNCTION, which takes
// deco as the default and then calls 1 with the function.
func decoratedOrder(code *py.Code, ins []instr, i int) (int, int) {
	in := ins[i]
	if i < 2 || ins[i-2].op != opLoadConst {
		return 0, 0
	}
	fc, ok := code.Consts[ins[i-2].arg].(*py.Code)
	if !ok || strings.HasPrefix(fc.Name, "<") {
		return 0, 0 // lambdas and comprehensions have no decorators
	}
	n, k, a := in.arg&0xff, (in.arg>>8)&0xff, (in.arg>>16)&0x7fff
	if n+k+a == 0 {
		return 0, 0
	}
	d := 0
	for j := i + 1; j < len(ins) && ins[j].op == opCallFunction && ins[j].arg == 1; j++ {
		d++
	}
	if d == 0 {
		return 0, 0
	}
	total := n + 2*k + a + d + 2
	if in.op == opMakeClosure {
		total++
	}
	return total, d
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// decoratorOrder takes the items of a decorated def's MAKE_FUNCTION as a
// tuple (defaults, decorators, closure, code, name) and returns them
// reordered with the decorators first, reversed for UNPACK_SEQUENCE.
var decoratorOrder = py.MustNewMethod("__gowsgi_decorators__", func(self py.Object, args py.Tuple) (py.Object, error) {
	items := args[0].(py.Tuple)
	info := int(args[1].(py.Int))
	d, closure := info&0xffff, info>>16
	// items: D (defaults etc.), decorators(d), rest (closure, code, name)
	D := len(items) - d - 2 - closure
	ordered := make(py.Tuple, 0, len(items))
	ordered = append(ordered, items[D:D+d]...)
	ordered = append(ordered, items[:D]...)
	ordered = append(ordered, items[D+d:]...)
	out := make(py.Tuple, len(ordered))
	for i, v := range ordered {
		out[len(ordered)-1-i] = v
	}
	return out, nil
}, 0, "reorders a decorated def's stack (compat)")

// kwDefaultsFixFor returns the fixer for the function made by the MAKE_*
// instruction at ins[i], or nil.
func kwDefaultsFixFor(code *py.Code, ins []instr, i int, owners kwDefaultOwners) *py.Method {
	in := ins[i]
	if owners == nil || (in.op != opMakeFunction && in.op != opMakeClosure) || (in.arg>>8)&0xff == 0 || i < 2 || ins[i-2].op != opLoadConst {
		return nil
	}
	fc, ok := code.Consts[ins[i-2].arg].(*py.Code)
	if !ok {
		return nil
	}
	n := int(fc.Kwonlyargcount)
	if fc.Flags&coKwDict != 0 {
		n-- // the **kwargs parameter made keyword-only by calls.go
	}
	kwonly := fc.Varnames[fc.Argcount : int(fc.Argcount)+n]
	o, ok := owners[kwDefaultsKey(kwonly, (in.arg>>8)&0xff)]
	if !ok {
		return nil
	}
	return kwDefaultsFixer(o)
}
