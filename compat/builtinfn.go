package compat

// builtinfn.go is a faster form of Go functions and methods for the
// stdlib's hot calls (p.match(s), h.hexdigest(), base64.b64encode(b)),
// with the same face to Python as gpython's *py.Method.
//
// gpython spends more on reaching a Go method than many methods spend
// working: `obj.name` on a Go object boxes the name and builds an argument
// tuple for a __getattribute__ it then does not find, walks the type's MRO
// and allocates a bound method; calling a function that takes keywords
// allocates an empty keyword dict when none are given. CPython's whole
// p.match(s) costs less than that path (bench/pystdlib).
//
// Here:
//   - Methods is a Go type's method table. Add puts each method in the
//     type's dict as gpython's *py.Method (type(obj).name, dir, help and
//     unbound calls see no difference) and keeps the Go function; the
//     type's M__getattribute__ calls Methods.GetAttr, which binds a table
//     method to the object in one small allocation and leaves every other
//     name to NativeAttr. GetAttrCached keeps a long-lived object's bound
//     methods (a compiled pattern's match); GetAttrSlot puts a short-lived
//     object's first one in a BoundSlot inside the object (m.group of a
//     new Match), so that it costs no allocation of its own.
//   - NativeAttr is gpython's attribute lookup without the
//     __getattribute__ step (special methods through the Go value's
//     M__name__ methods, the instance dict, the type's MRO and its
//     descriptors, then M__getattr__), for such a type's other names.
//   - Builtin is the bound method, or with Func a module-level function:
//     called, it runs the Go function directly, with nil keywords when
//     none are given. Its type is builtin_function_or_method, as CPython's
//     built-ins; its repr, __name__, __self__, __doc__, equality and hash
//     are those of the *py.Method it stands for.
//
// A Go type opts in by implementing M__getattribute__ with GetAttr; a
// module by putting Func values in its globals.

import (
	"reflect"
	"strings"
	"sync/atomic"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// MethodFunc is a Go method: self is the object (nil for a module
// function), kwargs nil or empty when the call gives no keywords.
type MethodFunc = func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)

// Methods is the method table of a Go type (see the file comment).
// It is filled at init and read-only afterwards.
type Methods struct {
	t *py.Type
	// names[i] is defs[i]'s name: a short table scanned by length first
	// is quicker than hashing the name
	names []string
	defs  []*builtinDef
}

// builtinDef is one function: the *py.Method Python introspects and the
// Go function calls run.
type builtinDef struct {
	m      *py.Method
	fn     MethodFunc
	module string // a module function's module (FuncGlobals)
}

// NewMethods starts the method table of t.
// A type py.NewType made has no MRO; it gets (t, object), so that its
// instances have object's attributes (p.__class__) as in CPython.
func NewMethods(t *py.Type) *Methods {
	if len(t.Mro) == 0 {
		t.Base, t.Mro = py.ObjectType, py.Tuple{t, py.ObjectType}
	}
	return &Methods{t: t}
}

// Add registers method name of the table's type. fn receives the object
// as self; called unbound (Type.name(obj, ...)) it gets obj as self too.
func (ms *Methods) Add(name, doc string, fn MethodFunc) {
	d := &builtinDef{fn: fn}
	d.m = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if self == nil || self == py.None || self.Type() != ms.t && !isSubtype(self.Type(), ms.t) {
			// unbound through the type: the object is the first argument
			if len(args) == 0 || !isSubtype(args[0].Type(), ms.t) {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects needs an argument", name, ms.t.Name)
			}
			self, args = args[0], args[1:]
		}
		return fn(self, args, kwargs)
	}, 0, doc)
	ms.t.Dict[name] = d.m
	for i, n := range ms.names {
		if n == name {
			ms.defs[i] = d
			return
		}
	}
	ms.names = append(ms.names, name)
	ms.defs = append(ms.defs, d)
}

func isSubtype(t, base *py.Type) bool {
	return t == base || t.IsSubtype(base)
}

// GetAttr is self.name for an instance of the table's type: a table
// method bound to self, anything else by NativeAttr.
func (ms *Methods) GetAttr(self py.Object, name string) (py.Object, error) {
	for i, n := range ms.names {
		if len(n) == len(name) && n == name {
			return &Builtin{self: self, def: ms.defs[i]}, nil
		}
	}
	return NativeAttr(self, name)
}

// BoundCache keeps a long-lived object's bound methods once made (a
// compiled pattern's match, loaded on every request), so that loading one
// again allocates nothing. Each object has its own (Methods.NewCache);
// slots fill atomically, so threads may share the object.
type BoundCache struct{ slots []atomic.Pointer[Builtin] }

// NewCache is an empty BoundCache for an object of the table's type.
func (ms *Methods) NewCache() BoundCache {
	return BoundCache{slots: make([]atomic.Pointer[Builtin], len(ms.names))}
}

// GetAttrCached is GetAttr keeping the bound methods in c.
func (ms *Methods) GetAttrCached(self py.Object, c *BoundCache, name string) (py.Object, error) {
	for i, n := range ms.names {
		if len(n) == len(name) && n == name {
			if i >= len(c.slots) {
				return &Builtin{self: self, def: ms.defs[i]}, nil
			}
			if b := c.slots[i].Load(); b != nil {
				return b, nil
			}
			b := &Builtin{self: self, def: ms.defs[i]}
			c.slots[i].Store(b)
			return b, nil
		}
	}
	return NativeAttr(self, name)
}

// BoundSlot is room inside a short-lived object for one of its bound
// methods (hashlib.sha256(b).hexdigest(), m.group()), so that the first
// method loaded from it costs no allocation of its own. Each load is still
// a new object, as in CPython (h.digest is h.digest is false): the first
// takes the slot, later ones allocate. The slot is taken by setting its
// method (b.def) from nil atomically, so it costs no flag beside it.
type BoundSlot struct {
	b Builtin
}

// GetAttrSlot is GetAttr binding the first method loaded in slot, which
// lives in self.
func (ms *Methods) GetAttrSlot(self py.Object, slot *BoundSlot, name string) (py.Object, error) {
	for i, n := range ms.names {
		if len(n) == len(name) && n == name {
			def := ms.defs[i]
			if atomic.CompareAndSwapPointer((*unsafe.Pointer)(unsafe.Pointer(&slot.b.def)), nil, unsafe.Pointer(def)) {
				slot.b.self = self
				return &slot.b, nil
			}
			return &Builtin{self: self, def: def}, nil
		}
	}
	return NativeAttr(self, name)
}

// Func is a module-level Go function, for a module's globals (FuncGlobals).
func Func(name string, fn MethodFunc, doc string) *Builtin {
	d := &builtinDef{fn: fn}
	d.m = py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return fn(nil, args, kwargs)
	}, 0, doc)
	return &Builtin{def: d}
}

// FuncGlobals adds fs to the globals g of module mod by name and returns
// g (a new dict when g is nil); the functions' __module__ is mod.
func FuncGlobals(mod string, g py.StringDict, fs ...*Builtin) py.StringDict {
	if g == nil {
		g = py.StringDict{}
	}
	for _, f := range fs {
		f.def.module = mod
		g[f.def.m.Name] = f
	}
	return g
}

// Builtin is a Go function or a Go method bound to its object.
type Builtin struct {
	self py.Object // nil for a module function
	def  *builtinDef
}

func (b *Builtin) Type() *py.Type { return py.MethodType }

func (b *Builtin) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return b.def.fn(b.self, args, kwargs)
}

// Method is the *py.Method b stands for (bound to its object if it has
// one), for introspection.
func (b *Builtin) Method() py.Object {
	if b.self == nil {
		return b.def.m
	}
	return py.NewBoundMethod(b.self, b.def.m)
}

func (b *Builtin) M__getattribute__(name string) (py.Object, error) {
	switch name {
	case "__name__", "__qualname__":
		if b.self == nil || name == "__name__" {
			return py.String(b.def.m.Name), nil
		}
		t := b.self.Type().Name // re.Pattern: Pattern.match
		return py.String(t[strings.LastIndexByte(t, '.')+1:] + "." + b.def.m.Name), nil
	case "__module__":
		if b.self == nil && b.def.module != "" {
			return py.String(b.def.module), nil
		}
	case "__self__":
		if b.self == nil {
			return py.None, nil
		}
		return b.self, nil
	case "__call__":
		return py.NewBoundMethod(b, builtinCall), nil
	}
	return py.GetAttrString(b.Method(), name)
}

// builtinCall is b.__call__ of a Builtin.
var builtinCall = py.MustNewMethod("__call__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return py.Call(self, args, kwargs)
}, 0, "Call self as a function.")

func (b *Builtin) M__repr__() (py.Object, error) {
	s, err := Repr(b.Method())
	return py.String(s), err
}

func (b *Builtin) M__eq__(other py.Object) (py.Object, error) {
	switch o := other.(type) {
	case *Builtin:
		return py.NewBool(o.def == b.def && (o.self == nil) == (b.self == nil) && (b.self == nil || identical(o.self, b.self))), nil
	case *py.BoundMethod:
		return py.NewBool(b.self != nil && o.Method == py.Object(b.def.m) && identical(o.Self, b.self)), nil
	case *py.Method:
		return py.NewBool(b.self == nil && o == b.def.m), nil
	}
	return py.NotImplemented, nil
}

func (b *Builtin) M__ne__(other py.Object) (py.Object, error) {
	r, err := b.M__eq__(other)
	if err != nil || r == py.NotImplemented {
		return r, err
	}
	return py.NewBool(r != py.True), nil
}

func (b *Builtin) M__hash__() (py.Object, error) { return py.Int(b.hash()), nil }

// hash is the hash of the *py.Method b stands for (hash.go).
func (b *Builtin) hash() int64 {
	if b.self == nil {
		return identityHash(b.def.m)
	}
	return fixHash(identityHash(b.self)*1000003 ^ identityHash(b.def.m))
}

// NativeAttr is gpython's lookup of self.name minus its first step, the
// __getattribute__ that a type using it implements by calling it.
func NativeAttr(self py.Object, name string) (py.Object, error) {
	if len(name) >= 5 && strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__") {
		if m := goDunder(self, name); m != nil {
			return m, nil
		}
	}
	if g, ok := self.(py.IGetDict); ok {
		if v, ok := g.GetDict()[name]; ok {
			return v, nil
		}
	}
	t := self.Type()
	if v := t.NativeGetAttrOrNil(name); v != nil {
		if g, ok := v.(py.I__get__); ok {
			return g.M__get__(self, t)
		}
		return v, nil
	}
	if g, ok := self.(py.I__getattr__); ok {
		return g.M__getattr__(name)
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", t.Name, name)
}

// goDunder is self's Go method M<name> as a bound built-in, as gpython
// shows special methods (x.__repr__ is the Go M__repr__); nil if self has
// none of a signature gpython binds.
func goDunder(self py.Object, name string) py.Object {
	mv := reflect.ValueOf(self).MethodByName("M" + name)
	if !mv.IsValid() {
		return nil
	}
	need := func(args py.Tuple, n int) error {
		if len(args) != n {
			return py.ExceptionNewf(py.TypeError, "expected %d argument%s, got %d", n, plural(n), len(args))
		}
		return nil
	}
	var fn MethodFunc
	switch f := mv.Interface().(type) {
	case func() (py.Object, error):
		fn = func(_ py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := need(args, 0); err != nil {
				return nil, err
			}
			return f()
		}
	case func(py.Object) (py.Object, error):
		fn = func(_ py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := need(args, 1); err != nil {
				return nil, err
			}
			return f(args[0])
		}
	case func(py.Object, py.Object) (py.Object, error):
		fn = func(_ py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := need(args, 2); err != nil {
				return nil, err
			}
			return f(args[0], args[1])
		}
	case func(py.Object, py.Object, py.Object) (py.Object, error):
		fn = func(_ py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := need(args, 3); err != nil {
				return nil, err
			}
			return f(args[0], args[1], args[2])
		}
	case func(py.Tuple) (py.Object, error):
		fn = func(_ py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) { return f(args) }
	case func(py.Tuple, py.StringDict) (py.Object, error):
		fn = func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) { return f(args, kwargs) }
	case func(string) (py.Object, error):
		fn = func(_ py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := need(args, 1); err != nil {
				return nil, err
			}
			s, ok := args[0].(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", args[0].Type().Name)
			}
			return f(string(s))
		}
	default:
		return nil
	}
	return &Builtin{self: self, def: &builtinDef{m: py.MustNewMethod(name, fn, 0, ""), fn: fn}}
}

// Type is the type whose methods the table holds.
func (ms *Methods) Type() *py.Type { return ms.t }

// Callback is fn(*args) for Go code calling back into Python (re.sub's
// callable, json's object_hook): a Python function runs as a call from
// Python code runs it (callFunction), without the locals dict gpython's
// Function.M__call__ makes for it; anything else through py.Call.
func Callback(fn py.Object, args py.Tuple) (py.Object, error) {
	if f, ok := fn.(*py.Function); ok {
		return callFunction(f, args, nil)
	}
	return py.Call(fn, args, nil)
}
