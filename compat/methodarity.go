package compat

// methodarity.go gives the methods of the built-in types CPython's checks
// and messages for the number of positional arguments. gpython's and
// compat's methods ignored extra arguments ("abc".upper(1) was 'ABC') or
// said it their own way ("center() takes 1 or 2 arguments"); CPython has
// one style per way a method parses its arguments:
//
//	'abc'.upper(1)   str.upper() takes no arguments (1 given)
//	set().add()      set.add() takes exactly one argument (0 given)
//	'a'.center()     center expected at least 1 argument, got 0
//	'a'.count()      count() takes at least 1 argument (0 given)
//	[].sort(1)       sort() takes no positional arguments
//	{}.get('k', d=1) dict.get() takes no keyword arguments
//
// The table (methodarity_table.go) is generated from CPython 3.11 by
// compat/testdata/gen_methodarity.py: per type and method, the accepted
// range of positional arguments, the message for each count below it and
// the message for too many, and the message for a keyword argument to a
// method that takes none ({}.get('k', default=1) was silently None). The
// check runs before the method, on the arguments; it is
// installed when the first interpreter starts, over whatever method the
// type's dict holds then.

import (
	"fmt"
	"reflect"
	"strings"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// methodArity is one method's row: min..max positional arguments (max -1:
// no limit), few[n] the message for n < min, many the message for more
// than max (with %d for the count when CPython gives it), nokw the
// message for any keyword argument when the method takes none.
type methodArity struct {
	typ, name string
	min, max  int
	few       []string
	many      string
	nokw      string
}

func arityTypes() map[string]*py.Type {
	return map[string]*py.Type{
		"str": py.StringType, "bytes": py.BytesType, "bytearray": ByteArrayType, "list": py.ListType,
		"tuple": py.TupleType, "dict": DictType, "set": SetType, "frozenset": FrozenSetType,
		"int": py.IntType, "float": py.FloatType, "complex": py.ComplexType,
	}
}

func installMethodArity() {
	types := arityTypes()
	for _, row := range methodArities {
		t := types[row.typ]
		if t == nil {
			continue
		}
		m, ok := t.Dict[row.name].(*py.Method)
		if !ok {
			continue
		}
		row := row
		check := func(self py.Object, args py.Tuple) error {
			s, rest := unbound(self, args) // str.upper(s, ...) too
			if s != nil && s != py.None {
				return row.check(len(rest))
			}
			return nil
		}
		var w *py.Method
		// Call the method's own Go function: through m.Call gpython gives a
		// function that takes keywords a new empty dict on every call
		// (bench/pystdlib: {}.get paid two).
		switch f := rawMethodFunc(m).(type) {
		case func(py.Object, py.Tuple) (py.Object, error):
			// takes no keywords: gpython refuses them before the call, and
			// errorsite.go words that as CPython (noKeywords)
			w = py.MustNewMethod(m.Name, func(self py.Object, args py.Tuple) (py.Object, error) {
				if err := check(self, args); err != nil {
					return nil, err
				}
				return f(self, args)
			}, 0, m.Doc)
		case func(py.Object, py.Tuple, py.StringDict) (py.Object, error):
			// one keyword dict (gpython's), handed straight to f
			w = py.MustNewMethod(m.Name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				if len(kwargs) != 0 && row.nokw != "" {
					return nil, py.ExceptionNewf(py.TypeError, "%s", row.nokw) // before the count, as CPython
				}
				if err := check(self, args); err != nil {
					return nil, err
				}
				return f(self, args, kwargs)
			}, 0, m.Doc)
		default:
			w = py.MustNewMethod(m.Name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				if len(kwargs) != 0 && row.nokw != "" {
					return nil, py.ExceptionNewf(py.TypeError, "%s", row.nokw) // before the count, as CPython
				}
				if err := check(self, args); err != nil {
					return nil, err
				}
				return m.CallWithKeywords(self, args, kwargs)
			}, 0, m.Doc)
		}
		if row.nokw != "" {
			noKeywords[w] = row.nokw
		}
		t.Dict[row.name] = w
	}
}

// noKeywords is CPython's message for a keyword given to a built-in
// method that takes none, by method (filled with the wrappers above, read
// by errorsite.go).
var noKeywords = map[*py.Method]string{}

// rawMethodFunc is m's Go function, which gpython keeps in an unexported
// field; read once per method at install time.
func rawMethodFunc(m *py.Method) interface{} {
	f := reflect.ValueOf(m).Elem().FieldByName("method")
	if !f.IsValid() || f.IsNil() {
		return nil
	}
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Interface()
}

// check is the TypeError for n positional arguments, or nil.
func (a *methodArity) check(n int) error {
	switch {
	case n < a.min && n < len(a.few):
		return py.ExceptionNewf(py.TypeError, "%s", a.few[n])
	case a.max >= 0 && n > a.max && a.many != "":
		msg := a.many
		if strings.Contains(msg, "%d") {
			msg = fmt.Sprintf(msg, n)
		}
		return py.ExceptionNewf(py.TypeError, "%s", msg)
	}
	return nil
}
