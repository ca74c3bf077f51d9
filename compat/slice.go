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
