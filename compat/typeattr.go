package compat

// typeattr.go is attribute access on classes (objects whose type is `type`).
//
// gpython looks a class attribute up in the class's own dict and then in
// `type`'s, never in the base classes: with `class B(A)`, B.x for an x
// defined in A raised AttributeError, so Base.method(self), inherited
// class constants and Exception.__init__(self, ...) failed. And built-in
// types are Go globals shared by every interpreter, with attributes any
// program could set (list.append = … broke append in all of them).
//
// CPython's rules, implemented here as type.__getattribute__,
// type.__setattr__ and type.__delattr__:
//   - a data descriptor found on the metaclass wins;
//   - else the name is looked up along the class's MRO: a function comes
//     back as itself, a classmethod bound to the class, a staticmethod as
//     its function, anything with __get__ through __get__(None, cls);
//   - else a descriptor or value on the metaclass;
//   - else the metaclass's __getattr__(cls, name) when it defines one;
//   - else AttributeError: type object 'B' has no attribute 'x'.
//   - Setting or deleting an attribute of a built-in type raises
//     TypeError: cannot set 'append' attribute of immutable type 'list'.

import (
	"github.com/go-python/gpython/py"
)

func init() {
	tt := py.TypeType
	tt.Dict["__getattribute__"] = py.MustNewMethod("__getattribute__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args = unbound(self, args)
		var arg py.Object
		if err := py.UnpackTuple(args, nil, "__getattribute__", 1, 1, &arg); err != nil {
			return nil, err
		}
		cls, ok := self.(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__getattribute__' requires a 'type' object")
		}
		name, ok := arg.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", arg.Type().Name)
		}
		return typeGetAttr(cls, string(name))
	}, 0, "Return getattr(self, name).")
	tt.Dict["__setattr__"] = py.MustNewMethod("__setattr__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args = unbound(self, args)
		var name, value py.Object
		if err := py.UnpackTuple(args, nil, "__setattr__", 2, 2, &name, &value); err != nil {
			return nil, err
		}
		cls, key, err := mutableType(self, name, "set")
		if err != nil {
			return nil, err
		}
		if d := lookupMro(cls.Type(), key); d != nil {
			if s, ok := d.(py.I__set__); ok {
				return s.M__set__(cls, value)
			}
		}
		cls.Dict[key] = wrapDescriptor(value)
		noteClassAttr(cls, key) // classorder.go
		if isDataDescriptor(cls.Dict[key]) {
			installGetattribute(cls) // slots.go: it now wins over instance dicts
		}
		switch key {
		case "__setattr__", "__delattr__", "__getattribute__":
			wrapClassAttrHooks(cls) // classattrhooks.go: C.x = v still goes to the metaclass
		}
		return py.None, nil
	}, 0, "Implement setattr(self, name, value).")
	tt.Dict["__delattr__"] = py.MustNewMethod("__delattr__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args = unbound(self, args)
		var arg py.Object
		if err := py.UnpackTuple(args, nil, "__delattr__", 1, 1, &arg); err != nil {
			return nil, err
		}
		cls, key, err := mutableType(self, arg, "delete")
		if err != nil {
			return nil, err
		}
		if _, ok := cls.Dict[key]; !ok {
			return nil, py.ExceptionNewf(py.AttributeError, "type object '%s' has no attribute '%s'", cls.Name, key)
		}
		delete(cls.Dict, key)
		return py.None, nil
	}, 0, "Implement delattr(self, name).")
}

// unbound sorts out the receiver of a method kept in a type's Dict: called
// through an attribute (obj.meth(...)) self is obj; called the way gpython
// calls slot methods (TypeCall: the method with (obj, args...)) self is not
// set and obj comes first in args.
func unbound(self py.Object, args py.Tuple) (py.Object, py.Tuple) {
	if self == nil || self == py.None {
		if len(args) > 0 {
			return Unwrap(args[0]), args[1:]
		}
		return self, args
	}
	if _, isModule := self.(*py.Module); isModule && len(args) > 0 {
		self, args = args[0], args[1:]
	}
	if d, ok := self.(*Derived); ok {
		return d.val, args // a subclass instance: the base's method acts on its value
	}
	return self, args
}

// mutableType checks that self is a class a program may change (one made
// by a class statement or type()).
func mutableType(self, name py.Object, verb string) (*py.Type, string, error) {
	cls, ok := self.(*py.Type)
	if !ok {
		return nil, "", py.ExceptionNewf(py.TypeError, "descriptor requires a 'type' object")
	}
	key, ok := name.(py.String)
	if !ok {
		return nil, "", py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", name.Type().Name)
	}
	if cls.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		return nil, "", py.ExceptionNewf(py.TypeError, "cannot %s '%s' attribute of immutable type '%s'", verb, string(key), cls.Name)
	}
	if cls.Dict == nil {
		cls.Dict = py.StringDict{}
	}
	return cls, string(key), nil
}

// lookupMro finds name in the dicts of t's MRO (t itself first).
func lookupMro(t *py.Type, name string) py.Object {
	if t == nil {
		return nil
	}
	if v, ok := t.Dict[name]; ok {
		return v
	}
	for _, b := range t.Mro {
		if bt, ok := b.(*py.Type); ok && bt != t {
			if v, ok := bt.Dict[name]; ok {
				return v
			}
		}
	}
	if len(t.Mro) == 0 {
		for b := t.Base; b != nil; b = b.Base {
			if v, ok := b.Dict[name]; ok {
				return v
			}
		}
	}
	return nil
}

// typeGetAttr is getattr(cls, name) with CPython's precedence.
func typeGetAttr(cls *py.Type, name string) (py.Object, error) {
	meta := cls.Type()
	metaAttr := lookupMro(meta, name)
	if metaAttr != nil {
		if _, isData := metaAttr.(py.I__set__); isData {
			if g, ok := metaAttr.(py.I__get__); ok {
				return g.M__get__(cls, meta)
			}
		}
	}
	v := lookupMro(cls, name)
	if name == "__doc__" && cls.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		// a class's __doc__ is its own (None without a docstring), not
		// its base's
		v = cls.Dict["__doc__"]
		if v == nil {
			return py.None, nil
		}
	}
	if _, isProp := v.(*py.Property); isProp && cls.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		switch name {
		case "__name__", "__qualname__", "__doc__", "__module__":
			v = nil // the instances' property (function.__name__), not the type's
		}
	}
	if v != nil {
		switch d := v.(type) {
		case *py.Function:
			return d, nil
		case *py.StaticMethod:
			return d.Callable, nil
		case *py.ClassMethod:
			return py.NewBoundMethod(cls, d.Callable), nil
		case *py.Method, *py.Property:
			return d, nil
		case py.I__get__:
			return d.M__get__(py.None, cls)
		}
		return v, nil
	}
	if m := builtinDunder(cls, name); m != nil {
		return m, nil // dunders.go
	}
	switch name {
	case "__name__":
		return py.String(cls.Name), nil
	case "__qualname__":
		if cls.Qualname != "" {
			return py.String(cls.Qualname), nil
		}
		return py.String(cls.Name), nil
	case "__mro__":
		return cls.Mro, nil
	case "mro":
		return typeMro(cls), nil
	case "__bases__":
		return cls.Bases, nil
	case "__base__":
		if cls.Base == nil {
			return py.None, nil
		}
		return cls.Base, nil
	case "__dict__":
		return &liveDict{cls.Dict}, nil
	case "__class__":
		return meta, nil
	case "__doc__":
		if cls.Doc == "" {
			return py.None, nil
		}
		return py.String(cls.Doc), nil
	case "__module__":
		if cls.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			return py.String("builtins"), nil
		}
	}
	if metaAttr != nil {
		if g, ok := metaAttr.(py.I__get__); ok {
			return g.M__get__(cls, meta)
		}
		return metaAttr, nil
	}
	if meta != py.TypeType && meta.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		if ga := lookupMro(meta, "__getattr__"); ga != nil {
			return py.Call(ga, py.Tuple{cls, py.String(name)}, nil) // a metaclass's __getattr__
		}
	}
	return nil, py.ExceptionNewf(py.AttributeError, "type object '%s' has no attribute '%s'", cls.Name, name)
}
