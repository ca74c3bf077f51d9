package compat

// exceptions.go makes exception classes behave like CPython's.
//
// gpython gives every built-in exception class its parent class as its type
// (type(ValueError) is Exception), so `class E(Exception): pass` picks
// Exception as the metaclass and builds an exception *instance* instead of a
// class; instances of a user exception class are then not exceptions at all.
// Fixed here:
//   - the type of every built-in exception class is `type`;
//   - a class deriving from BaseException makes real exception instances:
//     E('x') has args ('x',), str(e) 'x', and `raise E` / `except E` work;
//     a user __init__ runs (and may call Exception.__init__(self, ...) or
//     super().__init__(...)); without one, the arguments become args;
//   - e.args, e.__cause__, e.__context__, e.__traceback__ and
//     e.__suppress_context__ are properties (gpython answered every
//     attribute with args);
//   - attributes a class's methods set on self (self.code = code in
//     __init__) can be set and read back: gpython's exception objects have
//     no instance dictionary, so each name a method of the class assigns
//     to is given a descriptor storing it with the exception; attributes
//     set from outside the class are excattrs.go's.
// Not fixed: str()/repr() of an exception with no arguments panic inside
// gpython; the call raises SystemError instead (see runtime.go).

import (
	"strings"
	"syscall"

	"github.com/go-python/gpython/py"
)

func init() {
	fixExceptionMetatypes()
	wrapBuildClass()

	be := py.BaseException
	be.Dict["__init__"] = py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		self, args = unbound(self, args)
		e, ok := self.(*py.Exception)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a 'BaseException' object but received a '%s'", self.Type().Name)
		}
		e.Args = args.Copy()
		return py.None, nil
	}, 0, "Initialize self: args become self.args.")
	excProp := func(name string, get func(e *py.Exception) py.Object, set func(e *py.Exception, v py.Object) error) {
		be.Dict[name] = &py.Property{
			Fget: func(self py.Object) (py.Object, error) {
				e, ok := self.(*py.Exception)
				if !ok {
					return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", typeName(self), name)
				}
				return get(e), nil
			},
			Fset: func(self, v py.Object) error {
				e, ok := self.(*py.Exception)
				if !ok {
					return py.ExceptionNewf(py.AttributeError, "can't set attribute '%s'", name)
				}
				return set(e, v)
			},
		}
	}
	excProp("args", func(e *py.Exception) py.Object {
		if e.Args == nil {
			return py.Tuple{}
		}
		return e.Args
	}, func(e *py.Exception, v py.Object) error {
		t, err := py.SequenceTuple(v)
		e.Args = t
		return err
	})
	excProp("__cause__", func(e *py.Exception) py.Object { return orNone(causeOf(e)) }, func(e *py.Exception, v py.Object) error {
		e.Cause, e.SuppressContext = v, true
		return nil
	})
	excProp("__context__", func(e *py.Exception) py.Object { return orNone(e.Context) }, func(e *py.Exception, v py.Object) error {
		e.Context = v
		return nil
	})
	excProp("__traceback__", func(e *py.Exception) py.Object { return orNone(e.Traceback) }, func(e *py.Exception, v py.Object) error {
		e.Traceback = v
		return nil
	})
	excProp("__suppress_context__", func(e *py.Exception) py.Object {
		return py.NewBool(e.SuppressContext || (e.Cause != nil && e.Cause != py.None))
	}, func(e *py.Exception, v py.Object) error {
		b, err := py.MakeBool(v)
		e.SuppressContext = b == py.True
		return err
	})
	be.Dict["with_traceback"] = py.MustNewMethod("with_traceback", func(self py.Object, tb py.Object) (py.Object, error) {
		self.(*py.Exception).Traceback = tb
		return self, nil
	}, 0, "Exception.with_traceback(tb) -- set self.__traceback__ to tb and return self.")
}

// fixExceptionMetatypes makes `type` the type of every built-in class:
// gpython's NewType gives a subclass its parent as its type (type(list) was
// object, type(ValueError) was Exception).
func fixExceptionMetatypes() {
	fix := func(t *py.Type) {
		if t != nil && t != py.TypeType && t.ObjectType != nil && t.ObjectType != py.TypeType && !t.ObjectType.IsSubtype(py.TypeType) {
			t.ObjectType = py.TypeType
		}
	}
	for _, v := range builtinsImpl().Globals {
		if t, ok := v.(*py.Type); ok {
			fix(t)
		}
	}
	for _, t := range []*py.Type{
		py.BigIntType, py.BoolType, py.BoundMethodType, py.BytesType, py.CallIteratorType, py.CellType,
		py.ClassMethodType, py.CodeType, py.ComplexType, py.DictType, py.EnumerateIteratorType,
		py.EnumerateType, py.ExceptionType, py.FileType, py.FilterType, py.FloatType, py.FrameType,
		py.FrozenSetType, py.FunctionType, py.GeneratorType, py.IntType, py.IteratorType, py.ListType,
		py.MapType, py.MethodType, py.ModuleType, py.NoneTypeType, py.PropertyType, py.RangeIteratorType,
		py.RangeType, py.SetType, py.SliceType, py.StaticMethodType, py.StringDictType, py.StringType,
		py.TracebackType, py.TupleType, py.ZipType, py.BaseException, RecursionError,
	} {
		fix(t)
	}
}

// causeOf is e.__cause__: gpython stores `raise … from None` as a
// non-exception value.
func causeOf(e *py.Exception) py.Object {
	switch c := e.Cause.(type) {
	case *py.Exception:
		if args, ok := c.Args.(py.Tuple); ok && c.Base == py.SystemError && len(args) == 1 && args[0] == py.String("Unknown error py.NoneType{}") {
			return nil // gpython's MakeException(None)
		}
		return c
	case *py.Type:
		return c
	}
	return nil
}

func orNone(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}

// NewExceptionType makes a built-in exception class (for modules written in
// Go): a subclass of base whose type is `type`, unlike base.NewType's.
func NewExceptionType(base *py.Type, name, doc string) *py.Type {
	t := base.NewType(name, doc, nil, nil)
	t.ObjectType = py.TypeType
	// NewType copies the parent's flags, READY included, so Ready would
	// skip computing the MRO.
	t.Flags &^= py.TPFLAGS_READY | py.TPFLAGS_READYING
	if err := t.Ready(); err != nil {
		panic(err)
	}
	return t
}

// FixExceptionType repairs an exception class a gpython module made with
// base.NewType (binascii.Error): its type becomes `type`, its MRO is
// computed (so `except ValueError` catches it), and it is named module.name.
func FixExceptionType(t *py.Type, module, name string) {
	t.ObjectType = py.TypeType
	t.Flags &^= py.TPFLAGS_READY | py.TPFLAGS_READYING
	t.Mro = nil
	if err := t.Ready(); err != nil {
		panic(err)
	}
	t.Name = name
	t.Dict["__module__"] = py.String(module)
}

// wrapBuildClass post-processes classes made by class statements: a class
// deriving from BaseException gets exception instances.
func wrapBuildClass() {
	impl := builtinsImpl()
	var orig *py.Method
	for _, m := range impl.Methods {
		if m.Name == "__build_class__" {
			orig = m
		}
	}
	if orig == nil {
		panic("compat: gpython has no __build_class__")
	}
	setBuiltinFunc("__build_class__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if meta, ok := customMetaclass(args, kwargs); ok {
			return buildWithMetaclass(meta, args, kwargs)
		}
		cls, err := orig.CallWithKeywords(self, args, kwargs)
		if err != nil {
			return nil, err
		}
		if t, ok := cls.(*py.Type); ok && len(args) > 0 {
			if fn, ok := args[0].(*py.Function); ok {
				recordClassOrder(t, bodyOrder(fn.Code)) // classorder.go
			}
		}
		if t, ok := cls.(*py.Type); ok && t.IsSubtype(py.BaseException) {
			t.New = newUserException
			t.Init = initUserException
			t.Flags |= py.TPFLAGS_BASE_EXC_SUBCLASS
			addAttrSlots(t)
		}
		return cls, nil
	}, "__build_class__(func, name, *bases, metaclass=None, **kwds) -> class")
}

// customMetaclass returns the metaclass of a class statement when it is
// not plain `type`: the metaclass= keyword, else the most derived
// metaclass of the bases. (gpython's __build_class__ drops the keyword.)
func customMetaclass(args py.Tuple, kwargs py.StringDict) (py.Object, bool) {
	if m, ok := kwargs["metaclass"]; ok {
		return m, m != py.TypeType
	}
	var meta *py.Type
	for _, b := range args[min(2, len(args)):] {
		if bt, ok := b.(*py.Type); ok {
			if mt := bt.Type(); mt != nil && mt != py.TypeType && mt.IsSubtype(py.TypeType) && (meta == nil || mt.IsSubtype(meta)) {
				meta = mt
			}
		}
	}
	return meta, meta != nil
}

// buildWithMetaclass runs the class body and calls meta(name, bases, ns,
// **kwargs).
func buildWithMetaclass(meta py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) < 2 {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: not enough arguments")
	}
	fn, ok := args[0].(*py.Function)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: func must be a function")
	}
	rest := py.StringDict{}
	for k, v := range kwargs {
		if k != "metaclass" {
			rest[k] = v
		}
	}
	ns := py.NewStringDict()
	// metaclass.__prepare__(name, bases, **kwargs) gives the namespace
	// (gpython's looked for "___prepare__"); the body runs in a copy of it
	// and its stores are written back in order.
	var prepared py.Object
	if prep, err := py.GetAttrString(meta, "__prepare__"); err == nil {
		if prepared, err = py.Call(prep, py.Tuple{args[1], py.Tuple(args[2:])}, rest); err != nil {
			return nil, err
		}
		keys, err := py.Call(py.ListType, py.Tuple{prepared}, nil)
		if err != nil {
			name := "type"
			if t, ok := meta.(*py.Type); ok {
				name = t.Name
			}
			return nil, py.ExceptionNewf(py.TypeError, "%s.__prepare__() must return a mapping, not %s", name, prepared.Type().Name)
		}
		for _, k := range keys.(*py.List).Items {
			if ks, ok := k.(py.String); ok {
				if ns[string(ks)], err = py.GetItem(prepared, k); err != nil {
					return nil, err
				}
			}
		}
	}
	before := ns.Copy()
	if _, err := py.VmEvalCode(fn.Context, fn.Code, fn.Globals, ns, nil, nil, nil, nil, fn.Closure); err != nil {
		return nil, err
	}
	if _, ok := ns["__module__"]; !ok {
		if m, ok := fn.Globals["__name__"]; ok {
			ns["__module__"] = m
		}
	}
	if prepared != nil {
		if _, isPlain := prepared.(py.StringDict); !isPlain {
			ordered := namespaceInOrder(fn.Code, ns)
			var err error
			ordered.Range(func(k, v py.Object) bool {
				if old, had := before[string(k.(py.String))]; had && old == v {
					return true
				}
				_, err = py.SetItem(prepared, k, v)
				return err == nil
			})
			if err != nil {
				return nil, err
			}
			return py.Call(meta, py.Tuple{args[1], py.Tuple(args[2:]), prepared}, rest)
		}
	}
	// a real dict: gpython's finds its own keys as attributes (ns.items
	// would be a method named items defined in the class body)
	return py.Call(meta, py.Tuple{args[1], py.Tuple(args[2:]), namespaceInOrder(fn.Code, ns)}, rest)
}

// namespaceInOrder makes a class body's namespace a dict in definition
// order (gpython keeps it in a Go map): the order of the body's stores,
// then anything else sorted.
func namespaceInOrder(body *py.Code, ns py.StringDict) *Dict {
	d := NewDictSized(len(ns))
	if ins, ok := decode(body); ok {
		for _, in := range ins {
			if in.op == opStoreName && in.arg < len(body.Names) {
				name := body.Names[in.arg]
				if v, ok := ns[name]; ok {
					if _, seen := d.GetStr(name); !seen {
						d.SetStr(name, v)
					}
				}
			}
		}
	}
	for _, k := range sortedKeys(ns) {
		if _, seen := d.GetStr(k); !seen {
			d.SetStr(k, ns[k])
		}
	}
	return d
}

func newUserException(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	e := &py.Exception{Base: t, Args: args.Copy(), Dict: py.StringDict{}}
	if t.IsSubtype(py.OSError) {
		splitOSErrorArgs(e, args)
	}
	return e, nil
}

// initUserException runs the class's __init__ when a Python class in its MRO
// defines one.
func initUserException(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	t := self.Type()
	init := t.NativeGetAttrOrNil("__init__")
	if init == nil {
		return nil
	}
	if m, ok := init.(*py.Method); ok && m.Name == "__init__" && py.BaseException.Dict["__init__"] == init {
		return nil // args were set by New
	}
	full := make(py.Tuple, len(args)+1)
	full[0] = self
	copy(full[1:], args)
	_, err := py.Call(init, full, kwargs)
	return err
}

// addAttrSlots gives exception class t a descriptor for every attribute
// name the methods of t and of its Python base classes assign to
// (STORE_ATTR in their code): a mixin's __init__ setting self.body
// (bottle's HTTPResponse(BaseResponse, BottleException)) needs it as much
// as t's own methods.
func addAttrSlots(t *py.Type) {
	for _, c := range t.Mro {
		k, ok := c.(*py.Type)
		if !ok || k.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			continue
		}
		for _, v := range k.Dict {
			for _, f := range methodFuncs(v) {
				if fn, ok := f.(*py.Function); ok {
					for _, name := range storedAttrs(fn.Code) {
						giveExcAttr(t, name) // excattrs.go
					}
				}
			}
		}
	}
}

// methodFuncs are the functions a class attribute runs: itself, or a
// property's accessors, or what a classmethod/staticmethod wraps.
func methodFuncs(v py.Object) []py.Object {
	switch v := v.(type) {
	case *propertyObj:
		return []py.Object{v.fget, v.fset, v.fdel}
	case *py.Property:
		return nil // (built-in getters and setters: Go code)
	case *py.ClassMethod:
		return []py.Object{v.Callable}
	case *py.StaticMethod:
		return []py.Object{v.Callable}
	}
	return []py.Object{v}
}

// storedAttrs lists the names a code object (or its nested code) stores as
// attributes.
func storedAttrs(code *py.Code) []string {
	var names []string
	b := code.Code
	for i := 0; i < len(b); {
		op := b[i]
		if op >= haveArgument {
			arg := int(b[i+1]) | int(b[i+2])<<8
			if op == opStoreAttr && arg < len(code.Names) {
				names = append(names, code.Names[arg])
			}
			i += 3
		} else {
			i++
		}
	}
	for _, c := range code.Consts {
		if inner, ok := c.(*py.Code); ok {
			names = append(names, storedAttrs(inner)...)
		}
	}
	return names
}

// CPython 3.4 opcodes (gpython's bytecode).
const (
	haveArgument = 90
	opStoreAttr  = 95
)

// OSError's errno, strerror and filename: set explicitly, else taken from
// the arguments as CPython does for OSError(errno, strerror[, filename]).
func init() {
	for i, name := range []string{"errno", "strerror", "filename", "filename2"} {
		i, name := i, name
		py.OSError.Dict[name] = &py.Property{
			Fget: func(self py.Object) (py.Object, error) {
				e, ok := self.(*py.Exception)
				if !ok {
					return py.None, nil
				}
				if v, ok := e.Dict[name]; ok {
					return v, nil
				}
				if args, ok := e.Args.(py.Tuple); ok && len(args) >= 2 && len(args) <= 5 && i < len(args) && i < 3 {
					return args[i], nil
				}
				return py.None, nil
			},
			Fset: func(self, value py.Object) error { return SetExceptionAttr(self, name, value) },
		}
	}
}

// WithAttributes gives exception class t attributes kept per instance
// (gpython answers every unknown exception attribute with its args).
func WithAttributes(t *py.Type, names ...string) *py.Type {
	for _, n := range names {
		t.Dict[n] = exceptionAttr(n)
	}
	return t
}

// exceptionAttr is a data descriptor keeping attribute name in an
// exception's Dict.
func exceptionAttr(name string) *py.Property {
	return &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if e, ok := self.(*py.Exception); ok {
				if v, ok := e.Dict[name]; ok {
					return v, nil
				}
			}
			return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", self.Type().Name, name)
		},
		Fset: func(self, value py.Object) error { return SetExceptionAttr(self, name, value) },
		Fdel: func(self py.Object) error {
			if e, ok := self.(*py.Exception); ok {
				if _, ok := e.Dict[name]; ok {
					delete(e.Dict, name)
					return nil
				}
			}
			return py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", self.Type().Name, name)
		},
	}
}

// SetExceptionAttr stores attribute name of exception self in its Dict,
// the setter of the properties that give exceptions their attributes.
func SetExceptionAttr(self py.Object, name string, value py.Object) error {
	e, ok := self.(*py.Exception)
	if !ok {
		return py.ExceptionNewf(py.AttributeError, "can't set attribute '%s'", name)
	}
	if e.Dict == nil {
		e.Dict = py.StringDict{}
	}
	e.Dict[name] = value
	return nil
}

// NormalizeMessage rewrites the texts of gpython's own errors that differ
// from CPython's: "'X' has no attribute 'y'" gains "object", a bare
// "index out of range" names the list, deletion from a tuple "doesn't",
// a non-integer where one is needed "cannot be interpreted as an
// integer". (The
// exception is changed in place; it is called where exceptions are caught
// and printed.)
func NormalizeMessage(v py.Object) {
	e, ok := v.(*py.Exception)
	if !ok || e.Base.Flags&py.TPFLAGS_HEAPTYPE != 0 || hasFinalMessage(e) {
		return
	}
	args, ok := e.Args.(py.Tuple)
	if !ok || len(args) != 1 {
		return
	}
	msg, ok := args[0].(py.String)
	if !ok {
		return
	}
	s := string(msg)
	switch {
	case e.Base.IsSubtype(py.AttributeError) && strings.HasPrefix(s, "'") && !strings.HasPrefix(s, "'module'"):
		if i := strings.Index(s, "' has no attribute '"); i > 0 {
			s = s[:i] + "' object has no attribute '" + s[i+len("' has no attribute '"):]
		}
	case e.Base.IsSubtype(py.TypeError) && strings.HasSuffix(s, "' object does not support item deletion") && sequenceNoDelete(s):
		s = strings.TrimSuffix(s, "does not support item deletion") + "doesn't support item deletion"
	case e.Base.IsSubtype(py.IndexError) && s == "index out of range":
		s = "list index out of range"
	case e.Base.IsSubtype(py.TypeError) && strings.HasPrefix(s, "unsupported operand type(s) for index: '"):
		// py.Index's error, behind range(), round(), str.ljust() and co.
		s = strings.TrimPrefix(s, "unsupported operand type(s) for index: ") + " object cannot be interpreted as an integer"
	case e.Base.IsSubtype(py.NameError):
		if m, ok := unboundMessage(s); ok { // unbound.go
			s = m
		}
	}
	if s != string(msg) {
		e.Args = py.Tuple{py.String(s)}
	}
}

// sequenceNoDelete reports whether an item deletion error names an
// built-in container type: those say "doesn't" in CPython, other types
// "does not".
func sequenceNoDelete(msg string) bool {
	for _, n := range []string{"'tuple'", "'str'", "'bytes'", "'range'", "'set'", "'frozenset'", "'dict_keys'", "'dict_values'", "'dict_items'"} {
		if strings.HasPrefix(msg, n+" ") {
			return true
		}
	}
	return false
}

// getattr() and hasattr() see an exception's missing attributes as
// missing (getattr(e, 'errno', None) is None for a ValueError). hasattr()
// is False (and getattr() gives its default) only for an AttributeError: CPython lets other errors raised
// while looking the attribute up propagate.
func init() {
	for _, m := range builtinsImpl().Methods {
		orig := m
		switch m.Name {
		case "getattr":
			setBuiltinFunc("getattr", func(self py.Object, args py.Tuple) (py.Object, error) {
				if len(args) >= 2 {
					if e, ok := args[0].(*py.Exception); ok {
						if name, ok := args[1].(py.String); ok {
							res, err := excGetAttr(e, string(name)) // excattrs.go
							if err != nil && len(args) == 3 && attrMissing(err) {
								return args[2], nil
							}
							return res, err
						}
					}
				}
				if len(args) == 3 {
					if _, ok := args[1].(py.String); !ok {
						return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", args[1].Type().Name)
					}
					res, err := py.GetAttr(args[0], args[1])
					if err != nil && attrMissing(err) {
						return args[2], nil
					}
					return res, err
				}
				res, err := orig.Call(self, args)
				if err != nil && len(args) == 2 {
					err = moduleAttrError(args[0], args[1], err) // errorsite.go
				}
				return res, err
			}, orig.Doc)
		case "hasattr":
			setBuiltinFunc("hasattr", func(self py.Object, args py.Tuple) (py.Object, error) {
				if len(args) == 2 {
					if e, ok := args[0].(*py.Exception); ok {
						if name, ok := args[1].(py.String); ok {
							if _, err := excGetAttr(e, string(name)); err != nil {
								if attrMissing(err) {
									return py.False, nil
								}
								return nil, err
							}
							return py.True, nil
						}
					}
				}
				if len(args) != 2 {
					return orig.Call(self, args)
				}
				if _, ok := args[1].(py.String); !ok {
					return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", args[1].Type().Name)
				}
				// Only an AttributeError means "no such attribute"; any
				// other error (a property raising ValueError) propagates.
				if _, err := py.GetAttr(args[0], args[1]); err != nil {
					if attrMissing(err) {
						return py.False, nil
					}
					return nil, err
				}
				return py.True, nil
			}, orig.Doc)
		}
	}
}

// attrMissing reports whether a failed attribute lookup means the
// attribute is missing: an AttributeError, or gpython's plain Go error for
// a Go method it cannot bind ("unknown bound method type for __index__").
func attrMissing(err error) bool {
	switch err.(type) {
	case *py.Exception, py.ExceptionInfo, *py.ExceptionInfo:
		return py.IsException(py.AttributeError, err)
	}
	return true
}

// OSError(errno, strerror) makes the subclass CPython picks for errno
// (OSError(2, 'x') is a FileNotFoundError); with a filename (3 to 5
// arguments) args keeps only (errno, strerror), as in CPython.
func init() {
	byErrno := map[syscall.Errno]*py.Type{
		syscall.EAGAIN: py.BlockingIOError, syscall.EALREADY: py.BlockingIOError, syscall.EINPROGRESS: py.BlockingIOError,
		syscall.ECHILD: py.ChildProcessError, syscall.EPIPE: py.BrokenPipeError, syscall.ESHUTDOWN: py.BrokenPipeError,
		syscall.ECONNABORTED: py.ConnectionAbortedError, syscall.ECONNREFUSED: py.ConnectionRefusedError,
		syscall.ECONNRESET: py.ConnectionResetError, syscall.EEXIST: py.FileExistsError, syscall.ENOENT: py.FileNotFoundError,
		syscall.EISDIR: py.IsADirectoryError, syscall.ENOTDIR: py.NotADirectoryError, syscall.EINTR: py.InterruptedError,
		syscall.EACCES: py.PermissionError, syscall.EPERM: py.PermissionError, syscall.ESRCH: py.ProcessLookupError,
		syscall.ETIMEDOUT: py.TimeoutError,
	}
	newOSError := py.OSError.New
	py.OSError.New = func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if cls == py.OSError && len(args) >= 2 && len(args) <= 5 {
			if n, ok := args[0].(py.Int); ok {
				if sub, ok := byErrno[syscall.Errno(n)]; ok {
					cls = sub
				}
			}
		}
		obj, err := newOSError(cls, args, kwargs)
		if e, ok := obj.(*py.Exception); ok && err == nil {
			splitOSErrorArgs(e, args)
		}
		return obj, err
	}
}

// splitOSErrorArgs: CPython's OSError(errno, strerror, filename[, winerror[,
// filename2]]) keeps only (errno, strerror) as args; the rest become
// attributes.
func splitOSErrorArgs(e *py.Exception, args py.Tuple) {
	if len(args) < 3 || len(args) > 5 {
		return
	}
	if e.Dict == nil {
		e.Dict = py.StringDict{}
	}
	e.Dict["filename"] = args[2]
	if len(args) == 5 {
		e.Dict["filename2"] = args[4]
	}
	e.Args = py.Tuple{args[0], args[1]} // a copy: args may be the VM stack
}

// SystemExit.code: None, the one argument, or the arguments.
func init() {
	py.SystemExit.Dict["code"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			e, ok := self.(*py.Exception)
			if !ok {
				return py.None, nil
			}
			if v, ok := e.Dict["code"]; ok {
				return v, nil
			}
			args, _ := e.Args.(py.Tuple)
			switch len(args) {
			case 0:
				return py.None, nil
			case 1:
				return args[0], nil
			}
			return args, nil
		},
		Fset: func(self, v py.Object) error {
			if e, ok := self.(*py.Exception); ok {
				if e.Dict == nil {
					e.Dict = py.StringDict{}
				}
				e.Dict["code"] = v
			}
			return nil
		},
	}
}
