package compat

// set.go is Python's set and frozenset. gpython's are Go maps keyed by the
// element itself, so a set of tuples panicked the Go runtime (a tuple is a
// slice), 1 and 1.0 were two elements and user __eq__/__hash__ were never
// asked. These hash with hash.go and keep CPython's table layout (open
// addressing, 9 linear probes then perturbed jumps, 8 slots minimum, grown
// 4x at 60% full), so they iterate and print in CPython's order: small ints
// come out sorted, `{3, 1, 2}` prints `{1, 2, 3}`. (str elements come out
// in an order of their own, as CPython's do from run to run.)
//
// Methods: add, remove, discard, pop, clear, copy, update, union,
// intersection, difference, symmetric_difference, the *_update forms,
// issubset, issuperset, isdisjoint; operators | & - ^ (and in place),
// <= < >= > ==, `in`, len, iteration (RuntimeError when the set changes
// size meanwhile). frozenset is hashable; set is not.

import (
	"strings"

	"github.com/go-python/gpython/py"
)

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

type setSlot struct {
	key   py.Object
	hash  int64
	dummy bool
}

// setTable is the storage shared by Set and FrozenSet.
type setTable struct {
	slots  []setSlot
	fill   int // active + dummy slots
	used   int // active slots
	finger int
}

func (t *setTable) Len() int { return t.used }

func (t *setTable) init() {
	if t.slots == nil {
		t.slots = make([]setSlot, setMinSize)
	}
}

// find returns the slot holding key, or -1.
func (t *setTable) find(key py.Object, h int64) (int, error) {
	if t.used == 0 {
		return -1, nil
	}
	mask := uint64(len(t.slots) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		j := i
		for {
			e := &t.slots[j]
			if e.key == nil && !e.dummy {
				return -1, nil
			}
			if !e.dummy && e.hash == h {
				eq, err := Equal(e.key, key)
				if err != nil {
					return -1, err
				}
				if eq {
					return int(j), nil
				}
			}
			if probes == 0 {
				break
			}
			probes--
			j++
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func (t *setTable) add(key py.Object) error {
	h, err := Hash(key)
	if err != nil {
		return err
	}
	return t.addHashed(key, h)
}

func (t *setTable) addHashed(key py.Object, h int64) error {
	t.init()
	mask := uint64(len(t.slots) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	free := -1
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		j := i
		for {
			e := &t.slots[j]
			if e.key == nil && !e.dummy {
				if free >= 0 {
					t.slots[free] = setSlot{key: key, hash: h}
					t.used++
					return nil
				}
				*e = setSlot{key: key, hash: h}
				t.fill++
				t.used++
				if uint64(t.fill)*5 >= mask*3 {
					if t.used > 50000 {
						t.resize(t.used * 2)
					} else {
						t.resize(t.used * 4)
					}
				}
				return nil
			}
			if !e.dummy && e.hash == h {
				eq, err := Equal(e.key, key)
				if err != nil {
					return err
				}
				if eq {
					return nil
				}
			} else if e.dummy && free < 0 {
				free = int(j)
			}
			if probes == 0 {
				break
			}
			probes--
			j++
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func (t *setTable) resize(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := t.slots
	t.slots = make([]setSlot, size)
	t.fill, t.used = 0, 0
	mask := uint64(size - 1)
	for _, e := range old {
		if e.key == nil {
			continue
		}
		i := uint64(e.hash) & mask
		perturb := uint64(e.hash)
	probe:
		for {
			if t.slots[i].key == nil {
				t.slots[i] = e
				break
			}
			if i+setLinearProbes <= mask {
				for j := uint64(1); j <= setLinearProbes; j++ {
					if t.slots[i+j].key == nil {
						t.slots[i+j] = e
						break probe
					}
				}
			}
			perturb >>= setPerturbShift
			i = (i*5 + 1 + perturb) & mask
		}
		t.fill++
		t.used++
	}
}

func (t *setTable) contains(key py.Object) (bool, error) {
	h, err := Hash(key)
	if err != nil {
		return false, err
	}
	i, err := t.find(key, h)
	return i >= 0, err
}

func (t *setTable) discard(key py.Object) (bool, error) {
	h, err := Hash(key)
	if err != nil {
		return false, err
	}
	i, err := t.find(key, h)
	if err != nil || i < 0 {
		return false, err
	}
	t.slots[i] = setSlot{hash: -1, dummy: true}
	t.used--
	return true, nil
}

// items lists the elements in table order.
func (t *setTable) items() []py.Object {
	out := make([]py.Object, 0, t.used)
	for _, e := range t.slots {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

func (t *setTable) merge(o *setTable) {
	if (t.used+o.used)*5 >= len(t.slots)*3 {
		t.resize((t.used + o.used) * 2)
	}
	for _, e := range o.slots {
		if e.key != nil {
			_ = t.addHashed(e.key, e.hash)
		}
	}
}

func (t *setTable) issubset(o *setTable) bool {
	if t.used > o.used {
		return false
	}
	for _, e := range t.slots {
		if e.key != nil {
			if i, err := o.find(e.key, e.hash); err != nil || i < 0 {
				return false
			}
		}
	}
	return true
}

// Set is a Python set.
type Set struct{ setTable }

// FrozenSet is a Python frozenset.
type FrozenSet struct{ setTable }

// SetType is `set`, FrozenSetType `frozenset`.
var (
	SetType = py.NewTypeX("set", `set() -> new empty set object
set(iterable) -> new set object

Build an unordered collection of unique elements.`, setNew, nil)
	FrozenSetType = py.NewTypeX("frozenset", `frozenset() -> empty frozenset object
frozenset(iterable) -> frozenset object

Build an immutable unordered collection of unique elements.`, frozenSetNew, nil)
)

func (s *Set) Type() *py.Type       { return SetType }
func (s *FrozenSet) Type() *py.Type { return FrozenSetType }

// NewSet returns an empty set.
func NewSet() *Set { return &Set{} }

// NewSetFrom makes a set of the elements of iterable.
func NewSetFrom(iterable py.Object) (*Set, error) {
	s := &Set{}
	return s, s.update(iterable)
}

// NewSetFromItems makes a set of items, added in order.
func NewSetFromItems(items []py.Object) (*Set, error) {
	s := &Set{}
	for _, it := range items {
		if err := s.add(it); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (t *setTable) update(iterable py.Object) error {
	if o, ok := setItems(iterable); ok {
		t.init()
		t.merge(o)
		return nil
	}
	if d, ok := iterable.(*Dict); ok {
		var err error
		d.Range(func(k, _ py.Object) bool { err = t.add(k); return err == nil })
		return err
	}
	var aerr error
	err := py.Iterate(iterable, func(o py.Object) bool {
		aerr = t.add(o)
		return aerr != nil
	})
	if err != nil {
		return err
	}
	return aerr
}

// listToSet makes the set of a display or comprehension from the list of
// its elements (opcodes.go).
var listToSet = py.MustNewMethod("__gowsgi_set__", func(self py.Object, arg py.Object) (py.Object, error) {
	return NewSetFromItems(arg.(*py.List).Items)
}, 0, "{a, b, ...}")

// constListToSet is a set display of three or more constants. CPython
// compiles it to a frozenset constant that a new set is updated from, so
// its items land where set_merge puts them (a table sized for twice the
// items): {10, 2, 33, 1, 17} prints {33, 2, 1, 17, 10}, not the
// {33, 2, 1, 10, 17} that adding one by one gives.
var constListToSet = py.MustNewMethod("__gowsgi_constset__", func(self py.Object, arg py.Object) (py.Object, error) {
	tmp := &Set{}
	tmp.init()
	for _, it := range arg.(*py.List).Items {
		if err := tmp.add(it); err != nil {
			return nil, err
		}
	}
	r := &Set{}
	r.init()
	r.merge(&tmp.setTable)
	return r, nil
}, 0, "{const, const, const, ...}")

// setItems returns the table of a set or frozenset.
func setItems(o py.Object) (*setTable, bool) {
	switch v := o.(type) {
	case *Set:
		return &v.setTable, true
	case *FrozenSet:
		return &v.setTable, true
	}
	return nil, false
}

func setNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := noKwargs("set", kwargs); err != nil {
		return nil, err
	}
	if err := argRange("set", args, 0, 1); err != nil {
		return nil, err
	}
	s := &Set{}
	if len(args) == 1 {
		return s, s.update(args[0])
	}
	return s, nil
}

func frozenSetNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := noKwargs("frozenset", kwargs); err != nil {
		return nil, err
	}
	if err := argRange("frozenset", args, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		if f, ok := args[0].(*FrozenSet); ok {
			return f, nil
		}
	}
	s := &FrozenSet{}
	if len(args) == 1 {
		return s, s.update(args[0])
	}
	return s, nil
}

// newLike makes an empty set of the same kind as o.
func newLike(o py.Object) (py.Object, *setTable) {
	if _, ok := o.(*FrozenSet); ok {
		f := &FrozenSet{}
		return f, &f.setTable
	}
	s := &Set{}
	return s, &s.setTable
}

func (t *setTable) union(o *setTable, res *setTable) {
	res.init()
	res.merge(t)
	res.merge(o)
}

func (t *setTable) intersect(o *setTable, res *setTable) {
	small, big := t, o
	if small.used > big.used {
		small, big = big, small
	}
	res.init()
	for _, e := range small.slots {
		if e.key != nil {
			if i, _ := big.find(e.key, e.hash); i >= 0 {
				_ = res.addHashed(e.key, e.hash)
			}
		}
	}
}

func (t *setTable) diff(o *setTable, res *setTable) {
	res.init()
	for _, e := range t.slots {
		if e.key != nil {
			if i, _ := o.find(e.key, e.hash); i < 0 {
				_ = res.addHashed(e.key, e.hash)
			}
		}
	}
}

func (t *setTable) symDiff(o *setTable, res *setTable) {
	res.init()
	res.merge(t)
	for _, e := range o.slots {
		if e.key == nil {
			continue
		}
		if i, _ := res.find(e.key, e.hash); i >= 0 {
			res.slots[i] = setSlot{hash: -1, dummy: true}
			res.used--
		} else {
			_ = res.addHashed(e.key, e.hash)
		}
	}
}

// symDiffNew is t ^ o as a new set: as CPython builds it, a copy of o
// that t's items are toggled in (so the result iterates in CPython's
// order).
func symDiffNew(t, o, res *setTable) { o.symDiff(t, res) }

func (s *Set) union(o *Set) *Set {
	r := &Set{}
	s.setTable.union(&o.setTable, &r.setTable)
	return r
}
func (s *Set) intersection(o *Set) *Set {
	r := &Set{}
	s.intersect(&o.setTable, &r.setTable)
	return r
}
func (s *Set) difference(o *Set) *Set {
	r := &Set{}
	s.diff(&o.setTable, &r.setTable)
	return r
}
func (s *Set) symmetricDifference(o *Set) *Set {
	r := &Set{}
	s.symDiff(&o.setTable, &r.setTable)
	return r
}

// binop runs a set operator: both sides sets or frozensets, the result
// the kind of the left one.
func binop(a, b py.Object, op func(x, y, res *setTable)) (py.Object, error) {
	x, _ := setItems(a)
	y, ok := setItems(b)
	if !ok {
		return py.NotImplemented, nil
	}
	res, rt := newLike(a)
	op(x, y, rt)
	return res, nil
}

func inplace(a, b py.Object, op func(x, y, res *setTable)) (py.Object, error) {
	x, _ := setItems(a)
	y, ok := setItems(b)
	if !ok {
		return py.NotImplemented, nil
	}
	var res setTable
	op(x, y, &res)
	*x = res
	return a, nil
}

func setRepr(o py.Object) string {
	t, _ := setItems(o)
	name := o.Type().Name
	if t.used == 0 {
		return name + "()"
	}
	parts := make([]string, 0, t.used)
	for _, it := range t.items() {
		r, err := Repr(it)
		if err != nil {
			r = "?"
		}
		parts = append(parts, r)
	}
	s := "{" + strings.Join(parts, ", ") + "}"
	if name == "set" {
		return s
	}
	return name + "(" + s + ")"
}

func (f *FrozenSet) hash() (int64, error) {
	var h uint64
	for _, e := range f.slots {
		if e.key != nil {
			x := uint64(e.hash)
			h ^= (x ^ (x << 16) ^ 89869747) * 3644798167
		}
	}
	h ^= (uint64(f.used) + 1) * 1927868237
	h = h*69069 + 907133923
	return fixHash(int64(h)), nil
}

// Protocol methods shared by both kinds.

func setLen(o py.Object) (py.Object, error) { t, _ := setItems(o); return py.Int(t.used), nil }

func setContains(o, key py.Object) (py.Object, error) {
	t, _ := setItems(o)
	ok, err := t.contains(key)
	if err != nil && isTypeError(err) {
		// CPython looks a set element up as a frozenset.
		if s, isSet := key.(*Set); isSet {
			f := &FrozenSet{setTable: s.setTable}
			ok, err = t.contains(f)
		}
	}
	return py.NewBool(ok), err
}

type setIter struct {
	t    *setTable
	pos  int
	size int
}

var setIterType = py.NewType("set_iterator", "")

func (it *setIter) Type() *py.Type                { return setIterType }
func (it *setIter) M__iter__() (py.Object, error) { return it, nil }
func (it *setIter) M__next__() (py.Object, error) {
	if it.t.used != it.size {
		it.size = -1
		return nil, py.ExceptionNewf(py.RuntimeError, "Set changed size during iteration")
	}
	for it.pos < len(it.t.slots) {
		e := it.t.slots[it.pos]
		it.pos++
		if e.key != nil {
			return e.key, nil
		}
	}
	return nil, py.StopIteration
}

func setCompare(a, b py.Object, op string) (py.Object, error) {
	x, _ := setItems(a)
	y, ok := setItems(b)
	if !ok {
		if op == "==" {
			return py.False, nil
		}
		if op == "!=" {
			return py.True, nil
		}
		return py.NotImplemented, nil
	}
	var r bool
	switch op {
	case "==":
		r = x.used == y.used && x.issubset(y)
	case "!=":
		r = !(x.used == y.used && x.issubset(y))
	case "<=":
		r = x.issubset(y)
	case "<":
		r = x.used < y.used && x.issubset(y)
	case ">=":
		r = y.issubset(x)
	case ">":
		r = y.used < x.used && y.issubset(x)
	}
	return py.NewBool(r), nil
}

func (s *Set) M__len__() (py.Object, error)                 { return setLen(s) }
func (s *Set) M__bool__() (py.Object, error)                { return py.NewBool(s.used > 0), nil }
func (s *Set) M__contains__(k py.Object) (py.Object, error) { return setContains(s, k) }
func (s *Set) M__iter__() (py.Object, error) {
	return &setIter{t: &s.setTable, size: s.used}, nil
}
func (s *Set) M__repr__() (py.Object, error)           { return py.String(setRepr(s)), nil }
func (s *Set) M__str__() (py.Object, error)            { return py.String(setRepr(s)), nil }
func (s *Set) M__eq__(o py.Object) (py.Object, error)  { return setCompare(s, o, "==") }
func (s *Set) M__ne__(o py.Object) (py.Object, error)  { return setCompare(s, o, "!=") }
func (s *Set) M__le__(o py.Object) (py.Object, error)  { return setCompare(s, o, "<=") }
func (s *Set) M__lt__(o py.Object) (py.Object, error)  { return setCompare(s, o, "<") }
func (s *Set) M__ge__(o py.Object) (py.Object, error)  { return setCompare(s, o, ">=") }
func (s *Set) M__gt__(o py.Object) (py.Object, error)  { return setCompare(s, o, ">") }
func (s *Set) M__or__(o py.Object) (py.Object, error)  { return binop(s, o, (*setTable).union) }
func (s *Set) M__and__(o py.Object) (py.Object, error) { return binop(s, o, (*setTable).intersect) }
func (s *Set) M__sub__(o py.Object) (py.Object, error) { return binop(s, o, (*setTable).diff) }
func (s *Set) M__xor__(o py.Object) (py.Object, error) { return binop(s, o, symDiffNew) }
func (s *Set) M__ior__(o py.Object) (py.Object, error) { return inplace(s, o, (*setTable).union) }
func (s *Set) M__iand__(o py.Object) (py.Object, error) {
	return inplace(s, o, (*setTable).intersect)
}
func (s *Set) M__isub__(o py.Object) (py.Object, error) { return inplace(s, o, (*setTable).diff) }
func (s *Set) M__ixor__(o py.Object) (py.Object, error) {
	return inplace(s, o, (*setTable).symDiff)
}

func (f *FrozenSet) M__len__() (py.Object, error)                 { return setLen(f) }
func (f *FrozenSet) M__bool__() (py.Object, error)                { return py.NewBool(f.used > 0), nil }
func (f *FrozenSet) M__contains__(k py.Object) (py.Object, error) { return setContains(f, k) }
func (f *FrozenSet) M__iter__() (py.Object, error) {
	return &setIter{t: &f.setTable, size: f.used}, nil
}
func (f *FrozenSet) M__repr__() (py.Object, error)          { return py.String(setRepr(f)), nil }
func (f *FrozenSet) M__str__() (py.Object, error)           { return py.String(setRepr(f)), nil }
func (f *FrozenSet) M__eq__(o py.Object) (py.Object, error) { return setCompare(f, o, "==") }
func (f *FrozenSet) M__ne__(o py.Object) (py.Object, error) { return setCompare(f, o, "!=") }
func (f *FrozenSet) M__le__(o py.Object) (py.Object, error) { return setCompare(f, o, "<=") }
func (f *FrozenSet) M__lt__(o py.Object) (py.Object, error) { return setCompare(f, o, "<") }
func (f *FrozenSet) M__ge__(o py.Object) (py.Object, error) { return setCompare(f, o, ">=") }
func (f *FrozenSet) M__gt__(o py.Object) (py.Object, error) { return setCompare(f, o, ">") }
func (f *FrozenSet) M__or__(o py.Object) (py.Object, error) { return binop(f, o, (*setTable).union) }
func (f *FrozenSet) M__and__(o py.Object) (py.Object, error) {
	return binop(f, o, (*setTable).intersect)
}
func (f *FrozenSet) M__sub__(o py.Object) (py.Object, error) { return binop(f, o, (*setTable).diff) }
func (f *FrozenSet) M__xor__(o py.Object) (py.Object, error) { return binop(f, o, symDiffNew) }

// Methods.

func setMethod(types []*py.Type, name, doc string, fn func(self py.Object, t *setTable, args py.Tuple) (py.Object, error)) {
	for _, ty := range types {
		owner := ty.Name // each type its own method: set.union, frozenset.union (methodnames.go)
		ty.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			self, args = unbound(self, args)
			t, ok := setItems(self)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name, owner, self.Type().Name)
			}
			return fn(self, t, args)
		}, 0, doc)
	}
}

// others turns method arguments into tables (any iterable is accepted).
func others(args py.Tuple) ([]*setTable, error) {
	out := make([]*setTable, len(args))
	for i, a := range args {
		if t, ok := setItems(a); ok {
			out[i] = t
			continue
		}
		s, err := NewSetFrom(a)
		if err != nil {
			return nil, err
		}
		out[i] = &s.setTable
	}
	return out, nil
}

func init() {
	both := []*py.Type{SetType, FrozenSetType}
	mut := []*py.Type{SetType}
	SetType.Dict["__hash__"] = py.None
	setMethod(mut, "add", "Add an element to a set.", func(self py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		if err := argRange("add", args, 1, 1); err != nil {
			return nil, err
		}
		return py.None, t.add(args[0])
	})
	setMethod(mut, "discard", "Remove an element from a set if it is a member.", func(self py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		if err := argRange("discard", args, 1, 1); err != nil {
			return nil, err
		}
		_, err := t.discard(args[0])
		return py.None, err
	})
	setMethod(mut, "remove", "Remove an element from a set; it must be a member.", func(self py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		if err := argRange("remove", args, 1, 1); err != nil {
			return nil, err
		}
		found, err := t.discard(args[0])
		if err == nil && !found {
			err = keyError(args[0])
		}
		return py.None, err
	})
	setMethod(mut, "pop", "Remove and return an arbitrary set element.", func(self py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		if t.used == 0 {
			return nil, py.ExceptionNewf(py.KeyError, "pop from an empty set")
		}
		i := t.finger & (len(t.slots) - 1)
		for t.slots[i].key == nil {
			i = (i + 1) & (len(t.slots) - 1)
		}
		k := t.slots[i].key
		t.slots[i] = setSlot{hash: -1, dummy: true}
		t.used--
		t.finger = i + 1
		return k, nil
	})
	setMethod(mut, "clear", "Remove all elements from this set.", func(self py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		*t = setTable{}
		return py.None, nil
	})
	setMethod(both, "copy", "Return a shallow copy of a set.", func(self py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		if f, ok := self.(*FrozenSet); ok {
			return f, nil
		}
		r := &Set{}
		r.init()
		r.merge(t)
		return r, nil
	})
	setMethod(mut, "update", "Update a set with the union of itself and others.", func(self py.Object, t *setTable, args py.Tuple) (py.Object, error) {
		for _, a := range args {
			if err := t.update(a); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	multi := func(name, doc string, op func(x, y, res *setTable), inPlace bool) {
		types := both
		if inPlace {
			types = mut
		}
		setMethod(types, name, doc, func(self py.Object, t *setTable, args py.Tuple) (py.Object, error) {
			os, err := others(args)
			if err != nil {
				return nil, err
			}
			res, rt := newLike(self)
			rt.init()
			rt.merge(t)
			for _, o := range os {
				var next setTable
				op(rt, o, &next)
				*rt = next
			}
			if inPlace {
				*t = *rt
				return py.None, nil
			}
			return res, nil
		})
	}
	multi("union", "Return the union of sets as a new set.", (*setTable).union, false)
	multi("intersection", "Return the intersection of two or more sets as a new set.", (*setTable).intersect, false)
	multi("difference", "Return the difference of two or more sets as a new set.", (*setTable).diff, false)
	multi("symmetric_difference", "Return the symmetric difference of two sets as a new set.", symDiffNew, false)
	multi("intersection_update", "Update a set with the intersection of itself and another.", (*setTable).intersect, true)
	multi("difference_update", "Remove all elements of another set from this set.", (*setTable).diff, true)
	multi("symmetric_difference_update", "Update a set with the symmetric difference of itself and another.", (*setTable).symDiff, true)
	pred := func(name, doc string, fn func(x, y *setTable) bool) {
		setMethod(both, name, doc, func(self py.Object, t *setTable, args py.Tuple) (py.Object, error) {
			if err := argRange(name, args, 1, 1); err != nil {
				return nil, err
			}
			os, err := others(args)
			if err != nil {
				return nil, err
			}
			return py.NewBool(fn(t, os[0])), nil
		})
	}
	pred("issubset", "Report whether another set contains this set.", (*setTable).issubset)
	pred("issuperset", "Report whether this set contains another set.", func(x, y *setTable) bool { return y.issubset(x) })
	pred("isdisjoint", "Return True if two sets have a null intersection.", func(x, y *setTable) bool {
		var r setTable
		x.intersect(y, &r)
		return r.used == 0
	})
	setBuiltin("set", SetType)
	setBuiltin("frozenset", FrozenSetType)
}

// NewFrozenSetFromItems makes a frozenset of items.
func NewFrozenSetFromItems(items []py.Object) (*FrozenSet, error) {
	f := &FrozenSet{}
	for _, it := range items {
		if err := f.add(it); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// constDisplay reports whether BUILD_SET ins[i] builds a display of three
// or more constants (the LOAD_CONSTs right before it, none a jump target).
func constDisplay(ins []instr, i int, jumpTargets map[int]bool) bool {
	n := ins[i].arg
	if n < 3 || i < n {
		return false
	}
	for j := i - n; j < i; j++ {
		if ins[j].op != opLoadConst || jumpTargets[j+1] {
			return false
		}
	}
	return true
}
