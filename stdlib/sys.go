package stdlib

// sys.go completes gpython's sys module with what programs look at:
// version_info (3, 11, 0, 'final', 0) — the CPython whose behaviour compat
// reproduces — version, hexversion, implementation (name 'gpython'),
// platform, byteorder, maxsize, maxunicode, flags, float_info, hash_info,
// getfilesystemencodeerrors, dont_write_bytecode, prefix/exec_prefix.

import (
	"math"
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
	hi := compat.MakeNamedTupleClass("hash_info", []string{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}, "sys")
	g["hash_info"] = compat.NewNamedTuple(hi, py.Int(64), py.Int(1<<61-1), py.Int(314159), py.Int(0), py.Int(1000003), py.String("siphash13"), py.Int(64), py.Int(128), py.Int(0))
	impl.Methods = append(impl.Methods,
		py.MustNewMethod("getfilesystemencodeerrors", func(self py.Object) (py.Object, error) { return py.String("surrogateescape"), nil }, 0, "getfilesystemencodeerrors() -> str"),
	)
}
