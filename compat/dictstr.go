package compat

// dictstr.go gives gpython's own dict (py.StringDict: module globals(),
// class and instance __dict__) every method of compat's dict that it lacks
// (update, setdefault, pop, popitem, copy, clear, ...), so that
// `globals().update(...)` and `vars(obj).setdefault(...)` work as in
// CPython, where these are all one dict type. Each runs on an ordered copy
// and writes the result back (stringDictMethod, dict.go); a non-str key
// raises TypeError, since such a dict holds only str keys.

import "github.com/go-python/gpython/py"

func init() {
	for name := range DictType.Dict {
		if _, has := py.StringDictType.Dict[name]; has || name == "__init__" || name == "__new__" {
			continue
		}
		if _, isMethod := DictType.Dict[name].(*py.Method); !isMethod {
			continue
		}
		name := name
		py.StringDictType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			sd, ok := self.(py.StringDict)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'dict' objects doesn't apply to a '%s' object", name, self.Type().Name)
			}
			return stringDictMethod(sd, name, args, kwargs)
		}, 0, "")
	}
}
