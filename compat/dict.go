package compat

// dict.go is Python's dict. gpython's (py.StringDict, a Go map[string])
// takes only str keys (`{200: 'OK'}` raised KeyError) and iterates in Go's
// random map order. Dict holds any hashable key (hash.go: 1, 1.0 and True
// are one key) and keeps insertion order, as CPython's has since 3.7.
//
// Where dicts come from:
//   - displays and comprehensions are rewritten to build a Dict
//     (opcodes.go); dict(...) and dict.fromkeys are this file's;
//   - a function's **kwargs arrives as a Dict in call order (calls.go);
//   - gpython still keeps module globals, instance and class __dict__ and
//     keyword arguments of Go-implemented functions in py.StringDict;
//     isinstance(x, dict) holds for those too, and every Dict operation
//     taking a mapping accepts them (their order is the sorted key order).
//
// Methods: keys, values, items (live views with len, in, iteration and set
// operations, set comparisons <= < >= > and isdisjoint on keys/items, also
// with the view on the right), get, setdefault, pop, popitem, update, clear,
// copy, fromkeys; `in`, len, iteration, ==/!=, `|` and `|=`, repr with
// `{...}` for a dict containing itself. Changing a dict's size while
// iterating it raises RuntimeError, as in CPython.

import (
	"sort"
	"strings"

	"github.com/go-python/gpython/py"
)

// Dict is an insertion-ordered Python dict.
type Dict struct {
	entries []dictEntry // deleted entries have a nil key
	live    int
	strIdx  map[string]int32  // str keys → entry
	hashIdx map[int64][]int32 // other keys by hash → entries
	changes int               // bumped when the key set changes size
	// for instances of Python subclasses of dict: the class and the
	// instance attributes
	cls   *py.Type
	attrs py.StringDict
}

type dictEntry struct {
	key, value py.Object
	hash       int64
}

// DictType is `dict`.
var DictType = py.NewTypeX("dict", `dict() -> new empty dictionary
dict(mapping) -> new dictionary initialized from a mapping object's (key, value) pairs
dict(iterable) -> new dictionary initialized as if via: d = {} for k, v in iterable: d[k] = v
dict(**kwargs) -> new dictionary initialized with the name=value pairs in the keyword argument list.`, nil, nil)

// NewDict returns an empty Dict.
func NewDict() *Dict { return &Dict{} }

// NewDictSized returns an empty Dict with room for n entries.
func NewDictSized(n int) *Dict { return newDictCap(n) }

// Type is `dict`, or the Python subclass d is an instance of.
func (d *Dict) Type() *py.Type {
	if d.cls != nil {
		return d.cls
	}
	return DictType
}

// GetDict is the instance attribute dict of a subclass instance.
func (d *Dict) GetDict() py.StringDict { return d.attrs }

// isDictClass reports whether cls is dict or derives from it.
func isDictClass(cls *py.Type) bool { return cls == DictType || cls.IsSubtype(DictType) }

// override returns a method a Python subclass defines (before dict in the
// MRO) for name, or nil.
func (d *Dict) override(name string) py.Object {
	if d.cls == nil {
		return nil
	}
	for c := range mroTypes(d.cls) {
		if c == DictType {
			return nil
		}
		if v, ok := c.Dict[name]; ok {
			if _, isFn := v.(*py.Function); isFn {
				return v
			}
		}
	}
	return nil
}

// Len is the number of keys.
func (d *Dict) Len() int { return d.live }

// smallDict is how many entries a dict holds before its str keys are
// indexed by a map; smaller dicts (most JSON objects, kwargs, environ
// parts) are scanned, which saves the map's allocation.
const smallDict = 8

func (d *Dict) findStr(s string) int {
	if d.strIdx == nil {
		for i := range d.entries {
			if k, ok := strKey(d.entries[i].key); ok && k == s {
				return i
			}
		}
		return -1
	}
	if i, ok := d.strIdx[s]; ok {
		return int(i)
	}
	return -1
}

// indexStr records a str key at entry n, building the map once the dict
// outgrows smallDict.
func (d *Dict) indexStr(s string, n int32) {
	if d.strIdx == nil {
		if len(d.entries) <= smallDict {
			return
		}
		d.strIdx = make(map[string]int32, len(d.entries))
		for i, e := range d.entries {
			if k, ok := strKey(e.key); ok {
				d.strIdx[k] = int32(i)
			}
		}
		return
	}
	d.strIdx[s] = n
}

// strKey is the text of a key indexed as a str: a str, or an instance of
// a str subclass that keeps str's == and hash.
func strKey(o py.Object) (string, bool) {
	switch k := o.(type) {
	case py.String:
		return string(k), true
	case *Derived:
		if s, ok := k.val.(py.String); ok && k.override("__eq__") == nil && k.override("__hash__") == nil {
			return string(s), true
		}
	}
	return "", false
}

func (d *Dict) find(key py.Object) (int, int64, error) {
	if s, ok := strKey(key); ok {
		return d.findStr(s), 0, nil
	}
	h, err := Hash(key)
	if err != nil {
		return -1, 0, err
	}
	for _, i := range d.hashIdx[h] {
		eq, err := Equal(d.entries[i].key, key)
		if err != nil {
			return -1, h, err
		}
		if eq {
			return int(i), h, nil
		}
	}
	return -1, h, nil
}

func (d *Dict) lookup(key py.Object) (py.Object, bool, error) {
	i, _, err := d.find(key)
	if err != nil || i < 0 {
		return nil, false, err
	}
	return d.entries[i].value, true, nil
}

// Get returns d[key] and whether it is there.
func (d *Dict) Get(key py.Object) (py.Object, bool, error) { return d.lookup(key) }

// GetStr returns d[key] for a str key.
func (d *Dict) GetStr(key string) (py.Object, bool) {
	if i := d.findStr(key); i >= 0 {
		return d.entries[i].value, true
	}
	return nil, false
}

// Set is d[key] = value.
func (d *Dict) Set(key, value py.Object) error {
	i, h, err := d.find(key)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.entries[i].value = value
		return nil
	}
	n := int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{key: key, value: value, hash: h})
	if s, ok := strKey(key); ok {
		d.indexStr(s, n)
	} else {
		if d.hashIdx == nil {
			d.hashIdx = map[int64][]int32{}
		}
		d.hashIdx[h] = append(d.hashIdx[h], n)
	}
	d.live++
	d.changes++
	return nil
}

// SetStr is d[key] = value for a str key.
func (d *Dict) SetStr(key string, value py.Object) { _ = d.Set(py.String(key), value) }

// Delete removes key; found is false when it was not there.
func (d *Dict) Delete(key py.Object) (found bool, err error) {
	i, h, err := d.find(key)
	if err != nil || i < 0 {
		return false, err
	}
	d.deleteAt(i, h)
	return true, nil
}

func (d *Dict) deleteAt(i int, h int64) {
	e := &d.entries[i]
	if s, ok := strKey(e.key); ok {
		if d.strIdx != nil {
			delete(d.strIdx, s)
		}
	} else {
		list := d.hashIdx[h]
		for j, k := range list {
			if int(k) == i {
				list = append(list[:j:j], list[j+1:]...)
				break
			}
		}
		if len(list) == 0 {
			delete(d.hashIdx, h)
		} else {
			d.hashIdx[h] = list
		}
	}
	*e = dictEntry{}
	d.live--
	d.changes++
	if len(d.entries) > 16 && d.live < len(d.entries)/2 {
		d.compact()
	}
}

// compact drops deleted entries and rebuilds the indexes. Iterators hold
// positions, so they notice through changes (a size change anyway).
func (d *Dict) compact() {
	old := d.entries
	d.entries = make([]dictEntry, 0, d.live+d.live/2)
	d.strIdx, d.hashIdx = nil, nil
	d.live = 0
	for _, e := range old {
		if e.key != nil {
			d.appendEntry(e)
		}
	}
}

func (d *Dict) appendEntry(e dictEntry) {
	n := int32(len(d.entries))
	d.entries = append(d.entries, e)
	if s, ok := strKey(e.key); ok {
		d.indexStr(s, n)
	} else {
		if d.hashIdx == nil {
			d.hashIdx = map[int64][]int32{}
		}
		d.hashIdx[e.hash] = append(d.hashIdx[e.hash], n)
	}
	d.live++
}

// Clear removes every key.
func (d *Dict) Clear() {
	// an instance of a dict subclass keeps its class and attributes
	*d = Dict{changes: d.changes + 1, cls: d.cls, attrs: d.attrs}
}

// Copy is a shallow copy.
func (d *Dict) Copy() *Dict {
	c := NewDictSized(d.live)
	for _, e := range d.entries {
		if e.key != nil {
			c.appendEntry(e)
		}
	}
	return c
}

// Range calls fn for each (key, value) in order until fn returns false.
func (d *Dict) Range(fn func(k, v py.Object) bool) {
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key != nil && !fn(e.key, e.value) {
			return
		}
	}
}

// Keys returns the keys in order.
func (d *Dict) Keys() []py.Object {
	out := make([]py.Object, 0, d.live)
	d.Range(func(k, _ py.Object) bool { out = append(out, k); return true })
	return out
}

// StringDict converts d for gpython APIs that take keyword arguments;
// non-str keys are a TypeError, as for CPython's f(**d).
func (d *Dict) StringDict() (py.StringDict, error) {
	out := make(py.StringDict, d.live)
	var err error
	d.Range(func(k, v py.Object) bool {
		s, ok := strKey(k)
		if !ok {
			err = py.ExceptionNewf(py.TypeError, "keywords must be strings")
			return false
		}
		out[s] = v
		return true
	})
	return out, err
}

// DictFromStringDict copies a gpython dict, keys in sorted order.
func DictFromStringDict(sd py.StringDict) *Dict {
	keys := make([]string, 0, len(sd))
	for k := range sd {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	d := NewDictSized(len(keys))
	for _, k := range keys {
		d.SetStr(k, sd[k])
	}
	return d
}

// asDict views a mapping as a Dict (a copy for a py.StringDict).
func asDict(o py.Object) *Dict {
	switch v := o.(type) {
	case *Dict:
		return v
	case py.StringDict:
		return DictFromStringDict(v)
	case *liveDict:
		return orderedDict(v.sd)
	}
	return nil
}

func isMapping(o py.Object) bool {
	switch o.(type) {
	case *Dict, py.StringDict, *liveDict:
		return true
	}
	return false
}

// Update adds the pairs of other: a mapping (anything with keys()) or an
// iterable of pairs; this is dict.update's and dict()'s argument.
func (d *Dict) Update(other py.Object) error {
	switch v := other.(type) {
	case *Dict:
		var err error
		v.Range(func(k, val py.Object) bool { err = d.Set(k, val); return err == nil })
		return err
	case py.StringDict:
		src := DictFromStringDict(v)
		return d.Update(src)
	case *liveDict:
		return d.Update(orderedDict(v.sd))
	}
	if keys, err := py.GetAttrString(other, "keys"); err == nil {
		ks, err := py.Call(keys, nil, nil)
		if err != nil {
			return err
		}
		return py.Iterate(ks, func(k py.Object) bool {
			var val py.Object
			val, err = py.GetItem(other, k)
			if err == nil {
				err = d.Set(k, val)
			}
			return err != nil
		})
	}
	n := 0
	var ierr error
	err := py.Iterate(other, func(item py.Object) bool {
		pair, err := py.SequenceTuple(item)
		if err != nil {
			ierr = py.ExceptionNewf(py.TypeError, "cannot convert dictionary update sequence element #%d to a sequence", n)
			return true
		}
		if len(pair) != 2 {
			ierr = py.ExceptionNewf(py.ValueError, "dictionary update sequence element #%d has length %d; 2 is required", n, len(pair))
			return true
		}
		ierr = d.Set(pair[0], pair[1])
		n++
		return ierr != nil
	})
	if err != nil {
		if isTypeError(err) && n == 0 && ierr == nil {
			return py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", other.Type().Name)
		}
		return err
	}
	return ierr
}

func (d *Dict) updateKwargs(kwargs py.StringDict) {
	for _, k := range sortedKeys(kwargs) {
		d.SetStr(k, kwargs[k])
	}
}

func sortedKeys(sd py.StringDict) []string {
	keys := make([]string, 0, len(sd))
	for k := range sd {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func dictNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return dictFromArgs(args, orderedKwargs(kwargs))
}

// dictFromArgs is dict(*args, **kw) with kw in call order.
func dictFromArgs(args py.Tuple, kw []kwPair) (py.Object, error) {
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "dict expected at most 1 argument, got %d", len(args))
	}
	d := NewDict()
	if len(args) == 1 {
		if err := d.Update(args[0]); err != nil {
			return nil, err
		}
	}
	for _, p := range kw {
		d.SetStr(p.name, p.value)
	}
	return d, nil
}

// Helpers called by rewritten code (opcodes.go).
var (
	newDictFunc = py.MustNewMethod("__gowsgi_dict__", func(self py.Object) (py.Object, error) {
		return NewDict(), nil
	}, 0, "{}")
	// pairsToDict turns the list of (value, key) pairs a display or
	// comprehension collected into a Dict.
	pairsToDict = py.MustNewMethod("__gowsgi_dict_pairs__", func(self py.Object, arg py.Object) (py.Object, error) {
		l := arg.(*py.List)
		d := NewDictSized(len(l.Items))
		for _, p := range l.Items {
			t := p.(py.Tuple)
			if err := d.Set(t[1], t[0]); err != nil {
				return nil, err
			}
		}
		return d, nil
	}, 0, "{k: v, ...}")
)

func keyError(key py.Object) error {
	e, err := py.ExceptionNew(py.KeyError, py.Tuple{key}, nil)
	if err != nil {
		return err
	}
	return e.(*py.Exception)
}

// Python protocol.

func (d *Dict) M__getitem__(key py.Object) (py.Object, error) {
	if d.cls != nil {
		if fn := d.override("__getitem__"); fn != nil {
			return py.Call(fn, py.Tuple{d, key}, nil)
		}
	}
	return d.getitem(key)
}

// getitem is dict.__getitem__, with a subclass's __missing__.
func (d *Dict) getitem(key py.Object) (py.Object, error) {
	v, ok, err := d.lookup(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		if d.cls != nil {
			if fn := lookupMro(d.cls, "__missing__"); fn != nil {
				return py.Call(fn, py.Tuple{d, key}, nil)
			}
		}
		return nil, keyError(key)
	}
	return v, nil
}

func (d *Dict) M__setitem__(key, value py.Object) (py.Object, error) {
	if d.cls != nil {
		if fn := d.override("__setitem__"); fn != nil {
			return py.Call(fn, py.Tuple{d, key, value}, nil)
		}
	}
	return py.None, d.Set(key, value)
}

func (d *Dict) M__delitem__(key py.Object) (py.Object, error) {
	if d.cls != nil {
		if fn := d.override("__delitem__"); fn != nil {
			return py.Call(fn, py.Tuple{d, key}, nil)
		}
	}
	found, err := d.Delete(key)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, keyError(key)
	}
	return py.None, nil
}

func (d *Dict) M__len__() (py.Object, error) { return py.Int(d.live), nil }

func (d *Dict) M__bool__() (py.Object, error) { return py.NewBool(d.live > 0), nil }

func (d *Dict) M__contains__(key py.Object) (py.Object, error) {
	if d.cls != nil {
		if fn := d.override("__contains__"); fn != nil {
			return py.Call(fn, py.Tuple{d, key}, nil)
		}
	}
	_, ok, err := d.lookup(key)
	return py.NewBool(ok), err
}

func (d *Dict) M__iter__() (py.Object, error) { return newDictIter(d, iterKeys), nil }

func (d *Dict) M__eq__(other py.Object) (py.Object, error) {
	if !isMapping(other) {
		return py.NotImplemented, nil
	}
	return mappingEqual(d, asDict(other))
}

func (d *Dict) M__ne__(other py.Object) (py.Object, error) {
	if !isMapping(other) {
		return py.NotImplemented, nil
	}
	r, err := mappingEqual(d, asDict(other))
	if err != nil {
		return nil, err
	}
	return py.Not(r)
}

func (d *Dict) M__or__(other py.Object) (py.Object, error) {
	if !isMapping(other) {
		return py.NotImplemented, nil
	}
	c := d.Copy()
	return c, c.Update(other)
}

func (d *Dict) M__ior__(other py.Object) (py.Object, error) {
	return d, d.Update(other)
}

func (d *Dict) M__repr__() (py.Object, error) {
	if d.cls != nil {
		if fn := d.override("__repr__"); fn != nil {
			return py.Call(fn, py.Tuple{d}, nil)
		}
	}
	s, err := Repr(d)
	return py.String(s), err
}

func (d *Dict) M__str__() (py.Object, error) { return d.M__repr__() }

// reprDict is repr(d) with seen guarding self-containing dicts.
func reprDict(d *Dict, seen []py.Object) (string, error) {
	for _, x := range seen {
		if x == py.Object(d) {
			return "{...}", nil
		}
	}
	seen = append(seen, d)
	var b strings.Builder
	b.WriteByte('{')
	first := true
	var err error
	d.Range(func(k, v py.Object) bool {
		var ks, vs string
		if ks, err = reprSeen(k, seen); err != nil {
			return false
		}
		if vs, err = reprSeen(v, seen); err != nil {
			return false
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString(ks)
		b.WriteString(": ")
		b.WriteString(vs)
		return true
	})
	b.WriteByte('}')
	return b.String(), err
}

// Iteration and views.

type iterKind int

const (
	iterKeys iterKind = iota
	iterValues
	iterItems
)

var dictIterTypes = [...]*py.Type{
	py.NewType("dict_keyiterator", ""),
	py.NewType("dict_valueiterator", ""),
	py.NewType("dict_itemiterator", ""),
}

type dictIter struct {
	d       *Dict
	pos     int
	changes int
	size    int
	kind    iterKind
}

func newDictIter(d *Dict, kind iterKind) *dictIter {
	return &dictIter{d: d, changes: d.changes, size: d.live, kind: kind}
}

func (it *dictIter) Type() *py.Type { return dictIterTypes[it.kind] }

func (it *dictIter) M__iter__() (py.Object, error) { return it, nil }

func (it *dictIter) M__next__() (py.Object, error) {
	d := it.d
	if d.changes != it.changes {
		if d.live != it.size {
			it.changes = -1
			return nil, py.ExceptionNewf(py.RuntimeError, "dictionary changed size during iteration")
		}
		return nil, py.ExceptionNewf(py.RuntimeError, "dictionary keys changed during iteration")
	}
	for it.pos < len(d.entries) {
		e := d.entries[it.pos]
		it.pos++
		if e.key == nil {
			continue
		}
		switch it.kind {
		case iterValues:
			return e.value, nil
		case iterItems:
			return py.Tuple{e.key, e.value}, nil
		}
		return e.key, nil
	}
	return nil, py.StopIteration
}

// dictView is dict.keys()/values()/items().
type dictView struct {
	d    *Dict
	kind iterKind
}

var dictViewTypes = [...]*py.Type{
	py.NewType("dict_keys", ""),
	py.NewType("dict_values", ""),
	py.NewType("dict_items", ""),
}

func (v *dictView) Type() *py.Type { return dictViewTypes[v.kind] }

func (v *dictView) M__iter__() (py.Object, error) { return newDictIter(v.d, v.kind), nil }

func (v *dictView) M__len__() (py.Object, error) { return py.Int(v.d.live), nil }

func (v *dictView) M__contains__(x py.Object) (py.Object, error) {
	switch v.kind {
	case iterKeys:
		return v.d.M__contains__(x)
	case iterItems:
		t, ok := x.(py.Tuple)
		if !ok || len(t) != 2 {
			return py.False, nil
		}
		val, found, err := v.d.lookup(t[0])
		if err != nil || !found {
			return py.False, err
		}
		eq, err := Equal(val, t[1])
		return py.NewBool(eq), err
	}
	found := false
	var err error
	v.d.Range(func(_, val py.Object) bool {
		found, err = Equal(val, x)
		return err == nil && !found
	})
	return py.NewBool(found), err
}

func (v *dictView) items() []py.Object {
	out := make([]py.Object, 0, v.d.live)
	v.d.Range(func(k, val py.Object) bool {
		switch v.kind {
		case iterKeys:
			out = append(out, k)
		case iterValues:
			out = append(out, val)
		default:
			out = append(out, py.Tuple{k, val})
		}
		return true
	})
	return out
}

func (v *dictView) M__repr__() (py.Object, error) {
	s, err := reprItems(v.items(), nil, nil)
	return py.String(v.Type().Name + "([" + s + "])"), err
}

func (v *dictView) M__eq__(other py.Object) (py.Object, error) {
	if v.kind == iterValues {
		return py.NewBool(other == py.Object(v)), nil
	}
	a, err := NewSetFrom(v)
	if err != nil {
		return nil, err
	}
	if o, ok := other.(*dictView); ok {
		if o.kind == iterValues {
			return py.False, nil
		}
		if other, err = NewSetFrom(o); err != nil {
			return nil, err
		}
	}
	return EqualObject(a, other)
}

func (v *dictView) M__ne__(other py.Object) (py.Object, error) {
	eq, err := v.M__eq__(other)
	if err != nil || eq == py.NotImplemented {
		return eq, err
	}
	return py.NewBool(eq != py.True), nil
}

// set operations on keys and items views give sets, as in CPython.
func (v *dictView) setOp(other py.Object, op func(a, b *Set) (py.Object, error)) (py.Object, error) {
	if v.kind == iterValues {
		return py.NotImplemented, nil
	}
	a, err := NewSetFrom(v)
	if err != nil {
		return nil, err
	}
	b, err := NewSetFrom(other)
	if err != nil {
		return nil, err
	}
	return op(a, b)
}

// viewCompare is <, <=, >, >= of a keys or items view against a set,
// frozenset or another keys/items view (set inclusion, as in CPython).
func (v *dictView) viewCompare(other py.Object, op string) (py.Object, error) {
	switch o := other.(type) {
	case *Set, *FrozenSet:
	case *dictView:
		if o.kind == iterValues {
			return py.NotImplemented, nil
		}
	default:
		return py.NotImplemented, nil
	}
	if v.kind == iterValues {
		return py.NotImplemented, nil
	}
	a, err := NewSetFrom(v)
	if err != nil {
		return nil, err
	}
	b, err := NewSetFrom(other)
	if err != nil {
		return nil, err
	}
	return setCompare(a, b, op)
}

func (v *dictView) M__le__(o py.Object) (py.Object, error) { return v.viewCompare(o, "<=") }
func (v *dictView) M__lt__(o py.Object) (py.Object, error) { return v.viewCompare(o, "<") }
func (v *dictView) M__ge__(o py.Object) (py.Object, error) { return v.viewCompare(o, ">=") }
func (v *dictView) M__gt__(o py.Object) (py.Object, error) { return v.viewCompare(o, ">") }

// The reflected operators take any iterable on the left ({3} | d.keys()).
func (v *dictView) M__rand__(o py.Object) (py.Object, error) {
	return v.setOp(o, func(a, b *Set) (py.Object, error) { return b.intersection(a), nil })
}
func (v *dictView) M__ror__(o py.Object) (py.Object, error) {
	return v.setOp(o, func(a, b *Set) (py.Object, error) { return b.union(a), nil })
}
func (v *dictView) M__rsub__(o py.Object) (py.Object, error) {
	return v.setOp(o, func(a, b *Set) (py.Object, error) { return b.difference(a), nil })
}
func (v *dictView) M__rxor__(o py.Object) (py.Object, error) {
	return v.setOp(o, func(a, b *Set) (py.Object, error) { return b.symmetricDifference(a), nil })
}

func init() {
	for _, t := range dictViewTypes[:] {
		if t == dictViewTypes[iterValues] {
			continue
		}
		t.Dict["isdisjoint"] = py.MustNewMethod("isdisjoint", func(self py.Object, args py.Tuple) (py.Object, error) {
			v, ok := self.(*dictView)
			if !ok || len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "isdisjoint() takes exactly one argument (%d given)", len(args))
			}
			found := false
			err := py.Iterate(args[0], func(x py.Object) bool {
				in, err := v.M__contains__(x)
				if err != nil {
					return true
				}
				found = in == py.True
				return found
			})
			return py.NewBool(!found), err
		}, 0, "Return True if the view and the given iterable have a null intersection.")
	}
}

func (v *dictView) M__and__(o py.Object) (py.Object, error) {
	return v.setOp(o, func(a, b *Set) (py.Object, error) { return a.intersection(b), nil })
}
func (v *dictView) M__or__(o py.Object) (py.Object, error) {
	return v.setOp(o, func(a, b *Set) (py.Object, error) { return a.union(b), nil })
}
func (v *dictView) M__sub__(o py.Object) (py.Object, error) {
	return v.setOp(o, func(a, b *Set) (py.Object, error) { return a.difference(b), nil })
}
func (v *dictView) M__xor__(o py.Object) (py.Object, error) {
	return v.setOp(o, func(a, b *Set) (py.Object, error) { return a.symmetricDifference(b), nil })
}

// Methods.

func dictMethod(name, doc string, fn func(d *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	DictType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		self, args = unbound(self, args)
		d, ok := self.(*Dict)
		if !ok {
			if sd, isSD := self.(py.StringDict); isSD && name != "__init__" {
				return stringDictMethod(sd, name, args, kwargs)
			}
			if l, isLive := self.(*liveDict); isLive && name != "__init__" {
				return stringDictMethod(l.sd, name, args, kwargs)
			}
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'dict' objects doesn't apply to a '%s' object", name, self.Type().Name)
		}
		return fn(d, args, kwargs)
	}, 0, doc)
}

// stringDictMethod runs a dict method on a gpython dict by way of a Dict
// copy, writing changes back.
func stringDictMethod(sd py.StringDict, name string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	d := orderedDict(sd) // (classorder.go: a class's in definition order)
	res, err := py.Call(DictType.Dict[name], append(py.Tuple{d}, args...), kwargs)
	if err != nil {
		return nil, err
	}
	for k := range sd {
		if _, ok := d.GetStr(k); !ok && !hiddenClassKey(k) {
			delete(sd, k)
		}
	}
	var werr error
	d.Range(func(k, v py.Object) bool {
		s, ok := k.(py.String)
		if !ok {
			werr = py.ExceptionNewf(py.TypeError, "keywords must be strings")
			return false
		}
		sd[string(s)] = v
		return true
	})
	return res, werr
}

func noKwargs(name string, kwargs py.StringDict) error {
	if len(kwargs) > 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	return nil
}

func argRange(name string, args py.Tuple, min, max int) error {
	least, most := "at least ", "at most "
	if min == max {
		least, most = "", "" // CPython: "insert expected 2 arguments, got 1"
	}
	if len(args) < min {
		return py.ExceptionNewf(py.TypeError, "%s expected %s%d argument%s, got %d", name, least, min, plural(min), len(args))
	}
	if len(args) > max {
		return py.ExceptionNewf(py.TypeError, "%s expected %s%d argument%s, got %d", name, most, max, plural(max), len(args))
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func init() {
	DictType.New = dictNew
	DictType.Base, DictType.Mro = py.ObjectType, py.Tuple{DictType, py.ObjectType}
	SetType.Base, SetType.Mro = py.ObjectType, py.Tuple{SetType, py.ObjectType}
	FrozenSetType.Base, FrozenSetType.Mro = py.ObjectType, py.Tuple{FrozenSetType, py.ObjectType}
	DictType.Flags |= py.TPFLAGS_BASETYPE
	DictType.Dict["__hash__"] = py.None
	dictMethod("__init__", "Initialize self; see help(type(self)).", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "dict expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 1 {
			if err := d.Update(args[0]); err != nil {
				return nil, err
			}
		}
		for _, p := range orderedKwargs(kw) {
			d.SetStr(p.name, p.value)
		}
		return py.None, nil
	})
	dictMethod("__getitem__", "x.__getitem__(y) <==> x[y]", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argRange("__getitem__", args, 1, 1); err != nil {
			return nil, err
		}
		return d.getitem(args[0])
	})
	dictMethod("__setitem__", "Set self[key] to value.", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argRange("__setitem__", args, 2, 2); err != nil {
			return nil, err
		}
		return py.None, d.Set(args[0], args[1])
	})
	dictMethod("__delitem__", "Delete self[key].", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argRange("__delitem__", args, 1, 1); err != nil {
			return nil, err
		}
		found, err := d.Delete(args[0])
		if err == nil && !found {
			err = keyError(args[0])
		}
		return py.None, err
	})
	dictMethod("__contains__", "True if the dictionary has the specified key, else False.", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argRange("__contains__", args, 1, 1); err != nil {
			return nil, err
		}
		_, ok, err := d.lookup(args[0])
		return py.NewBool(ok), err
	})
	dictMethod("keys", "D.keys() -> a set-like object providing a view on D's keys", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return &dictView{d, iterKeys}, argRange("keys", args, 0, 0)
	})
	dictMethod("values", "D.values() -> an object providing a view on D's values", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return &dictView{d, iterValues}, argRange("values", args, 0, 0)
	})
	dictMethod("items", "D.items() -> a set-like object providing a view on D's items", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return &dictView{d, iterItems}, argRange("items", args, 0, 0)
	})
	dictMethod("get", "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argRange("get", args, 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := d.lookup(args[0])
		if err != nil || ok {
			return v, err
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return py.None, nil
	})
	dictMethod("setdefault", "D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argRange("setdefault", args, 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := d.lookup(args[0])
		if err != nil || ok {
			return v, err
		}
		var def py.Object = py.None
		if len(args) == 2 {
			def = args[1]
		}
		return def, d.Set(args[0], def)
	})
	dictMethod("pop", "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := argRange("pop", args, 1, 2); err != nil {
			return nil, err
		}
		i, h, err := d.find(args[0])
		if err != nil {
			return nil, err
		}
		if i < 0 {
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, keyError(args[0])
		}
		v := d.entries[i].value
		d.deleteAt(i, h)
		return v, nil
	})
	dictMethod("popitem", "D.popitem() -> (k, v), remove and return the last inserted pair", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		for i := len(d.entries) - 1; i >= 0; i-- {
			e := d.entries[i]
			if e.key != nil {
				d.deleteAt(i, e.hash)
				return py.Tuple{e.key, e.value}, nil
			}
		}
		return nil, py.ExceptionNewf(py.KeyError, "popitem(): dictionary is empty")
	})
	dictMethod("update", "D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F.", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "update expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 1 {
			if err := d.Update(args[0]); err != nil {
				return nil, err
			}
		}
		for _, p := range orderedKwargs(kw) {
			d.SetStr(p.name, p.value)
		}
		return py.None, nil
	})
	dictMethod("clear", "D.clear() -> None.  Remove all items from D.", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		d.Clear()
		return py.None, nil
	})
	dictMethod("copy", "D.copy() -> a shallow copy of D", func(d *Dict, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return d.Copy(), nil
	})
	DictType.Dict["fromkeys"] = &py.ClassMethod{Callable: py.MustNewMethod("fromkeys", func(self py.Object, args py.Tuple) (py.Object, error) {
		cls, isType := self.(*py.Type)
		if !isType && len(args) > 0 {
			cls, _ = args[0].(*py.Type)
			args = args[1:]
		}
		if err := argRange("fromkeys", args, 1, 2); err != nil {
			return nil, err
		}
		var v py.Object = py.None
		if len(args) == 2 {
			v = args[1]
		}
		if cls != nil && cls != DictType && cls.IsSubtype(DictType) {
			// a subclass's fromkeys makes an instance of it (cls()), as CPython
			obj, err := py.Call(cls, nil, nil)
			if err != nil {
				return nil, err
			}
			var serr error
			err = py.Iterate(args[0], func(k py.Object) bool {
				_, serr = py.SetItem(obj, k, v)
				return serr != nil
			})
			if err == nil {
				err = serr
			}
			return obj, err
		}
		d := NewDict()
		var serr error
		err := py.Iterate(args[0], func(k py.Object) bool {
			serr = d.Set(k, v)
			return serr != nil
		})
		if err == nil {
			err = serr
		}
		return d, err
	}, 0, "Create a new dictionary with keys from iterable and values set to value.")}
	setBuiltin("dict", DictType)
}

// liveDict is the dict Python code sees for a namespace gpython keeps in a
// py.StringDict (an instance's or class's __dict__, vars()): reads and
// writes go to the namespace itself. It is not the StringDict: on one of
// those gpython looks attributes up among the keys first, so
// `cls.__dict__.get(...)` called a method named `get` defined in the class.
type liveDict struct{ sd py.StringDict }

func (l *liveDict) Type() *py.Type { return DictType }

func (l *liveDict) M__getitem__(key py.Object) (py.Object, error) {
	if s, ok := key.(py.String); ok && !hiddenClassKey(string(s)) {
		if v, ok := l.sd[string(s)]; ok {
			return v, nil
		}
	}
	return nil, keyError(key)
}

func (l *liveDict) M__setitem__(key, value py.Object) (py.Object, error) {
	s, ok := key.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", key.Type().Name)
	}
	l.sd[string(s)] = value
	return py.None, nil
}

func (l *liveDict) M__delitem__(key py.Object) (py.Object, error) {
	if s, ok := key.(py.String); ok {
		if _, ok := l.sd[string(s)]; ok {
			delete(l.sd, string(s))
			return py.None, nil
		}
	}
	return nil, keyError(key)
}

func (l *liveDict) M__contains__(key py.Object) (py.Object, error) {
	s, ok := key.(py.String)
	if !ok {
		return py.False, nil
	}
	_, found := l.sd[string(s)]
	return py.NewBool(found && !hiddenClassKey(string(s))), nil
}

func (l *liveDict) M__len__() (py.Object, error) {
	n := len(l.sd)
	for _, k := range []string{classOrderKey, subclassesKey} {
		if _, ok := l.sd[k]; ok {
			n--
		}
	}
	return py.Int(n), nil
}

func (l *liveDict) M__iter__() (py.Object, error) {
	keys := orderedKeys(l.sd)
	items := make(py.Tuple, len(keys))
	for i, k := range keys {
		items[i] = py.String(k)
	}
	return py.NewIterator(items), nil
}

func (l *liveDict) M__repr__() (py.Object, error) {
	s, err := Repr(orderedDict(l.sd))
	return py.String(s), err
}

func (l *liveDict) M__eq__(other py.Object) (py.Object, error) {
	return EqualObject(orderedDict(l.sd), other)
}
