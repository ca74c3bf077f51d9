package compat

// methodnames.go gives the methods of the built-in types CPython's
// __qualname__: 'str.upper', 'list.append', 'dict.fromkeys',
// 'list.__len__' (gpython's methods know only their name, so every
// method's __qualname__ was its __name__). The owner of each method is
// recorded once, when the first interpreter starts (after every method is
// installed), and only read afterwards.

import "github.com/go-python/gpython/py"

// methodOwners maps each method of a built-in type to that type.
var methodOwners = map[*py.Method]*py.Type{}

func recordMethodOwners() {
	types := []*py.Type{py.ObjectType, py.RangeType, MemoryViewType}
	for _, t := range arityTypes() {
		types = append(types, t)
	}
	for _, t := range types {
		for _, v := range t.Dict {
			switch m := v.(type) {
			case *py.Method:
				methodOwners[m] = t
			case *py.ClassMethod:
				if cm, ok := m.Callable.(*py.Method); ok {
					methodOwners[cm] = t
				}
			case *py.StaticMethod:
				if sm, ok := m.Callable.(*py.Method); ok {
					methodOwners[sm] = t
				}
			}
		}
		for _, m := range builtinDunders[t] {
			methodOwners[m] = t
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
