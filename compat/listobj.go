package compat

// listobj.go completes list and tuple. gpython's list has only append,
// extend (of lists only: extend(range(3)) did nothing) and sort (sort is
// compare.go's); its tuple has no methods. Added
// with CPython's behaviour and error messages: list.pop, insert, remove,
// index, count, reverse, copy, clear; tuple.index, count; index/count/
// remove/`in` compare with hash.go's Equal, so user __eq__ is honoured.
// Builtins: reversed() (sequences, dicts and their views, __reversed__),
// vars(), dir().

import (
	"sort"
	"strconv"

	"github.com/go-python/gpython/py"
)

func listMethod(name, doc string, fn func(l *py.List, args py.Tuple) (py.Object, error)) {
	py.ListType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args = unbound(self, args)
		l, ok := self.(*py.List)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'list' objects doesn't apply to a '%s' object", name, self.Type().Name)
		}
		return fn(l, args)
	}, 0, doc)
}

// seqIndex is the shared part of list.index and tuple.index.
func seqIndex(kind string, items []py.Object, args py.Tuple) (py.Object, error) {
	if err := argRange("index", args, 1, 3); err != nil {
		return nil, err
	}
	start, stop := 0, len(items)
	clamp := func(o py.Object) (int, error) {
		n, err := py.IndexInt(o)
		if err != nil {
			if _, ok := o.(py.Int); !ok && (isTypeError(err) || isTypeErrorInfo(err)) {
				return 0, py.ExceptionNewf(py.TypeError, "slice indices must be integers or have an __index__ method")
			}
			return 0, err
		}
		if n < 0 {
			n += len(items)
			if n < 0 {
				n = 0
			}
		}
		return min(n, len(items)), nil
	}
	var err error
	if len(args) > 1 {
		if start, err = clamp(args[1]); err != nil {
			return nil, err
		}
	}
	if len(args) > 2 {
		if stop, err = clamp(args[2]); err != nil {
			return nil, err
		}
	}
	for i := start; i < stop; i++ {
		eq, err := Equal(items[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return py.Int(i), nil
		}
	}
	if kind == "tuple" {
		return nil, py.ExceptionNewf(py.ValueError, "tuple.index(x): x not in tuple")
	}
	r, _ := Repr(args[0])
	return nil, py.ExceptionNewf(py.ValueError, "%s is not in list", r)
}

func seqCount(items []py.Object, args py.Tuple) (py.Object, error) {
	if err := argRange("count", args, 1, 1); err != nil {
		return nil, err
	}
	n := 0
	for _, it := range items {
		eq, err := Equal(it, args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return py.Int(n), nil
}

func init() {
	listMethod("append", "Append object to the end of the list.", func(l *py.List, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "list.append() takes exactly one argument (%d given)", len(args))
		}
		l.Items = append(l.Items, args[0])
		return py.None, nil
	})
	listMethod("extend", "Extend list by appending elements from the iterable.", func(l *py.List, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "list.extend() takes exactly one argument (%d given)", len(args))
		}
		if o, ok := Unwrap(args[0]).(*py.List); ok {
			l.Items = append(l.Items, o.Items...) // also l.extend(l)
			return py.None, nil
		}
		var more []py.Object
		err := py.Iterate(args[0], func(o py.Object) bool {
			more = append(more, o)
			return false
		})
		if err != nil {
			if isTypeError(err) {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", args[0].Type().Name)
			}
			return nil, err
		}
		l.Items = append(l.Items, more...)
		return py.None, nil
	})
	listMethod("pop", "Remove and return item at index (default last).", func(l *py.List, args py.Tuple) (py.Object, error) {
		if err := argRange("pop", args, 0, 1); err != nil {
			return nil, err
		}
		if len(l.Items) == 0 {
			return nil, py.ExceptionNewf(py.IndexError, "pop from empty list")
		}
		i := len(l.Items) - 1
		if len(args) == 1 {
			n, err := intArg(args[0])
			if err != nil {
				return nil, err
			}
			if n < 0 {
				n += len(l.Items)
			}
			if n < 0 || n >= len(l.Items) {
				return nil, py.ExceptionNewf(py.IndexError, "pop index out of range")
			}
			i = n
		}
		v := l.Items[i]
		l.Items = append(l.Items[:i], l.Items[i+1:]...)
		return v, nil
	})
	listMethod("insert", "Insert object before index.", func(l *py.List, args py.Tuple) (py.Object, error) {
		if err := argRange("insert", args, 2, 2); err != nil {
			return nil, err
		}
		n, err := intArg(args[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			n = max(n+len(l.Items), 0)
		}
		n = min(n, len(l.Items))
		l.Items = append(l.Items, nil)
		copy(l.Items[n+1:], l.Items[n:])
		l.Items[n] = args[1]
		return py.None, nil
	})
	listMethod("remove", "Remove first occurrence of value.", func(l *py.List, args py.Tuple) (py.Object, error) {
		if err := argRange("remove", args, 1, 1); err != nil {
			return nil, err
		}
		for i, it := range l.Items {
			eq, err := Equal(it, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				l.Items = append(l.Items[:i], l.Items[i+1:]...)
				return py.None, nil
			}
		}
		return nil, py.ExceptionNewf(py.ValueError, "list.remove(x): x not in list")
	})
	listMethod("index", "Return first index of value.", func(l *py.List, args py.Tuple) (py.Object, error) {
		return seqIndex("list", l.Items, args)
	})
	listMethod("count", "Return number of occurrences of value.", func(l *py.List, args py.Tuple) (py.Object, error) {
		return seqCount(l.Items, args)
	})
	listMethod("reverse", "Reverse *IN PLACE*.", func(l *py.List, args py.Tuple) (py.Object, error) {
		for i, j := 0, len(l.Items)-1; i < j; i, j = i+1, j-1 {
			l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
		}
		return py.None, nil
	})
	listMethod("copy", "Return a shallow copy of the list.", func(l *py.List, args py.Tuple) (py.Object, error) {
		return py.NewListFromItems(append([]py.Object(nil), l.Items...)), nil
	})
	listMethod("clear", "Remove all items from list.", func(l *py.List, args py.Tuple) (py.Object, error) {
		l.Items = l.Items[:0]
		return py.None, nil
	})
	tupleMethod := func(name, doc string, fn func(t py.Tuple, args py.Tuple) (py.Object, error)) {
		py.TupleType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			self, args = unbound(self, args)
			t, ok := tupleOf(self) // a tuple or a named tuple (of a subclass too)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'tuple' objects doesn't apply to a '%s' object", name, self.Type().Name)
			}
			return fn(t, args)
		}, 0, doc)
	}
	tupleMethod("index", "Return first index of value.", func(t py.Tuple, args py.Tuple) (py.Object, error) {
		return seqIndex("tuple", t, args)
	})
	tupleMethod("count", "Return number of occurrences of value.", func(t py.Tuple, args py.Tuple) (py.Object, error) {
		return seqCount(t, args)
	})

	setBuiltinFunc("reversed", func(self py.Object, seq py.Object) (py.Object, error) {
		if cls, ok := userInstance(seq); ok {
			if fn := lookupMro(cls, "__reversed__"); fn != nil {
				return py.Call(fn, py.Tuple{seq}, nil)
			}
		}
		var items []py.Object
		switch v := seq.(type) {
		case *py.List:
			items = v.Items
		case py.Tuple:
			items = v
		case *Dict:
			items = v.Keys()
		case *dictView:
			items = v.items()
		case *BigRange:
			return v.reversed(), nil
		default:
			_, indexable := seq.(py.I__getitem__)
			n, err := py.Len(seq)
			if err != nil || !indexable && lookupMro(seq.Type(), "__getitem__") == nil {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not reversible", seq.Type().Name)
			}
			count, _ := n.(py.Int)
			for i := 0; i < int(count); i++ {
				it, err := py.GetItem(seq, py.Int(i))
				if err != nil {
					return nil, err
				}
				items = append(items, it)
			}
		}
		out := make(py.Tuple, len(items))
		for i, it := range items {
			out[len(items)-1-i] = it
		}
		return py.NewIterator(out), nil
	}, "reversed(sequence) -> reverse iterator over values of the sequence")

	setBuiltinFunc("vars", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "vars() without arguments is not supported here; use locals()")
		}
		if g, ok := args[0].(py.IGetDict); ok {
			if d := g.GetDict(); d != nil && (!hasPyClass(args[0]) || hasInstanceDict(args[0].Type())) {
				return &liveDict{d}, nil // (slots.go: not for instances with __slots__ only)
			}
		}
		if e, ok := args[0].(*py.Exception); ok {
			return excGetAttr(e, "__dict__") // excattrs.go
		}
		return nil, py.ExceptionNewf(py.TypeError, "vars() argument must have __dict__ attribute")
	}, "vars(object) -> the object's __dict__")

	setBuiltinFunc("dir", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "dir() without arguments is not supported here; use locals()")
		}
		names := map[string]bool{}
		o := args[0]
		addDict := func(d py.StringDict) {
			for k := range d {
				names[k] = true
			}
			delete(names, classOrderKey) // classorder.go
			delete(names, subclassesKey)
		}
		if m, ok := o.(*py.Module); ok {
			addDict(m.Globals)
		} else {
			if g, ok := o.(py.IGetDict); ok {
				addDict(g.GetDict())
			}
			t := o.Type()
			if cls, ok := o.(*py.Type); ok && cls.Name != "" {
				t = cls
			}
			addDict(t.Dict)
			for _, b := range t.Mro {
				if bt, ok := b.(*py.Type); ok {
					addDict(bt.Dict)
				}
			}
		}
		out := make([]string, 0, len(names))
		for k := range names {
			out = append(out, k)
		}
		sort.Strings(out)
		return py.NewListFromStrings(out), nil
	}, "dir(object) -> sorted list of the object's attribute names")
}

// range.index and range.count (gpython's range has neither).
func init() {
	rangeItems := func(self py.Object) ([]py.Object, error) {
		l, err := py.SequenceList(self)
		if err != nil {
			return nil, err
		}
		return l.Items, nil
	}
	for _, name := range []string{"index", "count"} {
		name := name
		py.RangeType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			self, args = unbound(self, args)
			if br, ok := self.(*BigRange); ok && len(args) == 1 { // bigrange.go
				if name == "count" {
					return boolInt(py.NewBool(br.position(args[0]) != nil)), nil
				}
				return br.index(args[0])
			}
			items, err := rangeItems(self)
			if err != nil {
				return nil, err
			}
			if name == "count" {
				return seqCount(items, args)
			}
			r, err := seqIndex("range", items, args)
			if err != nil && len(args) > 0 {
				s, _ := Repr(args[0])
				return nil, py.ExceptionNewf(py.ValueError, "%s is not in range", s)
			}
			return r, err
		}, 0, "Return "+name+" of value.")
	}
}

// enumerate(iterable, start=0): gpython took start only by position, and
// its enumerate object made a fresh iterator in __iter__: CPython's is its
// own iterator (next(e) works, iter(e) is e, partial use is shared).
type enumObj struct {
	it    py.Object
	index py.Int
}

func (e *enumObj) Type() *py.Type                { return py.EnumerateType }
func (e *enumObj) M__iter__() (py.Object, error) { return e, nil }
func (e *enumObj) M__next__() (py.Object, error) {
	v, err := py.Next(e.it)
	if err != nil {
		return nil, err
	}
	r := py.Tuple{e.index, v}
	e.index++
	return r, nil
}

func init() {
	py.EnumerateType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var it, start py.Object = nil, py.Int(0)
		if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:enumerate", []string{"iterable", "start"}, &it, &start); err != nil {
			return nil, err
		}
		n, err := py.Index(start)
		if err != nil {
			return nil, err
		}
		iter, err := iterOf(it)
		if err != nil {
			return nil, err
		}
		return &enumObj{it: iter, index: n}, nil
	}
}

// zip(*iterables, strict=False): gpython's zip had no strict. With
// strict=True iterables of different lengths raise ValueError, with
// CPython's message, once the shortest is exhausted. zip() with no
// iterables is empty (gpython's yielded empty tuples forever).
func init() {
	zipNew := py.ZipType.New
	py.ZipType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) == 0 && len(args) > 0 {
			z, err := zipNew(t, args, nil)
			if err != nil {
				// gpython: "zip argument #2 must support iteration"
				for _, a := range args {
					if _, ierr := py.Iter(a); ierr != nil {
						return nil, ierr
					}
				}
			}
			return z, err
		}
		strict := false
		for k, v := range kwargs {
			if k != "strict" {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for zip()", k)
			}
			b, err := Truth(v)
			if err != nil {
				return nil, err
			}
			strict = b
		}
		if len(args) == 0 {
			return &strictZip{}, nil // (gpython's zip() gave empty tuples forever)
		}
		z, err := zipNew(t, args, nil)
		if err != nil || !strict {
			return z, err
		}
		its := make([]py.Object, len(args))
		for i, a := range args {
			if its[i], err = py.Iter(a); err != nil {
				return nil, err
			}
		}
		return &strictZip{its: its}, nil
	}
}

// strictZip is zip(..., strict=True).
type strictZip struct {
	its  []py.Object
	done bool
}

func (z *strictZip) Type() *py.Type                { return py.ZipType }
func (z *strictZip) M__iter__() (py.Object, error) { return z, nil }
func (z *strictZip) M__next__() (py.Object, error) {
	if z.done || len(z.its) == 0 {
		return nil, py.StopIteration
	}
	out := make(py.Tuple, len(z.its))
	for i, it := range z.its {
		v, err := py.Next(it)
		if err != nil {
			if !py.IsException(py.StopIteration, err) {
				return nil, err
			}
			z.done = true
			if i > 0 {
				return nil, py.ExceptionNewf(py.ValueError, "zip() argument %d is shorter than argument%s", i+1, zipArgs(i))
			}
			for j := 1; j < len(z.its); j++ {
				if _, err := py.Next(z.its[j]); err == nil {
					return nil, py.ExceptionNewf(py.ValueError, "zip() argument %d is longer than argument%s", j+1, zipArgs(j))
				} else if !py.IsException(py.StopIteration, err) {
					return nil, err
				}
			}
			return nil, py.StopIteration
		}
		out[i] = v
	}
	return out, nil
}

// zipArgs names the arguments before argument n+1: " 1" or "s 1-n".
func zipArgs(n int) string {
	if n == 1 {
		return " 1"
	}
	return "s 1-" + strconv.Itoa(n)
}

// list() and tuple() take one optional positional argument; CPython's
// messages are "list expected at most 1 argument, got 2" and "tuple()
// takes no keyword arguments" (gpython: "list() takes at most 1 arguments
// (2 given)", "tuple() does not take keyword arguments").
func init() {
	for _, t := range []*py.Type{py.ListType, py.TupleType} {
		t, orig := t, t.New
		t.New = func(mt *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if mt == t {
				if len(args) > 1 {
					return nil, py.ExceptionNewf(py.TypeError, "%s expected at most 1 argument, got %d", t.Name, len(args))
				}
				if len(kwargs) > 0 {
					return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", t.Name)
				}
			}
			return orig(mt, args, kwargs)
		}
	}
	if m, ok := py.StringType.Dict["replace"].(*py.Method); ok {
		py.StringType.Dict["replace"] = py.MustNewMethod("replace", func(self py.Object, args py.Tuple) (py.Object, error) {
			self, args = unbound(self, args)
			if _, ok := self.(py.String); !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor 'replace' for 'str' objects doesn't apply to a '%s' object", typeName(self))
			}
			if err := argRange("replace", args, 2, 3); err != nil {
				return nil, err
			}
			return m.Call(self, args)
		}, 0, m.Doc)
	}
}
