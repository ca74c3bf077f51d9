package compat

// classorder.go keeps a class's attributes in definition order, as
// CPython's class __dict__ (vars(C), C.__dict__) iterates them:
//
//	class Bag:
//	    name = 'bag'
//	    items = []
//	list(vars(Bag))  # [..., 'name', 'items'], not sorted
//
// gpython keeps a class namespace in a Go map; compat's dict views of it
// (liveDict) iterated its keys sorted, so a dataclass-like decorator
// reading fields from vars(cls) got them alphabetically. The order of the
// class body's stores is recorded in the class's dict under
// __gowsgi_order__ when the class is made (and names set on the class
// later are appended, typeattr.go); liveDict and dir() hide that entry.
// Names missing from the record come after, sorted. Instance dicts are
// still sorted (gpython stores instance attributes itself).
//
// type.__subclasses__() is kept the same way: a class made by a class
// statement or type() is recorded in each base that is itself such a
// class (__gowsgi_subclasses__, also hidden). Built-in classes are Go
// globals shared by every interpreter: their __subclasses__() is [].

import (
	"github.com/go-python/gpython/py"
)

const classOrderKey = "__gowsgi_order__"

// classOrder is the recorded order of a class's attributes.
type classOrder struct{ names []string }

var classOrderType = py.NewType("class_order", "a class's attribute order (compat)")

func (o *classOrder) Type() *py.Type { return classOrderType }

// recordClassOrder records names (in order) as cls's definition order.
func recordClassOrder(cls *py.Type, names []string) {
	if cls.Dict == nil || len(names) == 0 {
		return
	}
	cls.Dict[classOrderKey] = &classOrder{names: names}
}

// bodyOrder lists the names a class body stores, in order.
func bodyOrder(body *py.Code) []string {
	ins, ok := decode(body)
	if !ok {
		return nil
	}
	seen := map[string]bool{}
	var names []string
	for _, in := range ins {
		if in.op == opStoreName && in.arg < len(body.Names) {
			if n := body.Names[in.arg]; !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
	}
	return names
}

// noteClassAttr appends name to cls's recorded order when it is new.
func noteClassAttr(cls *py.Type, name string) {
	o, ok := cls.Dict[classOrderKey].(*classOrder)
	if !ok {
		return
	}
	for _, n := range o.names {
		if n == name {
			return
		}
	}
	o.names = append(o.names, name)
}

// orderedKeys lists sd's keys: a class dict's in definition order, any
// other sorted; the order record itself is left out.
func orderedKeys(sd py.StringDict) []string {
	o, ok := sd[classOrderKey].(*classOrder)
	if !ok {
		keys := sortedKeys(sd)
		if _, has := sd[subclassesKey]; has {
			out := keys[:0]
			for _, k := range keys {
				if k != subclassesKey {
					out = append(out, k)
				}
			}
			keys = out
		}
		return keys
	}
	keys := make([]string, 0, len(sd))
	seen := make(map[string]bool, len(o.names))
	for _, n := range o.names {
		if _, has := sd[n]; has && !seen[n] {
			seen[n] = true
			keys = append(keys, n)
		}
	}
	for _, k := range sortedKeys(sd) {
		if !seen[k] && !hiddenClassKey(k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// orderedDict is a Dict copy of sd in orderedKeys' order.
func orderedDict(sd py.StringDict) *Dict {
	keys := orderedKeys(sd)
	d := NewDictSized(len(keys))
	for _, k := range keys {
		d.SetStr(k, sd[k])
	}
	return d
}

const subclassesKey = "__gowsgi_subclasses__"

// hiddenClassKey reports whether a class dict key is compat's own record.
func hiddenClassKey(k string) bool { return k == classOrderKey || k == subclassesKey }

// subclassList is a class's recorded direct subclasses.
type subclassList struct{ classes []*py.Type }

func (s *subclassList) Type() *py.Type { return classOrderType }

// recordSubclass notes cls in the records of its heap-type bases.
func recordSubclass(cls *py.Type) {
	for _, b := range cls.Bases {
		bt, ok := b.(*py.Type)
		if !ok || bt.Flags&py.TPFLAGS_HEAPTYPE == 0 || bt.Dict == nil {
			continue
		}
		l, _ := bt.Dict[subclassesKey].(*subclassList)
		if l == nil {
			l = &subclassList{}
			bt.Dict[subclassesKey] = l
		}
		l.classes = append(l.classes, cls)
	}
}

func init() {
	py.TypeType.Dict["__subclasses__"] = py.MustNewMethod("__subclasses__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, _ = unbound(self, args)
		cls, ok := self.(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__subclasses__' requires a 'type' object")
		}
		out := py.NewList()
		if l, ok := cls.Dict[subclassesKey].(*subclassList); ok {
			for _, c := range l.classes {
				out.Append(c)
			}
		}
		return out, nil
	}, 0, "Return a list of immediate subclasses.")
}
