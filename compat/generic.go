package compat

// generic.go makes built-in classes subscriptable in annotations and type
// expressions, as CPython since 3.9 (PEP 585): list[int], dict[str, int],
// tuple[int, ...] are GenericAlias objects (repr "list[int]", __origin__,
// __args__, calling one calls the origin). A class with a
// __class_getitem__ (typing.Generic style) gets that called; any other
// class is "not subscriptable", as before. Without this, a def with an
// annotation like `x: list[int]` failed when the module was imported.

import (
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
)

// GenericAlias is a parameterized class such as list[int].
type GenericAlias struct {
	origin py.Object
	args   py.Tuple
}

// GenericAliasType is types.GenericAlias.
var GenericAliasType = py.NewType("types.GenericAlias", "Represent a PEP 585 generic type")

// Type is types.GenericAlias.
func (g *GenericAlias) Type() *py.Type { return GenericAliasType }

// typeRepr is how a type expression prints inside a GenericAlias.
func typeRepr(o py.Object) string {
	switch v := o.(type) {
	case *py.Type:
		if v == (py.NoneType{}).Type() {
			return "None"
		}
		name := v.Name
		if v.Qualname != "" {
			name = v.Qualname
		}
		if m, ok := v.Dict["__module__"].(py.String); ok && m != "builtins" {
			return string(m) + "." + name
		}
		return name
	case py.NoneType:
		return "None"
	case py.EllipsisType:
		return "..."
	}
	s, err := Repr(o)
	if err != nil {
		return "?"
	}
	return s
}

func (g *GenericAlias) M__repr__() (py.Object, error) {
	parts := make([]string, len(g.args))
	for i, a := range g.args {
		parts[i] = typeRepr(a)
	}
	return py.String(typeRepr(g.origin) + "[" + strings.Join(parts, ", ") + "]"), nil
}

func (g *GenericAlias) M__str__() (py.Object, error) { return g.M__repr__() }

func (g *GenericAlias) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return py.Call(g.origin, args, kwargs)
}

func (g *GenericAlias) M__getitem__(key py.Object) (py.Object, error) {
	return newGenericAlias(g, key), nil
}

func (g *GenericAlias) M__eq__(o py.Object) (py.Object, error) {
	h, ok := o.(*GenericAlias)
	if !ok {
		return py.NotImplemented, nil
	}
	if !identical(g.origin, h.origin) {
		return py.False, nil
	}
	return sequenceEqual(g.args, h.args)
}

func (g *GenericAlias) M__hash__() (py.Object, error) {
	h, err := hashTuple(append(py.Tuple{g.origin}, g.args...))
	return py.Int(h), err
}

func newGenericAlias(origin, key py.Object) *GenericAlias {
	args, ok := key.(py.Tuple)
	if !ok {
		args = py.Tuple{key}
	}
	return &GenericAlias{origin: origin, args: args}
}

// subscriptableBuiltins are the built-in classes CPython makes generic.
func subscriptableBuiltin(t *py.Type) bool {
	switch t {
	case py.ListType, DictType, py.TupleType, SetType, FrozenSetType, py.TypeType, ByteArrayType:
		return true
	}
	return false
}

// classGetItem is cls[key] for a class object.
func classGetItem(cls *py.Type, key py.Object) (py.Object, error) {
	if v := lookupMro(cls, "__class_getitem__"); v != nil {
		var fn py.Object = v
		switch m := v.(type) {
		case *py.ClassMethod:
			fn = m.Callable
		case *py.StaticMethod:
			return py.Call(m.Callable, py.Tuple{key}, nil)
		case *py.Method:
			return py.Call(m, py.Tuple{key}, nil)
		}
		return py.Call(fn, py.Tuple{cls, key}, nil)
	}
	if subscriptableBuiltin(cls) {
		return newGenericAlias(cls, key), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "'type' object is not subscriptable")
}

func init() {
	GenericAliasType.Dict["__origin__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return self.(*GenericAlias).origin, nil
	}}
	GenericAliasType.Dict["__args__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return self.(*GenericAlias).args, nil
	}}
	GenericAliasType.Dict["__parameters__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.Tuple{}, nil
	}}
	py.TypeType.Dict["__getitem__"] = py.MustNewMethod("__getitem__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args = unbound(self, args)
		cls, ok := self.(*py.Type)
		if !ok || len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "'type' object is not subscriptable")
		}
		return classGetItem(cls, args[0])
	}, 0, "Return a generic alias of the class.")
}

// classSubscriptWrapper makes a built-in type's own __getitem__ entry
// answer `T[x]` on the class (dict[str, int]) with a GenericAlias, since
// gpython finds the class's entry before type's.
func classSubscriptWrapper(t *py.Type) {
	m, ok := t.Dict["__getitem__"].(*py.Method)
	if !ok {
		return
	}
	t.Dict["__getitem__"] = py.MustNewMethod("__getitem__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if _, isModule := self.(*py.Module); isModule || self == nil || self == py.None {
			if len(args) == 2 {
				if cls, ok := args[0].(*py.Type); ok && cls.Name != "" {
					return classGetItem(cls, args[1])
				}
			}
		}
		return m.Call(self, args)
	}, 0, m.Doc)
}

// lateTypes runs finishTypes once, when the first interpreter starts:
// after every compat file's init has filled the built-in types.
var lateTypes sync.Once

func finishTypes() {
	for _, t := range []*py.Type{py.StringType, py.ListType, py.TupleType, py.IntType, py.FloatType} {
		unboundSafe(t)
	}
	bytesKeywords()
	addByteArrayMethods()
	for _, t := range []*py.Type{py.ListType, DictType, py.TupleType, SetType, FrozenSetType, ByteArrayType} {
		classSubscriptWrapper(t)
	}
	installDunders()
	installMethodArity() // methodarity.go
}

// UnionType is X | Y of types (PEP 604): int | None in annotations.
type UnionType struct{ args py.Tuple }

// UnionTypeType is types.UnionType.
var UnionTypeType = py.NewType("types.UnionType", "Represent a PEP 604 union type")

func (u *UnionType) Type() *py.Type { return UnionTypeType }

func (u *UnionType) M__repr__() (py.Object, error) {
	parts := make([]string, len(u.args))
	for i, a := range u.args {
		parts[i] = typeRepr(a)
	}
	return py.String(strings.Join(parts, " | ")), nil
}

func (u *UnionType) M__eq__(o py.Object) (py.Object, error) {
	v, ok := o.(*UnionType)
	if !ok {
		return py.NotImplemented, nil
	}
	return sequenceEqual(u.args, v.args)
}

func (u *UnionType) M__hash__() (py.Object, error) {
	h, err := hashTuple(u.args)
	return py.Int(h), err
}

// isTypeExpr reports whether o can be a member of a union type.
func isTypeExpr(o py.Object) bool {
	switch v := o.(type) {
	case *py.Type:
		return v.Name != ""
	case py.NoneType, *GenericAlias, *UnionType:
		return true
	}
	return false
}

// typeUnion is a | b for type expressions; ok is false otherwise.
func typeUnion(a, b py.Object) (py.Object, bool) {
	if !isTypeExpr(a) || !isTypeExpr(b) {
		return nil, false
	}
	var args py.Tuple
	add := func(o py.Object) {
		if o == py.None {
			o = py.NoneType{}.Type()
		}
		for _, x := range args {
			if x == o {
				return
			}
		}
		args = append(args, o)
	}
	for _, o := range []py.Object{a, b} {
		if u, ok := o.(*UnionType); ok {
			for _, x := range u.args {
				add(x)
			}
		} else {
			add(o)
		}
	}
	return &UnionType{args: args}, true
}

func init() {
	UnionTypeType.Dict["__args__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return self.(*UnionType).args, nil
	}}
}
