package compat

// slice.go completes the slice type: repr is slice(start, stop, step) and
// indices(length) gives the (start, stop, step) a sequence of that length
// uses, as in CPython (gpython had the default object repr and no
// indices).

import (
	"github.com/go-python/gpython/py"
)

func init() {
	py.SliceType.Dict["__repr__"] = py.MustNewMethod("__repr__", func(self py.Object) (py.Object, error) {
		s, ok := self.(*py.Slice)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__repr__' requires a 'slice' object")
		}
		r, err := sliceRepr(s)
		return py.String(r), err
	}, 0, "Return repr(self).")
	py.SliceType.Dict["indices"] = py.MustNewMethod("indices", func(self py.Object, arg py.Object) (py.Object, error) {
		s, ok := self.(*py.Slice)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor 'indices' requires a 'slice' object")
		}
		n, err := py.IndexInt(arg)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "length should not be negative")
		}
		start, stop, step, _, err := s.GetIndices(n)
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.Int(start), py.Int(stop), py.Int(step)}, nil
	}, 0, "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in a manner consistent with the\nhandling of normal slices.")
}

// sliceRepr is repr(slice): slice(start, stop, step).
func sliceRepr(s *py.Slice) (string, error) {
	out := "slice("
	for i, part := range []py.Object{s.Start, s.Stop, s.Step} {
		r, err := Repr(part)
		if err != nil {
			return "", err
		}
		if i > 0 {
			out += ", "
		}
		out += r
	}
	return out + ")", nil
}

// Slicing of lists and tuples. gpython's tuple panicked on t[a:b] with
// a > b (a Go "slice bounds out of range"), and its list slice assignment
// and deletion were wrong for a start past the stop (a[5:2] = x
// duplicated items) and for negative steps (del a[::-1] deleted nothing).
// CPython's rules: a simple slice (step 1) whose stop is before its start
// is empty (assignment inserts at start); an extended slice assignment
// needs a sequence of exactly its length.

// seqGetItem is seq[key] for compiled code (opcodes.go) and the
// __getitem__ special method.
func seqGetItem(seq, key py.Object) (py.Object, error) {
	if s, ok := key.(*py.Slice); ok {
		if t, ok := seq.(py.Tuple); ok {
			start, stop, step, n, err := s.GetIndices(len(t))
			if err != nil {
				return nil, err
			}
			if step == 1 {
				if stop <= start {
					return py.Tuple{}, nil
				}
				return append(py.Tuple{}, t[start:stop]...), nil
			}
			out := make(py.Tuple, n)
			for i, j := start, 0; j < n; i, j = i+step, j+1 {
				out[j] = t[i]
			}
			return out, nil
		}
		if r, ok := seq.(*py.Range); ok {
			return rangeSlice(r, s)
		}
	}
	v, err := py.GetItem(seq, key)
	if err != nil {
		if u := subscriptError(seq, key, err); u != nil {
			return nil, u // CPython's message for seq's type (errorsite.go)
		}
	}
	return v, err
}

// plainList is seq's list when seq is a list or an instance of a list
// subclass that does not define the special method name.
func plainList(seq py.Object, name string) (*py.List, bool) {
	switch v := seq.(type) {
	case *py.List:
		return v, true
	case *Derived:
		if l, ok := v.val.(*py.List); ok && v.override(name) == nil {
			return l, true
		}
	}
	return nil, false
}

// seqSetItem is seq[key] = value.
func seqSetItem(seq, key, value py.Object) error {
	if l, ok := plainList(seq, "__setitem__"); ok {
		if s, ok := key.(*py.Slice); ok {
			return listSetSlice(l, s, value)
		}
		if _, ok := key.(py.Int); ok {
			i, err := listIndex(l, key, "list assignment index out of range")
			if err != nil {
				return err
			}
			l.Items[i] = value
			return nil
		}
	}
	_, err := py.SetItem(seq, key, value)
	return err
}

// seqDelItem is del seq[key].
func seqDelItem(seq, key py.Object) error {
	if l, ok := plainList(seq, "__delitem__"); ok {
		if s, ok := key.(*py.Slice); ok {
			return listDelSlice(l, s)
		}
		if _, ok := key.(py.Int); ok {
			i, err := listIndex(l, key, "list assignment index out of range")
			if err != nil {
				return err
			}
			l.Items = append(l.Items[:i], l.Items[i+1:]...)
			return nil
		}
	}
	_, err := py.DelItem(seq, key)
	return err
}

// listIndex is the position an int key names in l, or IndexError(msg).
func listIndex(l *py.List, key py.Object, msg string) (int, error) {
	i, err := py.IndexInt(key)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += len(l.Items)
	}
	if i < 0 || i >= len(l.Items) {
		return 0, py.ExceptionNewf(py.IndexError, "%s", msg)
	}
	return i, nil
}

// listSetSlice is l[s] = value.
func listSetSlice(l *py.List, s *py.Slice, value py.Object) error {
	start, stop, step, n, err := s.GetIndices(len(l.Items))
	if err != nil {
		return err
	}
	var src []py.Object
	switch v := Unwrap(value).(type) {
	case *py.List:
		src = append([]py.Object(nil), v.Items...) // a copy: l[:] = l
	case py.Tuple:
		src = v
	default:
		err = py.Iterate(value, func(o py.Object) bool {
			src = append(src, o)
			return false
		})
		if err != nil {
			if isTypeError(err) || isTypeErrorInfo(err) {
				if step == 1 {
					return py.ExceptionNewf(py.TypeError, "can only assign an iterable")
				}
				return py.ExceptionNewf(py.TypeError, "must assign iterable to extended slice")
			}
			return err
		}
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]py.Object, 0, len(l.Items)-(stop-start)+len(src))
		out = append(out, l.Items[:start]...)
		out = append(out, src...)
		l.Items = append(out, l.Items[stop:]...)
		return nil
	}
	if len(src) != n {
		return py.ExceptionNewf(py.ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(src), n)
	}
	for i, j := start, 0; j < n; i, j = i+step, j+1 {
		l.Items[i] = src[j]
	}
	return nil
}

// listDelSlice is del l[s].
func listDelSlice(l *py.List, s *py.Slice) error {
	start, stop, step, n, err := s.GetIndices(len(l.Items))
	if err != nil {
		return err
	}
	if step == 1 {
		if stop > start {
			l.Items = append(l.Items[:start], l.Items[stop:]...)
		}
		return nil
	}
	if n == 0 {
		return nil
	}
	if step < 0 { // the same items, walked forwards
		start += (n - 1) * step
		step = -step
	}
	out := l.Items[:start]
	next := start
	for i, item := range l.Items[start:] {
		if start+i == next && n > 0 {
			next += step
			n--
			continue
		}
		out = append(out, item)
	}
	for i := len(out); i < len(l.Items); i++ {
		l.Items[i] = nil
	}
	l.Items = out
	return nil
}

// The functions compiled code calls (opcodes.go): seq[a:b], seq[a:b] = v
// and del seq[a:b] (the slice built just before), and any subscript in
// code that may hold slice objects (see sliceAware).
var (
	sliceGetFunc = py.MustNewMethod("__gowsgi_slice__", func(self py.Object, args py.Tuple) (py.Object, error) {
		return seqGetItem(args[0], args[1])
	}, 0, "seq[key] (compat)")
	sliceStoreFunc = py.MustNewMethod("__gowsgi_slice_store__", func(self py.Object, args py.Tuple) (py.Object, error) {
		t := args[0].(py.Tuple) // (value, seq, key)
		return py.None, seqSetItem(t[1], t[2], t[0])
	}, 0, "seq[key] = value (compat)")
	sliceDelFunc = py.MustNewMethod("__gowsgi_slice_del__", func(self py.Object, args py.Tuple) (py.Object, error) {
		t := args[0].(py.Tuple) // (seq, key)
		return py.None, seqDelItem(t[0], t[1])
	}, 0, "del seq[key] (compat)")
)

// sliceAware reports whether every subscript of code should go through
// the functions above: code that names `slice` (and so may build slice
// objects) and the special methods that receive one (a sequence class's
// __getitem__ passing its key on). Elsewhere a slice only ever comes from
// the BUILD_SLICE just before the subscript, and other subscripts keep
// gpython's faster direct path.
func sliceAware(code *py.Code) bool {
	switch code.Name {
	case "__getitem__", "__setitem__", "__delitem__":
		return true
	}
	for _, n := range code.Names {
		if n == "slice" {
			return true
		}
	}
	return false
}
