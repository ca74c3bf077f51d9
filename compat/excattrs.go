package compat

// excattrs.go lets code set, read and delete any attribute of an exception
// instance, as CPython's instance dict allows:
//
//	e = ValueError('x'); e.note = 1; print(e.note); del e.note
//	except HTTPError as err: err.code = 404   (class attribute code = 500)
//	e.add_note('row 17'); e.__notes__; vars(e); e.__dict__
//
// gpython's *py.Exception has a Dict but no attribute path uses it: storing
// an unknown attribute is an AttributeError and reading one gives args
// (Exception.M__getattr__). There is no per-object hook, and a built-in
// exception class is a Go global shared by every interpreter, so:
//   - at compile time the attributes a module stores or deletes on an
//     object other than `self` are collected (foreignAttrs); in that
//     module, those stores, deletes, and loads of those names from an
//     object other than `self`, go through excGetAttr/excSetAttr/
//     excDelAttr, which use the exception's Dict (CPython's order: a data
//     descriptor of the class, then the instance dict, then the class
//     attribute, else AttributeError). Other objects go to gpython's
//     GetAttr/SetAttr/DeleteAttr unchanged. Loads of any attribute from
//     a variable bound by `except E as name` go the same way;
//   - storing on an instance of a class made by a class statement also
//     gives that class (per interpreter) a descriptor for the name
//     (excAttr), so later loads anywhere, in any module, find the value;
//     a plain class attribute of that name (code = 500) stays the default
//     the descriptor gives when the instance has none;
//   - getattr(), hasattr(), setattr(), delattr() use the same functions;
//   - BaseException has __dict__ (the live instance dict), add_note(), and
//     __notes__ (in the instance dict, as CPython).

import (
	"reflect"
	"strings"

	"github.com/go-python/gpython/py"
)

const opDeleteAttr = 96

// excAttr is the descriptor for attribute name of a user exception class:
// the instance's Dict entry, else dflt (the class attribute it replaced).
type excAttr struct {
	name string
	dflt py.Object
}

var excAttrType = py.NewType("exception_attribute", "an exception instance attribute (compat)")

func (a *excAttr) Type() *py.Type { return excAttrType }

func (a *excAttr) M__get__(instance, owner py.Object) (py.Object, error) {
	if e, ok := instance.(*py.Exception); ok {
		if v, ok := e.Dict[a.name]; ok {
			return v, nil
		}
		if a.dflt == nil {
			return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", e.Base.Name, a.name)
		}
	}
	if a.dflt == nil {
		name := "?"
		if t, ok := owner.(*py.Type); ok {
			name = t.Name
		}
		return nil, py.ExceptionNewf(py.AttributeError, "type object '%s' has no attribute '%s'", name, a.name)
	}
	return a.dflt, nil
}

func (a *excAttr) M__set__(instance, value py.Object) (py.Object, error) {
	return py.None, SetExceptionAttr(instance, a.name, value)
}

func (a *excAttr) M__delete__(instance py.Object) (py.Object, error) {
	e, ok := instance.(*py.Exception)
	if !ok {
		return nil, py.ExceptionNewf(py.AttributeError, "%s", a.name)
	}
	if _, ok := e.Dict[a.name]; !ok {
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", e.Base.Name, a.name)
	}
	delete(e.Dict, a.name)
	return py.None, nil
}

// plainClassValue reports whether a class attribute is a plain value an
// instance attribute may shadow (not a function or descriptor).
func plainClassValue(v py.Object) bool {
	switch v.(type) {
	case *py.Function, *py.Method, *py.ClassMethod, *py.StaticMethod, *py.Property, *excAttr, *descriptor, *propertyObj:
		return false
	}
	return true
}

// giveExcAttr makes attribute name of user exception class t an excAttr
// (nothing for built-in classes, methods and descriptors).
func giveExcAttr(t *py.Type, name string) {
	if t.Flags&py.TPFLAGS_HEAPTYPE == 0 || strings.HasPrefix(name, "__") {
		return
	}
	cur := lookupMro(t, name)
	if cur == nil || plainClassValue(cur) {
		if t.Dict == nil {
			t.Dict = py.StringDict{}
		}
		t.Dict[name] = &excAttr{name: name, dflt: cur}
	}
}

// excDataDescriptor reports whether class attribute v wins over the
// instance dict.
func excDataDescriptor(v py.Object) bool {
	switch v.(type) {
	case *py.Property, *excAttr:
		return true
	}
	return isDataDescriptor(v)
}

// excGetAttr is e.name for an exception.
func excGetAttr(e *py.Exception, name string) (py.Object, error) {
	a := lookupMro(e.Base, name)
	if a != nil && excDataDescriptor(a) {
		return py.GetAttrString(e, name)
	}
	if v, ok := e.Dict[name]; ok {
		return v, nil
	}
	if a != nil || (strings.HasPrefix(name, "__") && reflect.ValueOf(e).MethodByName("M"+name).IsValid() && name != "__getattr__") {
		return py.GetAttrString(e, name)
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", e.Base.Name, name)
}

// excSetAttr is e.name = value for an exception.
func excSetAttr(e *py.Exception, name string, value py.Object) error {
	if a := lookupMro(e.Base, name); a != nil && excDataDescriptor(a) {
		_, err := py.SetAttrString(e, name, value)
		return err
	}
	giveExcAttr(e.Base, name)
	return SetExceptionAttr(e, name, value)
}

// excDelAttr is del e.name for an exception.
func excDelAttr(e *py.Exception, name string) error {
	if a := lookupMro(e.Base, name); a != nil && excDataDescriptor(a) {
		return py.DeleteAttrString(e, name)
	}
	if _, ok := e.Dict[name]; ok {
		delete(e.Dict, name)
		return nil
	}
	return py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", e.Base.Name, name)
}

// The functions rewritten attribute instructions call; one set per name
// and compilation (attrHelpers).
type attrHelpers struct {
	load, store, del *py.Method
}

func newAttrHelpers(name string) *attrHelpers {
	return &attrHelpers{
		load: py.MustNewMethod(name, func(_ py.Object, obj py.Object) (py.Object, error) {
			if e, ok := obj.(*py.Exception); ok {
				return excGetAttr(e, name)
			}
			v, err := py.GetAttrString(obj, name)
			if err != nil {
				// (the failed instruction is this call, not LOAD_ATTR:
				// errorsite.go cannot see it)
				return nil, moduleAttrError(obj, py.String(name), err)
			}
			return v, nil
		}, 0, "obj."+name+" (compat)"),
		store: py.MustNewMethod(name, func(_ py.Object, args py.Tuple) (py.Object, error) {
			// (value, obj): the stack order of STORE_ATTR
			if e, ok := args[1].(*py.Exception); ok {
				return py.None, excSetAttr(e, name, args[0])
			}
			v, err := py.SetAttrString(args[1], name, args[0])
			if e := exceptionOf(err); e != nil && e.Base == py.AttributeError {
				if a, ok := e.Args.(py.Tuple); ok && len(a) == 1 {
					if msg, ok := a[0].(py.String); ok {
						if u := storeAttrError(args[1], name, string(msg)); u != nil {
							return nil, u
						}
					}
				}
			}
			return v, err
		}, 0, "obj."+name+" = value (compat)"),
		del: py.MustNewMethod(name, func(_ py.Object, obj py.Object) (py.Object, error) {
			if e, ok := obj.(*py.Exception); ok {
				return py.None, excDelAttr(e, name)
			}
			return py.None, py.DeleteAttrString(obj, name)
		}, 0, "del obj."+name+" (compat)"),
	}
}

// foreignAttrs collects, over code and its nested code, the attribute
// names stored or deleted on something other than a method's `self`.
func foreignAttrs(code *py.Code, into map[string]*attrHelpers) {
	if ins, ok := decode(code); ok {
		for i, in := range ins {
			if (in.op == opStoreAttr && !onSelf(code, ins, i)) || in.op == opDeleteAttr {
				// (not __private names: mangle.go renames them later;
				// nor dunders, which BaseException's descriptors serve)
				if name := code.Names[in.arg]; into[name] == nil && !strings.HasPrefix(name, "__") {
					into[name] = newAttrHelpers(name)
				}
			}
		}
	}
	for _, c := range code.Consts {
		if inner, ok := c.(*py.Code); ok {
			foreignAttrs(inner, into)
		}
	}
}

// exceptVarLoads finds the variables `except E as name` binds in code: a
// load of an attribute from one goes through the exception helpers too
// (an attribute another function set with setattr). The key is the load
// instruction (op, arg) that reads the variable.
func exceptVarLoads(ins []instr) map[[2]int]bool {
	var vars map[[2]int]bool
	for i := 0; i+3 < len(ins); i++ {
		if ins[i].op != opCompareOp || ins[i].arg != cmpExcMatch || ins[i+1].op != opPopJumpIfFalse || ins[i+2].op != opPopTop {
			continue
		}
		load := map[byte]byte{opStoreFast: opLoadFast, opStoreName: opLoadName, opStoreGlobal: opLoadGlobal, opStoreDeref: opLoadDeref}[ins[i+3].op]
		if load == 0 {
			continue
		}
		if vars == nil {
			vars = map[[2]int]bool{}
		}
		vars[[2]int{int(load), ins[i+3].arg}] = true
	}
	return vars
}

// onSelf reports whether the object of attribute instruction i is loaded
// just before it from a method's first argument named self.
func onSelf(code *py.Code, ins []instr, i int) bool {
	if i == 0 || code.Argcount == 0 || len(code.Varnames) == 0 || code.Varnames[0] != "self" {
		return false
	}
	p := ins[i-1]
	return p.op == opLoadFast && p.arg == 0
}

func init() {
	be := py.BaseException
	be.Dict["__dict__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			e, ok := self.(*py.Exception)
			if !ok {
				return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '__dict__'", typeName(self))
			}
			if e.Dict == nil {
				e.Dict = py.StringDict{}
			}
			return &liveDict{e.Dict}, nil
		},
	}
	be.Dict["add_note"] = py.MustNewMethod("add_note", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args = unbound(self, args)
		e, ok := self.(*py.Exception)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor 'add_note' requires a 'BaseException' object but received a '%s'", typeName(self))
		}
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "BaseException.add_note() takes exactly one argument (%d given)", len(args))
		}
		if _, ok := args[0].(py.String); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "note must be a str, not '%s'", typeName(args[0]))
		}
		notes, err := excGetAttr(e, "__notes__")
		if err != nil {
			notes = py.NewList()
			if err := excSetAttr(e, "__notes__", notes); err != nil {
				return nil, err
			}
		}
		l, ok := notes.(*py.List)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "Cannot add note: __notes__ is not a list")
		}
		l.Append(args[0])
		return py.None, nil
	}, 0, "Exception.add_note(note) --\n    add a note to the exception")
	// __notes__ lives in the instance dict; this descriptor only lets
	// gpython's own attribute path find it there
	be.Dict["__notes__"] = exceptionAttr("__notes__")
	for _, m := range builtinsImpl().Methods {
		orig := m
		switch m.Name {
		case "setattr":
			setBuiltinFunc("setattr", func(self py.Object, args py.Tuple) (py.Object, error) {
				if len(args) == 3 {
					if e, ok := args[0].(*py.Exception); ok {
						if name, ok := args[1].(py.String); ok {
							return py.None, excSetAttr(e, string(name), args[2])
						}
					}
				}
				return orig.Call(self, args)
			}, orig.Doc)
		case "delattr":
			setBuiltinFunc("delattr", func(self py.Object, args py.Tuple) (py.Object, error) {
				if len(args) == 2 {
					if e, ok := args[0].(*py.Exception); ok {
						if name, ok := args[1].(py.String); ok {
							return py.None, excDelAttr(e, string(name))
						}
					}
				}
				return orig.Call(self, args)
			}, orig.Doc)
		}
	}
}
