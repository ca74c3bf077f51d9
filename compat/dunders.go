package compat

// dunders.go gives the built-in types their special methods as attributes.
// gpython implements `1 + 2`, `len(s)` or `x in l` with Go methods, and
// shows those to Python only through reflection on an instance, where
// several signatures fail ("unknown bound method type for __index__");
// the types themselves had none: str.__add__, int.__lt__,
// list.__getitem__, object.__str__ raised AttributeError, so subclasses
// calling the base's method (`str.__add__(self, other)`, a common idiom
// next to super()) failed.
//
// As in CPython:
//   - each built-in type has the special methods CPython's has (the table
//     below), reachable through the type and its subclasses
//     (int.__add__(1, 2), typeattr.go) and on instances (x.__len__();
//     rewritten code, see opcodes.go, looks a special method of a built-in
//     value up here first);
//   - a binary method given an operand of a type it does not handle
//     returns NotImplemented ((1).__add__('x')) instead of raising, and
//     the reflected ones (__radd__) swap the operands;
//   - x.__name__ of a special method the value's type lacks raises
//     AttributeError ('a'.__iadd__), where gpython found its Go method;
//   - NotImplemented prints as NotImplemented;
//   - __format__, __round__, __floor__, __ceil__, __trunc__, __index__ take
//     CPython's arguments.

import (
	"math"

	"github.com/go-python/gpython/py"
)

// notImplementedType is the type of NotImplemented. gpython's
// NotImplemented was a NotImplementedError instance, printed as
// "NotImplementedError()"; it is replaced at init by a singleton whose
// repr is "NotImplemented", as CPython's.
var notImplementedType = py.NewType("NotImplementedType", "")

type notImplementedObject struct{}

func (notImplementedObject) Type() *py.Type { return notImplementedType }
func (notImplementedObject) M__repr__() (py.Object, error) {
	return py.String("NotImplemented"), nil
}

func init() {
	py.NotImplemented = notImplementedObject{}
	builtinsImpl().Globals["NotImplemented"] = py.NotImplemented
}

// dunderImpl is one special method: self is the built-in value.
type dunderImpl func(self py.Object, args py.Tuple) (py.Object, error)

// builtinDunders holds the special methods of the built-in types, by type
// and name. They are not put into the types' dicts: gpython treats a
// class like an instance there (len(list), list[int] and str(list) look
// "__len__", "__getitem__", "__str__" up in list's own dict, and would
// call these with the class).
var builtinDunders = map[*py.Type]map[string]*py.Method{}

// builtinDunder is the special method name of built-in type t, or of the
// first built-in type along t's MRO (for a class derived from one) when no
// class before it defines name.
func builtinDunder(t *py.Type, name string) *py.Method {
	for c := range mroTypes(t) {
		if _, has := c.Dict[name]; has {
			return nil
		}
		if m := builtinDunders[c][name]; m != nil {
			return m
		}
	}
	return nil
}

func arity(name string, args py.Tuple, min, max int) error {
	if len(args) < min || len(args) > max {
		if min == max {
			return py.ExceptionNewf(py.TypeError, "expected %d argument%s, got %d", min, plural(min), len(args))
		}
		return py.ExceptionNewf(py.TypeError, "%s expected at most %d arguments, got %d", name, max, len(args))
	}
	return nil
}

// foreign reports whether o is an instance of a Python class (not a
// subclass of a built-in type): a built-in's binary method leaves those
// to the other operand's reflected method.
func foreign(o py.Object) bool {
	_, ok := userInstance(o)
	return ok
}

// asNotImplemented turns a TypeError from applying an operator into
// NotImplemented, what a built-in's binary method returns for operands it
// does not handle.
func asNotImplemented(r py.Object, err error) (py.Object, error) {
	if err != nil {
		if isTypeError(err) || isTypeErrorInfo(err) {
			return py.NotImplemented, nil
		}
		return nil, err
	}
	return r, nil
}

func binaryDunder(name string, fn func(a, b py.Object) (py.Object, error), reflected bool) dunderImpl {
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := arity(name, args, 1, 1); err != nil {
			return nil, err
		}
		other := args[0]
		if foreign(other) || numberMismatch(self, other) {
			return py.NotImplemented, nil
		}
		if reflected {
			return asNotImplemented(fn(other, self))
		}
		return asNotImplemented(fn(self, other))
	}
}

// numberRank orders the numeric types by what they can compare with: an
// int's methods know ints and bools, a float's floats too, a complex's all
// three. 0: not a number.
func numberRank(o py.Object) int {
	switch Unwrap(o).(type) {
	case py.Int, *py.BigInt, py.Bool:
		return 1
	case py.Float:
		return 2
	case py.Complex:
		return 3
	}
	return 0
}

// numberMismatch reports whether a number's arithmetic method leaves
// other to other's reflected method: int.__add__(1, 1.5) and
// int.__mul__(3, 'ab') are NotImplemented (float.__radd__ and
// str.__rmul__ answer), float.__add__(1.5, 1) is not.
func numberMismatch(self, other py.Object) bool {
	r := numberRank(self)
	if r == 0 {
		return false
	}
	o := numberRank(other)
	return o == 0 || o > r
}

// comparable reports whether a built-in's comparison method decides for
// other rather than returning NotImplemented (int.__eq__(1, 1.0) does not:
// float.__eq__ answers).
func comparable(self, other py.Object) bool {
	if r, o := numberRank(self), numberRank(other); r > 0 && o > 0 {
		return o <= r
	}
	a, b := Unwrap(self).Type(), Unwrap(other).Type()
	return a == b || a.IsSubtype(b) || b.IsSubtype(a)
}

func compareDunder(name string, op int) dunderImpl {
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := arity(name, args, 1, 1); err != nil {
			return nil, err
		}
		other := args[0]
		if foreign(other) || !comparable(self, other) {
			return py.NotImplemented, nil
		}
		switch op {
		case cmpEQ:
			return EqualObject(self, other)
		case cmpNE:
			return NotEqualObject(self, other)
		}
		return asNotImplemented(Compare(op, self, other))
	}
}

func unaryDunder(name string, fn func(o py.Object) (py.Object, error)) dunderImpl {
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", name, len(args))
		}
		return fn(self)
	}
}

// dunderTable is every special method given to built-in types, by name.
func dunderTable() map[string]dunderImpl {
	t := map[string]dunderImpl{}
	for _, op := range binOps {
		// the operator's compat implementation (bool & bool is a bool,
		// float // float, big floats...), not gpython's bare function
		method := op.method
		fn := func(a, b py.Object) (py.Object, error) { return method.Call(nil, py.Tuple{a, b}) }
		if op.inplace {
			t[op.iname] = binaryDunder(op.iname, fn, false)
			continue
		}
		t[op.name] = binaryDunder(op.name, fn, false)
		t[op.rname] = binaryDunder(op.rname, fn, true)
	}
	t["__mod__"] = binaryDunder("__mod__", Modulo, false)
	t["__rmod__"] = binaryDunder("__rmod__", Modulo, true)
	divmod := func(a, b py.Object) (py.Object, error) {
		q, r, err := py.DivMod(a, b)
		if err != nil {
			return nil, err
		}
		return py.Tuple{q, r}, nil
	}
	t["__divmod__"] = binaryDunder("__divmod__", divmod, false)
	t["__rdivmod__"] = binaryDunder("__rdivmod__", divmod, true)
	pow3 := func(name string, reflected bool) dunderImpl {
		return func(self py.Object, args py.Tuple) (py.Object, error) {
			if err := arity(name, args, 1, 2); err != nil {
				return nil, err
			}
			mod := py.Object(py.None)
			if len(args) == 2 {
				mod = args[1]
			}
			if foreign(args[0]) || numberMismatch(self, args[0]) {
				return py.NotImplemented, nil
			}
			if reflected {
				return asNotImplemented(py.Pow(args[0], self, mod))
			}
			return asNotImplemented(py.Pow(self, args[0], mod))
		}
	}
	t["__pow__"], t["__rpow__"] = pow3("__pow__", false), pow3("__rpow__", true)
	for name, op := range map[string]int{"__lt__": cmpLT, "__le__": cmpLE, "__eq__": cmpEQ, "__ne__": cmpNE, "__gt__": cmpGT, "__ge__": cmpGE} {
		t[name] = compareDunder(name, op)
	}
	t["__neg__"] = unaryDunder("__neg__", py.Neg)
	t["__pos__"] = unaryDunder("__pos__", py.Pos)
	t["__abs__"] = unaryDunder("__abs__", py.Abs)
	t["__invert__"] = unaryDunder("__invert__", py.Invert)
	t["__bool__"] = unaryDunder("__bool__", func(o py.Object) (py.Object, error) {
		b, err := Truth(o)
		return py.NewBool(b), err
	})
	t["__len__"] = unaryDunder("__len__", py.Len)
	t["__reversed__"] = unaryDunder("__reversed__", func(o py.Object) (py.Object, error) {
		return builtinMethod("reversed").Call(nil, py.Tuple{o})
	})
	t["__iter__"] = unaryDunder("__iter__", iterOf)
	t["__hash__"] = unaryDunder("__hash__", func(o py.Object) (py.Object, error) {
		h, err := Hash(o)
		return py.Int(h), err
	})
	t["__str__"] = unaryDunder("__str__", func(o py.Object) (py.Object, error) {
		var r string
		var err error
		if _, isInstance := userInstance(o); isInstance {
			r, err = Repr(o) // object.__str__ of an instance: its repr
		} else {
			r, err = Str(o)
		}
		if err != nil {
			return nil, err
		}
		return py.String(r), nil
	})
	t["__index__"] = unaryDunder("__index__", func(o py.Object) (py.Object, error) { return py.Index(o) })
	t["__int__"] = unaryDunder("__int__", func(o py.Object) (py.Object, error) { return py.Call(py.IntType, py.Tuple{o}, nil) })
	t["__float__"] = unaryDunder("__float__", func(o py.Object) (py.Object, error) { return py.Call(py.FloatType, py.Tuple{o}, nil) })
	rounding := func(name string, f func(float64) float64) dunderImpl {
		return unaryDunder(name, func(o py.Object) (py.Object, error) {
			if x, ok := Unwrap(o).(py.Float); ok {
				v := f(float64(x))
				if math.IsInf(v, 0) {
					return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
				}
				if math.IsNaN(v) {
					return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
				}
				return py.Call(py.IntType, py.Tuple{py.Float(v)}, nil)
			}
			return py.Index(o)
		})
	}
	t["__floor__"] = rounding("__floor__", math.Floor)
	t["__ceil__"] = rounding("__ceil__", math.Ceil)
	t["__trunc__"] = rounding("__trunc__", math.Trunc)
	t["__round__"] = func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := arity("__round__", args, 0, 1); err != nil {
			return nil, err
		}
		round := builtinMethod("round")
		if round == nil {
			return nil, py.ExceptionNewf(py.SystemError, "round is missing")
		}
		return round.Call(nil, append(py.Tuple{self}, args...))
	}
	t["__format__"] = func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := arity("__format__", args, 1, 1); err != nil {
			return nil, err
		}
		spec, ok := args[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "argument to __format__ must be str, not %s", args[0].Type().Name)
		}
		s, err := FormatValue(self, string(spec))
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	}
	// object.__format__: str(self) for an empty spec, else CPython's error
	t["__objformat__"] = func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := arity("__format__", args, 1, 1); err != nil {
			return nil, err
		}
		spec, ok := args[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "argument to __format__ must be str, not %s", args[0].Type().Name)
		}
		if spec != "" {
			return nil, py.ExceptionNewf(py.TypeError, "unsupported format string passed to %s.__format__", self.Type().Name)
		}
		return t["__str__"](self, nil)
	}
	t["__contains__"] = func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := arity("__contains__", args, 1, 1); err != nil {
			return nil, err
		}
		in, err := Contains(self, args[0])
		return py.NewBool(in), err
	}
	t["__getitem__"] = func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := arity("__getitem__", args, 1, 1); err != nil {
			return nil, err
		}
		return seqGetItem(self, args[0])
	}
	t["__setitem__"] = func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := arity("__setitem__", args, 2, 2); err != nil {
			return nil, err
		}
		return py.None, seqSetItem(self, args[0], args[1])
	}
	t["__delitem__"] = func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := arity("__delitem__", args, 1, 1); err != nil {
			return nil, err
		}
		return py.None, seqDelItem(self, args[0])
	}
	return t
}

// builtinMethod is the builtins module's function name.
func builtinMethod(name string) *py.Method {
	for _, m := range builtinsImpl().Methods {
		if m.Name == name {
			return m
		}
	}
	return nil
}

// dunderNames lists, per built-in type, the special methods CPython's has
// that the table provides (CPython 3.11's dir()).
var dunderNames = map[*py.Type]string{
	py.StringType: "__add__ __contains__ __eq__ __format__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __rmod__ __rmul__ __str__",
	py.BytesType:  "__add__ __contains__ __eq__ __format__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __rmod__ __rmul__ __str__",
	py.ListType:   "__add__ __contains__ __delitem__ __eq__ __format__ __ge__ __getitem__ __gt__ __iadd__ __imul__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __reversed__ __rmul__ __setitem__ __str__",
	py.TupleType:  "__add__ __contains__ __eq__ __format__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __rmul__ __str__",
	SetType:       "__and__ __contains__ __eq__ __format__ __ge__ __gt__ __iand__ __ior__ __isub__ __iter__ __ixor__ __le__ __len__ __lt__ __ne__ __or__ __rand__ __ror__ __rsub__ __rxor__ __str__ __sub__ __xor__",
	FrozenSetType: "__and__ __contains__ __eq__ __format__ __ge__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __ne__ __or__ __rand__ __ror__ __rsub__ __rxor__ __str__ __sub__ __xor__",
	py.IntType:    intDunders,
	py.BigIntType: intDunders,
	py.BoolType:   intDunders,
	py.FloatType:  "__abs__ __add__ __bool__ __ceil__ __divmod__ __eq__ __float__ __floor__ __floordiv__ __format__ __ge__ __gt__ __hash__ __int__ __le__ __lt__ __mod__ __mul__ __ne__ __neg__ __pos__ __pow__ __radd__ __rdivmod__ __rfloordiv__ __rmod__ __rmul__ __round__ __rpow__ __rsub__ __rtruediv__ __str__ __sub__ __truediv__ __trunc__",
	py.RangeType:  "__bool__ __contains__ __eq__ __format__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __ne__ __str__",
	DictType:      "__contains__ __delitem__ __eq__ __format__ __getitem__ __ior__ __iter__ __len__ __ne__ __or__ __reversed__ __setitem__ __str__",
	ByteArrayType: "__add__ __contains__ __delitem__ __eq__ __format__ __ge__ __getitem__ __gt__ __iadd__ __imul__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __rmod__ __rmul__ __setitem__ __str__",
	py.ObjectType: "__str__ __format__",
}

const intDunders = "__abs__ __add__ __and__ __bool__ __ceil__ __divmod__ __eq__ __float__ __floor__ __floordiv__ __format__ __ge__ __gt__ __hash__ __index__ __int__ __invert__ __le__ __lshift__ __lt__ __mod__ __mul__ __ne__ __neg__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __str__ __sub__ __truediv__ __trunc__ __xor__"

// installDunders fills builtinDunders from the table, leaving out those
// the type's dict (gpython's or compat's) has already. Run from
// finishTypes, after the types' other methods are in place.
func installDunders() {
	table := dunderTable()
	for typ, names := range dunderNames {
		builtinDunders[typ] = map[string]*py.Method{}
		for _, name := range splitFields(names) {
			if _, has := typ.Dict[name]; has {
				continue
			}
			impl := table[name]
			if typ == py.ObjectType && name == "__format__" {
				impl = table["__objformat__"]
			}
			if impl == nil {
				panic("compat: no special method " + name)
			}
			name, typ := name, typ
			builtinDunders[typ][name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
				self, args = unbound(self, args)
				if self == nil {
					return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' of '%s' object needs an argument", name, typ.Name)
				}
				return impl(self, args)
			}, 0, "")
		}
	}
}

func splitFields(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

// loadDunder is `obj.name` for a special method name: a built-in value's
// comes from its type's dict (so that every one exists and binds as in
// CPython), anything else's from ordinary attribute lookup.
func loadDunder(obj py.Object, name string) (py.Object, error) {
	if e, ok := obj.(*py.Exception); ok {
		// gpython answers e.__str__/e.__repr__ with its Go methods even
		// when the exception's class defines them in Python
		if fn, ok := exceptionMethod(e, name).(*py.Function); ok {
			return fn.M__get__(e, e.Base)
		}
	}
	if _, isSuper := obj.(*superObj); (name == "__repr__" || name == "__str__") && !isSuper {
		if t, isType := obj.(*py.Type); !isType || t.Name == "" {
			if _, isPy := lookupMro(obj.Type(), name).(*py.Function); !isPy {
				// a built-in repr or str: compat's, not gpython's Go method
				if name == "__str__" {
					return py.NewBoundMethod(obj, strDunder), nil
				}
				return py.NewBoundMethod(obj, reprDunder), nil
			}
		}
	}
	base := obj
	if d, ok := obj.(*Derived); ok {
		if _, own := d.attrs[name]; own || d.override(name) != nil {
			return py.GetAttrString(obj, name)
		}
		base = d.val // the built-in base's method, acting on the value
	}
	tbl := builtinDunders[base.Type()]
	if m := tbl[name]; m != nil {
		return py.NewBoundMethod(base, m), nil
	}
	if tbl != nil && base.Type() != py.ObjectType && !objectDunders[name] && lookupMro(base.Type(), name) == nil {
		// not a special method of this type: gpython would find its Go
		// method ('a'.__iadd__)
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", base.Type().Name, name)
	}
	return py.GetAttrString(obj, name)
}

// objectDunders are the special methods every object has from object.
var objectDunders = map[string]bool{"__repr__": true, "__eq__": true, "__ne__": true, "__lt__": true, "__le__": true, "__gt__": true, "__ge__": true,
	"__hash__": true, "__str__": true, "__format__": true}

// dunderLoads holds, for every special method name of the table, the
// function rewritten `x.name` loads call (opcodes.go).
var dunderLoads = map[string]*py.Method{}

func init() {
	for _, names := range append(mapValues(dunderNames), "__repr__") {
		for _, name := range splitFields(names) {
			if dunderLoads[name] != nil {
				continue
			}
			name := name
			dunderLoads[name] = py.MustNewMethod(name, func(_ py.Object, obj py.Object) (py.Object, error) {
				return loadDunder(obj, name)
			}, 0, "obj."+name+" (compat)")
		}
	}
}

func isTypeErrorInfo(err error) bool {
	e, ok := err.(py.ExceptionInfo)
	return ok && e.Type != nil && e.Type.IsSubtype(py.TypeError)
}

func mapValues(m map[*py.Type]string) []string {
	out := make([]string, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

// reprDunder and strDunder are a built-in object's __repr__ and __str__.
var (
	reprDunder = textDunder("__repr__", "Return repr(self).", Repr)
	strDunder  = textDunder("__str__", "Return str(self).", Str)
)

func textDunder(name, doc string, text func(py.Object) (string, error)) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 0 arguments, got %d", len(args))
		}
		r, err := text(self)
		return py.String(r), err
	}, 0, doc)
}
