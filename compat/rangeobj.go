package compat

// rangeobj.go fixes range construction and slicing, as CPython does them:
//
//   - range(a, b, 0) is "ValueError: range() arg 3 must not be zero"
//     (gpython made an empty-looking range whose iterator never ended);
//   - r[i:j:k] is the range of the items r[i], r[i+k], … before r[j]:
//     start r.start + i*r.step, stop r.start + j*r.step, step r.step*k,
//     i and j clipped for len(r) as for any sequence (gpython's slices of
//     ranges with a negative step were wrong: range(10, 0, -3)[1:3] gave
//     range(0, 6, -3), CPython range(7, 1, -3)). The slice reaches us
//     through seqGetItem (slice.go), which compiled r[i:j] goes through.

import (
	"github.com/go-python/gpython/py"
)

func init() {
	rangeNew := py.RangeType.New
	py.RangeType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		r, err := rangeNew(t, args, kwargs)
		if err != nil {
			return nil, err
		}
		if rr, ok := r.(*py.Range); ok && rr.Step == 0 {
			return nil, py.ExceptionNewf(py.ValueError, "range() arg 3 must not be zero")
		}
		return r, nil
	}
}

// rangeSlice is r[s].
func rangeSlice(r *py.Range, s *py.Slice) (py.Object, error) {
	start, stop, step, _, err := s.GetIndices(int(r.Length))
	if err != nil {
		return nil, err
	}
	nStart := r.Start + py.Int(start)*r.Step
	nStop := r.Start + py.Int(stop)*r.Step
	nStep := r.Step * py.Int(step)
	return &py.Range{Start: nStart, Stop: nStop, Step: nStep, Length: rangeLength(nStart, nStop, nStep)}, nil
}

// rangeLength is len(range(start, stop, step)), step != 0.
func rangeLength(start, stop, step py.Int) py.Int {
	if step > 0 && start < stop {
		return (stop-start-1)/step + 1
	}
	if step < 0 && start > stop {
		return (start-stop-1)/(-step) + 1
	}
	return 0
}
