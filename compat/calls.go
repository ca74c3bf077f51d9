package compat

// calls.go makes keyword arguments behave as in CPython:
//
//   - f(**d) with a Dict (dict.go): gpython's call opcodes take only its own
//     py.StringDict ("FIXME can't use *compat.Dict as **kwargs"). Every call
//     site that passes keywords, *args or **kwargs is rewritten (opcodes.go)
//     to go through callHelper, which accepts any mapping after ** and any
//     iterable after *, with CPython's errors for the rest and for a
//     keyword given twice.
//   - Order: gpython collects keywords into a Go map, so `dict(b=1, a=2)`
//     and a function's **kwargs came out in random order. callHelper
//     remembers the call's keyword order for the map it passes on
//     (kwOrders); Go builtins read it with orderedKwargs, and a Python
//     function's **kwargs parameter is built as a Dict in that order: its
//     code is changed at compile time so that the parameter is an ordinary
//     keyword-only one (varKeywordsToDict), which the py.VmEvalCode wrapper
//     (runtime.go) fills with the Dict of the keywords no other parameter
//     takes (prepareKwargs).
//   - Positional-only parameters (`def f(a, b, /, c)`, whose marker
//     syntax.go drops): compile.go marks the code (coPosOnly, and a
//     posOnlyCount constant). Passing one by keyword is CPython's
//     "f() got some positional-only arguments passed as keyword arguments:
//     'a, b'" (posOnlyError), unless the function has **kwargs, which then
//     takes the keyword (f(1, a=2) gives kwargs {'a': 2}).
//   - Argument errors name the function by its qualified name, as
//     CPython 3.10+ does ("Box.scale() missing 1 required positional
//     argument: 'k'"): compile.go records the qualname with the code
//     (markQualnames) and the py.VmEvalCode wrapper rewrites the binding
//     error (qualifyArgError).

import (
	"reflect"
	"strings"
	"sync"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// coKwDict marks code whose **kwargs parameter was made keyword-only by
// varKeywordsToDict. (A flag bit CPython does not use.)
const coKwDict = 1 << 28

type kwPair struct {
	name  string
	value py.Object
}

// kwOrders maps a keyword StringDict being passed by callHelper to the
// order its keys were given in.
var kwOrders sync.Map

func mapKey(kw py.StringDict) unsafe.Pointer { return reflect.ValueOf(kw).UnsafePointer() }

// orderedKwargs lists kw in call order when callHelper passed it, else in
// sorted order.
func orderedKwargs(kw py.StringDict) []kwPair {
	if len(kw) == 0 {
		return nil
	}
	out := make([]kwPair, 0, len(kw))
	if names, ok := kwOrders.Load(mapKey(kw)); ok {
		for _, n := range names.([]string) {
			if v, ok := kw[n]; ok {
				out = append(out, kwPair{n, v})
			}
		}
		if len(out) == len(kw) {
			return out
		}
		out = out[:0]
	}
	for _, k := range sortedKeys(kw) {
		out = append(out, kwPair{k, kw[k]})
	}
	return out
}

// callInfo packs a call site's shape into callHelper's third argument.
func callInfo(nargs, nkw int, star, dstar bool) int {
	info := nargs | nkw<<8
	if star {
		info |= 1 << 16
	}
	if dstar {
		info |= 1 << 17
	}
	return info
}

var callHelper = py.MustNewMethod("__gowsgi_call__", func(self py.Object, a py.Tuple) (py.Object, error) {
	fn, items := a[0], a[1].(py.Tuple)
	info := int(a[2].(py.Int))
	nargs, nkw := info&0xff, (info>>8)&0xff
	star, dstar := info&(1<<16) != 0, info&(1<<17) != 0
	args := py.Tuple(items[:nargs:nargs])
	p := nargs + 2*nkw
	names := make([]string, 0, nkw)
	var kw py.StringDict
	if nkw > 0 || dstar {
		kw = make(py.StringDict, nkw)
	}
	for i := nargs; i < nargs+2*nkw; i += 2 {
		k := string(items[i].(py.String))
		names = append(names, k)
		kw[k] = items[i+1]
	}
	if star {
		s := items[p]
		p++
		if t, ok := s.(py.Tuple); ok {
			args = append(args, t...)
		} else {
			var err error
			err = py.Iterate(s, func(o py.Object) bool {
				args = append(args, o)
				return false
			})
			if err != nil {
				if isTypeError(err) {
					return nil, py.ExceptionNewf(py.TypeError, "%s argument after * must be an iterable, not %s", funcDesc(fn), s.Type().Name)
				}
				return nil, err
			}
		}
	}
	if dstar {
		parts := []py.Object{items[p]}
		if kc, ok := items[p].(*kwCat); ok {
			parts = kc.parts // f(**a, **b): each is checked on its own
		}
		for _, m := range parts {
			var err error
			if names, err = addKeywords(fn, kw, names, m); err != nil {
				return nil, err
			}
		}
	}
	if len(kw) > 1 {
		key := mapKey(kw)
		kwOrders.Store(key, names)
		defer kwOrders.Delete(key)
	}
	return py.Call(fn, args, kw)
}, 0, "calls a function with keyword arguments in order (compat)")

// kwCat is what f(**a, **b) passes (syntax.go): the mappings, merged by
// the call so that a key in two of them is "got multiple values".
type kwCat struct{ parts []py.Object }

var kwCatType = py.NewType("kwcat", "several ** arguments of one call (compat)")

func (k *kwCat) Type() *py.Type { return kwCatType }

func init() {
	setBuiltinFunc("__gowsgi_kwcat__", func(self py.Object, args py.Tuple) (py.Object, error) {
		return &kwCat{parts: append([]py.Object(nil), args...)}, nil
	}, "several ** arguments of one call (compat)")
}

// addKeywords adds the items of mapping m (a ** argument) to kw and names.
func addKeywords(fn py.Object, kw py.StringDict, names []string, m py.Object) ([]string, error) {
	var d *Dict
	switch v := m.(type) {
	case *Dict:
		d = v
	case py.StringDict:
		d = DictFromStringDict(v)
	default:
		if _, err := py.GetAttrString(m, "keys"); err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "%s argument after ** must be a mapping, not %s", funcDesc(fn), m.Type().Name)
		}
		d = NewDict()
		if err := d.Update(m); err != nil {
			return nil, err
		}
	}
	var err error
	d.Range(func(k, v py.Object) bool {
		s, ok := k.(py.String)
		if !ok {
			err = py.ExceptionNewf(py.TypeError, "keywords must be strings")
			return false
		}
		if _, dup := kw[string(s)]; dup {
			err = py.ExceptionNewf(py.TypeError, "%s got multiple values for keyword argument '%s'", funcDesc(fn), string(s))
			return false
		}
		kw[string(s)] = v
		names = append(names, string(s))
		return true
	})
	return names, err
}

// funcDesc names a callable for argument errors, as CPython: "f()".
func funcDesc(fn py.Object) string {
	switch f := fn.(type) {
	case *py.Function:
		if mod, ok := f.Globals["__name__"].(py.String); ok {
			return string(mod) + "." + f.Qualname + "()"
		}
		return f.Qualname + "()"
	case *py.Method:
		return f.Name + "()"
	case *py.BoundMethod:
		return funcDesc(f.Method)
	case *py.Type:
		return f.Name + "()"
	}
	return fn.Type().Name + " object"
}

// varKeywordsToDict changes a code object with a **kwargs parameter so the
// parameter is the last keyword-only one (see the file comment). Without
// *args the slot is already there; with it, the two swap places, and so
// do the instructions' local-variable numbers.
func varKeywordsToDict(code *py.Code, ins []instr) {
	if code.Flags&py.CO_VARKEYWORDS == 0 || code.Flags&coKwDict != 0 {
		return
	}
	n := int(code.Argcount + code.Kwonlyargcount)
	if code.Flags&py.CO_VARARGS != 0 {
		code.Varnames[n], code.Varnames[n+1] = code.Varnames[n+1], code.Varnames[n]
		for i := range ins {
			switch ins[i].op {
			case opLoadFast, opStoreFast, opDeleteFast:
				switch ins[i].arg {
				case n:
					ins[i].arg = n + 1
				case n + 1:
					ins[i].arg = n
				}
			}
		}
	}
	code.Flags &^= py.CO_VARKEYWORDS
	code.Flags |= coKwDict
	code.Kwonlyargcount++
}

// prepareKwargs is run for every call of code marked coKwDict: the
// keywords that name no parameter go into a Dict (in call order) passed as
// the **kwargs parameter.
func prepareKwargs(code *py.Code, kws py.StringDict) py.StringDict {
	n := int(code.Argcount + code.Kwonlyargcount)
	kwName := code.Varnames[n-1]
	declared := code.Varnames[:n-1]
	out := make(py.StringDict, len(kws)+1)
	extra := NewDict()
	if code.Flags&coPosOnly != 0 {
		declared = declared[posOnlyCountOf(code):]
	}
	for _, p := range orderedKwargs(kws) {
		isParam := false
		for _, d := range declared {
			if d == p.name {
				isParam = true
				break
			}
		}
		if isParam {
			out[p.name] = p.value
		} else {
			extra.SetStr(p.name, p.value)
		}
	}
	out[kwName] = extra
	return out
}

// coPosOnly marks code with positional-only parameters; their number is
// the posOnlyCount among its constants. (A flag bit CPython does not use.)
const coPosOnly = 1 << 29

// posOnlyCount is the number of positional-only parameters, kept among
// the code's constants.
type posOnlyCount int

var posOnlyCountType = py.NewType("posonly_count", "")

func (posOnlyCount) Type() *py.Type { return posOnlyCountType }

// markPosOnly marks code and the code nested in it that posOnly (by
// posOnlyKey) lists.
func markPosOnly(code *py.Code, posOnly map[string]int) {
	for _, c := range code.Consts {
		if inner, ok := c.(*py.Code); ok {
			markPosOnly(inner, posOnly)
		}
	}
	if code.Argcount == 0 || code.Flags&coPosOnly != 0 {
		return
	}
	if n, ok := posOnly[posOnlyKey(code.Name, code.Varnames[:code.Argcount])]; ok && n > 0 {
		code.Flags |= coPosOnly
		code.Consts = append(code.Consts, posOnlyCount(n))
	}
}

func posOnlyCountOf(code *py.Code) int {
	for i := len(code.Consts) - 1; i >= 0; i-- {
		if n, ok := code.Consts[i].(posOnlyCount); ok {
			return min(int(n), int(code.Argcount))
		}
	}
	return 0
}

// posOnlyError is CPython's TypeError when kws name positional-only
// parameters of code (marked coPosOnly) that has no **kwargs; nil when
// the call is fine. The py.VmEvalCode wrapper (runtime.go) calls it before
// the arguments are bound.
func posOnlyError(code *py.Code, kws py.StringDict) error {
	if code.Flags&coPosOnly == 0 || code.Flags&coKwDict != 0 || len(kws) == 0 {
		return nil
	}
	var given []string
	for _, name := range code.Varnames[:posOnlyCountOf(code)] {
		if _, ok := kws[name]; ok {
			given = append(given, name)
		}
	}
	if len(given) == 0 {
		return nil
	}
	return py.ExceptionNewf(py.TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", code.Name, strings.Join(given, ", "))
}

// codeQualname is a function's __qualname__ ("Box.__init__"), kept among
// its code's constants when it differs from the code's name: CPython's
// argument errors name the function by it ("Box.__init__() missing 1
// required positional argument: 'h'"), gpython's by co_name.
type codeQualname string

var codeQualnameType = py.NewType("code_qualname", "")

func (codeQualname) Type() *py.Type { return codeQualnameType }

// markQualnames records, in each code object code makes a function of,
// the qualified name the parent passes to MAKE_FUNCTION / MAKE_CLOSURE
// (LOAD_CONST code; LOAD_CONST 'qualname'). It reads code's bytecode as
// compiled, before any rewrite.
func markQualnames(code *py.Code) {
	ins, ok := decode(code)
	if !ok {
		return
	}
	for i := 0; i+2 < len(ins); i++ {
		if ins[i].op != opLoadConst || ins[i+1].op != opLoadConst || (ins[i+2].op != opMakeFunction && ins[i+2].op != opMakeClosure) {
			continue
		}
		inner, ok := code.Consts[ins[i].arg].(*py.Code)
		if !ok {
			continue
		}
		if q, ok := code.Consts[ins[i+1].arg].(py.String); ok && string(q) != inner.Name {
			inner.Consts = append(inner.Consts, codeQualname(q))
		}
	}
}

// qualnameOf is code's qualified name (its name when none was recorded).
func qualnameOf(code *py.Code) string {
	for i := len(code.Consts) - 1; i >= 0; i-- {
		if q, ok := code.Consts[i].(codeQualname); ok {
			return string(q)
		}
	}
	return code.Name
}

// qualifyArgError names the function by its qualified name in gpython's
// argument binding errors (a bare *py.Exception the VM returns before the
// frame runs; errors from the body come wrapped with their traceback).
func qualifyArgError(code *py.Code, err error) error {
	e, ok := err.(*py.Exception)
	if !ok || e.Base != py.TypeError {
		return err
	}
	args, ok := e.Args.(py.Tuple)
	if !ok || len(args) != 1 {
		return err
	}
	msg, ok := args[0].(py.String)
	if !ok || !strings.HasPrefix(string(msg), code.Name+"() ") {
		return err
	}
	if q := qualnameOf(code); q != code.Name {
		e.Args = py.Tuple{py.String(q) + msg[len(code.Name):]}
	}
	return err
}
