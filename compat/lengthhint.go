// lengthhint.go gives gpython's sequence iterator __length_hint__, the
// number of items left, as CPython's list, tuple and str iterators have
// (operator.length_hint(iter([])) is 0, not the default); so has the
// live list iterator of loops.go.
package compat

import "github.com/go-python/gpython/py"

func init() {
	py.IteratorType.Dict["__length_hint__"] = py.MustNewMethod("__length_hint__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, _ = unbound(self, args)
		it, ok := self.(*py.Iterator)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__length_hint__' requires an iterator")
		}
		n, err := py.Len(it.Seq)
		if err != nil {
			return nil, err
		}
		left := int(n.(py.Int)) - it.Pos
		if left < 0 {
			left = 0
		}
		return py.Int(left), nil
	}, 0, "Private method returning an estimate of len(list(it)).")
}

func init() {
	listIteratorType.Dict["__length_hint__"] = py.MustNewMethod("__length_hint__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, _ = unbound(self, args)
		it, ok := self.(*listIter)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__length_hint__' requires a 'list_iterator' object")
		}
		if it.l == nil || it.i >= len(it.l.Items) {
			return py.Int(0), nil
		}
		return py.Int(len(it.l.Items) - it.i), nil
	}, 0, "Private method returning an estimate of len(list(it)).")
}
