package compat

// fastops.go gives the commonest opcodes fast paths (through vmops.go's
// table), each the result gpython's own handler gives in that case:
//
//   - LOAD_ATTR of a name found in the object's dict or on its type
//     (lookupAttr): what gpython's lookup finds, without boxing the name
//     and building an argument tuple to look for a __getattribute__ most
//     objects do not have (module.attr cost 85 ns, CPython's 10). Right
//     before a call of it with no argument or one local or constant, a
//     Python function or Go method found on the type is called at once,
//     without a bound method (methodCall).
//   - STORE_ATTR where the value goes straight into the object's dict
//     (plainSetDict), without the __setattr__ probe's allocations.
//   - CALL_FUNCTION without keywords of a Python function, or of a bound
//     method of one, or of a compat Builtin: the call gpython's Vm.Call
//     makes (the arguments are the stack's slots, as there; a bound
//     method's self goes in the callable's slot), without its generic
//     path and py.Call's; the Python function runs through py.VmEvalCode
//     as Function.M__call__ runs it. int(x) and str(x) of an int or a
//     str (fastConvert).

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

func init() {
	replaceOp(vm.LOAD_ATTR, func(orig opHandler) opHandler {
		return func(v *vm.Vm, namei int32) error {
			f := vmFrame(v)
			top := len(f.Stack) - 1
			obj, name := f.Stack[top], f.Code.Names[namei]
			if m, ok := obj.(*py.Module); ok && !isSpecialName(name) {
				// a module's attribute (base64.b64encode), before the
				// interface probes below: no __getattribute__, its dict
				// is its globals (lookupAttr)
				if res, ok := m.Globals[name]; ok {
					f.Stack[top] = res
					return nil
				}
			}
			if g, ok := obj.(py.I__getattribute__); ok {
				// GetAttrString's first step, for every name
				res, err := g.M__getattribute__(name)
				if err != nil {
					return err
				}
				f.Stack[top] = res
				return nil
			}
			res, onType, ok := lookupAttr(obj, name)
			if !ok {
				return orig(v, namei)
			}
			if onType {
				if done, err := methodCall(f, obj, res); done {
					return err
				}
				if g, ok := res.(py.I__get__); ok {
					var err error
					if res, err = g.M__get__(obj, obj.Type()); err != nil {
						return err
					}
				}
			}
			f.Stack[top] = res
			return nil
		}
	})
	replaceOp(vm.STORE_ATTR, func(orig opHandler) opHandler {
		return func(v *vm.Vm, namei int32) error {
			f := vmFrame(v)
			top := len(f.Stack) - 1
			if d := plainSetDict(f.Stack[top], f.Code.Names[namei]); d != nil {
				d[f.Code.Names[namei]] = f.Stack[top-1]
				clear(f.Stack[top-1:])
				f.Stack = f.Stack[:top-1]
				return nil
			}
			return orig(v, namei)
		}
	})
	replaceOp(vm.CALL_FUNCTION, func(orig opHandler) opHandler {
		return func(v *vm.Vm, argc int32) error {
			if argc > 0xff {
				return orig(v, argc) // keywords
			}
			f := vmFrame(v)
			q := len(f.Stack)
			p := q - int(argc) - 1
			var res py.Object
			var err error
			switch fn := f.Stack[p].(type) {
			case *py.Function:
				args := f.Stack[p+1 : q]
				f.Stack = f.Stack[:p]
				res, err = callFunction(fn, args, nil)
			case *py.BoundMethod:
				m, ok := fn.Method.(*py.Function)
				if !ok {
					return orig(v, argc)
				}
				f.Stack[p] = fn.Self
				args := f.Stack[p:q]
				f.Stack = f.Stack[:p]
				res, err = callFunction(m, args, nil)
			case *py.Type:
				if argc != 1 {
					return orig(v, argc)
				}
				if res, ok := fastConvert(fn, f.Stack[p+1]); ok {
					f.Stack[p] = res
					f.Stack = f.Stack[:p+1]
					return nil
				}
				return orig(v, argc)
			case *Builtin:
				args := py.Tuple(f.Stack[p+1 : q])
				f.Stack = f.Stack[:p]
				res, err = fn.def.fn(fn.self, args, nil)
			default:
				return orig(v, argc)
			}
			if err != nil {
				return err
			}
			f.Stack = append(f.Stack, res)
			return nil
		}
	})
}

// lookupAttr finds obj.name where py.GetAttrString(obj, name) finds it
// in obj's own dict or on its type, step for step, less the allocations
// of its first step (a call of obj's __getattribute__, looked up by
// py.TypeCall1 with a boxed name and an argument tuple, which only finds
// one on a Python class or instance). onType says res is the type's
// attribute, whose __get__ (if it has one) makes the value. ok is false
// where GetAttrString would do anything else (a __getattribute__ to call,
// a __special__ name, the __getattr__ and error paths): the caller falls
// back to it. obj has no M__getattribute__ of its own (the caller calls
// that, as GetAttrString's first step does).
func lookupAttr(obj py.Object, name string) (res py.Object, onType, ok bool) {
	if isSpecialName(name) {
		return nil, false, false
	}
	var t *py.Type
	switch o := obj.(type) {
	case *py.Module:
		// no __getattribute__, its dict is its globals
		if res, ok := o.Globals[name]; ok {
			return res, false, true
		}
		t = o.Type()
	case *py.Type:
		// what TypeCall1(o, "__getattribute__") would find
		if _, ok := o.Dict["__getattribute__"]; ok {
			return nil, false, false
		}
		t = o.Type()
		if _, ok := t.Dict["__getattribute__"]; ok || o.Lookup("__getattribute__") != nil {
			return nil, false, false
		}
		if res, ok := o.Dict[name]; ok {
			return res, false, true
		}
	default:
		if d, ok := obj.(py.IGetDict); ok {
			if res, ok := d.GetDict()[name]; ok {
				return res, false, true
			}
		}
		t = obj.Type()
	}
	res = t.NativeGetAttrOrNil(name)
	return res, true, res != nil
}

// plainSetDict is the dict py.SetAttrString(obj, name, v) stores v in
// when it stores it there straight away: no descriptor with __set__ on
// obj's type, no __setattr__ (what its TypeCall2 probe, two allocations,
// would find), a dict. Otherwise nil.
func plainSetDict(obj py.Object, name string) py.StringDict {
	if _, ok := obj.Type().NativeGetAttrOrNil(name).(py.I__set__); ok {
		return nil
	}
	switch o := obj.(type) {
	case py.I__setattr__:
		return nil
	case *py.Type:
		if _, ok := o.Dict["__setattr__"]; ok {
			return nil
		}
		if _, ok := o.Type().Dict["__setattr__"]; ok || o.Lookup("__setattr__") != nil {
			return nil
		}
		return o.Dict
	case py.IGetDict:
		return o.GetDict()
	}
	return nil
}

// methodCall runs obj.name(...) at once when the instructions after the
// LOAD_ATTR that found fn on obj's type are a call of it with no
// argument or one local or constant, and fn is a Python function or a Go
// method: the call the bound method gpython makes would make, without
// making it. The call instruction is consumed (f.Lasti moves past it, as
// it would be while the call runs). done is false when it does nothing.
func methodCall(f *py.Frame, obj, fn py.Object) (done bool, err error) {
	if obj == py.None {
		return false, nil
	}
	code, at := f.Code.Code, int(f.Lasti)
	var arg py.Object
	switch {
	case at+3 <= len(code) && code[at] == byte(vm.CALL_FUNCTION) && code[at+1] == 0 && code[at+2] == 0:
		at += 3
	case at+6 <= len(code) && code[at+3] == byte(vm.CALL_FUNCTION) && code[at+4] == 1 && code[at+5] == 0:
		i := int(code[at+1]) | int(code[at+2])<<8
		switch code[at] {
		case byte(vm.LOAD_FAST):
			if i < len(f.LocalVars) {
				arg = f.LocalVars[i]
			}
		case byte(vm.LOAD_CONST):
			if i < len(f.Code.Consts) {
				arg = f.Code.Consts[i]
			}
		}
		if arg == nil {
			return false, nil
		}
		at += 6
	default:
		return false, nil
	}
	m, isFunc := fn.(*py.Function)
	gm, isMethod := fn.(*py.Method)
	if !isFunc && !isMethod {
		return false, nil
	}
	f.Lasti = int32(at)
	// self and the argument in the stack's slots, as a call gives them
	top := len(f.Stack) - 1
	n := 1
	if arg != nil {
		f.Stack = append(f.Stack, arg)
		n = 2
	}
	args := f.Stack[top : top+n]
	f.Stack = f.Stack[:top]
	var res py.Object
	if isFunc {
		res, err = callFunction(m, args, nil)
	} else {
		res, err = gm.Call(obj, args[1:])
	}
	if err != nil {
		return true, err
	}
	f.Stack = append(f.Stack, res)
	return true, nil
}

// fastConvert is int(x) or str(x) for the arguments whose result needs
// no parsing rules or __str__ lookup: an int or a string of decimal
// digits to int, a str or an int to str. ok is false for every other call.
func fastConvert(t *py.Type, x py.Object) (py.Object, bool) {
	switch t {
	case py.IntType:
		switch x := x.(type) {
		case py.Int:
			return x, true
		case py.String:
			n, ok := plainDecimal(string(x))
			return n, ok
		}
	case py.StringType:
		return plainStr(x)
	}
	return nil, false
}

// plainDecimal parses s when it is an optional sign and 1 to 18 ASCII
// digits, nothing else (no spaces, underscores or other digits).
func plainDecimal(s string) (py.Int, bool) {
	neg := false
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		neg, s = s[0] == '-', s[1:]
	}
	if len(s) == 0 || len(s) > 18 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	if neg {
		n = -n
	}
	return py.Int(n), true
}

// callFunction is fn(*args, **kwargs), as Function.M__call__ makes it,
// with callLocals.
func callFunction(fn *py.Function, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return py.VmEvalCode(fn.Context, fn.Code, fn.Globals, callLocals(fn.Code), args, kwargs, fn.Defaults, fn.KwDefaults, fn.Closure)
}

// callLocals is the locals dict a call of code starts with. A function's
// (CO_OPTIMIZED) locals live in the frame's slots; the dict is only
// filled by FastToLocals (locals(), eval, exec, frame.f_locals), which
// makes it when it is nil, so such code starts without one.
func callLocals(code *py.Code) py.StringDict {
	if code.Flags&py.CO_OPTIMIZED != 0 {
		return nil
	}
	return py.NewStringDict()
}

// isSpecialName reports whether name is a __special__ name, which
// gpython's attribute lookup looks up as a Go method first.
func isSpecialName(name string) bool {
	return len(name) >= 5 && name[0] == '_' && name[1] == '_' && name[len(name)-1] == '_' && name[len(name)-2] == '_'
}
