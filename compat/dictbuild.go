package compat

// dictbuild.go builds dicts whose size is known up front (JSON objects,
// dict displays, copies) with fewer allocations: a small dict and its
// entries are one allocation, and NewDictFromPairs fills a fresh dict from
// alternating keys and values without the general Set path when the keys
// are all str. The result is the dict `d[k] = v` for each pair in order
// builds, as in CPython: a repeated key keeps its first position and its
// last value. NewListCap does the same for a list: up to 4 items live in
// its allocation.

import "github.com/go-python/gpython/py"

// dicts with room for up to 2, 4, 6 or 8 entries allocated with them
// (the size classes of 160, 240, 320 and 416 bytes)
type (
	dict2 struct {
		d Dict
		e [2]dictEntry
	}
	dict4 struct {
		d Dict
		e [4]dictEntry
	}
	dict6 struct {
		d Dict
		e [6]dictEntry
	}
	dict8 struct {
		d Dict
		e [smallDict]dictEntry
	}
)

// newDictCap is an empty Dict with room for n entries; up to smallDict
// entries live in the same allocation as the Dict.
func newDictCap(n int) *Dict {
	switch {
	case n <= 0:
		return &Dict{}
	case n <= 2:
		p := new(dict2)
		p.d.entries = p.e[:0]
		return &p.d
	case n <= 4:
		p := new(dict4)
		p.d.entries = p.e[:0]
		return &p.d
	case n <= 6:
		p := new(dict6)
		p.d.entries = p.e[:0]
		return &p.d
	case n <= smallDict:
		p := new(dict8)
		p.d.entries = p.e[:0]
		return &p.d
	}
	return &Dict{entries: make([]dictEntry, 0, n)}
}

// NewDictFromPairs returns the dict of kv's pairs (key, value, key,
// value, ...) set in order.
func NewDictFromPairs(kv []py.Object) (*Dict, error) {
	n := len(kv) / 2
	d := newDictCap(n)
	if n <= smallDict {
		// str keys of a small dict are found by scanning the entries
		// (findStr), so a fresh one needs only the duplicate check
		i := 0
	pairs:
		for ; i+1 < len(kv); i += 2 {
			k, ok := kv[i].(py.String)
			if !ok {
				break
			}
			for j := range d.entries {
				if d.entries[j].key.(py.String) == k {
					d.entries[j].value = kv[i+1]
					continue pairs
				}
			}
			d.entries = append(d.entries, dictEntry{key: kv[i], value: kv[i+1]})
		}
		d.live = len(d.entries)
		d.changes = d.live
		kv = kv[i:]
	}
	for i := 0; i+1 < len(kv); i += 2 {
		if err := d.Set(kv[i], kv[i+1]); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// lists with room for up to 2 or 4 items allocated with them (the size
// classes of 64 and 96 bytes)
type (
	list2 struct {
		l py.List
		a [2]py.Object
	}
	list4 struct {
		l py.List
		a [4]py.Object
	}
)

// NewListCap is an empty list with room for n items; up to 4 live in the
// same allocation as the list (a list that grows past them moves its
// items out, as any list does).
func NewListCap(n int) *py.List {
	switch {
	case n <= 0:
		return &py.List{}
	case n <= 2:
		p := new(list2)
		p.l.Items = p.a[:0]
		return &p.l
	case n <= 4:
		p := new(list4)
		p.l.Items = p.a[:0]
		return &p.l
	}
	return &py.List{Items: make([]py.Object, 0, n)}
}
