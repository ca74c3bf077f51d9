package compat

// classdef.go gives class creation CPython's error messages:
//
//   - class Y(Base, Base): "duplicate base class Base" (gpython: the
//     repr, "<type Base>");
//   - an impossible MRO (class C(A, B) with B(A)): "Cannot create a
//     consistent method resolution\norder (MRO) for bases A, B", naming
//     the heads left when the C3 merge stops, as CPython's set_mro_error
//     (gpython: "mro is wonky");
//   - object(1): "object() takes no arguments" (gpython: "parameters"),
//     and object() takes no attributes.
//
// __init__ returning something other than None is a TypeError
// (operators.go's initByMethod).

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// classDefError rewrites gpython's error for a class with these bases.
func classDefError(err error, bases py.Object) error {
	e, ok := err.(*py.Exception)
	if !ok || !e.Base.IsSubtype(py.TypeError) {
		return err
	}
	args, _ := e.Args.(py.Tuple)
	if len(args) != 1 {
		return err
	}
	msg, _ := args[0].(py.String)
	switch {
	case strings.HasPrefix(string(msg), "duplicate base class "):
		if bt, ok := bases.(py.Tuple); ok {
			seen := map[py.Object]bool{}
			for _, b := range bt {
				if seen[b] {
					if t, ok := b.(*py.Type); ok {
						return py.ExceptionNewf(py.TypeError, "duplicate base class %s", t.Name)
					}
				}
				seen[b] = true
			}
		}
	case msg == "mro is wonky":
		if bt, ok := bases.(py.Tuple); ok {
			return py.ExceptionNewf(py.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(mroConflict(bt), ", "))
		}
	}
	return err
}

// mroConflict runs the C3 merge of bases and names the heads of the lists
// left when it cannot go on.
func mroConflict(bases py.Tuple) []string {
	var lists [][]*py.Type
	for _, b := range bases {
		if t, ok := b.(*py.Type); ok {
			l := []*py.Type{}
			for _, m := range t.Mro {
				if mt, ok := m.(*py.Type); ok {
					l = append(l, mt)
				}
			}
			if len(l) == 0 {
				l = append(l, t)
			}
			lists = append(lists, l)
		}
	}
	direct := []*py.Type{}
	for _, b := range bases {
		if t, ok := b.(*py.Type); ok {
			direct = append(direct, t)
		}
	}
	lists = append(lists, direct)
	inTail := func(t *py.Type) bool {
		for _, l := range lists {
			for _, x := range l[min(1, len(l)):] {
				if x == t {
					return true
				}
			}
		}
		return false
	}
	for {
		var next *py.Type
		empty := true
		for _, l := range lists {
			if len(l) == 0 {
				continue
			}
			empty = false
			if !inTail(l[0]) {
				next = l[0]
				break
			}
		}
		if empty {
			return nil
		}
		if next == nil {
			break
		}
		for i, l := range lists {
			if len(l) > 0 && l[0] == next {
				lists[i] = l[1:]
			}
		}
	}
	var names []string
	seen := map[*py.Type]bool{}
	for _, l := range lists {
		if len(l) > 0 && !seen[l[0]] {
			seen[l[0]] = true
			names = append(names, l[0].Name)
		}
	}
	return names
}

func init() {
	objectNew := py.ObjectType.New
	py.ObjectType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t == py.ObjectType && (len(args) > 0 || len(kwargs) > 0) {
			return nil, py.ExceptionNewf(py.TypeError, "object() takes no arguments")
		}
		if t == py.ObjectType {
			return &plainObject{}, nil
		}
		return objectNew(t, args, kwargs)
	}
}

// plainObject is object(): no instance dict, so object().x = 1 is an
// AttributeError (gpython made a class-like object that took any
// attribute). A sentinel compares and hashes by identity.
type plainObject struct{ _ byte }

func (*plainObject) Type() *py.Type { return py.ObjectType }

func (o *plainObject) M__repr__() (py.Object, error) {
	return py.String(objectAtRepr(py.ObjectType, o)), nil
}

func (o *plainObject) M__str__() (py.Object, error) { return o.M__repr__() }
