package compat

// builtins.go replaces and adds builtins. gpython's builtins module is one
// py.ModuleImpl from which every interpreter instantiates its own module, so
// changing the impl at init changes every interpreter created afterwards.
//
//   - isinstance / issubclass follow the MRO (gpython compares types for
//     identity: isinstance(C(), Base) was False) and accept tuples, nested
//     tuples, unions (int | None), and bool as an int as CPython does.
//   - RecursionError is added (see runtime.go), and StopAsyncIteration
//     (an Exception) and EncodingWarning (a Warning).
//   - bool(x) works (gpython: "cannot create 'bool' instances").

import (
	"github.com/go-python/gpython/py"
)

// builtinsImpl is the builtins module implementation every context copies.
func builtinsImpl() *py.ModuleImpl {
	impl := py.GetModuleImpl("builtins")
	if impl == nil {
		panic("compat: gpython's builtins module is not registered")
	}
	return impl
}

// setBuiltinFunc installs (or replaces) the builtin function name.
func setBuiltinFunc(name string, fn any, doc string) {
	SetModuleMethod(builtinsImpl(), py.MustNewMethod(name, fn, 0, doc))
}

// SetModuleMethod installs m in a module implementation, replacing a
// method of the same name.
func SetModuleMethod(impl *py.ModuleImpl, m *py.Method) {
	for i, old := range impl.Methods {
		if old.Name == m.Name {
			impl.Methods[i] = m
			return
		}
	}
	impl.Methods = append(impl.Methods, m)
}

// setBuiltin installs a builtin value (a type, an exception class).
func setBuiltin(name string, obj py.Object) {
	impl := builtinsImpl()
	if impl.Globals == nil {
		impl.Globals = py.StringDict{}
	}
	impl.Globals[name] = obj
}

func init() {
	// gpython's type for ints beyond 64 bits is called int, as the only
	// int type of CPython is
	py.BigIntType.Name = "int"
	py.BigIntType.Base = py.IntType
	py.BigIntType.Mro = py.Tuple{py.BigIntType, py.IntType, py.ObjectType}
	// bool derives from int, as in CPython (gpython: bool -> object)
	py.BoolType.Base = py.IntType
	py.BoolType.Bases = py.Tuple{py.IntType}
	py.BoolType.Mro = py.Tuple{py.BoolType, py.IntType, py.ObjectType}
	py.BoolType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var x py.Object = py.False
		if err := py.UnpackTuple(args, kwargs, "bool", 0, 1, &x); err != nil {
			return nil, err
		}
		b, err := Truth(x)
		return py.NewBool(b), err
	}
	setBuiltin("RecursionError", RecursionError)
	setBuiltin("StopAsyncIteration", NewExceptionType(py.ExceptionType, "StopAsyncIteration", "Signal the end from iterator.__anext__()."))
	setBuiltin("EncodingWarning", NewExceptionType(py.Warning, "EncodingWarning", "Base class for warnings about encodings."))
	setBuiltinFunc("isinstance", func(self py.Object, args py.Tuple) (py.Object, error) {
		var obj, cls py.Object
		if err := py.UnpackTuple(args, nil, "isinstance", 2, 2, &obj, &cls); err != nil {
			return nil, err
		}
		ok, err := isInstance(obj, cls)
		return py.NewBool(ok), err
	}, "isinstance(obj, class_or_tuple) -> bool")
	setBuiltinFunc("issubclass", func(self py.Object, args py.Tuple) (py.Object, error) {
		var sub, cls py.Object
		if err := py.UnpackTuple(args, nil, "issubclass", 2, 2, &sub, &cls); err != nil {
			return nil, err
		}
		t, ok := sub.(*py.Type)
		if _, isInstance := userInstance(sub); !ok || isInstance {
			return nil, py.ExceptionNewf(py.TypeError, "issubclass() arg 1 must be a class")
		}
		ok, err := isSubclass(t, cls, "issubclass")
		return py.NewBool(ok), err
	}, "issubclass(cls, class_or_tuple) -> bool")
}

// isInstance is isinstance(obj, cls).
func isInstance(obj, cls py.Object) (bool, error) {
	if r, ok, err := metaCheck(cls, "__instancecheck__", obj); ok || err != nil {
		return r, err
	}
	t := obj.Type()
	switch t { // gpython's own containers count as compat's
	case py.StringDictType:
		t = DictType
	case py.SetType:
		t = SetType
	case py.FrozenSetType:
		t = FrozenSetType
	case py.BigIntType:
		t = py.IntType // gpython's big ints are ints
	}
	return isSubclass(t, cls, "isinstance")
}

// metaCheck asks a Python metaclass's __instancecheck__/__subclasscheck__
// (abc.ABCMeta's); ok is false when cls's metaclass has none.
func metaCheck(cls py.Object, name string, arg py.Object) (bool, bool, error) {
	c, isType := cls.(*py.Type)
	if !isType {
		return false, false, nil
	}
	meta := c.Type()
	if meta == nil || meta == py.TypeType || meta.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		return false, false, nil
	}
	fn := lookupMro(meta, name)
	if fn == nil {
		return false, false, nil
	}
	r, err := py.Call(fn, py.Tuple{cls, arg}, nil)
	if err != nil {
		return false, true, err
	}
	b, err := Truth(r)
	return b, true, err
}

// isSubclass reports whether t is cls or derives from it; cls may be a tuple
// of classes (nested tuples too).
func isSubclass(t *py.Type, cls py.Object, fn string) (bool, error) {
	if fn == "issubclass" {
		if r, ok, err := metaCheck(cls, "__subclasscheck__", t); ok || err != nil {
			return r, err
		}
	}
	switch c := cls.(type) {
	case py.Tuple:
		for _, item := range c {
			ok, err := isSubclass(t, item, fn)
			if ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	case *py.Type:
		if t == c || t.IsSubtype(c) {
			return true, nil
		}
		// bool is an int in CPython; gpython's bool type does not say so.
		if c == py.IntType && (t == py.BoolType || t.IsSubtype(py.BoolType)) {
			return true, nil
		}
		return false, nil
	case *UnionType: // int | None (generic.go)
		return isSubclass(t, c.args, fn)
	}
	if fn == "isinstance" {
		return false, py.ExceptionNewf(py.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
	}
	return false, py.ExceptionNewf(py.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

func init() {
	setBuiltinFunc("callable", func(self py.Object, arg py.Object) (py.Object, error) {
		if t, ok := arg.(*py.Type); ok {
			if t.Type() == nil || t.Type().IsSubtype(py.TypeType) {
				return py.True, nil // a class
			}
			// an instance of a Python class: callable if its class has __call__
			return py.NewBool(lookupMro(t.Type(), "__call__") != nil), nil
		}
		_, ok := arg.(py.I__call__)
		return py.NewBool(ok), nil
	}, "callable(obj) -> bool")
}
