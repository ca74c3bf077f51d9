package compat

// derived.go lets Python classes derive from str, bytes, int, float, tuple
// and list, as CPython allows (markupsafe's Markup is a str, IntEnum-style
// classes are ints, frameworks subclass list for header and form lists).
// gpython's classes cannot: an instance of `class S(str)` was a bare
// object, so len(), +, the inherited methods and every Go function that
// wants a str failed.
//
// An instance here is a *Derived: the base value (the str, the *py.List
// …) with its Python class and instance attributes. As in CPython:
//
//   - isinstance(x, str) holds (the class's MRO has str) and type(x) is
//     the subclass; instance attributes and properties work;
//   - methods and dunders the Python classes define win; everything else
//     acts on the base value, so inherited methods and operators return
//     plain base-type values (S('a') + 'b' and S('a').upper() are str),
//     and a list subclass's append changes its own items;
//   - str(), repr(), hashing and == are the base value's unless
//     overridden (int, float, tuple and list have no __str__ of their own,
//     so a __repr__ override also gives str());
//   - str.__new__(cls, x) (super().__new__ in a __new__ override) makes an
//     instance of cls; list.__init__ fills the list.
//
// Go code that wants the base value calls Unwrap; compat's method helpers
// (unbound) and comparisons do so already.

import (
	"github.com/go-python/gpython/py"
)

// Derived is an instance of a Python subclass of a built-in value type.
type Derived struct {
	cls   *py.Type
	val   py.Object
	attrs py.StringDict
}

// derivableBases are the built-in types a Derived can stand for.
func derivableBase(t *py.Type) bool {
	switch t {
	case py.StringType, py.BytesType, py.IntType, py.FloatType, py.TupleType, py.ListType:
		return true
	}
	return false
}

// derivedBase is the built-in value type along cls's MRO, or nil.
func derivedBase(cls *py.Type) *py.Type {
	for c := range mroBases(cls) {
		if derivableBase(c) {
			return c
		}
	}
	return nil
}

func isDerived(o py.Object) bool {
	_, ok := o.(*Derived)
	return ok
}

// Unwrap returns the base value of a Derived, else o.
func Unwrap(o py.Object) py.Object {
	if d, ok := o.(*Derived); ok {
		return d.val
	}
	return o
}

// Type is the instance's Python class.
func (d *Derived) Type() *py.Type { return d.cls }

// GetDict holds the instance attributes.
func (d *Derived) GetDict() py.StringDict { return d.attrs }

// override returns what a Python class in the MRO defines for name before
// the built-in base has it (a class after the base counts when the base
// lacks the name), or nil.
func (d *Derived) override(name string) py.Object {
	for c := range mroTypes(d.cls) {
		if c.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			if c == py.ObjectType {
				return nil
			}
			if _, ok := c.Dict[name]; ok {
				return nil // the base's own method
			}
			continue // a mixin after the base (class IntEnum(int, Enum)) may define it
		}
		if v, ok := c.Dict[name]; ok {
			return v
		}
	}
	return nil
}

// callOverride calls a Python override of name with args; ok is false
// when there is none.
func (d *Derived) callOverride(name string, args ...py.Object) (py.Object, bool, error) {
	fn := d.override(name)
	if fn == nil {
		return nil, false, nil
	}
	res, err := py.Call(fn, append(py.Tuple{d}, args...), nil)
	return res, true, err
}

// newDerived makes an instance of cls, whose built-in base is base. A
// list starts empty (list.__init__ fills it); the other bases are
// immutable and take their value from the arguments.
func newDerived(cls, base *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var val py.Object
	if base == py.ListType {
		val = py.NewList()
	} else {
		var err error
		if val, err = py.Call(base, args, kwargs); err != nil {
			return nil, err
		}
	}
	return &Derived{cls: cls, val: val, attrs: py.StringDict{}}, nil
}

// derivedInit is the class's Init: a Python __init__ if one is defined
// before the base, else list's (fill from the iterable).
func derivedInit(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	d, ok := self.(*Derived)
	if !ok {
		return initByMethod(self, args, kwargs)
	}
	if fn := d.override("__init__"); fn != nil {
		_, err := py.Call(fn, append(py.Tuple{d}, args...), kwargs)
		return err
	}
	if l, ok := d.val.(*py.List); ok {
		return listInit(l, args)
	}
	return nil
}

func listInit(l *py.List, args py.Tuple) error {
	if len(args) > 1 {
		return py.ExceptionNewf(py.TypeError, "list expected at most 1 argument, got %d", len(args))
	}
	l.Items = l.Items[:0]
	if len(args) == 0 {
		return nil
	}
	return py.Iterate(args[0], func(o py.Object) bool {
		l.Items = append(l.Items, o)
		return false
	})
}

// M__getattribute__ looks attributes up as CPython's object.__getattribute__
// does, with the built-in base's methods bound to the base value.
func (d *Derived) M__getattribute__(name string) (py.Object, error) {
	switch name {
	case "__class__":
		return d.cls, nil
	case "__dict__":
		return &liveDict{d.attrs}, nil
	case "__reduce_ex__", "__reduce__", "__getstate__":
		if d.override(name) == nil { // object's, on the instance (reduce.go)
			return py.NewBoundMethod(d, py.ObjectType.Dict[name]), nil
		}
	}
	cv := d.override(name)
	if cv != nil {
		if _, data := cv.(py.I__set__); data {
			return cv.(py.I__get__).M__get__(d, d.cls)
		}
	}
	if v, ok := d.attrs[name]; ok {
		return v, nil
	}
	if cv != nil {
		if g, ok := cv.(py.I__get__); ok {
			return g.M__get__(d, d.cls)
		}
		return cv, nil
	}
	res, err := py.GetAttrString(d.val, name)
	if err == nil {
		return res, nil
	}
	if !py.IsException(py.AttributeError, err) {
		return nil, err
	}
	if r, ok, err := d.callOverride("__getattr__", py.String(name)); ok {
		return r, err
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", d.cls.Name, name)
}

// unary calls a Python override of name, else fn on the base value.
func (d *Derived) unary(name string, fn func(py.Object) (py.Object, error)) (py.Object, error) {
	if r, ok, err := d.callOverride(name); ok {
		return r, err
	}
	return fn(d.val)
}

// binary calls a Python override of name, else fn on the base value and
// other's base value.
func (d *Derived) binary(name string, other py.Object, fn func(a, b py.Object) (py.Object, error)) (py.Object, error) {
	if r, ok, err := d.callOverride(name, other); ok {
		return r, err
	}
	return fn(d.val, Unwrap(other))
}

// reflected is binary for __rop__: fn(other, base value).
func (d *Derived) reflected(name string, other py.Object, fn func(a, b py.Object) (py.Object, error)) (py.Object, error) {
	if r, ok, err := d.callOverride(name, other); ok {
		return r, err
	}
	return fn(Unwrap(other), d.val)
}

func (d *Derived) M__str__() (py.Object, error) {
	s, err := Str(d)
	return py.String(s), err
}

func (d *Derived) M__repr__() (py.Object, error) {
	s, err := Repr(d)
	return py.String(s), err
}

func (d *Derived) M__len__() (py.Object, error)  { return d.unary("__len__", py.Len) }
func (d *Derived) M__iter__() (py.Object, error) { return d.unary("__iter__", py.Iter) }
func (d *Derived) M__bool__() (py.Object, error) {
	if r, ok, err := d.callOverride("__bool__"); ok {
		return r, err
	}
	if r, ok, err := d.callOverride("__len__"); ok {
		if err != nil {
			return nil, err
		}
		return py.NewBool(r != py.Int(0)), nil
	}
	t, err := Truth(d.val)
	return py.NewBool(t), err
}
func (d *Derived) M__getitem__(key py.Object) (py.Object, error) {
	return d.binary("__getitem__", key, seqGetItem)
}
func (d *Derived) M__setitem__(key, value py.Object) (py.Object, error) {
	if r, ok, err := d.callOverride("__setitem__", key, value); ok {
		return r, err
	}
	return py.None, seqSetItem(d.val, key, value)
}
func (d *Derived) M__delitem__(key py.Object) (py.Object, error) {
	if r, ok, err := d.callOverride("__delitem__", key); ok {
		return r, err
	}
	return py.None, seqDelItem(d.val, key)
}
func (d *Derived) M__contains__(item py.Object) (py.Object, error) {
	if r, ok, err := d.callOverride("__contains__", item); ok {
		return r, err
	}
	found, err := Contains(d.val, Unwrap(item))
	return py.NewBool(found), err
}
func (d *Derived) M__hash__() (py.Object, error) {
	h, err := Hash(d)
	return py.Int(h), err
}

func (d *Derived) M__eq__(o py.Object) (py.Object, error) { return d.binary("__eq__", o, EqualObject) }
func (d *Derived) M__ne__(o py.Object) (py.Object, error) {
	return d.binary("__ne__", o, NotEqualObject)
}
func (d *Derived) M__lt__(o py.Object) (py.Object, error) {
	return d.binary("__lt__", o, cmpFunc(cmpLT))
}
func (d *Derived) M__le__(o py.Object) (py.Object, error) {
	return d.binary("__le__", o, cmpFunc(cmpLE))
}
func (d *Derived) M__gt__(o py.Object) (py.Object, error) {
	return d.binary("__gt__", o, cmpFunc(cmpGT))
}
func (d *Derived) M__ge__(o py.Object) (py.Object, error) {
	return d.binary("__ge__", o, cmpFunc(cmpGE))
}

func cmpFunc(op int) func(a, b py.Object) (py.Object, error) {
	return func(a, b py.Object) (py.Object, error) { return Compare(op, a, b) }
}

func (d *Derived) M__add__(o py.Object) (py.Object, error)  { return d.binary("__add__", o, Add) }
func (d *Derived) M__radd__(o py.Object) (py.Object, error) { return d.reflected("__radd__", o, Add) }
func (d *Derived) M__iadd__(o py.Object) (py.Object, error) {
	if r, ok, err := d.callOverride("__iadd__", o); ok {
		return r, err
	}
	if l, ok := d.val.(*py.List); ok {
		if err := py.Iterate(Unwrap(o), func(x py.Object) bool { l.Items = append(l.Items, x); return false }); err != nil {
			return nil, err
		}
		return d, nil // a list's += extends in place
	}
	return d.binary("__add__", o, Add)
}
func (d *Derived) M__sub__(o py.Object) (py.Object, error) { return d.binary("__sub__", o, py.Sub) }
func (d *Derived) M__rsub__(o py.Object) (py.Object, error) {
	return d.reflected("__rsub__", o, py.Sub)
}
func (d *Derived) M__mul__(o py.Object) (py.Object, error) { return d.binary("__mul__", o, py.Mul) }
func (d *Derived) M__rmul__(o py.Object) (py.Object, error) {
	return d.reflected("__rmul__", o, py.Mul)
}
func (d *Derived) M__truediv__(o py.Object) (py.Object, error) {
	return d.binary("__truediv__", o, py.TrueDiv)
}
func (d *Derived) M__rtruediv__(o py.Object) (py.Object, error) {
	return d.reflected("__rtruediv__", o, py.TrueDiv)
}
func (d *Derived) M__floordiv__(o py.Object) (py.Object, error) {
	return d.binary("__floordiv__", o, py.FloorDiv)
}
func (d *Derived) M__rfloordiv__(o py.Object) (py.Object, error) {
	return d.reflected("__rfloordiv__", o, py.FloorDiv)
}
func (d *Derived) M__mod__(o py.Object) (py.Object, error) { return d.binary("__mod__", o, Modulo) }
func (d *Derived) M__rmod__(o py.Object) (py.Object, error) {
	return d.reflected("__rmod__", o, Modulo)
}
func (d *Derived) M__pow__(o, m py.Object) (py.Object, error) {
	return d.binary("__pow__", o, func(a, b py.Object) (py.Object, error) { return py.Pow(a, b, m) })
}
func (d *Derived) M__rpow__(o py.Object) (py.Object, error) {
	return d.reflected("__rpow__", o, func(a, b py.Object) (py.Object, error) { return py.Pow(a, b, py.None) })
}
func (d *Derived) M__and__(o py.Object) (py.Object, error) { return d.binary("__and__", o, py.And) }
func (d *Derived) M__rand__(o py.Object) (py.Object, error) {
	return d.reflected("__rand__", o, py.And)
}
func (d *Derived) M__or__(o py.Object) (py.Object, error)  { return d.binary("__or__", o, py.Or) }
func (d *Derived) M__ror__(o py.Object) (py.Object, error) { return d.reflected("__ror__", o, py.Or) }
func (d *Derived) M__xor__(o py.Object) (py.Object, error) { return d.binary("__xor__", o, py.Xor) }
func (d *Derived) M__rxor__(o py.Object) (py.Object, error) {
	return d.reflected("__rxor__", o, py.Xor)
}
func (d *Derived) M__lshift__(o py.Object) (py.Object, error) {
	return d.binary("__lshift__", o, py.Lshift)
}
func (d *Derived) M__rshift__(o py.Object) (py.Object, error) {
	return d.binary("__rshift__", o, py.Rshift)
}
func (d *Derived) M__neg__() (py.Object, error)    { return d.unary("__neg__", py.Neg) }
func (d *Derived) M__pos__() (py.Object, error)    { return d.unary("__pos__", py.Pos) }
func (d *Derived) M__abs__() (py.Object, error)    { return d.unary("__abs__", py.Abs) }
func (d *Derived) M__invert__() (py.Object, error) { return d.unary("__invert__", py.Invert) }
func (d *Derived) M__int__() (py.Object, error)    { return d.unary("__int__", py.MakeInt) }
func (d *Derived) M__float__() (py.Object, error)  { return d.unary("__float__", py.MakeFloat) }
func (d *Derived) M__index__() (py.Int, error) {
	r, err := d.unary("__index__", func(o py.Object) (py.Object, error) { return py.Index(o) })
	if err != nil {
		return 0, err
	}
	return py.Index(r)
}

// derivedStr is str(d): a __str__ override, else the base's str (a
// __repr__ override for bases without a __str__ of their own).
func derivedStr(d *Derived) (string, error) {
	if fn := d.override("__str__"); fn != nil {
		return callStr(fn, d)
	}
	switch d.val.(type) {
	case py.String, Bytes:
	default:
		if fn := d.override("__repr__"); fn != nil {
			return callStr(fn, d)
		}
	}
	return Str(d.val)
}

// derivedRepr is repr(d).
func derivedRepr(d *Derived, seen []py.Object) (string, error) {
	if fn := d.override("__repr__"); fn != nil {
		return callStr(fn, d)
	}
	return reprSeen(d.val, seen)
}

// derivedHash is hash(d): a __hash__ override; unhashable when the class
// overrides __eq__ only (as CPython sets __hash__ to None then).
func derivedHash(d *Derived) (int64, error) {
	if fn := d.override("__hash__"); fn != nil {
		if fn == py.None {
			return 0, unhashable(d)
		}
		res, err := py.Call(fn, py.Tuple{d}, nil)
		if err != nil {
			return 0, err
		}
		return Hash(res)
	}
	if d.override("__eq__") != nil {
		return 0, unhashable(d)
	}
	return Hash(d.val)
}

// baseNew is a built-in type's __new__ taking the class first: a
// subclass gets a Derived.
func baseNew(base *py.Type) py.Object {
	return &py.StaticMethod{Callable: py.MustNewMethod("__new__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s.__new__(): not enough arguments", base.Name)
		}
		cls, ok := args[0].(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "%s.__new__(X): X is not a type object (%s)", base.Name, args[0].Type().Name)
		}
		if cls == base {
			return py.Call(base, args[1:], kwargs)
		}
		if !cls.IsSubtype(base) {
			return nil, py.ExceptionNewf(py.TypeError, "%s.__new__(%s): %s is not a subtype of %s", base.Name, cls.Name, cls.Name, base.Name)
		}
		return newDerived(cls, base, args[1:], kwargs)
	}, 0, "Create and return a new object.")}
}

func init() {
	for _, t := range []*py.Type{py.StringType, py.BytesType, py.IntType, py.FloatType, py.TupleType, py.ListType} {
		t.Flags |= py.TPFLAGS_BASETYPE
		if _, has := t.Dict["__new__"]; !has {
			t.Dict["__new__"] = baseNew(t)
		}
	}
	py.ListType.Dict["__init__"] = py.MustNewMethod("__init__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args = unbound(self, args)
		l, ok := self.(*py.List)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a 'list' object but received a '%s'", typeName(self))
		}
		return py.None, listInit(l, args)
	}, 0, "Initialize self from an iterable.")
}

func (d *Derived) M__divmod__(o py.Object) (py.Object, py.Object, error) {
	if r, ok, err := d.callOverride("__divmod__", o); ok {
		return r, nil, err
	}
	return py.DivMod(d.val, Unwrap(o))
}

func (d *Derived) M__rdivmod__(o py.Object) (py.Object, py.Object, error) {
	if r, ok, err := d.callOverride("__rdivmod__", o); ok {
		return r, nil, err
	}
	return py.DivMod(Unwrap(o), d.val)
}

// hex(), oct() and bin() of an int subclass format its value.
func init() {
	impl := builtinsImpl()
	for _, m := range impl.Methods {
		switch m.Name {
		case "hex", "oct", "bin":
			orig := m
			setBuiltinFunc(m.Name, func(self, v py.Object) (py.Object, error) {
				return orig.Call(self, py.Tuple{Unwrap(v)})
			}, m.Doc)
		}
	}
}
