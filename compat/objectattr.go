package compat

// objectattr.go gives every object CPython's __class__ and __dict__
// (gpython: "'C' has no attribute '__class__'"), user-defined __new__, and
// descriptors written in Python.
//
//   - obj.__class__ is type(obj); obj.__dict__ is its live attribute dict.
//   - A class whose MRO defines __new__ in Python has it called as
//     cls.__new__(cls, *args) before __init__, which runs only when the
//     result is an instance of cls; object.__new__(cls) makes a bare
//     instance.
//   - A class attribute whose class defines __get__/__set__/__delete__ is a
//     descriptor: reading, writing and deleting the attribute on instances
//     calls them (gpython only honoured descriptors written in Go). Such
//     attributes are wrapped when the class is created or the attribute
//     set on it.

import (
	"reflect"

	"github.com/go-python/gpython/py"
)

func init() {
	py.ObjectType.Dict["__class__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			switch self.Type() {
			case py.StringDictType:
				return DictType, nil
			}
			return self.Type(), nil
		},
	}
	py.ObjectType.Dict["__dict__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if g, ok := self.(py.IGetDict); ok {
				if d := g.GetDict(); d != nil && (!hasPyClass(self) || hasInstanceDict(self.Type())) {
					return &liveDict{d}, nil
				}
			}
			return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '__dict__'", self.Type().Name)
		},
	}
	py.ObjectType.Dict["__new__"] = &py.StaticMethod{Callable: py.MustNewMethod("__new__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "object.__new__(): not enough arguments")
		}
		cls, ok := args[0].(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "object.__new__(X): X is not a type object (%s)", args[0].Type().Name)
		}
		if (len(args) > 1 || len(kwargs) > 0) && cls.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			// extra arguments are an error, as in CPython's object_new
			if userNew(cls) != nil {
				return nil, py.ExceptionNewf(py.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)")
			}
			if init := lookupMro(cls, "__init__"); init == nil || init == py.ObjectType.Dict["__init__"] {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes no arguments", cls.Name)
			}
		}
		return newBareInstance(cls)
	}, 0, "Create and return a new object.")}
}

// newBareInstance makes an instance of cls without running __new__.
func newBareInstance(cls *py.Type) (py.Object, error) {
	if isDictClass(cls) {
		return &Dict{cls: cls, attrs: py.StringDict{}}, nil
	}
	obj, err := py.ObjectNew(cls, nil, nil)
	if inst, ok := obj.(*py.Type); ok && err == nil && inst.Name == "" {
		inst.New = callInstance
	}
	return obj, err
}

// userNew finds a __new__ defined in Python along cls's MRO.
func userNew(cls *py.Type) py.Object {
	for c := range mroTypes(cls) {
		if c == py.ObjectType || c.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			continue
		}
		if v, ok := c.Dict["__new__"]; ok {
			switch f := v.(type) {
			case *py.StaticMethod:
				return f.Callable
			case *py.Function:
				return f
			}
		}
	}
	return nil
}

// descriptor wraps an instance of a Python class with __get__/__set__/
// __delete__ so gpython's attribute machinery calls them.
type descriptor struct {
	obj py.Object
	cls *py.Type
}

func (d *descriptor) Type() *py.Type { return d.obj.Type() }

// The wrapper's own attributes are the wrapped object's (C.__dict__['d'].log).
func (d *descriptor) GetDict() py.StringDict { return instanceDict(d.obj) }
func (d *descriptor) M__getattribute__(name string) (py.Object, error) {
	return py.GetAttrString(d.obj, name)
}
func (d *descriptor) M__setattr__(name string, value py.Object) (py.Object, error) {
	return py.SetAttrString(d.obj, name, value)
}
func (d *descriptor) M__delattr__(name string) (py.Object, error) {
	return py.None, py.DeleteAttrString(d.obj, name)
}

func (d *descriptor) M__get__(instance, owner py.Object) (py.Object, error) {
	fn := lookupMro(d.cls, "__get__")
	if fn == nil {
		return d.obj, nil
	}
	if instance == nil {
		instance = py.None
	}
	if owner == nil {
		owner = py.None
	}
	return py.Call(fn, py.Tuple{d.obj, instance, owner}, nil)
}

func (d *descriptor) M__set__(instance, value py.Object) (py.Object, error) {
	fn := lookupMro(d.cls, "__set__")
	if fn == nil && lookupMro(d.cls, "__delete__") != nil {
		return nil, py.ExceptionNewf(py.AttributeError, "__set__")
	}
	if fn == nil {
		// a non-data descriptor: the instance dict takes the value
		if g, ok := instance.(py.IGetDict); ok && g.GetDict() != nil {
			return py.None, setDictAttr(g.GetDict(), d, instance, value)
		}
		return nil, py.ExceptionNewf(py.AttributeError, "__set__")
	}
	_, err := py.Call(fn, py.Tuple{d.obj, instance, value}, nil)
	return py.None, err
}

func (d *descriptor) M__delete__(instance py.Object) (py.Object, error) {
	fn := lookupMro(d.cls, "__delete__")
	if fn == nil && lookupMro(d.cls, "__set__") != nil {
		return nil, py.ExceptionNewf(py.AttributeError, "__delete__")
	}
	if fn == nil {
		// a non-data descriptor: del removes the instance's own value
		if g, ok := instance.(py.IGetDict); ok && g.GetDict() != nil {
			dict := g.GetDict()
			for c := range mroTypes(instance.Type()) {
				for k, v := range c.Dict {
					if v == py.Object(d) {
						if _, has := dict[k]; has {
							delete(dict, k)
							return py.None, nil
						}
						return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", typeName(instance), k)
					}
				}
			}
		}
		return nil, py.ExceptionNewf(py.AttributeError, "__delete__")
	}
	_, err := py.Call(fn, py.Tuple{d.obj, instance}, nil)
	return py.None, err
}

// setDictAttr stores value under the descriptor's attribute name.
func setDictAttr(dict py.StringDict, d *descriptor, instance, value py.Object) error {
	cls := instance.Type()
	for c := range mroTypes(cls) {
		for k, v := range c.Dict {
			if v == py.Object(d) {
				dict[k] = value
				return nil
			}
		}
	}
	return py.ExceptionNewf(py.AttributeError, "cannot set attribute")
}

// wrapDescriptor returns v wrapped when it is a Python-defined descriptor.
func wrapDescriptor(v py.Object) py.Object {
	cls, ok := userInstance(v)
	if !ok {
		return v
	}
	if lookupMro(cls, "__get__") != nil || lookupMro(cls, "__set__") != nil || lookupMro(cls, "__delete__") != nil {
		return &descriptor{obj: v, cls: cls}
	}
	return v
}

// nextMethod wraps a class's __next__: a StopIteration it raises reaches
// gpython as gpython's own end-of-iteration marker. (gpython's list(),
// tuple(), sorted() and the like recognise only that marker and reported
// the raised StopIteration as an error.)
type nextMethod struct{ fn py.Object }

var nextMethodType = py.NewType("method_descriptor", "")

func (n *nextMethod) Type() *py.Type { return nextMethodType }

func (n *nextMethod) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return n, nil
	}
	return py.NewBoundMethod(instance, n), nil
}

func (n *nextMethod) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	v, err := py.Call(n.fn, args, kwargs)
	if err != nil && isStopIteration(err) {
		return nil, py.StopIteration
	}
	return v, err
}

// slotDunders are the methods gpython finds on an instance through the
// instance's class dict only (TypeCall: repr(), len(), x[k], iteration,
// `in`, truth, calls, attribute hooks, with), never along the MRO.
var slotDunders = []string{"__repr__", "__str__", "__len__", "__getitem__", "__setitem__", "__delitem__",
	"__iter__", "__next__", "__contains__", "__call__", "__bool__", "__getattr__", "__getattribute__",
	"__setattr__", "__delattr__", "__index__", "__enter__", "__exit__", "__bytes__", "__reversed__"}

// inheritDunders copies those a Python base class defines into cls's dict,
// so instances of subclasses behave as CPython's do. A base's entry that
// is itself such a copy (the same object a class later in the MRO holds)
// is passed over, so class J(R, F) with R inheriting E.__repr__ and F
// defining its own gets F's, as CPython's MRO gives.
func inheritDunders(cls *py.Type) {
	mro := mroOf(cls)[1:]
	for _, name := range slotDunders {
		if _, own := cls.Dict[name]; own {
			continue
		}
		for i, c := range mro {
			if c.Flags&py.TPFLAGS_HEAPTYPE == 0 {
				break
			}
			if v, ok := c.Dict[name]; ok {
				if copiedFromLater(v, name, mro[i+1:]) {
					continue
				}
				cls.Dict[name] = v
				break
			}
		}
	}
}

// copiedFromLater reports whether one of the Python classes in rest holds
// the very object v under name (v was copied down by inheritDunders).
func copiedFromLater(v py.Object, name string, rest []*py.Type) bool {
	if !reflect.TypeOf(v).Comparable() {
		return false
	}
	for _, c := range rest {
		if c.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			return false
		}
		if w, ok := c.Dict[name]; ok && reflect.TypeOf(w) == reflect.TypeOf(v) && w == v {
			return true
		}
	}
	return false
}

// prepareClass is run on every new class: descriptors are wrapped and
// told their names (__set_name__, as CPython since 3.6), __next__ is
// wrapped (nextMethod).
func prepareClass(cls *py.Type) error {
	inheritDunders(cls)
	if fn, ok := cls.Dict["__next__"].(*py.Function); ok {
		cls.Dict["__next__"] = &nextMethod{fn: fn}
	}
	wrapClassAttrHooks(cls) // classattrhooks.go
	for _, k := range sortedKeys(cls.Dict) {
		v := cls.Dict[k]
		if c, ok := userInstance(v); ok {
			if fn := lookupMro(c, "__set_name__"); fn != nil {
				if _, err := py.Call(fn, py.Tuple{v, cls, py.String(k)}, nil); err != nil {
					return err
				}
			}
		}
		if _, ok := userInstance(v); ok {
			cls.Dict[k] = wrapDescriptor(v)
		}
		if p, ok := v.(*propertyObj); ok && p.name == "" {
			p.name = k // property's own __set_name__
		}
	}
	installGetattribute(cls)
	return nil
}

// object.__getattribute__, __setattr__ and __delattr__: attribute access
// that skips the class's own hooks, for `object.__setattr__(self, k, v)`
// in a class that overrides __setattr__ (frozen objects) and for
// super().__getattribute__(name).
func init() {
	instanceOf := func(self py.Object) (py.Object, *py.Type, py.StringDict) {
		cls := self.Type()
		var dict py.StringDict
		if g, ok := self.(py.IGetDict); ok {
			dict = g.GetDict()
		}
		return self, cls, dict
	}
	nameArg := func(o py.Object) (string, error) {
		s, ok := o.(py.String)
		if !ok {
			return "", py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", o.Type().Name)
		}
		return string(s), nil
	}
	py.ObjectType.Dict["__getattribute__"] = py.MustNewMethod("__getattribute__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args = unbound(self, args)
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
		}
		name, err := nameArg(args[0])
		if err != nil {
			return nil, err
		}
		if t, ok := self.(*py.Type); ok && t.Name != "" {
			return typeGetAttr(t, name)
		}
		return genericGetAttr(self, name)
	}, 0, "Return getattr(self, name).")
	py.ObjectType.Dict["__setattr__"] = py.MustNewMethod("__setattr__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args = unbound(self, args)
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 2 arguments, got %d", len(args))
		}
		name, err := nameArg(args[0])
		if err != nil {
			return nil, err
		}
		if t, ok := self.(*py.Type); ok && t.Name != "" {
			return py.Call(py.TypeType.Dict["__setattr__"], py.Tuple{t, args[0], args[1]}, nil)
		}
		return setInstanceAttr(self, self.Type(), name, args[1])
	}, 0, "Implement setattr(self, name, value).")
	py.ObjectType.Dict["__delattr__"] = py.MustNewMethod("__delattr__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args = unbound(self, args)
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
		}
		name, err := nameArg(args[0])
		if err != nil {
			return nil, err
		}
		if t, ok := self.(*py.Type); ok && t.Name != "" {
			return py.Call(py.TypeType.Dict["__delattr__"], py.Tuple{t, args[0]}, nil)
		}
		obj, cls, dict := instanceOf(self)
		if cv := lookupMro(cls, name); cv != nil {
			if m, ok := cv.(*memberDesc); ok {
				return m.rawDelete(obj)
			}
			if d, ok := cv.(py.I__delete__); ok {
				return d.M__delete__(obj)
			}
		}
		if _, ok := dict[name]; !ok {
			return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", cTypeName(cls), name)
		}
		delete(dict, name)
		return py.None, nil
	}, 0, "Implement delattr(self, name).")
}

// object.__init__ does nothing (for explicit object.__init__(self) calls).
func init() {
	py.ObjectType.Dict["__init__"] = py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.None, nil
	}, 0, "Initialize self.")
}

// object.__eq__, __ne__ and __hash__: identity, as CPython's defaults.
func init() {
	py.ObjectType.Dict["__eq__"] = py.MustNewMethod("__eq__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args = unbound(self, args)
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
		}
		if identical(self, args[0]) {
			return py.True, nil
		}
		return py.NotImplemented, nil
	}, 0, "Return self==value.")
	py.ObjectType.Dict["__ne__"] = py.MustNewMethod("__ne__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args = unbound(self, args)
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
		}
		r, err := EqualObject(self, args[0])
		if err != nil || r == py.NotImplemented {
			return r, err
		}
		return py.Not(r)
	}, 0, "Return self!=value.")
	py.ObjectType.Dict["__hash__"] = py.MustNewMethod("__hash__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, _ = unbound(self, args)
		return py.Int(identityHash(self)), nil
	}, 0, "Return hash(self).")
}
