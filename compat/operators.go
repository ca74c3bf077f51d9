package compat

// operators.go gives instances of Python classes their operator dunders.
// gpython dispatches operators through Go interfaces only, and every
// instance of a Python class is the same Go type (*py.Type), so `a + b`
// with a class defining __add__ raised "unsupported operand type(s)",
// `if obj:` ignored __bool__/__len__, and calling an instance with
// __call__ failed ("cannot create '' instances").
//
//   - Binary and in-place operators (+ - * / // % ** << >> & | ^) are
//     rewritten to call binaryOp, which tries a.__op__(b), then
//     b.__rop__(a) as CPython does (in place: a.__iop__(b) first), and
//     leaves everything else to gpython.
//   - Unary -, +, ~ and `not`, and the truth tests of if/while/and/or, use
//     __neg__/__pos__/__invert__ and __bool__ then __len__. A truth test
//     right after a comparison is left alone (it is already a bool).
//   - An instance of a class with __call__ is callable.
//   - Classes: a metaclass's __call__ runs for cls(...) (type.__call__,
//     reached by super().__call__, does __new__ then __init__); the
//     metaclass's own __init__ is not taken for the instances'; type()
//     checks its arguments ("type() takes 1 or 3 arguments", "type.__new__()
//     argument 2 must be tuple, not int").

import (
	"github.com/go-python/gpython/py"
)

// binary operator opcodes with their dunder names and gpython function.
type binOp struct {
	name, rname, iname string
	fn                 func(a, b py.Object) (py.Object, error)
	inplace            bool
	method             *py.Method // what rewritten code calls
}

var binOps = map[byte]*binOp{}

func init() {
	type def struct {
		op, iop byte
		name    string
		fn, ifn func(a, b py.Object) (py.Object, error)
	}
	pow2 := func(a, b py.Object) (py.Object, error) { return py.Pow(a, b, py.None) }
	ipow2 := func(a, b py.Object) (py.Object, error) { return py.IPow(a, b, py.None) }
	for _, d := range []def{
		{23, 55, "add", Add, IAdd},
		{24, 56, "sub", py.Sub, py.ISub},
		{20, 57, "mul", py.Mul, IMul},
		{27, 29, "truediv", py.TrueDiv, py.ITrueDiv},
		{26, 28, "floordiv", py.FloorDiv, py.IFloorDiv},
		{19, 67, "pow", pow2, ipow2},
		{62, 75, "lshift", py.Lshift, py.ILshift},
		{63, 76, "rshift", py.Rshift, py.IRshift},
		{64, 77, "and", py.And, py.IAnd},
		{65, 78, "xor", py.Xor, py.IXor},
		{66, 79, "or", py.Or, py.IOr},
	} {
		n := "__" + d.name + "__"
		r := "__r" + d.name + "__"
		i := "__i" + d.name + "__"
		binOps[d.op] = &binOp{name: n, rname: r, iname: i, fn: d.fn}
		binOps[d.iop] = &binOp{name: n, rname: r, iname: i, fn: d.ifn, inplace: true}
	}
	for _, op := range binOps {
		simple := op.name == "__add__" || op.name == "__sub__" || op.name == "__mul__"
		op.method = py.MustNewMethod("__gowsgi_op__", func(self py.Object, args py.Tuple) (py.Object, error) {
			if simple && plainNumbers(args[0], args[1]) {
				if r, err := op.fn(args[0], args[1]); err == nil {
					return r, nil // what the rest comes to for them
				}
			}
			if x, y, ok, err := bigFloatOperands(args[0], args[1]); ok && op.arith() {
				if err != nil {
					return nil, err
				}
				args = py.Tuple{x, y}
			}
			if op.name == "__floordiv__" && isFloatOperand(args[0], args[1]) {
				if floatByZero(args[0], args[1]) {
					// gpython's float // 0 gave inf or nan
					return nil, py.ExceptionNewf(py.ZeroDivisionError, "float floor division by zero")
				}
				if x, ok := realValue(args[0]); ok {
					if y, ok := realValue(args[1]); ok {
						q, _ := floatDivmod(x, y)
						return py.Float(q), nil
					}
				}
			}
			if op.name == "__pow__" {
				if r, ok, err := floatPow(args[0], args[1]); ok {
					return r, err
				}
				if zeroToNegative(args[0], args[1]) {
					return nil, py.ExceptionNewf(py.ZeroDivisionError, "0.0 cannot be raised to a negative power")
				}
			}
			if op.name == "__truediv__" {
				if r, ok, err := intTrueDiv(args[0], args[1]); ok {
					return r, err
				}
			}
			if r, ok, err := complexBinary(op.name, args[0], args[1]); ok {
				return r, err
			}
			if op.name == "__lshift__" || op.name == "__rshift__" {
				if r, ok, err := bigShift(op.name, args[0], args[1]); ok {
					return r, err
				}
			}
			if op.name == "__or__" {
				if u, ok := typeUnion(args[0], args[1]); ok {
					return u, nil
				}
			}
			if op.name == "__and__" || op.name == "__or__" || op.name == "__xor__" {
				if x, ok := args[0].(py.Bool); ok {
					if y, ok := args[1].(py.Bool); ok {
						switch op.name {
						case "__and__":
							return py.NewBool(bool(x) && bool(y)), nil
						case "__or__":
							return py.NewBool(bool(x) || bool(y)), nil
						}
						return py.NewBool(x != y), nil
					}
				}
			}
			r, err := op.call(args[0], args[1])
			if err != nil && op.name == "__mul__" && (isTypeError(err) || isTypeErrorInfo(err)) {
				if r2, ok, err2 := repeatByIndex(args[0], args[1], op); ok {
					return r2, err2 // 'ab' * obj with __index__
				}
			}
			if err != nil {
				err = binaryTypeError(op, args[0], args[1], zeroDivision(err, op.name, args[0], args[1]))
			}
			return r, err
		}, 0, "a <op> b (compat)")
	}
	typeNew := py.TypeType.New
	py.TypeType.Flags |= py.TPFLAGS_BASETYPE // metaclasses
	py.TypeType.New = func(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var slots py.Object
		var classKw py.StringDict
		var order []string // the namespace's key order (classorder.go)
		if len(args) == 2 || len(args) > 3 {
			return nil, py.ExceptionNewf(py.TypeError, "type() takes 1 or 3 arguments")
		}
		if len(args) == 3 {
			for i, want := range []*py.Type{py.StringType, py.TupleType, DictType} {
				ok := false
				switch args[i].(type) {
				case py.String:
					ok = i == 0
				case py.Tuple:
					ok = i == 1
				case *Dict, py.StringDict, *liveDict:
					ok = i == 2
				}
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "type.__new__() argument %d must be %s, not %s", i+1, want.Name, args[i].Type().Name)
				}
			}
			// the bases may be a slice of the caller's value stack: copy
			// them, or the class's __bases__ changes as the stack is reused
			if bases, ok := args[1].(py.Tuple); ok {
				args = py.Tuple{args[0], append(py.Tuple{}, bases...), args[2]}
			}
			// class keywords (class C(Base, tag=1)) go to __init_subclass__
			for k, v := range kwargs {
				if k == "metaclass" {
					continue
				}
				if classKw == nil {
					classKw = py.StringDict{}
				}
				classKw[k] = v
			}
			kwargs = nil
			if d, ok := args[2].(*Dict); ok { // type(name, bases, {...})
				sd, err := d.StringDict()
				if err != nil {
					return nil, err
				}
				d.Range(func(k, _ py.Object) bool {
					if ks, ok := k.(py.String); ok {
						order = append(order, string(ks))
					}
					return true
				})
				args = py.Tuple{args[0], args[1], sd}
			}
			if sd, ok := args[2].(py.StringDict); ok {
				if _, has := sd["__module__"]; !has {
					// gpython prints a FIXME to stdout without it; CPython
					// takes the caller's module, most often __main__
					sd = sd.Copy()
					sd["__module__"] = py.String("__main__")
					args = py.Tuple{args[0], args[1], sd}
				}
				if _, has := sd["__doc__"]; !has {
					// every class has its own __doc__, None without a docstring
					// (an instance's __doc__ is its class's, not a base's)
					sd = sd.Copy()
					sd["__doc__"] = py.None
					args = py.Tuple{args[0], args[1], sd}
				}
				if _, eq := sd["__eq__"]; eq {
					if _, has := sd["__hash__"]; !has {
						// a class defining __eq__ but not __hash__ is unhashable
						// (its __hash__ is None), as CPython's type.__new__ makes it
						sd = sd.Copy()
						sd["__hash__"] = py.None
						args = py.Tuple{args[0], args[1], sd}
					}
				}
				for _, name := range []string{"__init_subclass__", "__class_getitem__"} {
					// implicitly classmethods, as CPython's type.__new__
					// makes them (super().__init_subclass__(...) binds cls)
					if fn, has := sd[name].(*py.Function); has {
						sd = sd.Copy()
						sd[name] = &py.ClassMethod{Callable: fn}
						args = py.Tuple{args[0], args[1], sd}
					}
				}
				if v, has := sd["__slots__"]; has {
					// gpython refuses __slots__; instances keep a __dict__ here
					slots = v
					sd = sd.Copy()
					delete(sd, "__slots__")
					args = py.Tuple{args[0], args[1], sd}
				}
			}
		}
		obj, err := typeNew(meta, args, kwargs)
		if err != nil && len(args) == 3 {
			err = classDefError(err, args[1]) // classdef.go
		}
		if cls, ok := obj.(*py.Type); ok && err == nil && order != nil {
			recordClassOrder(cls, order) // classorder.go
		}
		if cls, ok := obj.(*py.Type); ok && err == nil && len(args) == 3 {
			recordSubclass(cls) // classorder.go
		}
		if cls, ok := obj.(*py.Type); ok && err == nil && slots != nil {
			if err := setupSlots(cls, slots); err != nil {
				return nil, err
			}
		}
		if cls, ok := obj.(*py.Type); ok && err == nil && len(args) == 3 {
			if cls.New != nil {
				cls.New = wrapObjectNew(cls.New) // a new class (not type(x))
			}
			if isDictClass(cls) {
				cls.Init = initByMethod // gpython's ObjectInit skips Go-typed instances
			}
			if derivedBase(cls) != nil {
				cls.Init = derivedInit
			} else if !isDictClass(cls) {
				// gpython's ObjectInit also finds the metaclass's __init__,
				// and ignores what __init__ returns
				cls.Init = initByMethod
			}
			if metaCall(cls) != nil {
				cls.Init = noInit // the metaclass's __call__ decides (typeCall)
			}
			if cls.IsSubtype(py.TypeType) {
				// a metaclass: its classes get type's attribute lookup
				for _, name := range []string{"__getattribute__", "__setattr__", "__delattr__"} {
					if _, has := cls.Dict[name]; !has {
						cls.Dict[name] = py.TypeType.Dict[name]
					}
				}
			}
			if err := prepareClass(cls); err != nil {
				return nil, err
			}
			if err := initSubclass(cls, classKw); err != nil {
				return nil, err
			}
		}
		return obj, err
	}
}

// repeatByIndex is seq * n or n * seq where n is an instance of a class
// with __index__ (and neither operand multiplies itself): CPython repeats
// by n.__index__().
func repeatByIndex(a, b py.Object, op *binOp) (py.Object, bool, error) {
	seq, n := a, b
	if _, isInstance := userInstance(a); isInstance {
		seq, n = b, a
	}
	switch Unwrap(seq).(type) {
	case py.String, *py.List, py.Tuple, Bytes, *ByteArray:
	default:
		return nil, false, nil
	}
	if _, isInstance := userInstance(n); !isInstance || pyMethod(n, "__index__") == nil {
		return nil, false, nil
	}
	i, err := py.Index(n)
	if err != nil {
		return nil, true, err
	}
	r, err := op.call(seq, i)
	return r, true, err
}

// Add is a + b. gpython's tuple + tuple put the right tuple at the left
// one's length: (1, 2) + (3,) gave (1, 3, <nil>) and crashed its repr.
func Add(a, b py.Object) (py.Object, error) {
	if x, ok := a.(py.Tuple); ok {
		if y, ok := b.(py.Tuple); ok {
			out := make(py.Tuple, 0, len(x)+len(y))
			return append(append(out, x...), y...), nil
		}
	}
	r, err := py.Add(a, b)
	if err != nil {
		err = concatError(a, b, err)
	}
	return r, err
}

// concatError is CPython's message for str, list or tuple + another type.
func concatError(a, b py.Object, err error) error {
	switch a.(type) {
	case py.String, *py.List, py.Tuple:
		if a.Type() != b.Type() && (isTypeError(err) || isTypeErrorInfo(err)) {
			n := a.Type().Name
			return py.ExceptionNewf(py.TypeError, "can only concatenate %s (not \"%s\") to %s", n, b.Type().Name, n)
		}
	}
	return err
}

// IMul is a *= b: a list repeats in place.
func IMul(a, b py.Object) (py.Object, error) {
	if x, ok := a.(*py.List); ok {
		if _, ok := b.(py.Int); ok {
			r, err := py.Mul(a, b)
			if err != nil {
				return nil, err
			}
			x.Items = r.(*py.List).Items
			return x, nil
		}
	}
	return py.IMul(a, b)
}

// IAdd is a += b: a list extends in place by any iterable. str and
// tuple concatenate as with +.
func IAdd(a, b py.Object) (py.Object, error) {
	switch x := a.(type) {
	case *py.List:
		if y, ok := b.(*py.List); ok {
			x.Items = append(x.Items, y.Items...)
			return x, nil
		}
		var more []py.Object
		err := py.Iterate(b, func(o py.Object) bool {
			more = append(more, o)
			return false
		})
		if err != nil {
			if isTypeError(err) {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", b.Type().Name)
			}
			return nil, err
		}
		x.Items = append(x.Items, more...)
		return x, nil
	case py.Tuple, py.String:
		return Add(a, b)
	}
	return py.IAdd(a, b)
}

func (op *binOp) call(a, b py.Object) (py.Object, error) {
	ua, ub := hasPyClass(a), hasPyClass(b)
	if !ua && !ub {
		// bools are ints in arithmetic (gpython's bool has no operators)
		if x, ok := a.(py.Bool); ok {
			a = boolInt(x)
		}
		if y, ok := b.(py.Bool); ok {
			b = boolInt(y)
		}
		return op.fn(a, b)
	}
	if op.inplace {
		if r, ok, err := callDunder(a, op.iname, b); ok || err != nil {
			return r, err
		}
	}
	if r, ok, err := callDunder(a, op.name, b); ok || err != nil {
		return r, err
	}
	if r, ok, err := callDunder(b, op.rname, a); ok || err != nil {
		return r, err
	}
	if ua && ub && !isDerived(a) && !isDerived(b) {
		sym := opSymbols[op.name]
		if op.inplace {
			sym += "="
		}
		return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, typeName(a), typeName(b))
	}
	return op.fn(a, b)
}

// plainNumbers reports whether a and b are both ints (not big) or floats,
// for which +, - and * are gpython's own (the checks before and after
// it find nothing to do).
func plainNumbers(a, b py.Object) bool {
	switch a.(type) {
	case py.Int, py.Float:
		switch b.(type) {
		case py.Int, py.Float:
			return true
		}
	}
	return false
}

// arith reports whether op is arithmetic (not a shift or bitwise).
func (op *binOp) arith() bool {
	switch op.name {
	case "__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__":
		return true
	}
	return false
}

var opSymbols = map[string]string{
	"__add__": "+", "__sub__": "-", "__mul__": "*", "__truediv__": "/", "__floordiv__": "//",
	"__pow__": "** or pow()", "__mod__": "%", "__lshift__": "<<", "__rshift__": ">>", "__and__": "&", "__xor__": "^", "__or__": "|",
}

// boolAsInt is o, or the int a bool o stands for.
func boolAsInt(o py.Object) py.Object {
	if b, ok := o.(py.Bool); ok {
		return boolInt(b)
	}
	return o
}

// bigShift is a << n or a >> n when n does not fit in an int64 or is
// negative, which gpython refuses with "Python int too large to convert
// to int64": CPython's 7 >> 2**70 is 0 (-1 for a negative a), 0 << 2**70
// is 0, 1 << 2**70 is "OverflowError: too many digits in integer", and a
// negative count is "ValueError: negative shift count". ok is false for
// the shifts gpython does right.
func bigShift(name string, a, b py.Object) (py.Object, bool, error) {
	x, ok := toBig(Unwrap(a))
	if !ok {
		return nil, false, nil
	}
	n, ok := toBig(Unwrap(b))
	if !ok || n.IsInt64() && n.Sign() >= 0 {
		return nil, false, nil
	}
	switch {
	case n.Sign() < 0:
		return nil, true, py.ExceptionNewf(py.ValueError, "negative shift count")
	case name == "__rshift__" && x.Sign() < 0:
		return py.Int(-1), true, nil
	case name == "__rshift__" || x.Sign() == 0:
		return py.Int(0), true, nil
	}
	return nil, true, py.ExceptionNewf(py.OverflowError, "too many digits in integer")
}

func boolInt(b py.Bool) py.Object {
	if b {
		return py.Int(1)
	}
	return py.Int(0)
}

// callDunder calls self's class's method name with arg; ok is false when
// the class has none or it returned NotImplemented.
func callDunder(self py.Object, name string, args ...py.Object) (py.Object, bool, error) {
	fn := pyMethod(self, name)
	if fn == nil || fn == py.None {
		return nil, false, nil
	}
	res, err := py.Call(fn, append(py.Tuple{self}, args...), nil)
	if err != nil {
		return nil, true, err
	}
	if res == py.NotImplemented {
		return nil, false, nil
	}
	return res, true, nil
}

// Truth is bool(o) with __bool__ and __len__ of Python classes.
func Truth(o py.Object) (bool, error) {
	switch v := o.(type) {
	case py.Bool:
		return bool(v), nil
	case py.NoneType:
		return false, nil
	case py.Int:
		return v != 0, nil
	case py.String:
		return v != "", nil
	case py.Complex:
		return v != 0, nil
	}
	if hasPyClass(o) {
		if r, ok, err := callDunder(o, "__bool__"); ok || err != nil {
			if err != nil {
				return false, err
			}
			b, isBool := r.(py.Bool)
			if !isBool {
				return false, py.ExceptionNewf(py.TypeError, "__bool__ should return bool, returned %s", r.Type().Name)
			}
			return bool(b), nil
		}
		if r, ok, err := callDunder(o, "__len__"); ok || err != nil {
			if err != nil {
				return false, err
			}
			n, err := py.Index(r)
			if err != nil {
				return false, err
			}
			if n < 0 {
				return false, py.ExceptionNewf(py.ValueError, "__len__() should return >= 0")
			}
			return n != 0, nil
		}
		switch v := o.(type) {
		case *Derived:
			return Truth(v.val)
		case *Dict:
			return v.Len() > 0, nil // a dict subclass (OrderedDict, Counter …)
		case *NamedTuple:
			return len(v.items) > 0, nil
		}
		return true, nil
	}
	b, err := py.MakeBool(o)
	if err != nil {
		return false, err
	}
	return b == py.True, nil
}

var (
	truthFunc = py.MustNewMethod("__gowsgi_truth__", func(self py.Object, o py.Object) (py.Object, error) {
		if c, ok := o.(py.Complex); ok {
			return py.NewBool(c != 0), nil // gpython's own test says True for 0j
		}
		if !hasPyClass(o) {
			return o, nil // gpython's own test handles it
		}
		b, err := Truth(o)
		return py.NewBool(b), err
	}, 0, "truth value (compat)")
	notFunc = py.MustNewMethod("__gowsgi_not__", func(self py.Object, o py.Object) (py.Object, error) {
		b, err := Truth(o)
		return py.NewBool(!b), err
	}, 0, "not o (compat)")
	unaryFuncs = map[byte]*py.Method{
		opUnaryNegative: unary("__neg__", "unary -", py.Neg),
		opUnaryPositive: unary("__pos__", "unary +", py.Pos),
		opUnaryInvert:   unary("__invert__", "unary ~", py.Invert),
	}
)

func unary(name, sym string, fn func(py.Object) (py.Object, error)) *py.Method {
	return py.MustNewMethod("__gowsgi_unary__", func(self py.Object, o py.Object) (py.Object, error) {
		if r, ok, err := callDunder(o, name); ok || err != nil {
			return r, err
		}
		if b, ok := o.(py.Bool); ok {
			o = boolInt(b)
		}
		r, err := fn(o)
		if err != nil {
			return nil, unaryTypeError(sym, o, err)
		}
		return r, nil
	}, 0, "unary operator (compat)")
}

// wrapObjectNew makes every new instance of a Python class callable
// through its class's __call__ (gpython calls an instance's New field).
func wrapObjectNew(orig py.NewFunc) py.NewFunc {
	return func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if fn := metaCall(t); fn != nil {
			return py.Call(fn, append(py.Tuple{t}, args...), kwargs)
		}
		return newInstance(orig, t, args, kwargs)
	}
}

// metaCall is the __call__ a Python metaclass of cls defines, or nil.
func metaCall(cls *py.Type) py.Object {
	meta := cls.Type()
	if meta == py.TypeType || meta == nil || meta.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		return nil
	}
	for c := range mroTypes(meta) {
		if c.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			return nil
		}
		if fn, ok := c.Dict["__call__"]; ok {
			return fn
		}
	}
	return nil
}

// plainClass reports whether cls's bases are Python classes and object.
func plainClass(cls *py.Type) bool {
	for c := range mroTypes(cls) {
		if c != py.ObjectType && c.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			return false
		}
	}
	return true
}

func noInit(self py.Object, args py.Tuple, kwargs py.StringDict) error { return nil }

// typeCall is type.__call__(cls, *args, **kwargs): __new__ then __init__,
// what a metaclass's __call__ reaches through super().__call__.
func typeCall(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	self, args = unbound(self, args)
	cls, ok := self.(*py.Type)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '__call__' requires a 'type' object")
	}
	if metaCall(cls) == nil {
		return py.Call(cls, args, kwargs)
	}
	obj, err := newInstance(py.ObjectNew, cls, args, kwargs)
	if err != nil || !obj.Type().IsSubtype(cls) {
		return obj, err
	}
	init := initByMethod
	if derivedBase(cls) != nil {
		init = derivedInit
	}
	return obj, init(obj, args, kwargs)
}

// newInstance is a new class's New: a Python __new__, or the base's.
func newInstance(orig py.NewFunc, t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	{
		if fn := userNew(t); fn != nil {
			return py.Call(fn, append(py.Tuple{t}, args...), kwargs)
		}
		if t.IsSubtype(py.TypeType) { // a metaclass making a class
			return py.TypeType.New(t, args, kwargs)
		}
		if isDictClass(t) {
			return newBareInstance(t)
		}
		if isNamedTupleClass(t) {
			return namedTupleNew(t, args, kwargs)
		}
		if base := derivedBase(t); base != nil {
			return newDerived(t, base, args, kwargs)
		}
		if (len(args) > 0 || len(kwargs) > 0) && plainClass(t) {
			if init := lookupMro(t, "__init__"); init == nil || init == py.ObjectType.Dict["__init__"] {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes no arguments", t.Name)
			}
		}
		obj, err := orig(t, args, kwargs)
		if inst, ok := obj.(*py.Type); ok && err == nil && inst.Name == "" && inst.New == nil {
			inst.New = callInstance
		}
		return obj, err
	}
}

func init() {
	py.TypeType.Dict["__call__"] = py.MustNewMethod("__call__", typeCall, 0, "Call self as a function.")
	py.TypeType.Dict["__new__"] = &py.StaticMethod{Callable: py.MustNewMethod("__new__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "type.__new__(): not enough arguments")
		}
		meta, ok := args[0].(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "type.__new__(X): X is not a type object (%s)", args[0].Type().Name)
		}
		return py.TypeType.New(meta, args[1:], kwargs)
	}, 0, "Create and return a new object.")}
}

// initByMethod runs the __init__ found along self's class MRO.
func initByMethod(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	init := lookupMro(self.Type(), "__init__")
	if init == nil || len(args) == 0 && len(kwargs) == 0 && init == py.ObjectType.Dict["__init__"] {
		return nil // object.__init__(self) does nothing
	}
	var res py.Object
	var err error
	if fn, ok := init.(*py.Function); ok {
		res, err = callFunction(fn, append(py.Tuple{self}, args...), kwargs)
	} else {
		res, err = py.Call(init, append(py.Tuple{self}, args...), kwargs)
	}
	if err == nil && res != py.None && res != nil {
		return py.ExceptionNewf(py.TypeError, "__init__() should return None, not '%s'", typeName(res))
	}
	return err
}

func callInstance(inst *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	fn := lookupMro(inst.Type(), "__call__")
	if fn == nil {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not callable", inst.Type().Name)
	}
	return py.Call(fn, append(py.Tuple{inst}, args...), kwargs)
}

// abs(), pow() and divmod() with __abs__/__pow__/__divmod__/__rdivmod__ of
// Python classes (pow(x, y, m) calls x.__pow__(y, m)); abs(True) is 1.
func init() {
	setBuiltinFunc("abs", func(self py.Object, x py.Object) (py.Object, error) {
		if r, ok, err := callDunder(x, "__abs__"); ok || err != nil {
			return r, err
		}
		if b, ok := x.(py.Bool); ok {
			return boolInt(b), nil // abs(True) is 1
		}
		r, err := py.Abs(x)
		if err != nil {
			return nil, unaryTypeError("abs()", x, err)
		}
		return r, nil
	}, "abs(x) -> the absolute value of x")
	setBuiltinFunc("pow", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var base, exp py.Object
		var mod py.Object = py.None
		if err := py.ParseTupleAndKeywords(args, kwargs, "OO|O:pow", []string{"base", "exp", "mod"}, &base, &exp, &mod); err != nil {
			return nil, err
		}
		if mod == py.None {
			return py.Call(binOps[19].method, py.Tuple{base, exp}, nil) // as base ** exp
		}
		// three arguments: only base.__pow__(exp, mod), never __rpow__
		if r, ok, err := callDunder(base, "__pow__", exp, mod); ok || err != nil {
			return r, err
		}
		if hasPyClass(base) || hasPyClass(exp) || hasPyClass(mod) {
			return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", base.Type().Name, exp.Type().Name, mod.Type().Name)
		}
		for _, p := range []*py.Object{&base, &exp, &mod} {
			if b, ok := (*p).(py.Bool); ok {
				*p = boolInt(b)
			}
		}
		return numericPow3(base, exp, mod) // numbers.go
	}, "pow(base, exp, mod=None) -> base**exp, or base**exp % mod")
	setBuiltinFunc("divmod", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "divmod expected 2 arguments, got %d", len(args))
		}
		a, b := args[0], args[1]
		if r, ok, err := callDunder(a, "__divmod__", b); ok || err != nil {
			return r, err
		}
		if r, ok, err := callDunder(b, "__rdivmod__", a); ok || err != nil {
			return r, err
		}
		a, b = boolAsInt(a), boolAsInt(b) // divmod(True, True) is (1, 0)
		if x, y, ok, err := bigFloatOperands(a, b); ok {
			if err != nil {
				return nil, err
			}
			a, b = x, y
		}
		if isFloatOperand(a, b) {
			if x, ok := realValue(a); ok {
				if y, ok := realValue(b); ok && y != 0 {
					q, m := floatDivmod(x, y)
					return py.Tuple{py.Float(q), py.Float(m)}, nil
				}
			}
		}
		q, r, err := py.DivMod(a, b)
		if err != nil {
			return nil, zeroDivision(err, "divmod", a, b)
		}
		return py.Tuple{q, r}, nil
	}, "divmod(x, y) -> (x//y, x%y)")
}

// sum() adds with the + of compiled code (user __add__/__radd__, tuples).
func init() {
	add := binOps[23]
	setBuiltinFunc("sum", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var iterable py.Object
		var start py.Object = py.Int(0)
		if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:sum", []string{"iterable", "start"}, &iterable, &start); err != nil {
			return nil, err
		}
		switch start.(type) {
		case py.String:
			return nil, py.ExceptionNewf(py.TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
		case Bytes:
			return nil, py.ExceptionNewf(py.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
		}
		acc := start
		var addErr error
		err := py.Iterate(iterable, func(x py.Object) bool {
			acc, addErr = add.call(acc, x)
			return addErr != nil
		})
		if err != nil {
			return nil, err
		}
		return acc, addErr
	}, "sum(iterable, /, start=0) -> the sum of start and the iterable's items")
}

// initSubclass calls the __init_subclass__ a base of the new class cls
// defines (implicitly a classmethod, as in CPython) with the class
// statement's keywords; object's takes none.
func initSubclass(cls *py.Type, kwargs py.StringDict) error {
	for c := range mroBases(cls) {
		v, ok := c.Dict["__init_subclass__"]
		if !ok || v == objectInitSubclass {
			continue
		}
		var fn py.Object = v
		switch m := v.(type) {
		case *py.ClassMethod:
			fn = m.Callable
		case *py.StaticMethod:
			_, err := py.Call(m.Callable, nil, kwargs)
			return err
		}
		_, err := py.Call(fn, py.Tuple{cls}, kwargs)
		return err
	}
	if len(kwargs) > 0 {
		return py.ExceptionNewf(py.TypeError, "%s.__init_subclass__() takes no keyword arguments", cls.Name)
	}
	return nil
}

// objectInitSubclass is object.__init_subclass__ (for super() calls).
var objectInitSubclass = py.MustNewMethod("__init_subclass__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		name := "object"
		if t, ok := self.(*py.Type); ok {
			name = t.Name
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s.__init_subclass__() takes no keyword arguments", name)
	}
	return py.None, nil
}, 0, "This method is called when a class is subclassed.")

func init() {
	py.ObjectType.Dict["__init_subclass__"] = objectInitSubclass
	if typeInit := py.TypeType.Init; typeInit != nil {
		py.TypeType.Init = func(self py.Object, args py.Tuple, kwargs py.StringDict) error {
			return typeInit(self, args, nil) // class keywords went to __init_subclass__
		}
	}
}
