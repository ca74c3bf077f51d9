package compat

// bigrange.go is range() over integers that do not fit in 64 bits.
// gpython's range holds int64s: range(10**20) raised "OverflowError:
// Python int too large to convert to int64". CPython's range takes any
// ints; so does BigRange, which compat makes when an argument is that
// large. Its type is range (isinstance(r, range), type(r) is range), and
// it does what CPython's does, in big-integer arithmetic:
//
//   - r[i] (IndexError "range object index out of range"), r[i:j:k] (a
//     range), x in r without iterating, iteration and reversed() (a
//     longrange_iterator), r.start/stop/step, r.index(x), r.count(x), ==
//     and hash() by the sequence (range(0) == range(5, 5)), repr, bool;
//   - len(r) is the length when it fits, else "OverflowError: Python int
//     too large to convert to C ssize_t", as CPython's.
//
// A slice of a BigRange that fits in 64 bits again is a gpython range.

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// BigRange is a range with bounds beyond int64.
type BigRange struct {
	start, stop, step, n *big.Int
}

func (r *BigRange) Type() *py.Type { return py.RangeType }

// bigRangeIterType is the type of a BigRange's iterators.
var bigRangeIterType = py.NewType("longrange_iterator", "")

type bigRangeIter struct {
	next, step *big.Int
	left       *big.Int
}

func (it *bigRangeIter) Type() *py.Type                { return bigRangeIterType }
func (it *bigRangeIter) M__iter__() (py.Object, error) { return it, nil }
func (it *bigRangeIter) M__next__() (py.Object, error) {
	if it.left.Sign() <= 0 {
		return nil, py.StopIteration
	}
	v := fromBig(it.next)
	it.next = new(big.Int).Add(it.next, it.step)
	it.left = new(big.Int).Sub(it.left, big.NewInt(1))
	return v, nil
}

// newRange is range(start, stop, step) (step != 0), a gpython range when
// every value fits in an int64.
func newRange(start, stop, step *big.Int) py.Object {
	n := bigRangeLen(start, stop, step)
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() && n.IsInt64() {
		return &py.Range{Start: py.Int(start.Int64()), Stop: py.Int(stop.Int64()), Step: py.Int(step.Int64()), Length: py.Int(n.Int64())}
	}
	return &BigRange{start: start, stop: stop, step: step, n: n}
}

func bigRangeLen(start, stop, step *big.Int) *big.Int {
	d := new(big.Int)
	if step.Sign() > 0 && start.Cmp(stop) < 0 {
		d.Sub(stop, start)
	} else if step.Sign() < 0 && start.Cmp(stop) > 0 {
		d.Sub(start, stop)
	} else {
		return d
	}
	s := new(big.Int).Abs(step)
	d.Sub(d, big.NewInt(1))
	d.Quo(d, s)
	return d.Add(d, big.NewInt(1))
}

// bigRangeArgs converts range()'s arguments; ok is false when they all
// fit in an int64 (gpython's range does those) or one is not an int.
func bigRangeArgs(args py.Tuple) (start, stop, step *big.Int, ok bool, err error) {
	if len(args) < 1 || len(args) > 3 {
		return nil, nil, nil, false, nil
	}
	vals := make([]*big.Int, len(args))
	large := false
	for i, a := range args {
		v, isInt := bigIndex(a)
		if !isInt {
			return nil, nil, nil, false, nil // gpython's message
		}
		vals[i] = v
		large = large || !v.IsInt64()
	}
	if !large {
		return nil, nil, nil, false, nil
	}
	start, step = big.NewInt(0), big.NewInt(1)
	switch len(vals) {
	case 1:
		stop = vals[0]
	case 2:
		start, stop = vals[0], vals[1]
	default:
		start, stop, step = vals[0], vals[1], vals[2]
	}
	if step.Sign() == 0 {
		return nil, nil, nil, true, py.ExceptionNewf(py.ValueError, "range() arg 3 must not be zero")
	}
	return start, stop, step, true, nil
}

// bigIndex is o as an integer: an int, or what its __index__ gives.
func bigIndex(o py.Object) (*big.Int, bool) {
	if v, ok := toBig(Unwrap(o)); ok {
		return v, true
	}
	if r, ok, err := callDunder(o, "__index__"); ok && err == nil {
		return toBig(Unwrap(r))
	}
	return nil, false
}

func (r *BigRange) item(i *big.Int) *big.Int {
	v := new(big.Int).Mul(i, r.step)
	return v.Add(v, r.start)
}

func (r *BigRange) M__len__() (py.Object, error) {
	if !r.n.IsInt64() {
		return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
	}
	return py.Int(r.n.Int64()), nil
}

func (r *BigRange) M__bool__() (py.Object, error) { return py.NewBool(r.n.Sign() != 0), nil }

func (r *BigRange) M__getitem__(key py.Object) (py.Object, error) {
	if s, ok := key.(*py.Slice); ok {
		return r.slice(s)
	}
	i, ok := bigIndex(key)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "range indices must be integers or slices, not %s", key.Type().Name)
	}
	if i.Sign() < 0 {
		i = new(big.Int).Add(i, r.n)
	}
	if i.Sign() < 0 || i.Cmp(r.n) >= 0 {
		return nil, py.ExceptionNewf(py.IndexError, "range object index out of range")
	}
	return fromBig(r.item(i)), nil
}

// slice is r[s]: the slice's indices clipped to len(r) as for any
// sequence, in big integers.
func (r *BigRange) slice(s *py.Slice) (py.Object, error) {
	arg := func(o py.Object) (*big.Int, error) {
		if o == nil || o == py.None {
			return nil, nil
		}
		v, ok := bigIndex(o)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		return v, nil
	}
	step, err := arg(s.Step)
	if err != nil {
		return nil, err
	}
	if step == nil {
		step = big.NewInt(1)
	}
	if step.Sign() == 0 {
		return nil, py.ExceptionNewf(py.ValueError, "slice step cannot be zero")
	}
	lower, upper := big.NewInt(0), r.n
	if step.Sign() < 0 {
		lower, upper = big.NewInt(-1), new(big.Int).Sub(r.n, big.NewInt(1))
	}
	clip := func(o py.Object, dflt *big.Int) (*big.Int, error) {
		v, err := arg(o)
		if err != nil || v == nil {
			return dflt, err
		}
		if v.Sign() < 0 {
			v = new(big.Int).Add(v, r.n)
			if v.Cmp(lower) < 0 {
				v = lower
			}
		} else if v.Cmp(upper) > 0 {
			v = upper
		}
		return v, nil
	}
	var i, j *big.Int
	if step.Sign() > 0 {
		if i, err = clip(s.Start, lower); err != nil {
			return nil, err
		}
		if j, err = clip(s.Stop, upper); err != nil {
			return nil, err
		}
	} else {
		if i, err = clip(s.Start, upper); err != nil {
			return nil, err
		}
		if j, err = clip(s.Stop, lower); err != nil {
			return nil, err
		}
	}
	return newRange(r.item(i), r.item(j), new(big.Int).Mul(r.step, step)), nil
}

// position is x's index in r, or nil.
func (r *BigRange) position(x py.Object) *big.Int {
	var v *big.Int
	switch x := Unwrap(x).(type) {
	case py.Int, *py.BigInt, py.Bool:
		v, _ = toBig(x)
	case py.Float:
		// CPython compares item by item (5.0 in r); an integral float
		// equals one item at most
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return nil
		}
		f := big.NewFloat(float64(x))
		if !f.IsInt() {
			return nil
		}
		v, _ = f.Int(nil)
	default:
		return nil
	}
	d := new(big.Int).Sub(v, r.start)
	q, m := new(big.Int).QuoRem(d, r.step, new(big.Int))
	if m.Sign() != 0 || q.Sign() < 0 || q.Cmp(r.n) >= 0 {
		return nil
	}
	return q
}

func (r *BigRange) M__contains__(x py.Object) (py.Object, error) {
	return py.NewBool(r.position(x) != nil), nil
}

func (r *BigRange) M__iter__() (py.Object, error) {
	return &bigRangeIter{next: r.start, step: r.step, left: r.n}, nil
}

// reversed is reversed(r).
func (r *BigRange) reversed() py.Object {
	if r.n.Sign() == 0 {
		return &bigRangeIter{next: r.start, step: r.step, left: r.n}
	}
	last := r.item(new(big.Int).Sub(r.n, big.NewInt(1)))
	return &bigRangeIter{next: last, step: new(big.Int).Neg(r.step), left: r.n}
}

func (r *BigRange) M__repr__() (py.Object, error) {
	s := "range(" + r.start.String() + ", " + r.stop.String()
	if r.step.Cmp(big.NewInt(1)) != 0 {
		s += ", " + r.step.String()
	}
	return py.String(s + ")"), nil
}

// rangeParts is (len, start, step) of a range of either kind.
func rangeParts(o py.Object) (n, start, step *big.Int, ok bool) {
	switch v := o.(type) {
	case *BigRange:
		return v.n, v.start, v.step, true
	case *py.Range:
		return big.NewInt(int64(v.Length)), big.NewInt(int64(v.Start)), big.NewInt(int64(v.Step)), true
	}
	return nil, nil, nil, false
}

func (r *BigRange) M__eq__(o py.Object) (py.Object, error) {
	n, start, step, ok := rangeParts(o)
	if !ok {
		return py.NotImplemented, nil
	}
	switch {
	case n.Cmp(r.n) != 0:
		return py.False, nil
	case n.Sign() == 0:
		return py.True, nil
	case start.Cmp(r.start) != 0:
		return py.False, nil
	}
	return py.NewBool(n.Cmp(big.NewInt(1)) == 0 || step.Cmp(r.step) == 0), nil
}

func (r *BigRange) M__ne__(o py.Object) (py.Object, error) {
	eq, err := r.M__eq__(o)
	if err != nil || eq == py.NotImplemented {
		return eq, err
	}
	return py.NewBool(eq == py.False), nil
}

// M__hash__ is CPython's: hash((len, start, step)), with None for the
// parts that do not tell two equal ranges apart.
func (r *BigRange) M__hash__() (py.Object, error) {
	h, err := rangeHash(r)
	return py.Int(h), err
}

// rangeHash is hash(r) for a range of either kind.
func rangeHash(r py.Object) (int64, error) {
	n, start, step, _ := rangeParts(r)
	t := py.Tuple{fromBig(n), py.None, py.None}
	if n.Sign() != 0 {
		t[1] = fromBig(start)
		if n.Cmp(big.NewInt(1)) != 0 {
			t[2] = fromBig(step)
		}
	}
	return Hash(t)
}

// attr is r.start, r.stop or r.step.
func (r *BigRange) attr(name string) py.Object {
	switch name {
	case "start":
		return fromBig(r.start)
	case "stop":
		return fromBig(r.stop)
	}
	return fromBig(r.step)
}

// index and count (listobj.go's range methods call these for a BigRange).
func (r *BigRange) index(x py.Object) (py.Object, error) {
	if p := r.position(x); p != nil {
		return fromBig(p), nil
	}
	s, _ := Repr(x)
	return nil, py.ExceptionNewf(py.ValueError, "%s is not in range", s)
}

func init() {
	prev := py.RangeType.New
	py.RangeType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) == 0 {
			if start, stop, step, ok, err := bigRangeArgs(args); ok {
				if err != nil {
					return nil, err
				}
				return newRange(start, stop, step), nil
			}
		}
		return prev(t, args, kwargs)
	}
}
