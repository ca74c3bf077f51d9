package stdlib

// sys.go completes gpython's sys module with what programs look at:
// version_info (3, 11, 0, 'final', 0) — the CPython whose behaviour compat
// reproduces — version, hexversion, implementation (name 'gpython'),
// platform, byteorder, maxsize, maxunicode, flags, float_info,
// getfilesystemencodeerrors, dont_write_bytecode, prefix/exec_prefix,
// int_info, hash_info, warnoptions, path_hooks, path_importer_cache,
// builtin_module_names, orig_argv, exception(), and in place of gpython's
// NotImplementedError stubs: getdefaultencoding and getfilesystemencoding
// ('utf-8'), intern (str only), getsizeof (an estimate of CPython's 64-bit
// sizes; __sizeof__ and the default argument honoured), getrefcount (2:
// there are no reference counts), getswitchinterval/setswitchinterval,
// settrace/gettrace and setprofile/getprofile (the function is kept and
// returned, never called), call_tracing, _clear_type_cache. sys._getframe
// and exc_info are compat's (they need the interpreter's thread state).

import (
	"math"
	"math/big"
	"runtime"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

func init() {
	impl := py.GetModuleImpl("sys")
	if impl == nil {
		panic("stdlib: gpython's sys module is not registered")
	}
	g := impl.Globals
	vi := compat.MakeNamedTupleClass("version_info", []string{"major", "minor", "micro", "releaselevel", "serial"}, "sys")
	g["version_info"] = compat.NewNamedTuple(vi, py.Int(3), py.Int(11), py.Int(0), py.String("final"), py.Int(0))
	g["version"] = py.String("3.11.0 (gowsgi, gpython " + runtime.Version() + ")")
	g["hexversion"] = py.Int(0x030b00f0)
	g["api_version"] = py.Int(1013)
	impl2 := compat.MakeNamedTupleClass("implementation", []string{"name", "cache_tag", "version", "hexversion"}, "sys")
	g["implementation"] = compat.NewNamedTuple(impl2, py.String("gpython"), py.None, g["version_info"], py.Int(0x030b00f0))
	g["platform"] = py.String(runtime.GOOS)
	g["byteorder"] = py.String("little")
	g["maxsize"] = py.Int(math.MaxInt64)
	g["maxunicode"] = py.Int(0x10ffff)
	g["dont_write_bytecode"] = py.True
	g["prefix"], g["exec_prefix"], g["base_prefix"] = py.String("/usr"), py.String("/usr"), py.String("/usr")
	flags := compat.MakeNamedTupleClass("flags", []string{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode"}, "sys")
	items := make([]py.Object, 15)
	for i := range items {
		items[i] = py.Int(0)
	}
	items[4], items[11] = py.Int(1), py.Int(1)
	items[13] = py.False
	g["flags"] = compat.NewNamedTuple(flags, items...)
	fi := compat.MakeNamedTupleClass("float_info", []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"}, "sys")
	g["float_info"] = compat.NewNamedTuple(fi, py.Float(math.MaxFloat64), py.Int(1024), py.Int(308), py.Float(2.2250738585072014e-308), py.Int(-1021), py.Int(-307), py.Int(15), py.Int(53), py.Float(2.220446049250313e-16), py.Int(2), py.Int(1))
	ii := compat.MakeNamedTupleClass("int_info", []string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}, "sys")
	g["int_info"] = compat.NewNamedTuple(ii, py.Int(30), py.Int(4), py.Int(4300), py.Int(640))
	hi := compat.MakeNamedTupleClass("hash_info", []string{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}, "sys")
	g["hash_info"] = compat.NewNamedTuple(hi, py.Int(64), py.Int(2305843009213693951), py.Int(314159), py.Int(0), py.Int(1000003), py.String("siphash13"), py.Int(64), py.Int(128), py.Int(0))
	g["warnoptions"] = py.NewList()
	g["path_hooks"] = py.NewList()
	g["path_importer_cache"] = compat.NewDict()
	g["orig_argv"] = py.NewList()
	var names []string
	for _, name := range []string{"_thread", "builtins", "binascii", "marshal", "math", "sys", "time"} {
		if py.GetModuleImpl(name) != nil {
			names = append(names, name)
		}
	}
	bn := make(py.Tuple, len(names))
	for i, n := range names {
		bn[i] = py.String(n)
	}
	g["builtin_module_names"] = bn
	replaceMethods(impl,
		py.MustNewMethod("getfilesystemencodeerrors", func(self py.Object) (py.Object, error) { return py.String("surrogateescape"), nil }, 0, "getfilesystemencodeerrors() -> str"),
		py.MustNewMethod("getdefaultencoding", func(self py.Object) (py.Object, error) { return py.String("utf-8"), nil }, 0, "getdefaultencoding() -> 'utf-8'"),
		py.MustNewMethod("getfilesystemencoding", func(self py.Object) (py.Object, error) { return py.String("utf-8"), nil }, 0, "getfilesystemencoding() -> 'utf-8'"),
		py.MustNewMethod("intern", func(self py.Object, arg py.Object) (py.Object, error) {
			if _, ok := arg.(py.String); !ok {
				return nil, py.ExceptionNewf(py.TypeError, "intern() argument must be str, not %s", arg.Type().Name)
			}
			return arg, nil
		}, 0, "intern(string) -> string"),
		py.MustNewMethod("getrefcount", func(self py.Object, arg py.Object) (py.Object, error) { return py.Int(2), nil }, 0, "getrefcount(object) -> 2 (no reference counts here)"),
		py.MustNewMethod("getsizeof", sysGetsizeof, 0, "getsizeof(object[, default]) -> size of object in bytes (an estimate)"),
		py.MustNewMethod("getswitchinterval", func(self py.Object) (py.Object, error) { return py.Float(0.005), nil }, 0, "getswitchinterval() -> 0.005"),
		py.MustNewMethod("setswitchinterval", func(self py.Object, arg py.Object) (py.Object, error) {
			f, err := py.FloatAsFloat64(arg)
			if err != nil {
				return nil, err
			}
			if f <= 0 {
				return nil, py.ExceptionNewf(py.ValueError, "switch interval must be strictly positive")
			}
			return py.None, nil
		}, 0, "setswitchinterval(n): accepted (the interval is fixed at 5 ms)"),
		py.MustNewMethod("call_tracing", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "call_tracing expected 2 arguments, got %d", len(args))
			}
			t, ok := args[1].(py.Tuple)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "call_tracing() argument 2 must be tuple, not %s", args[1].Type().Name)
			}
			return py.Call(args[0], t, nil)
		}, 0, "call_tracing(func, args) -> func(*args)"),
		py.MustNewMethod("_clear_type_cache", func(self py.Object) (py.Object, error) { return py.None, nil }, 0, "_clear_type_cache()"),
	)
	// settrace/setprofile keep the function in the module (per interpreter)
	for _, name := range []string{"trace", "profile"} {
		key := "__gowsgi_" + name + "__"
		replaceMethods(impl,
			py.MustNewMethod("set"+name, func(self py.Object, arg py.Object) (py.Object, error) {
				if m, ok := self.(*py.Module); ok {
					m.Globals[key] = arg
				}
				return py.None, nil
			}, 0, "set"+name+"(function): kept for get"+name+"(), never called"),
			py.MustNewMethod("get"+name, func(self py.Object) (py.Object, error) {
				if m, ok := self.(*py.Module); ok {
					if v, ok := m.Globals[key]; ok {
						return v, nil
					}
				}
				return py.None, nil
			}, 0, "get"+name+"() -> what set"+name+" was given, or None"),
		)
	}
}

// replaceMethods puts ms in impl's methods, in place of gpython's ones of
// the same names.
func replaceMethods(impl *py.ModuleImpl, ms ...*py.Method) {
	for _, m := range ms {
		found := false
		for i, old := range impl.Methods {
			if old.Name == m.Name {
				impl.Methods[i], found = m, true
			}
		}
		if !found {
			impl.Methods = append(impl.Methods, m)
		}
	}
}

// sysGetsizeof is sys.getsizeof: __sizeof__ when the object has one,
// else CPython's 64-bit sizes for the common built-ins, plus the GC
// header (16) as CPython adds it.
func sysGetsizeof(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) < 1 || len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "getsizeof() takes at most 2 arguments (%d given)", len(args))
	}
	o := args[0]
	if m, err := py.GetAttrString(o, "__sizeof__"); err == nil {
		if _, isType := o.(*py.Type); isType && o.(*py.Type).Name == "" {
			r, err := py.Call(m, nil, nil)
			if err != nil {
				return nil, err
			}
			n, err := py.IndexInt(r)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "__sizeof__() should return >= 0")
			}
			return py.Int(n + 16), nil
		}
	}
	n := 0
	switch v := o.(type) {
	case py.Int:
		n = 28
	case *py.BigInt:
		n = 24 + 4*(((*big.Int)(v).BitLen()+29)/30)
	case py.Float:
		n = 24
	case py.Bool:
		n = 28
	case py.String:
		n = 49 + len(v)
		for _, r := range string(v) {
			if r > 0x7f {
				n = 74 + 4*len([]rune(string(v)))
				break
			}
		}
	case py.Tuple:
		n = 40 + 8*len(v)
	case *py.List:
		n = 56 + 8*len(v.Items)
	case py.NoneType:
		n = 16
	default:
		if b, ok := compat.BytesOf(o); ok {
			n = 33 + len(b)
		} else if l, err := py.Len(o); err == nil {
			k, _ := py.IndexInt(l)
			n = 64 + 24*k
		} else {
			n = 48
		}
	}
	return py.Int(n), nil
}
