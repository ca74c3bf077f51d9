package compat

// reduce.go gives every object CPython's pickle protocol hooks (gpython has
// none of them), as CPython 3.11's object type defines them:
//
//   - object.__reduce_ex__(protocol): when the object's class overrides
//     __reduce__, its result; else for protocol >= 2
//     (copyreg.__newobj__, (cls, *args), state, listitems, dictitems), args
//     from __getnewargs_ex__ (copyreg.__newobj_ex__, (cls, args, kwargs),
//     …) or __getnewargs__, listitems/dictitems iterators for list and dict
//     subclasses; for protocol 0 and 1 copyreg._reduce_ex's
//     (copyreg._reconstructor, (cls, base, state)[, dict]) where base is the
//     first built-in type along the MRO.
//   - object.__reduce__() is __reduce_ex__(0) without the override check.
//   - object.__getstate__(): None for an empty instance dict, else the
//     dict; with __slots__ values (dict, {slot: value}). State is
//     "required" for protocol >= 2 when there are no new-args and the
//     object is not a list or dict: a built-in object (a module, a
//     generator, a lock) then raises TypeError: cannot pickle 'X' object.
//   - exceptions reduce to (type(self), self.args), as BaseException.__reduce__.
//   - int, float, str, bytes, tuple and complex have __getnewargs__, set
//     and frozenset __reduce__ (cls, (list(self),), state), as in CPython,
//     so subclasses of them pickle.
//   - copyreg.__newobj__, copyreg.__newobj_ex__ and copyreg._reconstructor
//     are Go functions here, shared by all interpreters, so the object that
//     __reduce_ex__ returns is the one copyreg exports (stdlib/py/copyreg.py
//     takes them from the hidden module _copyreg, with _slotnames).
//   - built-in functions get __name__, __qualname__, __doc__ and __module__ (gpython:
//     AttributeError), which pickle needs to save them by reference.
//
// Difference: an instance __dict__ iterates in sorted order here, so its
// state dict does too (CPython: insertion order).

import (
	"github.com/go-python/gpython/py"
)

// copyregModule is what __module__ says for the Go functions copyreg exports.
var copyregModule = &py.Module{Globals: py.StringDict{"__name__": py.String("copyreg")}}

var (
	newobjFunc        *py.Method
	newobjExFunc      *py.Method
	reconstructorFunc *py.Method
	slotnamesFunc     *py.Method
	objectReduce      *py.Method
	objectReduceEx    *py.Method
	objectGetstate    *py.Method
)

func init() {
	newobjFunc = py.MustNewMethod("__newobj__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "__newobj__() missing 1 required positional argument: 'cls'")
		}
		return callNew(args[0], append(py.Tuple{args[0]}, args[1:]...), nil)
	}, 0, "__newobj__(cls, *args): cls.__new__(cls, *args)")
	newobjFunc.Module = copyregModule
	newobjExFunc = py.MustNewMethod("__newobj_ex__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 3 {
			return nil, py.ExceptionNewf(py.TypeError, "__newobj_ex__() takes 3 positional arguments but %d were given", len(args))
		}
		var pos py.Tuple
		if err := py.Iterate(args[1], func(o py.Object) bool { pos = append(pos, o); return false }); err != nil {
			return nil, err
		}
		kw := py.StringDict{}
		if args[2] != py.None {
			keys, err := mappingItems(args[2])
			if err != nil {
				return nil, err
			}
			for _, kv := range keys {
				k, ok := kv[0].(py.String)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "keywords must be strings")
				}
				kw[string(k)] = kv[1]
			}
		}
		return callNew(args[0], append(py.Tuple{args[0]}, pos...), kw)
	}, 0, "__newobj_ex__(cls, args, kwargs): cls.__new__(cls, *args, **kwargs)")
	newobjExFunc.Module = copyregModule
	reconstructorFunc = py.MustNewMethod("_reconstructor", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 3 {
			return nil, py.ExceptionNewf(py.TypeError, "_reconstructor() takes 3 positional arguments but %d were given", len(args))
		}
		cls, base, state := args[0], args[1], args[2]
		if base == py.ObjectType {
			return callNew(base, py.Tuple{cls}, nil)
		}
		obj, err := callNew(base, py.Tuple{cls, state}, nil)
		if err != nil {
			return nil, err
		}
		if bt, ok := base.(*py.Type); ok {
			if init := lookupMro(bt, "__init__"); init != nil && init != py.ObjectType.Dict["__init__"] {
				f, err := py.GetAttrString(base, "__init__")
				if err != nil {
					return nil, err
				}
				if _, err := py.Call(f, py.Tuple{obj, state}, nil); err != nil {
					return nil, err
				}
			}
		}
		return obj, nil
	}, 0, "_reconstructor(cls, base, state): the object protocol 0 and 1 pickles rebuild")
	reconstructorFunc.Module = copyregModule
	slotnamesFunc = py.MustNewMethod("_slotnames", func(self py.Object, arg py.Object) (py.Object, error) {
		cls, ok := arg.(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "_slotnames() argument must be a class")
		}
		return slotnamesList(cls), nil
	}, 0, "_slotnames(cls): the names of cls's slots along its MRO, private names mangled")
	slotnamesFunc.Module = copyregModule

	objectReduceEx = py.MustNewMethod("__reduce_ex__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "object.__reduce_ex__() takes exactly one argument (%d given)", len(args))
		}
		proto, err := py.MakeGoInt(args[0])
		if err != nil {
			return nil, err
		}
		if r := lookupMro(self.Type(), "__reduce__"); r != nil && r != py.Object(objectReduce) {
			m, err := py.GetAttrString(self, "__reduce__")
			if err != nil {
				return nil, err
			}
			return py.Call(m, nil, nil)
		}
		return commonReduce(self, proto)
	}, 0, "Helper for pickle.")
	objectReduce = py.MustNewMethod("__reduce__", func(self py.Object) (py.Object, error) {
		return commonReduce(self, 0)
	}, 0, "Helper for pickle.")
	objectGetstate = py.MustNewMethod("__getstate__", func(self py.Object) (py.Object, error) {
		return defaultState(self, false)
	}, 0, "Helper for pickle.")
	py.ObjectType.Dict["__reduce_ex__"] = objectReduceEx
	py.ObjectType.Dict["__reduce__"] = objectReduce
	py.ObjectType.Dict["__getstate__"] = objectGetstate

	// __getnewargs__ of the immutable built-ins: (plain value,)
	for _, t := range []*py.Type{py.IntType, py.FloatType, py.StringType, py.BytesType, py.TupleType, py.ComplexType} {
		t := t
		if _, ok := t.Dict["__getnewargs__"]; ok {
			continue
		}
		t.Dict["__getnewargs__"] = py.MustNewMethod("__getnewargs__", func(self py.Object) (py.Object, error) {
			v := Unwrap(self)
			if tup, ok := v.(py.Tuple); ok {
				return py.Tuple{append(py.Tuple(nil), tup...)}, nil
			}
			if t == py.TupleType { // a named tuple
				var items py.Tuple
				if err := py.Iterate(v, func(o py.Object) bool { items = append(items, o); return false }); err != nil {
					return nil, err
				}
				return py.Tuple{items}, nil
			}
			if _, ok := v.(*py.BigInt); ok || t != py.IntType {
				return py.Tuple{v}, nil
			}
			if b, ok := v.(py.Bool); ok {
				if b {
					return py.Tuple{py.Int(1)}, nil
				}
				return py.Tuple{py.Int(0)}, nil
			}
			return py.Tuple{v}, nil
		}, 0, "")
	}
	for _, t := range []*py.Type{py.SetType, py.FrozenSetType, SetType, FrozenSetType} {
		if t == nil {
			continue
		}
		if _, ok := t.Dict["__reduce__"]; ok {
			continue
		}
		t.Dict["__reduce__"] = py.MustNewMethod("__reduce__", func(self py.Object) (py.Object, error) {
			var items []py.Object
			if err := py.Iterate(self, func(o py.Object) bool { items = append(items, o); return false }); err != nil {
				return nil, err
			}
			state, err := defaultState(self, false)
			if err != nil {
				return nil, err
			}
			return py.Tuple{self.Type(), py.Tuple{py.NewListFromItems(items)}, state}, nil
		}, 0, "Return state information for pickling.")
	}

	// exceptions: (type(self), self.args[, instance dict])
	if _, ok := py.BaseException.Dict["__reduce__"]; !ok {
		py.BaseException.Dict["__reduce__"] = py.MustNewMethod("__reduce__", func(self py.Object) (py.Object, error) {
			args, err := py.GetAttrString(self, "args")
			if err != nil {
				return nil, err
			}
			if d := instanceDict(self); len(d) > 0 {
				if e, isExc := self.(*py.Exception); !isExc || len(e.Dict) > 0 {
					return py.Tuple{self.Type(), args, &liveDict{d}}, nil
				}
			}
			return py.Tuple{self.Type(), args}, nil
		}, 0, "Helper for pickle.")
	}

	// built-in functions: __name__, __qualname__, __doc__, __module__
	if _, ok := py.MethodType.Dict["__name__"]; !ok {
		py.MethodType.Dict["__name__"] = readOnly(func(self py.Object) (py.Object, error) {
			return py.String(self.(*py.Method).Name), nil
		})
	}
	if _, ok := py.MethodType.Dict["__qualname__"]; !ok {
		py.MethodType.Dict["__qualname__"] = readOnly(func(self py.Object) (py.Object, error) {
			return py.String(methodQualname(self.(*py.Method))), nil // methodnames.go
		})
	}
	if _, ok := py.MethodType.Dict["__doc__"]; !ok {
		py.MethodType.Dict["__doc__"] = readOnly(func(self py.Object) (py.Object, error) {
			if doc := self.(*py.Method).Doc; doc != "" {
				return py.String(doc), nil
			}
			return py.None, nil
		})
	}
	if _, ok := py.MethodType.Dict["__module__"]; !ok {
		py.MethodType.Dict["__module__"] = readOnly(func(self py.Object) (py.Object, error) {
			if m := self.(*py.Method).Module; m != nil {
				if n, ok := m.Globals["__name__"]; ok {
					return n, nil
				}
			}
			return py.None, nil
		})
	}

	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_copyreg", Doc: "the Go half of copyreg (compat/reduce.go)"},
		Globals: py.StringDict{
			"__newobj__":     newobjFunc,
			"__newobj_ex__":  newobjExFunc,
			"_reconstructor": reconstructorFunc,
			"_slotnames":     slotnamesFunc,
		},
	})
}

// callNew is cls.__new__(*args, **kwargs) for the class cls (args
// starts with the class to make).
func callNew(cls py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	f, err := py.GetAttrString(cls, "__new__")
	if err != nil {
		return nil, err
	}
	if len(kwargs) == 0 {
		kwargs = nil
	}
	return py.Call(f, args, kwargs)
}

// mappingItems lists a mapping's (key, value) pairs.
func mappingItems(m py.Object) ([][2]py.Object, error) {
	if d, ok := m.(*Dict); ok {
		var out [][2]py.Object
		d.Range(func(k, v py.Object) bool { out = append(out, [2]py.Object{k, v}); return true })
		return out, nil
	}
	keysFn, err := py.GetAttrString(m, "keys")
	if err != nil {
		return nil, err
	}
	keys, err := py.Call(keysFn, nil, nil)
	if err != nil {
		return nil, err
	}
	var out [][2]py.Object
	var ierr error
	err = py.Iterate(keys, func(k py.Object) bool {
		v, e := py.GetItem(m, k)
		if e != nil {
			ierr = e
			return true
		}
		out = append(out, [2]py.Object{k, v})
		return false
	})
	if err == nil {
		err = ierr
	}
	return out, err
}

// commonReduce is CPython's _common_reduce: reduce_newobj from protocol 2,
// copyreg._reduce_ex's rules below.
func commonReduce(self py.Object, proto int) (py.Object, error) {
	if proto >= 2 {
		return reduceNewobj(self)
	}
	return reduceOld(self, proto)
}

// picklableNative reports whether a Go-implemented object can be rebuilt
// from its class and state (the value types and containers).
func picklableNative(o py.Object) bool {
	switch o.(type) {
	case py.Int, *py.BigInt, py.Float, py.Complex, py.String, py.Bytes, py.Tuple, *py.List, *Dict, py.Bool, *NamedTuple:
		return true
	}
	t := o.Type()
	return t == SetType || t == FrozenSetType || t == ByteArrayType
}

func reduceNewobj(obj py.Object) (py.Object, error) {
	cls := obj.Type()
	if !hasPyClass(obj) && !picklableNative(obj) && cls != py.ObjectType {
		return nil, py.ExceptionNewf(py.TypeError, "cannot pickle '%s' object", typeQualName(cls))
	}
	var args py.Object
	var kwargs py.Object
	if f, err := py.GetAttrString(obj, "__getnewargs_ex__"); err == nil {
		res, err := py.Call(f, nil, nil)
		if err != nil {
			return nil, err
		}
		t, ok := res.(py.Tuple)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "__getnewargs_ex__ should return a tuple, not '%s'", res.Type().Name)
		}
		if len(t) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "__getnewargs_ex__ should return a tuple of length 2, not %d", len(t))
		}
		if _, ok := t[0].(py.Tuple); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", t[0].Type().Name)
		}
		if _, ok := t[1].(*Dict); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", t[1].Type().Name)
		}
		args, kwargs = t[0], t[1]
	} else if !py.IsException(py.AttributeError, err) {
		return nil, err
	} else if f, err := py.GetAttrString(obj, "__getnewargs__"); err == nil {
		res, err := py.Call(f, nil, nil)
		if err != nil {
			return nil, err
		}
		if _, ok := res.(py.Tuple); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "__getnewargs__ should return a tuple, not '%s'", res.Type().Name)
		}
		args = res
	} else if !py.IsException(py.AttributeError, err) {
		return nil, err
	}
	hasArgs := args != nil
	var newobj py.Object
	var newargs py.Tuple
	if kw, ok := kwargs.(*Dict); !ok || kw.Len() == 0 {
		newobj = newobjFunc
		newargs = py.Tuple{cls}
		if args != nil {
			newargs = append(newargs, args.(py.Tuple)...)
		}
	} else {
		newobj = newobjExFunc
		newargs = py.Tuple{cls, args, kwargs}
	}
	isList := isInstanceOf(cls, py.ListType)
	isDict := isInstanceOf(cls, DictType)
	state, err := getState(obj, !(hasArgs || isList || isDict))
	if err != nil {
		return nil, err
	}
	var listitems, dictitems py.Object = py.None, py.None
	if isList {
		if listitems, err = py.Iter(obj); err != nil {
			return nil, err
		}
	}
	if isDict {
		items, err := py.GetAttrString(obj, "items")
		if err != nil {
			return nil, err
		}
		it, err := py.Call(items, nil, nil)
		if err != nil {
			return nil, err
		}
		if dictitems, err = py.Iter(it); err != nil {
			return nil, err
		}
	}
	return py.Tuple{newobj, newargs, state, listitems, dictitems}, nil
}

func isInstanceOf(cls, base *py.Type) bool {
	for c := range mroTypes(cls) {
		if c == base {
			return true
		}
	}
	return false
}

// typeQualName is a class's name as CPython's "cannot pickle" errors spell
// it (module-qualified for non-builtin types is not tracked here).
func typeQualName(t *py.Type) string {
	return t.Name
}

// getState is CPython's object_getstate: the class's own __getstate__ when
// it overrides object's, else defaultState.
func getState(obj py.Object, required bool) (py.Object, error) {
	g := lookupMro(obj.Type(), "__getstate__")
	if g == nil || g == py.Object(objectGetstate) {
		if inst, ok := instanceDict(obj)["__getstate__"]; !ok || inst == nil {
			return defaultState(obj, required)
		}
	}
	f, err := py.GetAttrString(obj, "__getstate__")
	if err != nil {
		return nil, err
	}
	return py.Call(f, nil, nil)
}

// defaultState is object.__getstate__: the instance dict (None when
// empty), paired with a dict of the slot values when there are any.
func defaultState(obj py.Object, required bool) (py.Object, error) {
	cls := obj.Type()
	if required && !hasPyClass(obj) && !picklableNative(obj) && cls != py.ObjectType {
		return nil, py.ExceptionNewf(py.TypeError, "cannot pickle '%s' object", typeQualName(cls))
	}
	var names []string
	if cls.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		for _, n := range slotnamesList(cls).Items {
			names = append(names, string(n.(py.String)))
		}
	}
	var state py.Object = py.None
	if hasPyClass(obj) && hasInstanceDict(cls) {
		if d := instanceDict(obj); len(d) > 0 {
			if len(names) == 0 {
				state = &liveDict{d}
			} else {
				// slot values live in gpython's instance dict too
				nd := NewDict()
				for _, k := range sortedKeys(d) {
					if !containsString(names, k) {
						nd.SetStr(k, d[k])
					}
				}
				if nd.Len() > 0 {
					state = nd
				}
			}
		}
	}
	if len(names) > 0 {
		slots := NewDict()
		for _, n := range names {
			v, err := py.GetAttrString(obj, n)
			if err != nil {
				if py.IsException(py.AttributeError, err) {
					continue
				}
				return nil, err
			}
			slots.SetStr(n, v)
		}
		if slots.Len() > 0 {
			state = py.Tuple{state, slots}
		}
	}
	return state, nil
}

// slotnamesList is copyreg._slotnames: cached in cls.__slotnames__.
func slotnamesList(cls *py.Type) *py.List {
	if v, ok := cls.Dict["__slotnames__"]; ok {
		if l, ok := v.(*py.List); ok {
			return l
		}
	}
	names := py.NewList()
	for c := range mroTypes(cls) {
		s, ok := c.Dict["__slots__"]
		if !ok {
			continue
		}
		list, _ := slotNames(s)
		for _, n := range list {
			if n == "__dict__" || n == "__weakref__" {
				continue
			}
			names.Append(py.String(mangledName(c.Name, n)))
		}
	}
	if cls.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		cls.Dict["__slotnames__"] = names
	}
	return names
}

// reduceOld is copyreg._reduce_ex for protocols 0 and 1.
func reduceOld(obj py.Object, proto int) (py.Object, error) {
	cls := obj.Type()
	base := py.ObjectType
	for b := range mroTypes(cls) {
		if b.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			base = b
			break
		}
	}
	var state py.Object = py.None
	if base != py.ObjectType {
		if base == cls {
			return nil, py.ExceptionNewf(py.TypeError, "cannot pickle '%s' object", cls.Name)
		}
		var err error
		if state, err = py.Call(base, py.Tuple{obj}, nil); err != nil {
			return nil, err
		}
	}
	args := py.Tuple{cls, base, state}
	g := lookupMro(cls, "__getstate__")
	if g == nil || g == py.Object(objectGetstate) {
		if len(slotnamesList(cls).Items) > 0 && cls.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			if s, err := py.GetAttrString(obj, "__slots__"); err == nil {
				if t, err := py.MakeBool(s); err == nil && t == py.True {
					return nil, py.ExceptionNewf(py.TypeError, "a class that defines __slots__ without defining __getstate__ cannot be pickled")
				}
			}
		}
	}
	dict, err := getState(obj, false)
	if err != nil {
		return nil, err
	}
	if dict != py.None {
		if t, err := py.MakeBool(dict); err != nil {
			return nil, err
		} else if t == py.True {
			return py.Tuple{reconstructorFunc, args, dict}, nil
		}
	}
	return py.Tuple{reconstructorFunc, args}, nil
}
