package compat

// methodnames.go gives the methods of the built-in types CPython's
// __qualname__: 'str.upper', 'list.append', 'dict.fromkeys',
// 'list.__len__' (gpython's methods know only their name, so every
// method's __qualname__ was its __name__). The owner of each method is
// recorded once, when the first interpreter starts (after every method is
// installed), and only read afterwards.

import (
	"sort"

	"github.com/go-python/gpython/py"
)

// methodOwners maps each method of a built-in type to that type.
var methodOwners = map[*py.Method]*py.Type{}

func recordMethodOwners() {
	types := []*py.Type{py.ObjectType, py.RangeType, MemoryViewType}
	byName := arityTypes()
	names := make([]string, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		types = append(types, byName[n])
	}
	// a method two types share keeps the first owner in this fixed order
	own := func(m *py.Method, t *py.Type) {
		if _, seen := methodOwners[m]; !seen {
			methodOwners[m] = t
		}
	}
	for _, t := range types {
		for _, v := range t.Dict {
			switch m := v.(type) {
			case *py.Method:
				own(m, t)
			case *py.ClassMethod:
				if cm, ok := m.Callable.(*py.Method); ok {
					own(cm, t)
				}
			case *py.StaticMethod:
				if sm, ok := m.Callable.(*py.Method); ok {
					own(sm, t)
				}
			}
		}
		for _, m := range builtinDunders[t] {
			own(m, t)
		}
	}
}

// methodQualname is m's __qualname__.
func methodQualname(m *py.Method) string {
	if t := methodOwners[m]; t != nil {
		return t.Name + "." + m.Name
	}
	return m.Name
}
