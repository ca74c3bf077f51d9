// C type names for classes the stdlib writes in Python.
//
// CPython's error messages name an object's type by its tp_name. For a class
// written in Python that is the bare name, but datetime, collections,
// itertools, functools and operator are C in CPython, whose tp_name carries
// the module: `timedelta(1) + 1` is "unsupported operand type(s) for +:
// 'datetime.timedelta' and 'int'". gowsgi writes those modules in Python, so
// typeName looks the class up here (a fixed table built at init). So do
// the reprs of the structseqs (time.struct_time(tm_year=...)).
package compat

import "github.com/go-python/gpython/py"

// cTypeNames holds, per module, the classes CPython implements in C.
var cTypeNames = map[string]map[string]bool{
	"datetime":    nameSet("timedelta", "date", "time", "datetime", "tzinfo", "timezone"),
	"collections": nameSet("deque", "defaultdict", "OrderedDict"),
	"functools":   nameSet("partial"),
	"time":        nameSet("struct_time"), // structseqs: their repr is time.struct_time(...)
	"sys":         nameSet("version_info", "flags", "float_info", "hash_info"),
	"operator":    nameSet("itemgetter", "attrgetter", "methodcaller"),
	"itertools": nameSet("accumulate", "combinations", "combinations_with_replacement", "cycle",
		"dropwhile", "takewhile", "islice", "starmap", "chain", "compress", "filterfalse", "count",
		"zip_longest", "pairwise", "permutations", "product", "repeat", "groupby"),
}

func nameSet(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// cTypeName is t's tp_name as CPython prints it in messages.
func cTypeName(t *py.Type) string {
	if t.Dict != nil {
		if m, ok := t.Dict["__module__"].(py.String); ok {
			if names := cTypeNames[string(m)]; names[t.Name] {
				return string(m) + "." + t.Name
			}
		}
	}
	return t.Name
}
