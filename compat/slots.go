package compat

// slots.go is CPython's attribute rules for instances of Python classes
// where gpython's differ: __slots__, and data descriptors.
//
// __slots__ (gpython refuses a class body that defines it):
//   - each name in __slots__ becomes a member_descriptor in the class
//     dict (a private name __x mangled to _Cls__x, see mangle.go); a
//     name that is also a class variable is
//     ValueError: 'x' in __slots__ conflicts with class variable;
//   - an instance whose class and Python bases all define __slots__
//     (without '__dict__' among them) has no __dict__: setting another
//     attribute raises AttributeError: 'P' object has no attribute 'z',
//     and setting a class attribute through it
//     AttributeError: 'P' object attribute 'kind' is read-only;
//   - reading an unset slot raises AttributeError: 'P' object has no
//     attribute 'x'; deleting one, AttributeError: x.
//   - Difference: slot values are kept in gpython's instance dict under
//     their names, so an instance that has both slots and a __dict__
//     ('__dict__' in __slots__, or a subclass without __slots__) lists its
//     slot values in __dict__ too.
//
// Data descriptors: an attribute of the class whose type defines __set__
// or __delete__ (property, a Python class with those methods) wins over
// the instance's __dict__ on reads as well as writes; gpython read the
// instance dict first. A class with such an attribute along its MRO gets
// CPython's object.__getattribute__ (genericGetAttr) as its own
// __getattribute__, which also calls __getattr__ when a property's getter
// raises AttributeError. Non-data descriptors (functions, a class with
// __get__ only) stay shadowed by instance attributes.
//
// property errors name the property (set by __set_name__) as CPython
// 3.11: property 'p' of 'C' object has no setter (no getter, no deleter).

import (
	"github.com/go-python/gpython/py"
)

// memberDesc is a slot's descriptor in its class dict.
type memberDesc struct {
	name  string
	owner *py.Type
}

var memberDescType = py.NewType("member_descriptor", "")

func (m *memberDesc) Type() *py.Type { return memberDescType }

func instanceDict(o py.Object) py.StringDict {
	if g, ok := o.(py.IGetDict); ok {
		return g.GetDict()
	}
	return nil
}

func (m *memberDesc) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return m, nil
	}
	if v, ok := instanceDict(instance)[m.name]; ok {
		return v, nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", instance.Type().Name, m.name)
}

// M__set__ is `obj.x = v` from gpython's attribute path, which tries data
// descriptors before the class's __setattr__: a Python __setattr__ (a
// frozen class) is called first, as in CPython, and object.__setattr__
// comes back here through rawSet.
func (m *memberDesc) M__set__(instance, value py.Object) (py.Object, error) {
	if hook := userAttrHook(instance, "__setattr__"); hook != nil {
		return py.Call(hook, py.Tuple{instance, py.String(m.name), value}, nil)
	}
	return m.rawSet(instance, value)
}

func (m *memberDesc) rawSet(instance, value py.Object) (py.Object, error) {
	d := instanceDict(instance)
	if d == nil {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.name, m.owner.Name, instance.Type().Name)
	}
	d[m.name] = value
	return py.None, nil
}

func (m *memberDesc) M__delete__(instance py.Object) (py.Object, error) {
	if hook := userAttrHook(instance, "__delattr__"); hook != nil {
		return py.Call(hook, py.Tuple{instance, py.String(m.name)}, nil)
	}
	return m.rawDelete(instance)
}

func (m *memberDesc) rawDelete(instance py.Object) (py.Object, error) {
	d := instanceDict(instance)
	if _, ok := d[m.name]; !ok {
		return nil, py.ExceptionNewf(py.AttributeError, "%s", m.name)
	}
	delete(d, m.name)
	return py.None, nil
}

func (m *memberDesc) M__repr__() (py.Object, error) {
	return py.String("<member '" + m.name + "' of '" + m.owner.Name + "' objects>"), nil
}

// slotNames lists the names a __slots__ value gives (a string is one
// name); ok is false when it is not a string or a tuple/list of strings.
func slotNames(v py.Object) (names []string, ok bool) {
	var items []py.Object
	switch s := v.(type) {
	case py.String:
		return []string{string(s)}, true
	case py.Tuple:
		items = s
	case *py.List:
		items = s.Items
	default:
		err := py.Iterate(v, func(o py.Object) bool {
			items = append(items, o)
			return false
		})
		if err != nil {
			return nil, false
		}
	}
	for _, it := range items {
		s, isStr := it.(py.String)
		if !isStr {
			return nil, false
		}
		names = append(names, string(s))
	}
	return names, true
}

// setupSlots puts cls's member descriptors in its dict.
func setupSlots(cls *py.Type, slots py.Object) error {
	cls.Dict["__slots__"] = slots
	names, ok := slotNames(slots)
	if !ok {
		if _, isStr := slots.(py.String); !isStr {
			return py.ExceptionNewf(py.TypeError, "__slots__ items must be strings, not '%s'", slots.Type().Name)
		}
	}
	for _, n := range names {
		n = mangledName(cls.Name, n) // as CPython: __x is _Cls__x
		if n == "__dict__" || n == "__weakref__" {
			continue
		}
		if !isIdentifier(n) {
			return py.ExceptionNewf(py.TypeError, "__slots__ must be identifiers")
		}
		if _, clash := cls.Dict[n]; clash {
			return py.ExceptionNewf(py.ValueError, "'%s' in __slots__ conflicts with class variable", n)
		}
		cls.Dict[n] = &memberDesc{name: n, owner: cls}
	}
	if _, own := cls.Dict["__setattr__"]; !own && isObjectHook(lookupMro(cls, "__setattr__"), "__setattr__") {
		cls.Dict["__setattr__"] = slotSetattr
	}
	return nil
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 || i > 0 && r >= '0' && r <= '9' {
			continue
		}
		return false
	}
	return true
}

// isObjectHook reports whether v is absent or object's (or compat's
// generic) version of the attribute hook name.
func isObjectHook(v py.Object, name string) bool {
	return v == nil || v == py.ObjectType.Dict[name] || v == slotSetattr || v == genericGetattribute
}

// hasInstanceDict reports whether instances of cls have a __dict__: not
// when the class and each Python base define __slots__ without '__dict__',
// nor for object itself (object().x = 1 is an AttributeError).
func hasInstanceDict(cls *py.Type) bool {
	if cls == py.ObjectType {
		return false
	}
	slotted := false
	for c := range mroTypes(cls) {
		if c == py.ObjectType {
			continue
		}
		if c.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			return true
		}
		s, ok := c.Dict["__slots__"]
		if !ok {
			return true
		}
		if names, _ := slotNames(s); containsString(names, "__dict__") {
			return true
		}
		slotted = true
	}
	return !slotted
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// setInstanceAttr is object.__setattr__ for an instance of a Python class.
func setInstanceAttr(obj py.Object, cls *py.Type, name string, value py.Object) (py.Object, error) {
	cv := lookupMro(cls, name)
	if m, ok := cv.(*memberDesc); ok {
		return m.rawSet(obj, value)
	}
	if s, ok := cv.(py.I__set__); ok {
		return s.M__set__(obj, value)
	}
	dict := instanceDict(obj)
	if dict == nil || !hasInstanceDict(cls) {
		if cv != nil {
			return nil, py.ExceptionNewf(py.AttributeError, "'%s' object attribute '%s' is read-only", cls.Name, name)
		}
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", cls.Name, name)
	}
	dict[name] = value
	return py.None, nil
}

// slotSetattr is the __setattr__ of a class with __slots__.
var slotSetattr = py.MustNewMethod("__setattr__", func(self py.Object, args py.Tuple) (py.Object, error) {
	self, args = unbound(self, args)
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "expected 2 arguments, got %d", len(args))
	}
	name, ok := args[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", args[0].Type().Name)
	}
	if t, isClass := self.(*py.Type); isClass && t.Name != "" {
		// gpython calls a class's own __setattr__ for C.x = v too
		return py.Call(lookupMro(t.Type(), "__setattr__"), py.Tuple{t, name, args[1]}, nil)
	}
	return setInstanceAttr(self, self.Type(), string(name), args[1])
}, 0, "Implement setattr(self, name, value).")

// isDataDescriptor reports whether class attribute v is a data
// descriptor that gpython's lookup would let the instance dict shadow.
func isDataDescriptor(v py.Object) bool {
	switch d := v.(type) {
	case *propertyObj:
		return true
	case *descriptor:
		return lookupMro(d.cls, "__set__") != nil || lookupMro(d.cls, "__delete__") != nil
	}
	return false
}

// genericGetAttr is CPython's object.__getattribute__ for an instance of
// a Python class: a data descriptor of the class, the instance dict, a
// class attribute (through __get__), else AttributeError.
func genericGetAttr(obj py.Object, name string) (py.Object, error) {
	cls := obj.Type()
	dict := instanceDict(obj)
	switch name {
	case "__class__":
		return cls, nil
	case "__dict__":
		if dict != nil && hasInstanceDict(cls) {
			return &liveDict{dict}, nil
		}
	}
	cv := lookupMro(cls, name)
	if cv != nil {
		if _, data := cv.(py.I__set__); data && (isDataDescriptor(cv) || !isUserDescriptor(cv)) {
			if g, ok := cv.(py.I__get__); ok {
				return g.M__get__(obj, cls)
			}
		}
	}
	if v, ok := dict[name]; ok {
		return v, nil
	}
	if cv != nil {
		if g, ok := cv.(py.I__get__); ok {
			return g.M__get__(obj, cls)
		}
		return cv, nil
	}
	if _, isInst := userInstance(obj); !isInst {
		return py.GetAttrString(obj, name)
	}
	if name == "__str__" { // object.__str__, which gpython has as a Go method only
		return py.MustNewMethod("__str__", func(_ py.Object, args py.Tuple) (py.Object, error) {
			s, err := Str(obj)
			return py.String(s), err
		}, 0, "Return str(self)."), nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", cls.Name, name)
}

func isUserDescriptor(v py.Object) bool {
	_, ok := v.(*descriptor)
	return ok
}

// genericGetattribute is installed as __getattribute__ of classes with
// data descriptors; it falls back on the class's __getattr__.
var genericGetattribute = py.MustNewMethod("__getattribute__", func(self py.Object, args py.Tuple) (py.Object, error) {
	self, args = unbound(self, args)
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
	}
	name, ok := args[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", args[0].Type().Name)
	}
	if t, isClass := self.(*py.Type); isClass && t.Name != "" {
		// gpython calls a class's own __getattribute__ for C.x too
		return py.Call(lookupMro(t.Type(), "__getattribute__"), py.Tuple{t, name}, nil)
	}
	v, err := genericGetAttr(self, string(name))
	if err != nil && py.IsException(py.AttributeError, err) {
		if ga := lookupMro(self.Type(), "__getattr__"); ga != nil {
			return py.Call(ga, py.Tuple{self, name}, nil)
		}
	}
	return v, err
}, 0, "Return getattr(self, name).")

// installGetattribute gives cls genericGetattribute when a data
// descriptor is along its MRO and no Python class defines __getattribute__.
func installGetattribute(cls *py.Type) {
	if _, own := cls.Dict["__getattribute__"]; own {
		return
	}
	if !isObjectHook(lookupMro(cls, "__getattribute__"), "__getattribute__") {
		return
	}
	for c := range mroTypes(cls) {
		if c.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			continue
		}
		for _, v := range c.Dict {
			if isDataDescriptor(v) {
				cls.Dict["__getattribute__"] = genericGetattribute
				return
			}
		}
	}
}

// userAttrHook is the Python __setattr__ or __delattr__ (name) of
// instance's class, nil when it has none.
func userAttrHook(instance py.Object, name string) py.Object {
	inst, ok := instance.(*py.Type)
	if !ok || inst.Name != "" {
		return nil
	}
	switch fn := lookupMro(inst.Type(), name).(type) {
	case *classAttrHook, *py.Function:
		return fn
	}
	return nil
}
