package compat

// namedtuple.go makes the classes of collections.namedtuple. gpython's
// classes cannot derive from tuple (their instances are not tuples), so a
// named tuple is a Go value holding a py.Tuple, whose class lists tuple in
// its MRO: isinstance(p, tuple), indexing, slicing, unpacking, len,
// iteration, ==, <, hashing and `in` behave as for the tuple; fields read
// as attributes; repr is `Point(x=1, y=2)`; _fields, _field_defaults,
// _make, _asdict, _replace as in CPython. A Python class deriving from a
// named tuple class makes instances of the same Go type with its own
// class, so methods and properties added by the subclass work.

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
)

// NamedTuple is an instance of a namedtuple class.
type NamedTuple struct {
	cls   *py.Type
	items py.Tuple
	attrs py.StringDict
}

func (n *NamedTuple) Type() *py.Type                { return n.cls }
func (n *NamedTuple) GetDict() py.StringDict        { return n.attrs }
func (n *NamedTuple) M__len__() (py.Object, error)  { return py.Int(len(n.items)), nil }
func (n *NamedTuple) M__iter__() (py.Object, error) { return py.NewIterator(n.items), nil }
func (n *NamedTuple) M__getitem__(key py.Object) (py.Object, error) {
	return sliceGetFunc.Call(nil, py.Tuple{n.items, key})
}
func (n *NamedTuple) M__contains__(x py.Object) (py.Object, error) {
	ok, err := Contains(n.items, x)
	return py.NewBool(ok), err
}
func (n *NamedTuple) M__eq__(o py.Object) (py.Object, error) {
	if t, ok := tupleOf(o); ok {
		return sequenceEqual(n.items, t)
	}
	return py.NotImplemented, nil
}
func (n *NamedTuple) M__ne__(o py.Object) (py.Object, error) {
	r, err := n.M__eq__(o)
	if err != nil || r == py.NotImplemented {
		return r, err
	}
	return py.Not(r)
}
func (n *NamedTuple) M__lt__(o py.Object) (py.Object, error) { return n.cmp(cmpLT, o) }
func (n *NamedTuple) M__le__(o py.Object) (py.Object, error) { return n.cmp(cmpLE, o) }
func (n *NamedTuple) M__gt__(o py.Object) (py.Object, error) { return n.cmp(cmpGT, o) }
func (n *NamedTuple) M__ge__(o py.Object) (py.Object, error) { return n.cmp(cmpGE, o) }
func (n *NamedTuple) M__add__(o py.Object) (py.Object, error) {
	if t, ok := tupleOf(o); ok {
		return append(append(py.Tuple{}, n.items...), t...), nil
	}
	return py.NotImplemented, nil
}

func (n *NamedTuple) cmp(op int, o py.Object) (py.Object, error) {
	t, ok := tupleOf(o)
	if !ok {
		return py.NotImplemented, nil
	}
	return Compare(op, n.items, t)
}

func (n *NamedTuple) M__repr__() (py.Object, error) {
	if fn := pyMethod(n, "__repr__"); fn != nil {
		return py.Call(fn, py.Tuple{n}, nil)
	}
	fields := fieldNames(n.cls)
	parts := make([]string, len(n.items))
	for i, v := range n.items {
		r, err := Repr(v)
		if err != nil {
			return nil, err
		}
		name := "?"
		if i < len(fields) {
			name = fields[i]
		}
		parts[i] = name + "=" + r
	}
	return py.String(cTypeName(n.cls) + "(" + strings.Join(parts, ", ") + ")"), nil
}

// tupleOf returns the items of a tuple or named tuple.
func tupleOf(o py.Object) (py.Tuple, bool) {
	switch v := o.(type) {
	case py.Tuple:
		return v, true
	case *NamedTuple:
		return v.items, true
	}
	return nil, false
}

func fieldNames(cls *py.Type) []string {
	f, _ := lookupMro(cls, "_fields").(py.Tuple)
	out := make([]string, len(f))
	for i, v := range f {
		out[i] = string(v.(py.String))
	}
	return out
}

// namedTupleNew builds an instance of cls from arguments as its fields.
func namedTupleNew(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	fields := fieldNames(cls)
	defaults, _ := lookupMro(cls, "_field_defaults").(*Dict)
	if len(args) > len(fields) {
		return nil, py.ExceptionNewf(py.TypeError, "%s.__new__() takes %d positional arguments but %d were given", cls.Name, len(fields)+1, len(args)+1)
	}
	items := make(py.Tuple, len(fields))
	copy(items, args)
	for _, kv := range orderedKwargs(kwargs) {
		i := indexOf(fields, kv.name)
		if i < 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s.__new__() got an unexpected keyword argument '%s'", cls.Name, kv.name)
		}
		if items[i] != nil {
			return nil, py.ExceptionNewf(py.TypeError, "%s.__new__() got multiple values for argument '%s'", cls.Name, kv.name)
		}
		items[i] = kv.value
	}
	var missing []string
	for i, v := range items {
		if v != nil {
			continue
		}
		if defaults != nil {
			if d, ok := defaults.GetStr(fields[i]); ok {
				items[i] = d
				continue
			}
		}
		missing = append(missing, "'"+fields[i]+"'")
	}
	if len(missing) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s.__new__() missing %d required positional argument%s: %s", cls.Name, len(missing), plural(len(missing)), strings.Join(missing, " and "))
	}
	return &NamedTuple{cls: cls, items: items, attrs: py.StringDict{}}, nil
}

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}

// isNamedTupleClass reports whether cls is a namedtuple class or derives
// from one.
func isNamedTupleClass(cls *py.Type) bool {
	for c := range mroTypes(cls) {
		if _, ok := c.Dict["__gowsgi_namedtuple__"]; ok {
			return true
		}
	}
	return false
}

func makeNamedTuple(name string, fields []string, defaults py.Tuple, module py.Object) (*py.Type, error) {
	cls := py.NewTypeX(name, name+"("+strings.Join(fields, ", ")+")", nil, nil)
	cls.Base = py.TupleType
	cls.Bases = py.Tuple{py.TupleType}
	cls.Mro = py.Tuple{cls, py.TupleType, py.ObjectType}
	cls.Flags |= py.TPFLAGS_BASETYPE | py.TPFLAGS_HEAPTYPE
	cls.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return namedTupleNew(t, args, kwargs)
	}
	fs := make(py.Tuple, len(fields))
	for i, f := range fields {
		fs[i] = py.String(f)
		i := i
		cls.Dict[f] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			if n, ok := self.(*NamedTuple); ok {
				return n.items[i], nil
			}
			return nil, py.ExceptionNewf(py.AttributeError, "field")
		}, Doc: fmt.Sprintf("Alias for field number %d", i)}
	}
	defs := NewDict()
	for i, d := range defaults {
		defs.SetStr(fields[len(fields)-len(defaults)+i], d)
	}
	cls.Dict["__gowsgi_namedtuple__"] = py.True
	cls.Dict["__new__"] = &py.StaticMethod{Callable: py.MustNewMethod("__new__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "__new__(): not enough arguments")
		}
		c, ok := args[0].(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "__new__(X): X is not a type object")
		}
		return namedTupleNew(c, args[1:], kwargs)
	}, 0, "Create new instance of the named tuple.")}
	cls.Dict["_fields"] = fs
	cls.Dict["_field_defaults"] = defs
	cls.Dict["__module__"] = module
	cls.Dict["__slots__"] = py.Tuple{}
	cls.Dict["__hash__"] = py.MustNewMethod("__hash__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, _ = unbound(self, args)
		h, err := Hash(self.(*NamedTuple).items)
		return py.Int(h), err
	}, 0, "hash of the tuple")
	cls.Dict["_make"] = &py.ClassMethod{Callable: py.MustNewMethod("_make", func(self py.Object, args py.Tuple) (py.Object, error) {
		c, ok := self.(*py.Type)
		if !ok && len(args) > 0 {
			c, _ = args[0].(*py.Type)
			args = args[1:]
		}
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "_make() takes one iterable")
		}
		items, err := py.SequenceTuple(args[0])
		if err != nil {
			return nil, err
		}
		if len(items) != len(fieldNames(c)) {
			return nil, py.ExceptionNewf(py.TypeError, "Expected %d arguments, got %d", len(fieldNames(c)), len(items))
		}
		return &NamedTuple{cls: c, items: items, attrs: py.StringDict{}}, nil
	}, 0, "Make a new object from a sequence or iterable")}
	cls.Dict["_asdict"] = py.MustNewMethod("_asdict", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, _ = unbound(self, args)
		n := self.(*NamedTuple)
		d := NewDict()
		for i, f := range fieldNames(n.cls) {
			d.SetStr(f, n.items[i])
		}
		return d, nil
	}, 0, "Return a new dict which maps field names to their values.")
	cls.Dict["_replace"] = py.MustNewMethod("_replace", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		self, _ = unbound(self, args)
		n := self.(*NamedTuple)
		items := append(py.Tuple{}, n.items...)
		fields := fieldNames(n.cls)
		for k, v := range kwargs {
			i := indexOf(fields, k)
			if i < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "Got unexpected field names: ['%s']", k)
			}
			items[i] = v
		}
		return &NamedTuple{cls: n.cls, items: items, attrs: py.StringDict{}}, nil
	}, 0, "Return a new namedtuple object replacing specified fields with new values")
	cls.Dict["__getnewargs__"] = py.MustNewMethod("__getnewargs__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, _ = unbound(self, args)
		return append(py.Tuple{}, self.(*NamedTuple).items...), nil
	}, 0, "Return self as a plain tuple.")
	return cls, nil
}

func init() {
	// a Go-made property's doc (a field's "Alias for field number 0")
	if _, has := py.PropertyType.Dict["__doc__"]; !has {
		py.PropertyType.Dict["__doc__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			if p, ok := self.(*py.Property); ok && p.Doc != "" {
				return py.String(p.Doc), nil
			}
			return py.None, nil
		}}
	}
	setBuiltinFunc("__gowsgi_namedtuple__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 4 {
			return nil, py.ExceptionNewf(py.TypeError, "__gowsgi_namedtuple__(name, fields, defaults, module)")
		}
		name := string(args[0].(py.String))
		fs, err := py.SequenceTuple(args[1])
		if err != nil {
			return nil, err
		}
		fields := make([]string, len(fs))
		for i, f := range fs {
			fields[i] = string(f.(py.String))
		}
		defaults, err := py.SequenceTuple(args[2])
		if err != nil {
			return nil, err
		}
		return makeNamedTuple(name, fields, defaults, args[3])
	}, "makes a namedtuple class (collections)")
}

// MakeNamedTupleClass makes a namedtuple class from Go (sys.version_info
// and the like).
func MakeNamedTupleClass(name string, fields []string, module string) *py.Type {
	cls, _ := makeNamedTuple(name, fields, nil, py.String(module))
	return cls
}

// NewNamedTuple makes an instance of a namedtuple class.
func NewNamedTuple(cls *py.Type, items ...py.Object) py.Object {
	return &NamedTuple{cls: cls, items: py.Tuple(items), attrs: py.StringDict{}}
}
