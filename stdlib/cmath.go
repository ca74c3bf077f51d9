package stdlib

// cmath.go is the cmath module (gpython has none): the functions of
// complex numbers sqrt exp log (with base) log10 sin cos tan asin acos
// atan sinh cosh tanh asinh acosh atanh phase polar rect isfinite isinf
// isnan isclose, and pi e tau inf nan infj nanj. Differences from
// CPython: Go's math/cmplx computes them, which can differ in the last
// bit and in some signed-zero and infinity corner cases; domain errors
// (log(0)) raise ValueError "math domain error" as CPython does.

import (
	"math"
	"math/cmplx"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

// complexOf converts a cmath argument.
func complexOf(o py.Object) (complex128, error) {
	switch v := o.(type) {
	case py.Complex:
		return complex128(v), nil
	}
	if r, ok, err := compatDunder(o, "__complex__"); ok || err != nil {
		if err != nil {
			return 0, err
		}
		if c, ok := r.(py.Complex); ok {
			return complex128(c), nil
		}
	}
	f, err := compat.FloatArg(o)
	if err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "must be real number, not %s", o.Type().Name)
	}
	return complex(f, 0), nil
}

func init() {
	domain := func() error { return py.ExceptionNewf(py.ValueError, "math domain error") }
	checked := func(z, r complex128) (py.Object, error) {
		if (math.IsInf(real(r), 0) || math.IsInf(imag(r), 0)) && !cmplx.IsInf(z) {
			return nil, py.ExceptionNewf(py.OverflowError, "math range error")
		}
		return py.Complex(r), nil
	}
	var methods []*py.Method
	one := func(name string, fn func(complex128) complex128) {
		methods = append(methods, py.MustNewMethod(name, func(self py.Object, arg py.Object) (py.Object, error) {
			z, err := complexOf(arg)
			if err != nil {
				return nil, err
			}
			return checked(z, fn(z))
		}, 0, name+"(z) -> complex"))
	}
	one("sqrt", cmplx.Sqrt)
	one("exp", cmplx.Exp)
	one("sin", cmplx.Sin)
	one("cos", cmplx.Cos)
	one("tan", cmplx.Tan)
	one("asin", cmplx.Asin)
	one("acos", cmplx.Acos)
	one("atan", cmplx.Atan)
	one("sinh", cmplx.Sinh)
	one("cosh", cmplx.Cosh)
	one("tanh", cmplx.Tanh)
	one("asinh", cmplx.Asinh)
	one("acosh", cmplx.Acosh)
	one("atanh", cmplx.Atanh)
	methods = append(methods,
		py.MustNewMethod("log", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) < 1 || len(args) > 2 {
				return nil, py.ExceptionNewf(py.TypeError, "log expected 1 or 2 arguments, got %d", len(args))
			}
			z, err := complexOf(args[0])
			if err != nil {
				return nil, err
			}
			if z == 0 {
				return nil, domain()
			}
			r := cmplx.Log(z)
			if len(args) == 2 {
				b, err := complexOf(args[1])
				if err != nil {
					return nil, err
				}
				if b == 0 {
					return nil, domain()
				}
				lb := cmplx.Log(b)
				if lb == 0 {
					return nil, py.ExceptionNewf(py.ZeroDivisionError, "complex division by zero")
				}
				r /= lb
			}
			return py.Complex(r), nil
		}, 0, "log(z[, base]) -> the logarithm of z to the given base"),
		py.MustNewMethod("log10", func(self py.Object, arg py.Object) (py.Object, error) {
			z, err := complexOf(arg)
			if err != nil {
				return nil, err
			}
			if z == 0 {
				return nil, domain()
			}
			return py.Complex(cmplx.Log10(z)), nil
		}, 0, "log10(z) -> the base 10 logarithm of z"),
		py.MustNewMethod("phase", func(self py.Object, arg py.Object) (py.Object, error) {
			z, err := complexOf(arg)
			if err != nil {
				return nil, err
			}
			return py.Float(cmplx.Phase(z)), nil
		}, 0, "phase(z) -> the argument of z"),
		py.MustNewMethod("polar", func(self py.Object, arg py.Object) (py.Object, error) {
			z, err := complexOf(arg)
			if err != nil {
				return nil, err
			}
			r := math.Hypot(real(z), imag(z))
			if math.IsInf(r, 0) && !cmplx.IsInf(z) {
				return nil, py.ExceptionNewf(py.OverflowError, "math range error")
			}
			return py.Tuple{py.Float(r), py.Float(cmplx.Phase(z))}, nil
		}, 0, "polar(z) -> (r, phi)"),
		py.MustNewMethod("rect", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "rect expected 2 arguments, got %d", len(args))
			}
			r, err := compat.FloatArg(args[0])
			if err != nil {
				return nil, err
			}
			phi, err := compat.FloatArg(args[1])
			if err != nil {
				return nil, err
			}
			if phi == 0 {
				return py.Complex(complex(r, phi*r)), nil
			}
			return py.Complex(complex(r*math.Cos(phi), r*math.Sin(phi))), nil
		}, 0, "rect(r, phi) -> r * (cos(phi) + 1j*sin(phi))"),
		py.MustNewMethod("isfinite", func(self py.Object, arg py.Object) (py.Object, error) {
			z, err := complexOf(arg)
			if err != nil {
				return nil, err
			}
			return py.NewBool(!cmplx.IsInf(z) && !cmplx.IsNaN(z)), nil
		}, 0, "isfinite(z) -> bool"),
		py.MustNewMethod("isinf", func(self py.Object, arg py.Object) (py.Object, error) {
			z, err := complexOf(arg)
			if err != nil {
				return nil, err
			}
			return py.NewBool(math.IsInf(real(z), 0) || math.IsInf(imag(z), 0)), nil
		}, 0, "isinf(z) -> bool"),
		py.MustNewMethod("isnan", func(self py.Object, arg py.Object) (py.Object, error) {
			z, err := complexOf(arg)
			if err != nil {
				return nil, err
			}
			return py.NewBool(math.IsNaN(real(z)) || math.IsNaN(imag(z))), nil
		}, 0, "isnan(z) -> bool"),
		py.MustNewMethod("isclose", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var a, b, rel, abs py.Object = nil, nil, py.Float(1e-9), py.Float(0)
			if err := py.ParseTupleAndKeywords(args, kwargs, "OO|$OO:isclose", []string{"a", "b", "rel_tol", "abs_tol"}, &a, &b, &rel, &abs); err != nil {
				return nil, err
			}
			x, err := complexOf(a)
			if err != nil {
				return nil, err
			}
			y, err := complexOf(b)
			if err != nil {
				return nil, err
			}
			rt, _ := compat.FloatArg(rel)
			at, _ := compat.FloatArg(abs)
			if rt < 0 || at < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "tolerances must be non-negative")
			}
			if x == y {
				return py.True, nil
			}
			if cmplx.IsInf(x) || cmplx.IsInf(y) {
				return py.False, nil
			}
			d := cmplx.Abs(x - y)
			return py.NewBool(d <= rt*cmplx.Abs(y) || d <= rt*cmplx.Abs(x) || d <= at), nil
		}, 0, "isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) -> bool"),
	)
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "cmath", Doc: "Mathematical functions for complex numbers."},
		Methods: methods,
		Globals: py.StringDict{
			"pi": py.Float(math.Pi), "e": py.Float(math.E), "tau": py.Float(2 * math.Pi),
			"inf": py.Float(math.Inf(1)), "nan": py.Float(math.NaN()),
			"infj": py.Complex(complex(0, math.Inf(1))), "nanj": py.Complex(complex(0, math.NaN())),
		},
	})
}
