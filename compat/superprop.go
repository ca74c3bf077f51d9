package compat

// superprop.go adds the builtins `super` and `property`, which gpython
// lacks (NameError).
//
//   - super(cls, obj) / super(cls, cls2) look attributes up in the MRO of
//     obj's class (or of cls2) after cls, and bind them to obj, as CPython.
//   - super() with no arguments: CPython's compiler gives methods a
//     __class__ cell; gpython's does not. A call `super()` is rewritten
//     (opcodes.go) to pass the calling code object and the method's first
//     argument; the class is the one in the first argument's MRO whose
//     dict holds a function with that code.
//   - property(fget, fset, fdel, doc), with .getter/.setter/.deleter as
//     decorators and the fget/fset/fdel/__doc__ attributes; reading a
//     property from the class gives the property itself; __isabstractmethod__
//     is true when fget, fset or fdel is abstract (abc.abstractmethod).

import (
	"github.com/go-python/gpython/py"
	"iter"
)

// SuperType is `super`.
var SuperType = py.NewTypeX("super", "super() -> same as super(__class__, <first argument>)\nsuper(type, obj) -> bound super object; requires isinstance(obj, type)\nsuper(type, type2) -> bound super object; requires issubclass(type2, type)", superNew, nil)

type superObj struct {
	thisClass *py.Type
	obj       py.Object
	objType   *py.Type
}

func (s *superObj) Type() *py.Type { return SuperType }

func superNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 2 {
		if ref, ok := args[0].(*codeRef); ok { // zero-argument form, rewritten
			return zeroArgSuper(ref.code, args[1])
		}
	}
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.RuntimeError, "super(): no arguments")
	}
	cls, ok := args[0].(*py.Type)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "super() argument 1 must be a type, not %s", args[0].Type().Name)
	}
	return bindSuper(cls, args[1])
}

func bindSuper(cls *py.Type, obj py.Object) (py.Object, error) {
	if c, ok := obj.(*py.Type); ok && c.Name != "" && (c == cls || c.IsSubtype(cls)) {
		return &superObj{thisClass: cls, obj: obj, objType: c}, nil
	}
	t := obj.Type()
	if t != cls && !t.IsSubtype(cls) {
		return nil, py.ExceptionNewf(py.TypeError, "super(type, obj): obj must be an instance or subtype of type")
	}
	return &superObj{thisClass: cls, obj: obj, objType: t}, nil
}

func zeroArgSuper(code *py.Code, first py.Object) (py.Object, error) {
	start := first.Type()
	if c, ok := first.(*py.Type); ok && c.Name != "" {
		start = c // a classmethod's cls
	}
	for c := range mroTypes(start) {
		for _, v := range c.Dict {
			if definedBy(v, code) {
				return bindSuper(c, first)
			}
		}
	}
	if start != first.Type() {
		// a metaclass method: first is a class, an instance of the metaclass
		for c := range mroTypes(first.Type()) {
			for _, v := range c.Dict {
				if definedBy(v, code) {
					return bindSuper(c, first)
				}
			}
		}
	}
	return nil, py.ExceptionNewf(py.RuntimeError, "super(): __class__ cell not found")
}

// definedBy reports whether class attribute v is a function with code.
func definedBy(v py.Object, code *py.Code) bool {
	switch f := v.(type) {
	case *py.Function:
		return f.Code == code
	case *py.ClassMethod:
		return definedBy(f.Callable, code)
	case *py.StaticMethod:
		return definedBy(f.Callable, code)
	case *propertyObj:
		return definedBy(f.fget, code) || definedBy(f.fset, code) || definedBy(f.fdel, code)
	case *classAttrHook: // classattrhooks.go's wrappers
		return definedBy(f.fn, code)
	case *getattributeHook:
		return definedBy(f.fn, code)
	case *nextMethod:
		return definedBy(f.fn, code)
	}
	return false
}

// mroTypes is t and its bases in method resolution order, mroOf without
// making the list.
func mroTypes(t *py.Type) iter.Seq[*py.Type] {
	return func(yield func(*py.Type) bool) {
		if !yield(t) {
			return
		}
		mroBases(t)(yield)
	}
}

// mroBases is t's bases in method resolution order (mroOf(t)[1:]).
func mroBases(t *py.Type) iter.Seq[*py.Type] {
	return func(yield func(*py.Type) bool) {
		for _, b := range t.Mro {
			if bt, ok := b.(*py.Type); ok && bt != t {
				if !yield(bt) {
					return
				}
			}
		}
		if len(t.Mro) == 0 {
			for b := t.Base; b != nil; b = b.Base {
				if !yield(b) {
					return
				}
			}
		}
	}
}

// mroOf lists t and its bases in method resolution order.
func mroOf(t *py.Type) []*py.Type {
	out := []*py.Type{t}
	for _, b := range t.Mro {
		if bt, ok := b.(*py.Type); ok && bt != t {
			out = append(out, bt)
		}
	}
	if len(t.Mro) == 0 {
		for b := t.Base; b != nil; b = b.Base {
			out = append(out, b)
		}
	}
	return out
}

func (s *superObj) M__getattribute__(name string) (py.Object, error) {
	mro := mroOf(s.objType)
	i := 0
	for i < len(mro) && mro[i] != s.thisClass {
		i++
	}
	for _, c := range mro[min(i+1, len(mro)):] {
		if d, ok := s.obj.(*Derived); ok && c.Flags&py.TPFLAGS_HEAPTYPE == 0 && c != py.ObjectType && name != "__init__" {
			// the built-in base: its methods and slots act on the value
			if r, err := py.GetAttrString(d.val, name); err == nil {
				return r, nil
			}
		}
		v, ok := c.Dict[name]
		if !ok {
			continue
		}
		switch d := v.(type) {
		case *py.Function:
			if _, isClass := s.obj.(*py.Type); isClass && s.obj == py.Object(s.objType) {
				return d, nil // super() in a classmethod reading a plain function
			}
			return py.NewBoundMethod(s.obj, d), nil
		case *py.ClassMethod:
			return py.NewBoundMethod(s.objType, d.Callable), nil
		case *py.StaticMethod:
			return d.Callable, nil
		case *py.Method:
			return py.NewBoundMethod(Unwrap(s.obj), d), nil
		case py.I__get__:
			return d.M__get__(s.obj, s.objType)
		}
		return v, nil
	}
	if name == "__init__" {
		// object.__init__ / a built-in base: the instance was made by New.
		return py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if e, ok := s.obj.(*py.Exception); ok {
				e.Args = args.Copy()
			}
			return py.None, nil
		}, 0, "initialize the object"), nil
	}
	if name == "__class__" {
		return SuperType, nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'super' object has no attribute '%s'", name)
}

// superName is the builtin whose zero-argument calls opcodes.go rewrites.
const superName = "super"

// codeRef carries a method's own code object into super() without putting
// the code object among its own constants (a cycle for code walkers).
type codeRef struct{ code *py.Code }

var codeRefType = py.NewType("code_ref", "")

func (c *codeRef) Type() *py.Type { return codeRefType }

// superCallArgs returns the instructions that replace the CALL_FUNCTION 0
// of a zero-argument super() in code, or nil when code has no first
// argument to bind to.
func superCallArgs(code *py.Code, constIndex func(py.Object) int) []instr {
	if code.Argcount < 1 || len(code.Varnames) == 0 {
		return nil
	}
	first := code.Varnames[0]
	load := instr{op: opLoadFast, arg: 0}
	for i, c := range code.Cellvars {
		if c == first {
			load = instr{op: opLoadDeref, arg: i}
		}
	}
	return []instr{{op: opLoadConst, arg: constIndex(&codeRef{code})}, load, {op: opCallFunction, arg: 2}}
}

// PropertyType is `property`.
var PropertyType = py.NewTypeX("property", "property(fget=None, fset=None, fdel=None, doc=None) -> property attribute", propertyNew, nil)

type propertyObj struct {
	fget, fset, fdel py.Object
	doc              py.Object
	name             string // the class attribute it was set on (__set_name__)
}

// missing is CPython's error for a property without the accessor what.
func (p *propertyObj) missing(instance py.Object, what string) error {
	if p.name == "" {
		return py.ExceptionNewf(py.AttributeError, "property of '%s' object has no %s", instance.Type().Name, what)
	}
	return py.ExceptionNewf(py.AttributeError, "property '%s' of '%s' object has no %s", p.name, instance.Type().Name, what)
}

func (p *propertyObj) Type() *py.Type { return PropertyType }

func propertyNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	p := &propertyObj{fget: py.None, fset: py.None, fdel: py.None, doc: py.None}
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OOOO:property", []string{"fget", "fset", "fdel", "doc"}, &p.fget, &p.fset, &p.fdel, &p.doc); err != nil {
		return nil, err
	}
	if p.doc == py.None && p.fget != py.None {
		if d, err := py.GetAttrString(p.fget, "__doc__"); err == nil {
			p.doc = d
		}
	}
	return p, nil
}

func (p *propertyObj) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return p, nil
	}
	if p.fget == py.None {
		return nil, p.missing(instance, "getter")
	}
	return py.Call(p.fget, py.Tuple{instance}, nil)
}

func (p *propertyObj) M__set__(instance, value py.Object) (py.Object, error) {
	if p.fset == py.None {
		return nil, p.missing(instance, "setter")
	}
	_, err := py.Call(p.fset, py.Tuple{instance, value}, nil)
	return py.None, err
}

func (p *propertyObj) M__delete__(instance py.Object) (py.Object, error) {
	if p.fdel == py.None {
		return nil, p.missing(instance, "deleter")
	}
	_, err := py.Call(p.fdel, py.Tuple{instance}, nil)
	return py.None, err
}

func init() {
	SuperType.Dict["__hash__"] = py.None
	with := func(name string, set func(c *propertyObj, f py.Object)) {
		PropertyType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			self, args = unbound(self, args)
			p, ok := self.(*propertyObj)
			if !ok || len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes one function", name)
			}
			c := *p
			set(&c, args[0])
			return &c, nil
		}, 0, "Descriptor to obtain a copy of the property with a different "+name[:len(name)-2]+"er.")
	}
	with("getter", func(c *propertyObj, f py.Object) { c.fget = f })
	with("setter", func(c *propertyObj, f py.Object) { c.fset = f })
	with("deleter", func(c *propertyObj, f py.Object) { c.fdel = f })
	field := func(name string, get func(p *propertyObj) py.Object) {
		PropertyType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			p, ok := self.(*propertyObj)
			if !ok {
				return nil, py.ExceptionNewf(py.AttributeError, "%s", name)
			}
			return get(p), nil
		}}
	}
	field("fget", func(p *propertyObj) py.Object { return p.fget })
	field("fset", func(p *propertyObj) py.Object { return p.fset })
	field("fdel", func(p *propertyObj) py.Object { return p.fdel })
	field("__doc__", func(p *propertyObj) py.Object { return p.doc })
	// abc's @property over @abstractmethod: the property is abstract when one
	// of its functions is (CPython's property.__isabstractmethod__).
	field("__isabstractmethod__", func(p *propertyObj) py.Object {
		for _, f := range []py.Object{p.fget, p.fset, p.fdel} {
			if f == nil || f == py.None {
				continue
			}
			if v, err := py.GetAttrString(f, "__isabstractmethod__"); err == nil {
				if b, err := py.MakeBool(v); err == nil && b == py.True {
					return py.True
				}
			}
		}
		return py.False
	})
	setBuiltin("super", SuperType)
	setBuiltin("property", PropertyType)
}

// Function attributes gpython leaves out: __doc__ (read and written, as
// functools.wraps does) and __module__.
func init() {
	py.FunctionType.Dict["__doc__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if f, ok := self.(*py.Function); ok && f.Doc != nil {
				return f.Doc, nil
			}
			return py.None, nil
		},
		Fset: func(self, value py.Object) error {
			if f, ok := self.(*py.Function); ok {
				f.Doc = value
			}
			return nil
		},
	}
	py.FunctionType.Dict["__module__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if f, ok := self.(*py.Function); ok {
				if v, ok := f.Dict["__module__"]; ok {
					return v, nil
				}
				if m, ok := f.Globals["__name__"]; ok {
					return m, nil
				}
			}
			return py.None, nil
		},
		Fset: func(self, value py.Object) error {
			if f, ok := self.(*py.Function); ok {
				f.Dict["__module__"] = value
			}
			return nil
		},
	}
}
