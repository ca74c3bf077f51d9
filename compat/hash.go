package compat

// hash.go gives Python's hashing and equality to the containers of dict.go
// and set.go. gpython has neither: its dict is a Go map keyed by string and
// its set a Go map keyed by the object itself, so `{(1, 2)}` panicked (a
// tuple is a Go slice) and a user class's __eq__/__hash__ were never asked.
//
// As in CPython:
//   - numbers that compare equal hash equal (1 == 1.0 == True), with ints
//     hashed modulo 2**61-1 and -1 mapped to -2, so small ints hash to
//     themselves;
//   - str, bytes, tuple, frozenset, None, ints and floats are hashable;
//     list, dict, set, bytearray, slice and dict views raise TypeError:
//     unhashable type;
//   - an instance of a user class uses its class's __hash__; a class that
//     defines __eq__ but not __hash__ makes its instances unhashable;
//     otherwise objects hash by identity.
//
// String hashes are salted per process, like CPython's default.

import (
	"hash/maphash"
	"math"
	"math/big"
	"reflect"

	"github.com/go-python/gpython/py"
)

var strSeed = maphash.MakeSeed()

const hashModulus = (1 << 61) - 1

// userInstance reports whether o is an instance of a class defined in
// Python (gpython represents those instances as *py.Type with no name).
func userInstance(o py.Object) (*py.Type, bool) {
	t, ok := o.(*py.Type)
	if !ok || t.Name != "" {
		return nil, false
	}
	return t.Type(), true
}

// pyMethod returns the method name that o's Python class defines for it:
// any attribute along the MRO of an instance of a Python class, or a
// function defined by a Python subclass of a Go-backed type (dict,
// namedtuple). nil when there is none.
func pyMethod(o py.Object, name string) py.Object {
	if cls, ok := userInstance(o); ok {
		fn := lookupMro(cls, name)
		if fn == nil || fn == py.ObjectType.Dict[name] {
			return nil
		}
		return fn
	}
	var cls *py.Type
	switch v := o.(type) {
	case *Dict:
		return v.override(name)
	case *Derived:
		return v.override(name)
	case *NamedTuple:
		cls = v.cls
	default:
		return nil
	}
	for c := range mroTypes(cls) {
		if _, base := c.Dict["__gowsgi_namedtuple__"]; base {
			return nil
		}
		if fn, ok := c.Dict[name].(*py.Function); ok {
			return fn
		}
	}
	return nil
}

// hasPyClass reports whether o's class is defined in Python (so its
// dunders must be looked up, gpython's Go dispatch does not see them).
func hasPyClass(o py.Object) bool {
	switch v := o.(type) {
	case *py.Type:
		return v.Name == ""
	case *Dict:
		return v.cls != nil
	case *NamedTuple:
		_, base := v.cls.Dict["__gowsgi_namedtuple__"]
		return !base
	case *Derived:
		return true
	}
	return false
}

// Hash is Python's hash(o).
func Hash(o py.Object) (int64, error) {
	switch v := o.(type) {
	case py.String:
		return fixHash(int64(maphash.String(strSeed, string(v)))), nil
	case Bytes:
		return fixHash(int64(maphash.String(strSeed, string(v)))), nil
	case py.Int:
		return hashInt(int64(v)), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		return hashBig((*big.Int)(v)), nil
	case py.Float:
		return hashFloat(float64(v)), nil
	case py.Complex:
		// CPython: hash(real) + 1000003 * hash(imag), wrapping
		h := uint64(hashFloat(real(v))) + 1000003*uint64(hashFloat(imag(v)))
		return fixHash(int64(h)), nil
	case py.NoneType:
		return 0x5a17e, nil
	case py.Tuple:
		return hashTuple(v)
	case *NamedTuple:
		return hashTuple(v.items)
	case *Derived:
		return derivedHash(v)
	case *py.BoundMethod:
		return fixHash(identityHash(v.Self)*1000003 ^ identityHash(v.Method)), nil
	case *Builtin:
		return v.hash(), nil
	case *FrozenSet:
		return v.hash()
	case *py.Range, *BigRange:
		return rangeHash(o) // bigrange.go
	case *py.List, *Dict, py.StringDict, *Set, *ByteArray, *py.Slice, *dictView:
		return 0, unhashable(o)
	}
	if cls, ok := userInstance(o); ok {
		h := lookupHashOwner(cls)
		switch fn := h.(type) {
		case nil:
		case py.NoneType:
			return 0, unhashable(o)
		default:
			res, err := py.Call(fn, py.Tuple{o}, nil)
			if err != nil {
				return 0, err
			}
			switch r := res.(type) {
			case py.Int:
				return hashInt(int64(r)), nil
			case *py.BigInt:
				return hashBig((*big.Int)(r)), nil
			case py.Bool:
				return Hash(r)
			}
			return 0, py.ExceptionNewf(py.TypeError, "__hash__ method should return an integer")
		}
	}
	return identityHash(o), nil
}

// lookupHashOwner walks cls's MRO to the first class that defines __hash__
// or __eq__: its __hash__ (py.None when it defines only __eq__), or nil
// for identity hashing.
func lookupHashOwner(cls *py.Type) py.Object {
	classes := []*py.Type{cls}
	for _, b := range cls.Mro {
		if bt, ok := b.(*py.Type); ok && bt != cls {
			classes = append(classes, bt)
		}
	}
	for _, c := range classes {
		if c == py.ObjectType {
			return nil
		}
		if h, ok := c.Dict["__hash__"]; ok {
			return h
		}
		if _, ok := c.Dict["__eq__"]; ok {
			return py.None
		}
	}
	return nil
}

func unhashable(o py.Object) error {
	return py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", o.Type().Name)
}

func fixHash(h int64) int64 {
	if h == -1 {
		return -2
	}
	return h
}

func hashInt(i int64) int64 {
	if i >= 0 {
		return i % hashModulus
	}
	if i == math.MinInt64 {
		return hashBig(big.NewInt(i))
	}
	return fixHash(-((-i) % hashModulus))
}

var bigModulus = big.NewInt(hashModulus)

func hashBig(b *big.Int) int64 {
	if b.IsInt64() {
		return hashInt(b.Int64())
	}
	m := new(big.Int).Abs(b)
	m.Mod(m, bigModulus)
	h := m.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	return fixHash(h)
}

func hashFloat(f float64) int64 {
	switch {
	case math.IsInf(f, 1):
		return 314159
	case math.IsInf(f, -1):
		return -314159
	case math.IsNaN(f):
		return 0
	}
	if f == math.Trunc(f) && f >= -9.2e18 && f <= 9.2e18 {
		return hashInt(int64(f))
	}
	// CPython's: f's exact value reduced modulo 2**61 - 1, so that equal
	// ints, floats (and fractions) hash equal and sets order as CPython's
	const bits = 61
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign, m = -1, -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(bits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= bits
	} else {
		e = bits - 1 - ((-1 - e) % bits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(bits-uint(e))
	return fixHash(int64(x) * sign)
}

// hashTuple combines item hashes in order (xxHash-style, as CPython).
func hashTuple(t py.Tuple) (int64, error) {
	const (
		p1 = 11400714785074694791
		p2 = 14029467366897019727
		p5 = 2870177450012600261
	)
	acc := uint64(p5)
	for _, item := range t {
		h, err := Hash(item)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * p2
		acc = acc<<31 | acc>>33
		acc *= p1
	}
	acc += uint64(len(t)) ^ (p5 ^ 3527539)
	return fixHash(int64(acc)), nil
}

// identityHash hashes o by its identity (pointer), or by value for the
// few comparable Go values that are not pointers.
func identityHash(o py.Object) int64 {
	v := reflect.ValueOf(o)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Func, reflect.Chan, reflect.UnsafePointer, reflect.Slice:
		return fixHash(int64(v.Pointer() >> 4))
	}
	if reflect.TypeOf(o).Comparable() {
		var h maphash.Hash
		h.SetSeed(strSeed)
		h.WriteString(reflect.TypeOf(o).String())
		return fixHash(int64(h.Sum64() >> 1))
	}
	return 0
}

// identical is Python's `is`: the same object. Slices and maps (tuples,
// gpython dicts) compare by their backing storage.
func identical(a, b py.Object) bool {
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	if ta != tb {
		return false
	}
	if ta.Comparable() {
		return a == b
	}
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	switch va.Kind() {
	case reflect.Slice:
		return va.Len() == vb.Len() && (va.Len() == 0 || va.Pointer() == vb.Pointer())
	case reflect.Map:
		return va.Pointer() == vb.Pointer()
	}
	return false
}

// unwrapEq is a Derived's base value when its class keeps the base's ==.
func unwrapEq(o py.Object) py.Object {
	if d, ok := o.(*Derived); ok && d.override("__eq__") == nil {
		return d.val
	}
	return o
}

// Equal is Python's bool(a == b) for container lookups and comparisons:
// identity first (as CPython's containers do), then value equality with
// numbers compared across int/float/bool and user classes' __eq__.
func Equal(a, b py.Object) (bool, error) {
	a, b = unwrapEq(a), unwrapEq(b)
	switch x := a.(type) {
	case py.String:
		y, ok := b.(py.String)
		return ok && x == y, nil
	case py.Int:
		switch y := b.(type) {
		case py.Int:
			return x == y, nil
		case py.Bool:
			return (x == 1) == bool(y) && (x == 0 || x == 1), nil
		}
	}
	if identical(a, b) {
		return true, nil
	}
	r, err := EqualObject(a, b)
	if err != nil {
		return false, err
	}
	t, err := py.MakeBool(r)
	return t == py.True, err
}

// EqualObject is the result of `a == b`: what a user __eq__ returns, or a
// bool.
func EqualObject(a, b py.Object) (py.Object, error) {
	if r, ok, err := userCompare(a, b, "__eq__", "__eq__"); ok || err != nil {
		return r, err
	}
	a, b = Unwrap(a), Unwrap(b)
	if r, ok := intFloatOrder(cmpEQ, a, b); ok {
		return r, nil
	}
	switch x := a.(type) {
	case *py.BoundMethod:
		y, ok := b.(*py.BoundMethod)
		return py.NewBool(ok && identical(x.Self, y.Self) && identical(x.Method, y.Method)), nil
	case py.Tuple, *NamedTuple:
		xs, _ := tupleOf(x)
		y, ok := tupleOf(b)
		if !ok {
			return py.False, nil
		}
		return sequenceEqual(xs, y)
	case *py.List:
		y, ok := b.(*py.List)
		if !ok {
			return py.False, nil
		}
		return sequenceEqual(x.Items, y.Items)
	case *Dict, py.StringDict, *liveDict:
		if !isMapping(b) {
			return py.False, nil
		}
		return mappingEqual(asDict(a), asDict(b))
	case *dictView:
		return x.M__eq__(b)
	case *Set, *FrozenSet:
		y, ok := setItems(b)
		if !ok {
			if v, isView := b.(*dictView); isView {
				return v.M__eq__(a)
			}
			return py.False, nil
		}
		xs, _ := setItems(a)
		return py.NewBool(xs.Len() == y.Len() && xs.issubset(y)), nil
	}
	switch b.(type) {
	case *Dict, py.StringDict, *Set, *FrozenSet, py.Tuple, *py.List, *NamedTuple:
		return py.False, nil
	}
	r, err := py.Eq(a, b)
	if err != nil {
		if isTypeError(err) {
			return py.NewBool(identical(a, b)), nil
		}
		return nil, err
	}
	return r, nil
}

// NotEqualObject is the result of `a != b`.
func NotEqualObject(a, b py.Object) (py.Object, error) {
	if r, ok, err := userCompare(a, b, "__ne__", "__ne__"); ok || err != nil {
		return r, err
	}
	if hasPyClass(a) {
		r, err := EqualObject(a, b)
		if err != nil {
			return nil, err
		}
		return py.Not(r)
	}
	if hasPyClass(b) {
		r, err := EqualObject(a, b)
		if err != nil {
			return nil, err
		}
		return py.Not(r)
	}
	eq, err := Equal(a, b)
	if err != nil {
		return nil, err
	}
	return py.NewBool(!eq), nil
}

// userCompare calls a user class's comparison dunder (and the reflected
// one of b's class); ok is false when neither answers.
func userCompare(a, b py.Object, name, reflected string) (py.Object, bool, error) {
	try := func(self, other py.Object, name string) (py.Object, bool, error) {
		fn := pyMethod(self, name)
		if fn == nil {
			return nil, false, nil
		}
		res, err := py.Call(fn, py.Tuple{self, other}, nil)
		if err != nil {
			return nil, true, err
		}
		if res == py.NotImplemented {
			return nil, false, nil
		}
		return res, true, nil
	}
	if r, ok, err := try(a, b, name); ok || err != nil {
		return r, ok, err
	}
	return try(b, a, reflected)
}

func sequenceEqual(x, y []py.Object) (py.Object, error) {
	if len(x) != len(y) {
		return py.False, nil
	}
	for i := range x {
		eq, err := Equal(x[i], y[i])
		if err != nil || !eq {
			return py.False, err
		}
	}
	return py.True, nil
}

func mappingEqual(x, y *Dict) (py.Object, error) {
	if x.Len() != y.Len() {
		return py.False, nil
	}
	for _, e := range x.entries {
		if e.key == nil {
			continue
		}
		v, found, err := y.lookup(e.key)
		if err != nil || !found {
			return py.False, err
		}
		eq, err := Equal(e.value, v)
		if err != nil || !eq {
			return py.False, err
		}
	}
	return py.True, nil
}

func isTypeError(err error) bool {
	e, ok := err.(*py.Exception)
	if !ok {
		return false
	}
	return e.Type().IsSubtype(py.TypeError)
}

func init() {
	setBuiltinFunc("hash", func(self py.Object, arg py.Object) (py.Object, error) {
		h, err := Hash(arg)
		if err != nil {
			return nil, err
		}
		return py.Int(h), nil
	}, "hash(obj) -> int: the hash of obj; equal objects hash equal")
	setBuiltinFunc("id", func(self py.Object, arg py.Object) (py.Object, error) {
		return py.Int(identityHash(arg) & 0x7fffffffffff), nil
	}, "id(obj) -> int: an integer unique to obj among live objects")
}
