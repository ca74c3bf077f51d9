package compat

// introspect.go gives the interpreter's own objects the attributes
// introspecting code reads (dependency injection, test runners,
// decorators, loggers, traceback walkers), as CPython names them:
//
//   - functions: __defaults__ and __kwdefaults__ are None when there are
//     none (gpython gave () and {}); __kwdefaults__ is a dict in
//     parameter order;
//   - code objects: co_argcount, co_posonlyargcount, co_kwonlyargcount,
//     co_nlocals, co_varnames, co_names, co_cellvars, co_freevars,
//     co_name, co_qualname, co_filename, co_firstlineno, co_flags (gpython
//     had none of them);
//   - tracebacks: tb_next, tb_frame, tb_lineno, tb_lasti (gpython named
//     them __tb_next__ …); frames: f_code, f_lineno, f_lasti, f_globals,
//     f_locals;
//   - bound methods: type name `method` (types.MethodType(func, obj) makes
//     one), __func__, __self__, __name__,
//     __qualname__, __doc__, __module__, and == / hash by function and
//     instance (so a method can be registered and found again).
//
// Not here: arbitrary function attributes read through a bound method
// (m.flag with m = obj.method) stay an AttributeError.

import (
	"strings"

	"github.com/go-python/gpython/py"
)

func readOnly(get func(self py.Object) (py.Object, error)) *py.Property {
	return &py.Property{Fget: get}
}

func stringsTuple(names []string) py.Tuple {
	t := make(py.Tuple, 0, len(names))
	for _, n := range names {
		if strings.HasPrefix(n, "__gowsgi_") {
			continue // compat's own helpers
		}
		t = append(t, py.String(n))
	}
	return t
}

// codeFlags are the co_flags bits CPython defines.
const codeFlags = py.CO_OPTIMIZED | py.CO_NEWLOCALS | py.CO_VARARGS | py.CO_VARKEYWORDS | py.CO_NESTED | py.CO_GENERATOR

// codeVarnames is co_varnames as CPython orders it (compat's kwargs
// rewrite, calls.go, moved **kwargs among the keyword-only parameters).
func codeVarnames(c *py.Code) []string {
	if c.Flags&coKwDict == 0 {
		return c.Varnames
	}
	n := int(c.Argcount + c.Kwonlyargcount) // **kwargs is at n-1
	if n > len(c.Varnames) {
		return c.Varnames
	}
	out := append([]string{}, c.Varnames[:n-1]...)
	if c.Flags&py.CO_VARARGS != 0 && n < len(c.Varnames) {
		out = append(out, c.Varnames[n], c.Varnames[n-1])
		return append(out, c.Varnames[n+1:]...)
	}
	out = append(out, c.Varnames[n-1])
	return append(out, c.Varnames[n:]...)
}

// kwonlyCount is co_kwonlyargcount without compat's **kwargs slot.
func kwonlyCount(c *py.Code) int32 {
	if c.Flags&coKwDict != 0 {
		return c.Kwonlyargcount - 1
	}
	return c.Kwonlyargcount
}

// flagsOf is co_flags with compat's marks turned back into CPython's.
func flagsOf(c *py.Code) int32 {
	f := c.Flags
	if f&coKwDict != 0 {
		f |= py.CO_VARKEYWORDS
	}
	return f & codeFlags
}

func init() {
	fn := func(self py.Object) *py.Function { f, _ := self.(*py.Function); return f }
	defaults := py.FunctionType.Dict["__defaults__"].(*py.Property)
	py.FunctionType.Dict["__defaults__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if f := fn(self); f == nil || len(f.Defaults) == 0 {
				return py.None, nil
			}
			return fn(self).Defaults, nil
		},
		Fset: func(self, v py.Object) error {
			if v == py.None {
				fn(self).Defaults = nil
				return nil
			}
			return defaults.Fset(self, v)
		},
		Fdel: defaults.Fdel,
	}
	kwdefaults := py.FunctionType.Dict["__kwdefaults__"].(*py.Property)
	py.FunctionType.Dict["__kwdefaults__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			f := fn(self)
			if f == nil || len(f.KwDefaults) == 0 {
				return py.None, nil
			}
			d := NewDict()
			c := f.Code
			for _, name := range c.Varnames[c.Argcount:min(len(c.Varnames), int(c.Argcount+kwonlyCount(c)))] {
				if v, ok := f.KwDefaults[name]; ok {
					d.SetStr(name, v)
				}
			}
			return d, nil
		},
		Fset: func(self, v py.Object) error {
			switch m := v.(type) {
			case py.NoneType:
				fn(self).KwDefaults = nil
				return nil
			case *Dict:
				sd, err := m.StringDict()
				if err != nil {
					return err
				}
				fn(self).KwDefaults = sd
				return nil
			}
			return kwdefaults.Fset(self, v)
		},
		Fdel: kwdefaults.Fdel,
	}

	annotations := py.FunctionType.Dict["__annotations__"].(*py.Property)
	py.FunctionType.Dict["__annotations__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			f := fn(self)
			if f == nil {
				return py.None, nil
			}
			d := NewDict()
			// in parameter order, then the return annotation
			for _, name := range append(codeVarnames(f.Code), "return") {
				if v, ok := f.Annotations[name]; ok {
					d.SetStr(name, v)
				}
			}
			return d, nil
		},
		Fset: func(self, v py.Object) error {
			if m, ok := v.(*Dict); ok {
				sd, err := m.StringDict()
				if err != nil {
					return err
				}
				fn(self).Annotations = sd
				return nil
			}
			return annotations.Fset(self, v)
		},
		Fdel: annotations.Fdel,
	}

	code := func(self py.Object) *py.Code { c, _ := self.(*py.Code); return c }
	codeAttrs := map[string]func(c *py.Code) py.Object{
		"co_argcount":        func(c *py.Code) py.Object { return py.Int(c.Argcount) },
		"co_posonlyargcount": func(c *py.Code) py.Object { return py.Int(0) },
		"co_kwonlyargcount":  func(c *py.Code) py.Object { return py.Int(kwonlyCount(c)) },
		"co_nlocals":         func(c *py.Code) py.Object { return py.Int(c.Nlocals) },
		"co_varnames":        func(c *py.Code) py.Object { return stringsTuple(codeVarnames(c)) },
		"co_names":           func(c *py.Code) py.Object { return stringsTuple(c.Names) },
		"co_cellvars":        func(c *py.Code) py.Object { return stringsTuple(c.Cellvars) },
		"co_freevars":        func(c *py.Code) py.Object { return stringsTuple(c.Freevars) },
		"co_name":            func(c *py.Code) py.Object { return py.String(c.Name) },
		"co_qualname":        func(c *py.Code) py.Object { return py.String(c.Name) },
		"co_filename":        func(c *py.Code) py.Object { return py.String(c.Filename) },
		"co_firstlineno":     func(c *py.Code) py.Object { return py.Int(c.Firstlineno) },
		"co_flags":           func(c *py.Code) py.Object { return py.Int(flagsOf(c)) },
		"co_stacksize":       func(c *py.Code) py.Object { return py.Int(c.Stacksize) },
	}
	for name, get := range codeAttrs {
		get := get
		py.CodeType.Dict[name] = readOnly(func(self py.Object) (py.Object, error) {
			c := code(self)
			if c == nil {
				return py.None, nil
			}
			return get(c), nil
		})
	}

	tb := func(self py.Object) *py.Traceback { t, _ := self.(*py.Traceback); return t }
	py.TracebackType.Dict["tb_next"] = readOnly(func(self py.Object) (py.Object, error) {
		if t := tb(self); t != nil && t.Next != nil {
			return t.Next, nil
		}
		return py.None, nil
	})
	py.TracebackType.Dict["tb_frame"] = readOnly(func(self py.Object) (py.Object, error) {
		if t := tb(self); t != nil && t.Frame != nil {
			return t.Frame, nil
		}
		return py.None, nil
	})
	py.TracebackType.Dict["tb_lineno"] = readOnly(func(self py.Object) (py.Object, error) {
		if t := tb(self); t != nil {
			return py.Int(t.Lineno), nil
		}
		return py.None, nil
	})
	py.TracebackType.Dict["tb_lasti"] = readOnly(func(self py.Object) (py.Object, error) {
		if t := tb(self); t != nil {
			return py.Int(t.Lasti), nil
		}
		return py.None, nil
	})

	frame := func(self py.Object) *py.Frame { f, _ := self.(*py.Frame); return f }
	py.FrameType.Dict["f_code"] = readOnly(func(self py.Object) (py.Object, error) {
		if f := frame(self); f != nil {
			return f.Code, nil
		}
		return py.None, nil
	})
	py.FrameType.Dict["f_lineno"] = readOnly(func(self py.Object) (py.Object, error) {
		if f := frame(self); f != nil {
			return py.Int(f.Code.Addr2Line(f.Lasti)), nil
		}
		return py.None, nil
	})
	py.FrameType.Dict["f_lasti"] = readOnly(func(self py.Object) (py.Object, error) {
		if f := frame(self); f != nil {
			return py.Int(f.Lasti), nil
		}
		return py.None, nil
	})
	py.FrameType.Dict["f_globals"] = readOnly(func(self py.Object) (py.Object, error) {
		if f := frame(self); f != nil {
			return &liveDict{f.Globals}, nil
		}
		return py.None, nil
	})
	py.FrameType.Dict["f_locals"] = readOnly(func(self py.Object) (py.Object, error) {
		if f := frame(self); f != nil {
			if f.Code.Flags&py.CO_OPTIMIZED != 0 {
				f.FastToLocals()
			}
			return &liveDict{f.Locals}, nil
		}
		return py.None, nil
	})

	py.BoundMethodType.Name = "method"
	// types.MethodType(func, obj) binds func to obj
	py.BoundMethodType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "method() takes no keyword arguments")
		}
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "method expected 2 arguments, got %d", len(args))
		}
		if _, ok := args[0].(py.I__call__); !ok {
			if _, isType := args[0].(*py.Type); !isType {
				return nil, py.ExceptionNewf(py.TypeError, "first argument must be callable")
			}
		}
		if args[1] == py.None {
			return nil, py.ExceptionNewf(py.TypeError, "instance must not be None")
		}
		return py.NewBoundMethod(args[1], args[0]), nil
	}
	py.BoundMethodType.Doc = "Create a bound instance method object."
	bm := func(self py.Object) *py.BoundMethod { m, _ := self.(*py.BoundMethod); return m }
	py.BoundMethodType.Dict["__func__"] = readOnly(func(self py.Object) (py.Object, error) {
		if m := bm(self); m != nil {
			return m.Method, nil
		}
		return py.None, nil
	})
	py.BoundMethodType.Dict["__self__"] = readOnly(func(self py.Object) (py.Object, error) {
		if m := bm(self); m != nil {
			return m.Self, nil
		}
		return py.None, nil
	})
	for _, name := range []string{"__name__", "__qualname__", "__doc__", "__module__"} {
		name := name
		py.BoundMethodType.Dict[name] = readOnly(func(self py.Object) (py.Object, error) {
			m := bm(self)
			if m == nil {
				return py.None, nil
			}
			if meth, ok := m.Method.(*py.Method); ok {
				switch name {
				case "__name__":
					return py.String(meth.Name), nil
				case "__qualname__":
					return py.String(methodQualname(meth)), nil // methodnames.go
				case "__doc__":
					return py.String(meth.Doc), nil
				}
				return py.None, nil
			}
			return py.GetAttrString(m.Method, name)
		})
	}
}
