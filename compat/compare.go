package compat

// compare.go gives <, <=, > and >= CPython's meaning for tuples and lists
// (lexicographic: the first unequal items decide, else the shorter one is
// smaller). gpython raised TypeError for (1, 2) < (1, 3), which also broke
// sorting pairs. Compiled ordering comparisons call Compare (see
// opcodes.go); ints and floats take a fast path, everything else goes to
// gpython's own comparison.

import (
	"fmt"
	"sort"
	"strings"

	"github.com/go-python/gpython/py"
)

// COMPARE_OP arguments for the ordering operators.
const (
	cmpLT    = 0
	cmpLE    = 1
	cmpEQ    = 2
	cmpNE    = 3
	cmpGT    = 4
	cmpGE    = 5
	cmpIn    = 6
	cmpNotIn = 7
	cmpIs    = 8
	cmpIsNot = 9
)

// dunder and reflected dunder of each ordering comparison.
var cmpDunders = map[int][2]string{
	cmpLT: {"__lt__", "__gt__"},
	cmpLE: {"__le__", "__ge__"},
	cmpGT: {"__gt__", "__lt__"},
	cmpGE: {"__ge__", "__le__"},
}

var compareFuncs = map[int]*py.Method{}

func init() {
	for _, op := range []int{cmpLT, cmpLE, cmpGT, cmpGE} {
		op := op
		compareFuncs[op] = py.MustNewMethod("__gowsgi_cmp__", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.SystemError, "comparison needs 2 operands")
			}
			return Compare(op, args[0], args[1])
		}, 0, "a <op> b")
	}
	binary := func(fn func(a, b py.Object) (py.Object, error)) *py.Method {
		return py.MustNewMethod("__gowsgi_cmp__", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.SystemError, "comparison needs 2 operands")
			}
			return fn(args[0], args[1])
		}, 0, "a <op> b")
	}
	compareFuncs[cmpEQ] = binary(EqualObject)
	compareFuncs[cmpNE] = binary(NotEqualObject)
	compareFuncs[cmpIn] = binary(func(a, b py.Object) (py.Object, error) {
		r, err := Contains(b, a)
		return py.NewBool(r), err
	})
	// gpython's `is` compares Go interfaces, which panics for two tuples
	compareFuncs[cmpIs] = binary(func(a, b py.Object) (py.Object, error) {
		return py.NewBool(identical(a, b)), nil
	})
	compareFuncs[cmpIsNot] = binary(func(a, b py.Object) (py.Object, error) {
		return py.NewBool(!identical(a, b)), nil
	})
	compareFuncs[cmpNotIn] = binary(func(a, b py.Object) (py.Object, error) {
		r, err := Contains(b, a)
		return py.NewBool(!r), err
	})
}

// Contains is `item in container`: containers compare with Equal (so user
// __eq__ is asked), user classes use __contains__ or iteration.
func Contains(container, item py.Object) (bool, error) {
	item = unwrapEq(item)
	var items []py.Object
	switch c := container.(type) {
	case *py.List:
		items = c.Items
	case py.Tuple:
		items = c
	case py.String:
		s, ok := item.(py.String)
		if !ok {
			return false, py.ExceptionNewf(py.TypeError, "'in <string>' requires string as left operand, not %s", item.Type().Name)
		}
		return strings.Contains(string(c), string(s)), nil
	case py.StringDict:
		s, ok := item.(py.String)
		if !ok {
			if _, err := Hash(item); err != nil {
				return false, err
			}
			return false, nil
		}
		_, found := c[string(s)]
		return found, nil
	case py.I__contains__:
		r, err := c.M__contains__(item)
		if err != nil {
			return false, err
		}
		b, err := py.MakeBool(r)
		return b == py.True, err
	default:
		if cls, ok := userInstance(container); ok {
			if fn := lookupMro(cls, "__contains__"); fn != nil {
				r, err := py.Call(fn, py.Tuple{container, item}, nil)
				if err != nil {
					return false, err
				}
				b, err := py.MakeBool(r)
				return b == py.True, err
			}
		}
		found := false
		var eqErr error
		err := py.Iterate(container, func(o py.Object) bool {
			found, eqErr = Equal(o, item)
			return found || eqErr != nil
		})
		if err != nil {
			if isTypeError(err) {
				return false, py.ExceptionNewf(py.TypeError, "argument of type '%s' is not iterable", container.Type().Name)
			}
			return false, err
		}
		return found, eqErr
	}
	for _, o := range items {
		eq, err := Equal(o, item)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// Compare is a <op> b for op one of the COMPARE_OP ordering arguments.
func Compare(op int, a, b py.Object) (py.Object, error) {
	if x, ok := a.(py.Bool); ok {
		a = boolInt(x)
	}
	if y, ok := b.(py.Bool); ok {
		b = boolInt(y)
	}
	if x, ok := a.(py.Int); ok {
		if y, ok := b.(py.Int); ok {
			switch op {
			case cmpLT:
				return py.NewBool(x < y), nil
			case cmpLE:
				return py.NewBool(x <= y), nil
			case cmpGT:
				return py.NewBool(x > y), nil
			}
			return py.NewBool(x >= y), nil
		}
	}
	if r, ok := intFloatOrder(op, a, b); ok {
		return r, nil
	}
	if d, ok := cmpDunders[op]; ok {
		if r, ok, err := userCompare(a, b, d[0], d[1]); ok || err != nil {
			return r, err
		}
	}
	if isDerived(a) || isDerived(b) {
		return Compare(op, Unwrap(a), Unwrap(b))
	}
	as, aok := sequenceItems(a)
	bs, bok := sequenceItems(b)
	if aok && bok && a.Type() == b.Type() {
		for i := 0; i < len(as) && i < len(bs); i++ {
			eq, err := Equal(as[i], bs[i])
			if err != nil {
				return nil, err
			}
			if eq {
				continue
			}
			return Compare(op, as[i], bs[i])
		}
		return Compare(op, py.Int(len(as)), py.Int(len(bs)))
	}
	var r py.Object
	var err error
	sym := ">="
	switch op {
	case cmpLT:
		r, err, sym = ordered(py.Lt, a, b, "<")
	case cmpLE:
		r, err, sym = ordered(py.Le, a, b, "<=")
	case cmpGT:
		r, err, sym = ordered(py.Gt, a, b, ">")
	default:
		r, err, sym = ordered(py.Ge, a, b, ">=")
	}
	if err != nil && isTypeError(err) && (strings.Contains(fmt.Sprint(err), "unsupported operand type(s)") || strings.Contains(fmt.Sprint(err), "no ordering relation is defined for complex")) {
		// CPython's wording for comparisons (gpython reused the arithmetic one)
		return nil, py.ExceptionNewf(py.TypeError, "'%s' not supported between instances of '%s' and '%s'", sym, typeName(a), typeName(b))
	}
	return r, err
}

func ordered(f func(a, b py.Object) (py.Object, error), a, b py.Object, sym string) (py.Object, error, string) {
	r, err := f(a, b)
	return r, err, sym
}

func sequenceItems(o py.Object) ([]py.Object, bool) {
	switch v := o.(type) {
	case py.Tuple:
		return v, true
	case *py.List:
		return v.Items, true
	}
	return nil, false
}

// sortItems sorts items in place, stably, by key (or the items), with
// Compare's ordering; reverse keeps equal items in their order, as CPython.
func sortItems(items []py.Object, key py.Object, reverse bool) error {
	keys := items
	if key != nil && key != py.None {
		keys = make([]py.Object, len(items))
		for i, it := range items {
			k, err := py.Call(key, py.Tuple{it}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	var firstErr error
	less := func(a, b py.Object) bool {
		if firstErr != nil {
			return false
		}
		r, err := Compare(cmpLT, a, b)
		if err != nil {
			firstErr = err
			return false
		}
		return r == py.True
	}
	sortStable(idx, func(i, j int) bool {
		if reverse {
			return less(keys[j], keys[i])
		}
		return less(keys[i], keys[j])
	})
	if firstErr != nil {
		return firstErr
	}
	sorted := make([]py.Object, len(items))
	for i, k := range idx {
		sorted[i] = items[k]
	}
	copy(items, sorted)
	return nil
}

func init() {
	setBuiltinFunc("sorted", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var iterable py.Object
		var key, reverse py.Object = py.None, py.False
		if err := py.ParseTupleAndKeywords(args, kwargs, "O|$OO:sorted", []string{"iterable", "key", "reverse"}, &iterable, &key, &reverse); err != nil {
			return nil, err
		}
		items, err := py.SequenceList(iterable)
		if err != nil {
			return nil, err
		}
		rev, err := py.MakeBool(reverse)
		if err != nil {
			return nil, err
		}
		if err := sortItems(items.Items, key, rev == py.True); err != nil {
			return nil, err
		}
		return items, nil
	}, "sorted(iterable, /, *, key=None, reverse=False) -> new sorted list")
	py.ListType.Dict["sort"] = py.MustNewMethod("sort", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		self, args = unbound(self, args)
		l, ok := self.(*py.List)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor 'sort' requires a 'list' object")
		}
		var key, reverse py.Object = py.None, py.False
		if err := py.ParseTupleAndKeywords(args, kwargs, "|$OO:sort", []string{"key", "reverse"}, &key, &reverse); err != nil {
			return nil, err
		}
		rev, err := py.MakeBool(reverse)
		if err != nil {
			return nil, err
		}
		return py.None, sortItems(l.Items, key, rev == py.True)
	}, 0, "sort(*, key=None, reverse=False)")
}

// sortStable is sort.SliceStable on idx.
func sortStable(idx []int, less func(i, j int) bool) {
	sort.SliceStable(idx, func(a, b int) bool { return less(idx[a], idx[b]) })
}

// minMax is min() / max(): one iterable or several arguments, key=,
// default= (for an empty iterable), the first extreme item wins ties.
func minMax(name string, op int, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var key, def py.Object = py.None, nil
	for k, v := range kwargs {
		switch k {
		case "key":
			key = v
		case "default":
			def = v
		default:
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, name)
		}
	}
	var items []py.Object
	switch len(args) {
	case 0:
		return nil, py.ExceptionNewf(py.TypeError, "%s expected at least 1 argument, got 0", name)
	case 1:
		l, err := py.SequenceList(args[0])
		if err != nil {
			return nil, err
		}
		items = l.Items
	default:
		if def != nil {
			return nil, py.ExceptionNewf(py.TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		items = args
	}
	if len(items) == 0 {
		if def != nil {
			return def, nil
		}
		return nil, py.ExceptionNewf(py.ValueError, "%s() arg is an empty sequence", name)
	}
	best, bestKey := items[0], items[0]
	if key != py.None {
		k, err := py.Call(key, py.Tuple{best}, nil)
		if err != nil {
			return nil, err
		}
		bestKey = k
	}
	for _, it := range items[1:] {
		k := it
		if key != py.None {
			var err error
			if k, err = py.Call(key, py.Tuple{it}, nil); err != nil {
				return nil, err
			}
		}
		better, err := Compare(op, k, bestKey)
		if err != nil {
			return nil, err
		}
		if better == py.True {
			best, bestKey = it, k
		}
	}
	return best, nil
}

func init() {
	setBuiltinFunc("max", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return minMax("max", cmpGT, args, kwargs)
	}, "max(iterable, *[, default=obj, key=func]) -> value")
	setBuiltinFunc("min", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return minMax("min", cmpLT, args, kwargs)
	}, "min(iterable, *[, default=obj, key=func]) -> value")
}
