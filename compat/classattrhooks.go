package compat

// classattrhooks.go sends `C.x = v` and `del C.x` to the metaclass, as
// CPython does: type(C).__setattr__(C, 'x', v).
//
// gpython's SetAttrString, given a class, calls the class's *own*
// __setattr__ (its instance hook) with the class as self: a class that
// guards its instances' attributes, e.g. bottle's ConfigDict.Namespace
// (`__setattr__` raising "Read-only attribute."), could not even be built
// under ABCMeta, which sets cls.__abstractmethods__. A Python class's
// __setattr__ and __delattr__ (own or inherited) are wrapped here: called
// with a class as self, the wrapper calls the metaclass's hook instead.
// Metaclasses keep theirs unwrapped (their instances are classes).
//
// A Python __getattribute__ raising AttributeError falls back to the
// class's __getattr__, as CPython's slot_tp_getattr_hook does (gpython
// returned the error): such a __getattribute__ is wrapped too.

import (
	"github.com/go-python/gpython/py"
)

// classAttrHook is a class's __setattr__ or __delattr__ function.
type classAttrHook struct {
	fn   py.Object
	name string
}

// classAttrHookType is named like the function it wraps (type(x).__name__).
var classAttrHookType = py.NewType("function", "")

func (h *classAttrHook) Type() *py.Type { return classAttrHookType }

func (h *classAttrHook) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return h.fn, nil
	}
	return py.NewBoundMethod(instance, h), nil
}

func (h *classAttrHook) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) > 0 {
		if cls, ok := args[0].(*py.Type); ok && cls.Name != "" { // instances are nameless Types
			if meta := lookupMro(cls.Type(), h.name); meta != nil {
				return py.Call(meta, args, kwargs)
			}
		}
	}
	return py.Call(h.fn, args, kwargs)
}

// wrapClassAttrHooks wraps cls's __setattr__ and __delattr__ (prepareClass
// runs it after the dunders are inherited).
func wrapClassAttrHooks(cls *py.Type) {
	if cls.IsSubtype(py.TypeType) {
		return
	}
	if fn, ok := cls.Dict["__getattribute__"].(*py.Function); ok && lookupMro(cls, "__getattr__") != nil {
		cls.Dict["__getattribute__"] = &getattributeHook{fn: fn}
	}
	for _, name := range []string{"__setattr__", "__delattr__"} {
		if fn, ok := cls.Dict[name].(*py.Function); ok {
			cls.Dict[name] = &classAttrHook{fn: fn, name: name}
		}
	}
}

func (h *classAttrHook) M__repr__() (py.Object, error) { return py.Repr(h.fn) }

// M__getattr__ gives the function's attributes (__name__, __qualname__, …).
func (h *classAttrHook) M__getattr__(name string) (py.Object, error) {
	return py.GetAttrString(h.fn, name)
}

// getattributeHook is a Python __getattribute__ of a class that also has
// __getattr__.
type getattributeHook struct{ fn py.Object }

func (h *getattributeHook) Type() *py.Type { return classAttrHookType }

func (h *getattributeHook) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return h.fn, nil
	}
	return py.NewBoundMethod(instance, h), nil
}

func (h *getattributeHook) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	res, err := py.Call(h.fn, args, kwargs)
	if err != nil && len(args) == 2 && len(kwargs) == 0 && py.IsException(py.AttributeError, err) {
		if inst, ok := args[0].(*py.Type); ok && inst.Name == "" {
			if ga := lookupMro(inst.Type(), "__getattr__"); ga != nil {
				return py.Call(ga, args, nil)
			}
		}
	}
	return res, err
}
