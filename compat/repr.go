package compat

// repr.go is repr() and str() with CPython's output where gpython's
// differs, used by print, repr, str, %-formatting, str.format and
// tracebacks:
//   - a 1-tuple is (1,), not (1);
//   - containers show their items with these rules (a list that contains
//     itself prints [...], a tuple (...), instead of overflowing the Go stack);
//   - exceptions: repr KeyError('k'), str of no arguments '', of one the
//     argument's str, of several the tuple (gpython panicked on no
//     arguments);
//   - floats: shortest round-trip digits, inf, nan, -0.0, exponent form as
//     CPython switches to it (gpython printed +Inf and 1.23456789123e+08).
// Everything else is gpython's repr/str.

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// Repr is repr(o).
func Repr(o py.Object) (string, error) {
	return reprSeen(o, nil)
}

func reprSeen(o py.Object, seen []py.Object) (string, error) {
	switch v := o.(type) {
	case py.Tuple:
		if len(v) == 0 {
			return "()", nil
		}
		for _, x := range seen {
			if t, ok := x.(py.Tuple); ok && len(t) == len(v) && &t[0] == &v[0] {
				return "(...)", nil
			}
		}
		s, err := reprItems(v, seen, o)
		if err != nil {
			return "", err
		}
		if len(v) == 1 {
			return "(" + s + ",)", nil
		}
		return "(" + s + ")", nil
	case *py.List:
		for _, x := range seen {
			if x == o {
				return "[...]", nil
			}
		}
		s, err := reprItems(v.Items, seen, o)
		if err != nil {
			return "", err
		}
		return "[" + s + "]", nil
	case py.StringDict:
		parts := make([]string, 0, len(v))
		for k, val := range v {
			r, err := reprSeen(val, seen)
			if err != nil {
				return "", err
			}
			kr, _ := py.ReprAsString(py.String(k))
			parts = append(parts, kr+": "+r)
		}
		return "{" + strings.Join(parts, ", ") + "}", nil
	case *Dict:
		if fn := v.override("__repr__"); fn != nil {
			return callStr(fn, v)
		}
		return reprDict(v, seen)
	case *Derived:
		return derivedRepr(v, seen)
	case *py.Type:
		if v.Name != "" {
			return classRepr(v)
		}
		if fn := lookupMro(v.Type(), "__repr__"); fn == nil || fn == objectRepr {
			return instanceRepr(v), nil
		}
	case *Set, *FrozenSet:
		return setRepr(v), nil
	case *py.Slice:
		return sliceRepr(v)
	case py.Float:
		return floatString(float64(v)), nil
	case py.Complex:
		return complexRepr(complex128(v)), nil
	case *py.Exception:
		if fn := exceptionMethod(v, "__repr__"); fn != nil {
			return callStr(fn, v)
		}
		return exceptionRepr(v, seen)
	}
	if s, ok, err := callableRepr(o, seen); ok { // reprfunc.go
		return s, err
	}
	r, err := py.Repr(o)
	if err != nil {
		return "", err
	}
	s, ok := r.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "__repr__ returned non-string (type %s)", r.Type().Name)
	}
	return string(s), nil
}

func reprItems(items []py.Object, seen []py.Object, self py.Object) (string, error) {
	if self != nil {
		seen = append(seen, self)
	}
	parts := make([]string, len(items))
	for i, it := range items {
		r, err := reprSeen(it, seen)
		if err != nil {
			return "", err
		}
		parts[i] = r
	}
	return strings.Join(parts, ", "), nil
}

// floatString is repr(float) and str(float).
func floatString(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	case f == 0 && math.Signbit(f):
		return "-0.0"
	case f < 0:
		return "-" + floatRepr(-f)
	}
	return floatRepr(f)
}

// instanceRepr is object.__repr__ of an instance of a Python class:
// <module.Qualname object at 0x…>, as CPython prints it.
func instanceRepr(inst *py.Type) string { return objectAtRepr(inst.Type(), inst) }

// objectAtRepr is <module.Qualname object at 0x...>, object.__repr__.
func objectAtRepr(cls *py.Type, inst py.Object) string {
	name := cls.Name
	if cls.Qualname != "" {
		name = cls.Qualname
	}
	if m, ok := cls.Dict["__module__"].(py.String); ok && m != "builtins" {
		name = string(m) + "." + name
	}
	return fmt.Sprintf("<%s object at %s>", name, addrOf(inst)) // reprfunc.go: hex(id(inst))
}

// objectRepr is object.__repr__, for super().__repr__() and explicit calls
// (set at init: it calls Repr, which looks for it).
var objectRepr *py.Method

func objectReprFunc(self py.Object, args py.Tuple) (py.Object, error) {
	self, _ = unbound(self, args)
	switch v := self.(type) {
	case *py.Type:
		if v.Name != "" {
			s, err := classRepr(v)
			return py.String(s), err
		}
		return py.String(instanceRepr(v)), nil
	case *py.Exception:
		return py.String(objectAtRepr(v.Base, v)), nil
	case nil:
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '__repr__' of 'object' object needs an argument")
	}
	r, err := Repr(self)
	return py.String(r), err
}

// classRepr is repr(cls): the metaclass's __repr__ when a Python metaclass
// defines one, else <class 'module.Name'> as CPython prints it.
func classRepr(cls *py.Type) (string, error) {
	if meta := cls.Type(); meta != nil && meta.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		if fn := lookupMro(meta, "__repr__"); fn != nil {
			if _, isFn := fn.(*py.Function); isFn {
				return callStr(fn, cls)
			}
		}
	}
	name := cls.Name
	if cls.Qualname != "" {
		name = cls.Qualname
	}
	if m, ok := cls.Dict["__module__"].(py.String); ok && m != "builtins" {
		name = string(m) + "." + name
	}
	return "<class '" + name + "'>", nil
}

// exceptionMethod finds a method a Python exception class defines.
func exceptionMethod(e *py.Exception, name string) py.Object {
	for c := range mroTypes(e.Base) {
		if c.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			return nil
		}
		if fn, ok := c.Dict[name].(*py.Function); ok {
			return fn
		}
	}
	return nil
}

// callStr calls a Python __repr__/__str__ and checks it gave a str.
func callStr(fn, self py.Object) (string, error) {
	r, err := py.Call(fn, py.Tuple{self}, nil)
	if err != nil {
		return "", err
	}
	s, ok := r.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "__repr__ returned non-string (type %s)", r.Type().Name)
	}
	return string(s), nil
}

// plainStr is str(x) for the values that need no __str__: a str is
// itself (not boxed again), an int its digits (IntString).
func plainStr(x py.Object) (py.Object, bool) {
	switch v := x.(type) {
	case py.String:
		return v, true
	case py.Int:
		return IntString(int64(v)), true
	}
	return nil, false
}

// Str is str(o).
func Str(o py.Object) (string, error) {
	switch v := o.(type) {
	case py.String:
		return string(v), nil
	case py.Int:
		return strconv.FormatInt(int64(v), 10), nil // gpython's goes through fmt
	case *Dict:
		if fn := v.override("__str__"); fn != nil {
			return callStr(fn, v)
		}
		return Repr(o)
	case *Derived:
		return derivedStr(v)
	case *py.Type:
		if v.Name == "" {
			if fn := lookupMro(v.Type(), "__str__"); fn == nil || fn == py.ObjectType.Dict["__str__"] {
				return Repr(o) // object.__str__ is repr()
			}
		}
		if v.Name != "" {
			if meta := v.Type(); meta != nil && meta.Flags&py.TPFLAGS_HEAPTYPE != 0 {
				if fn, ok := lookupMro(meta, "__str__").(*py.Function); ok {
					return callStr(fn, v)
				}
			}
			return classRepr(v)
		}
	case py.Tuple, *py.List, py.StringDict, py.Float, py.Complex, *Set, *FrozenSet, *py.Slice:
		return Repr(o)
	case *py.Exception:
		if fn := exceptionMethod(v, "__str__"); fn != nil {
			return callStr(fn, v)
		}
		return exceptionStr(v)
	}
	if _, ok := o.(py.I__str__); !ok {
		if fn := lookupMro(o.Type(), "__str__"); fn == nil || fn == py.ObjectType.Dict["__str__"] {
			return Repr(o) // object.__str__ is repr(), compat's reprs included
		}
	}
	s, err := py.Str(o)
	if err != nil {
		return "", err
	}
	str, ok := s.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "__str__ returned non-string (type %s)", s.Type().Name)
	}
	return string(str), nil
}

// exceptionRepr is BaseException.__repr__: Name(args...).
func exceptionRepr(v *py.Exception, seen []py.Object) (string, error) {
	args, _ := v.Args.(py.Tuple)
	s, err := reprItems(args, seen, nil)
	if err != nil {
		return "", err
	}
	return v.Base.Name + "(" + s + ")", nil
}

// exceptionStr is BaseException.__str__ (OSError's included).
func exceptionStr(v *py.Exception) (string, error) {
	args, _ := v.Args.(py.Tuple)
	if len(args) >= 2 && len(args) <= 5 && v.Base.IsSubtype(py.OSError) {
		// errno and strerror are any objects: OSError('a', 2) is "[Errno a] 2"
		n, err := Str(args[0])
		if err != nil {
			return "", err
		}
		msg, err := Str(args[1])
		if err != nil {
			return "", err
		}
		s := "[Errno " + n + "] " + msg
		var filename py.Object
		if len(args) >= 3 {
			filename = args[2]
		} else if fn, ok := v.Dict["filename"]; ok && fn != py.None {
			filename = fn
		}
		if filename != nil {
			f, err := Repr(filename)
			if err != nil {
				return "", err
			}
			s += ": " + f
			if fn2, ok := v.Dict["filename2"]; ok && fn2 != py.None {
				f2, err := Repr(fn2)
				if err != nil {
					return "", err
				}
				s += " -> " + f2
			}
		}
		return s, nil
	}
	switch len(args) {
	case 0:
		return "", nil
	case 1:
		if v.Base.IsSubtype(py.KeyError) {
			return Repr(args[0]) // CPython: str(KeyError('k')) is "'k'"
		}
		return Str(args[0])
	}
	return Repr(args)
}

func init() {
	// BaseException.__str__/__repr__ for super().__str__() and
	// Exception.__str__(e) in classes that override them
	for name, f := range map[string]func(*py.Exception) (string, error){
		"__str__": func(e *py.Exception) (string, error) {
			if args, _ := e.Args.(py.Tuple); len(args) == 1 && e.Base.IsSubtype(py.KeyError) {
				return Str(args[0]) // KeyError.__str__ is its own
			}
			return exceptionStr(e)
		},
		"__repr__": func(e *py.Exception) (string, error) { return exceptionRepr(e, nil) },
	} {
		f := f
		py.BaseException.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			self, args = unbound(self, args)
			if len(args) > 0 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", name, len(args))
			}
			e, ok := self.(*py.Exception)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'BaseException' object but received a '%s'", name, typeName(self))
			}
			s, err := f(e)
			return py.String(s), err
		}, 0, "Return str(self).")
	}
}

func init() {
	objectRepr = py.MustNewMethod("__repr__", objectReprFunc, 0, "Return repr(self).")
	py.ObjectType.Dict["__repr__"] = objectRepr
	setBuiltinFunc("repr", func(self py.Object, arg py.Object) (py.Object, error) {
		s, err := Repr(arg)
		return py.String(s), err
	}, "repr(obj) -> str")
	strNew := py.StringType.New
	py.StringType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 1 && len(kwargs) == 0 {
			if r, ok := plainStr(args[0]); ok {
				return r, nil
			}
			s, err := Str(args[0])
			return py.String(s), err
		}
		if len(args) >= 2 || len(kwargs) > 0 {
			// str(bytes, encoding[, errors])
			var obj, enc, errs py.Object
			if err := py.ParseTupleAndKeywords(args, kwargs, "|OOO:str", []string{"object", "encoding", "errors"}, &obj, &enc, &errs); err != nil {
				return nil, err
			}
			if b, ok := BytesOf(obj); ok && (enc != nil || errs != nil) {
				e, en := "strict", "utf-8"
				if es, ok := errs.(py.String); ok {
					e = string(es)
				}
				if es, ok := enc.(py.String); ok {
					en = string(es)
				}
				return Decode(b, en, e)
			}
			if enc == nil && errs == nil {
				if obj == nil { // str(object=x) and str()
					return py.String(""), nil
				}
				s, err := Str(obj)
				return py.String(s), err
			}
		}
		return strNew(t, args, kwargs)
	}
	setBuiltinFunc("print", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var sepObj, endObj, file, flush py.Object = py.None, py.None, py.None, py.False
		if err := py.ParseTupleAndKeywords(nil, kwargs, "|OOOO:print", []string{"sep", "end", "file", "flush"}, &sepObj, &endObj, &file, &flush); err != nil {
			return nil, err
		}
		sep, end := " ", "\n"
		if s, ok := sepObj.(py.String); ok {
			sep = string(s)
		} else if sepObj != py.None {
			return nil, py.ExceptionNewf(py.TypeError, "sep must be None or a string, not %s", sepObj.Type().Name)
		}
		if s, ok := endObj.(py.String); ok {
			end = string(s)
		} else if endObj != py.None {
			return nil, py.ExceptionNewf(py.TypeError, "end must be None or a string, not %s", endObj.Type().Name)
		}
		if file == py.None {
			m, ok := self.(*py.Module)
			if !ok {
				return nil, py.ExceptionNewf(py.RuntimeError, "print: no interpreter")
			}
			sys, err := m.Context.GetModule("sys")
			if err != nil {
				return nil, err
			}
			file = sys.Globals["stdout"]
		}
		var b strings.Builder
		for i, a := range args {
			if i > 0 {
				b.WriteString(sep)
			}
			s, err := Str(a)
			if err != nil {
				return nil, err
			}
			b.WriteString(s)
		}
		b.WriteString(end)
		write, err := py.GetAttrString(file, "write")
		if err != nil {
			return nil, err
		}
		if _, err := py.Call(write, py.Tuple{py.String(b.String())}, nil); err != nil {
			return nil, err
		}
		if flush == py.True {
			if f, err := py.GetAttrString(file, "flush"); err == nil {
				if _, err := py.Call(f, nil, nil); err != nil {
					return nil, err
				}
			}
		}
		return py.None, nil
	}, "print(value, ..., sep=' ', end='\\n', file=sys.stdout, flush=False)")
}
