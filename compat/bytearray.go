package compat

// bytearray.go adds `bytearray`, which gpython lacks (NameError): a
// mutable sequence of bytes with CPython's behaviour:
//   - bytearray(), bytearray(n), bytearray(bytes-like or iterable of
//     ints), bytearray(str, encoding[, errors]), bytearray.fromhex;
//   - every bytes method, returning bytearray where bytes returns bytes
//     (upper, replace, strip, split parts, partition parts, join, …);
//   - mutation: b[i] = n, b[i:j] = bytes-like or ints (extended slices of
//     the same length), del b[i] / b[i:j], +=, *=, append, extend,
//     insert, pop, remove, reverse, clear, copy;
//   - ==, <, … against bytes and bytearray; `in`; len, iteration,
//     indexing (ints), slicing (bytearray); unhashable; repr
//     bytearray(b'…');
//   - everywhere compat and the stdlib take bytes-like values (BytesOf,
//     bytesStr: bytes(ba), b''.join, hashlib, base64, BytesIO, struct …).

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// ByteArray is a Python bytearray.
type ByteArray struct{ b []byte }

// ByteArrayType is `bytearray`.
var ByteArrayType = py.NewTypeX("bytearray", `bytearray(iterable_of_ints) -> bytearray
bytearray(string, encoding[, errors]) -> bytearray
bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer
bytearray(int) -> bytes array of size given by the parameter initialized with null bytes
bytearray() -> empty bytes array`, byteArrayNew, nil)

// Type is `bytearray`.
func (a *ByteArray) Type() *py.Type { return ByteArrayType }

func byteArrayNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 1 && len(kwargs) == 0 {
		if ba, ok := args[0].(*ByteArray); ok {
			return &ByteArray{b: append([]byte{}, ba.b...)}, nil
		}
	}
	v, err := bytesNew(py.BytesType, args, kwargs)
	if err != nil {
		return nil, err
	}
	s, _ := bytesStr(v)
	return &ByteArray{b: []byte(s)}, nil
}

func (a *ByteArray) frozen() Bytes { return Bytes(a.b) }

func (a *ByteArray) M__repr__() (py.Object, error) {
	return py.String("bytearray(" + bytesQuoted(string(a.b), true) + ")"), nil
}
func (a *ByteArray) M__str__() (py.Object, error)  { return a.M__repr__() }
func (a *ByteArray) M__len__() (py.Object, error)  { return py.Int(len(a.b)), nil }
func (a *ByteArray) M__bool__() (py.Object, error) { return py.NewBool(len(a.b) > 0), nil }
func (a *ByteArray) M__iter__() (py.Object, error) { return &byteArrayIter{a: a}, nil }
func (a *ByteArray) M__hash__() (py.Object, error) {
	return nil, py.ExceptionNewf(py.TypeError, "unhashable type: 'bytearray'")
}

func (a *ByteArray) M__getitem__(key py.Object) (py.Object, error) {
	r, err := a.frozen().M__getitem__(key)
	if err != nil {
		if py.IsException(py.IndexError, err) {
			return nil, py.ExceptionNewf(py.IndexError, "bytearray index out of range")
		}
		if py.IsException(py.TypeError, err) && notAnIndex(key) {
			return nil, py.ExceptionNewf(py.TypeError, "bytearray indices must be integers or slices, not %s", key.Type().Name)
		}
		return nil, err
	}
	return toByteArray(r), nil
}

// byteValue is an int 0..255 to store in a bytearray.
func byteValue(o py.Object) (byte, error) {
	n, err := intArg(o)
	if err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", o.Type().Name)
	}
	if n < 0 || n > 255 {
		return 0, py.ExceptionNewf(py.ValueError, "byte must be in range(0, 256)")
	}
	return byte(n), nil
}

// bytesLikeOrInts reads a slice assignment's value.
func bytesLikeOrInts(o py.Object) ([]byte, error) {
	if s, ok := bytesStr(o); ok {
		return []byte(s), nil
	}
	if _, ok := o.(py.String); ok {
		return nil, py.ExceptionNewf(py.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	}
	var out []byte
	var ierr error
	err := py.Iterate(o, func(item py.Object) bool {
		c, err := byteValue(item)
		if err != nil {
			ierr = err
			return true
		}
		out = append(out, c)
		return false
	})
	if ierr != nil {
		return nil, ierr
	}
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	}
	return out, nil
}

func (a *ByteArray) index(key py.Object) (int, error) {
	i, err := intArg(key)
	if err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "bytearray indices must be integers or slices, not %s", key.Type().Name)
	}
	if i < 0 {
		i += len(a.b)
	}
	if i < 0 || i >= len(a.b) {
		return 0, py.ExceptionNewf(py.IndexError, "bytearray index out of range")
	}
	return i, nil
}

func (a *ByteArray) M__setitem__(key, value py.Object) (py.Object, error) {
	if s, ok := key.(*py.Slice); ok {
		start, stop, step, n, err := s.GetIndices(len(a.b))
		if err != nil {
			return nil, err
		}
		src, err := bytesLikeOrInts(value)
		if err != nil {
			return nil, err
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			rest := append(append([]byte{}, src...), a.b[stop:]...)
			a.b = append(a.b[:start], rest...)
			return py.None, nil
		}
		if len(src) != n {
			return nil, py.ExceptionNewf(py.ValueError, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
		}
		for i, j := start, 0; j < n; i, j = i+step, j+1 {
			a.b[i] = src[j]
		}
		return py.None, nil
	}
	i, err := a.index(key)
	if err != nil {
		return nil, err
	}
	c, err := byteValue(value)
	if err != nil {
		return nil, err
	}
	a.b[i] = c
	return py.None, nil
}

func (a *ByteArray) M__delitem__(key py.Object) (py.Object, error) {
	if s, ok := key.(*py.Slice); ok {
		start, stop, step, n, err := s.GetIndices(len(a.b))
		if err != nil {
			return nil, err
		}
		if step == 1 {
			if stop > start {
				a.b = append(a.b[:start], a.b[stop:]...)
			}
			return py.None, nil
		}
		drop := map[int]bool{}
		for i, j := start, 0; j < n; i, j = i+step, j+1 {
			drop[i] = true
		}
		out := a.b[:0]
		for i, c := range a.b {
			if !drop[i] {
				out = append(out, c)
			}
		}
		a.b = out
		return py.None, nil
	}
	i, err := a.index(key)
	if err != nil {
		return nil, err
	}
	a.b = append(a.b[:i], a.b[i+1:]...)
	return py.None, nil
}

func (a *ByteArray) M__contains__(item py.Object) (py.Object, error) {
	return a.frozen().M__contains__(item)
}

func (a *ByteArray) M__add__(other py.Object) (py.Object, error) {
	s, ok := bytesStr(other)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "can't concat %s to bytearray", other.Type().Name)
	}
	out := make([]byte, 0, len(a.b)+len(s))
	return &ByteArray{b: append(append(out, a.b...), s...)}, nil
}

func (a *ByteArray) M__iadd__(other py.Object) (py.Object, error) {
	s, ok := bytesStr(other)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "can't concat %s to bytearray", other.Type().Name)
	}
	a.b = append(a.b, s...)
	return a, nil
}

func (a *ByteArray) M__mul__(other py.Object) (py.Object, error) {
	r, err := a.frozen().M__mul__(other)
	return toByteArray(r), err
}
func (a *ByteArray) M__rmul__(other py.Object) (py.Object, error) { return a.M__mul__(other) }
func (a *ByteArray) M__imul__(other py.Object) (py.Object, error) {
	r, err := a.frozen().M__mul__(other)
	if err != nil || r == py.NotImplemented {
		return r, err
	}
	s, _ := bytesStr(r)
	a.b = []byte(s)
	return a, nil
}
func (a *ByteArray) M__mod__(other py.Object) (py.Object, error) {
	r, err := Modulo(a.frozen(), other)
	return toByteArray(r), err
}

func (a *ByteArray) M__eq__(o py.Object) (py.Object, error) { return a.frozen().M__eq__(o) }
func (a *ByteArray) M__ne__(o py.Object) (py.Object, error) { return a.frozen().M__ne__(o) }
func (a *ByteArray) M__lt__(o py.Object) (py.Object, error) { return a.order(o, "<") }
func (a *ByteArray) M__le__(o py.Object) (py.Object, error) { return a.order(o, "<=") }
func (a *ByteArray) M__gt__(o py.Object) (py.Object, error) { return a.order(o, ">") }
func (a *ByteArray) M__ge__(o py.Object) (py.Object, error) { return a.order(o, ">=") }

func (a *ByteArray) order(o py.Object, op string) (py.Object, error) {
	c, ok := a.frozen().cmp(o)
	if !ok {
		return py.NotImplemented, nil // as bytes
	}
	switch op {
	case "<":
		return py.NewBool(c < 0), nil
	case "<=":
		return py.NewBool(c <= 0), nil
	case ">":
		return py.NewBool(c > 0), nil
	}
	return py.NewBool(c >= 0), nil
}

// byteArrayIter iterates a bytearray's current contents.
type byteArrayIter struct {
	a *ByteArray
	i int
}

var byteArrayIterType = py.NewType("bytearray_iterator", "")

func (it *byteArrayIter) Type() *py.Type                { return byteArrayIterType }
func (it *byteArrayIter) M__iter__() (py.Object, error) { return it, nil }
func (it *byteArrayIter) M__next__() (py.Object, error) {
	if it.i >= len(it.a.b) {
		return nil, py.StopIteration
	}
	c := it.a.b[it.i]
	it.i++
	return py.Int(c), nil
}

// toByteArray turns the bytes results of a bytes method into bytearrays.
func toByteArray(o py.Object) py.Object {
	switch v := o.(type) {
	case Bytes:
		return &ByteArray{b: []byte(v)}
	case *py.List:
		for i, item := range v.Items {
			v.Items[i] = toByteArray(item)
		}
	case py.Tuple:
		for i, item := range v {
			v[i] = toByteArray(item)
		}
	}
	return o
}

// addByteArrayMethods gives bytearray the bytes methods (once every
// compat file has added its own: see finishTypes).
func addByteArrayMethods() {
	for name, v := range py.BytesType.Dict {
		m, ok := v.(*py.Method)
		if !ok || name == "__new__" {
			continue
		}
		if _, own := ByteArrayType.Dict[name]; own {
			continue
		}
		ByteArrayType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			self, args = unbound(self, args)
			a, ok := self.(*ByteArray)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'bytearray' object but received a '%s'", name, typeName(self))
			}
			r, err := m.CallWithKeywords(a.frozen(), args, kwargs)
			if err != nil {
				return nil, err
			}
			return toByteArray(r), nil
		}, 0, m.Doc)
	}
	if fh, ok := py.BytesType.Dict["fromhex"].(*py.ClassMethod); ok {
		ByteArrayType.Dict["fromhex"] = &py.ClassMethod{Callable: py.MustNewMethod("fromhex", func(self py.Object, args py.Tuple) (py.Object, error) {
			r, err := py.Call(fh.Callable, append(py.Tuple{py.BytesType}, args...), nil)
			if err != nil {
				if e := exceptionOf(err); e != nil && e.Base == py.TypeError {
					if a, ok := e.Args.(py.Tuple); ok && len(a) == 1 {
						if m, ok := a[0].(py.String); ok && strings.HasPrefix(string(m), "bytes.fromhex() takes") {
							return nil, py.ExceptionNewf(py.TypeError, "bytearray%s", strings.TrimPrefix(string(m), "bytes"))
						}
					}
				}
				return nil, err
			}
			return toByteArray(r), nil
		}, 0, "Create a bytearray object from a string of hexadecimal numbers.")}
	}
}

func byteArrayMethod(name, doc string, fn func(a *ByteArray, args py.Tuple) (py.Object, error)) {
	ByteArrayType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args = unbound(self, args)
		a, ok := self.(*ByteArray)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'bytearray' object but received a '%s'", name, typeName(self))
		}
		return fn(a, args)
	}, 0, doc)
}

func init() {
	setBuiltin("bytearray", ByteArrayType)
	one := func(name string, args py.Tuple) error {
		if len(args) != 1 {
			return py.ExceptionNewf(py.TypeError, "bytearray.%s() takes exactly one argument (%d given)", name, len(args))
		}
		return nil
	}
	byteArrayMethod("append", "Append a single item to the end of the bytearray.", func(a *ByteArray, args py.Tuple) (py.Object, error) {
		if err := one("append", args); err != nil {
			return nil, err
		}
		c, err := byteValue(args[0])
		if err != nil {
			return nil, err
		}
		a.b = append(a.b, c)
		return py.None, nil
	})
	byteArrayMethod("extend", "Append all the items from the iterator or sequence to the end of the bytearray.", func(a *ByteArray, args py.Tuple) (py.Object, error) {
		if err := one("extend", args); err != nil {
			return nil, err
		}
		src, err := bytesLikeOrInts(args[0])
		if err != nil {
			return nil, err
		}
		a.b = append(a.b, src...)
		return py.None, nil
	})
	byteArrayMethod("insert", "Insert a single item into the bytearray before the given index.", func(a *ByteArray, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "insert expected 2 arguments, got %d", len(args))
		}
		i, err := intArg(args[0])
		if err != nil {
			return nil, err
		}
		c, err := byteValue(args[1])
		if err != nil {
			return nil, err
		}
		if i < 0 {
			i = max(0, i+len(a.b))
		}
		i = min(i, len(a.b))
		a.b = append(a.b[:i], append([]byte{c}, a.b[i:]...)...)
		return py.None, nil
	})
	byteArrayMethod("pop", "Remove and return a single item from B.", func(a *ByteArray, args py.Tuple) (py.Object, error) {
		if len(a.b) == 0 {
			return nil, py.ExceptionNewf(py.IndexError, "pop from empty bytearray")
		}
		i := len(a.b) - 1
		if len(args) > 0 {
			n, err := intArg(args[0])
			if err != nil {
				return nil, err
			}
			if n < 0 {
				n += len(a.b)
			}
			if n < 0 || n >= len(a.b) {
				return nil, py.ExceptionNewf(py.IndexError, "pop index out of range")
			}
			i = n
		}
		c := a.b[i]
		a.b = append(a.b[:i], a.b[i+1:]...)
		return py.Int(c), nil
	})
	byteArrayMethod("remove", "Remove the first occurrence of a value in the bytearray.", func(a *ByteArray, args py.Tuple) (py.Object, error) {
		if err := one("remove", args); err != nil {
			return nil, err
		}
		c, err := byteValue(args[0])
		if err != nil {
			return nil, err
		}
		for i, x := range a.b {
			if x == c {
				a.b = append(a.b[:i], a.b[i+1:]...)
				return py.None, nil
			}
		}
		return nil, py.ExceptionNewf(py.ValueError, "value not found in bytearray")
	})
	byteArrayMethod("reverse", "Reverse the order of the values in B in place.", func(a *ByteArray, args py.Tuple) (py.Object, error) {
		for i, j := 0, len(a.b)-1; i < j; i, j = i+1, j-1 {
			a.b[i], a.b[j] = a.b[j], a.b[i]
		}
		return py.None, nil
	})
	byteArrayMethod("clear", "Remove all items from the bytearray.", func(a *ByteArray, args py.Tuple) (py.Object, error) {
		a.b = a.b[:0]
		return py.None, nil
	})
	byteArrayMethod("copy", "Return a copy of B.", func(a *ByteArray, args py.Tuple) (py.Object, error) {
		return &ByteArray{b: append([]byte{}, a.b...)}, nil
	})
}
