package stdlib

// mathmore.go adds to gpython's math module what it lacks: isclose, gcd,
// lcm, isqrt, prod, comb, perm, dist, hypot with any number of
// coordinates (both correctly rounded), remainder, ulp, nextafter, cbrt,
// exp2, inf, nan, tau; floor/ceil return ints, as in CPython (gpython
// gave floats), factorial is exact and refuses floats (TypeError), and
// gpython's extra to_ulps is gone. Differences: the transcendental
// functions are Go's, which can differ from C's libm in the last bit.

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

func bigArg(o py.Object) (*big.Int, error) {
	if n, ok := compat.BigInt(o); ok {
		return n, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", o.Type().Name)
}

func bigResult(n *big.Int) py.Object { return compat.IntOf(n) }

func init() {
	impl := py.GetModuleImpl("math")
	if impl == nil {
		panic("stdlib: gpython's math module is not registered")
	}
	set := func(name, doc string, fn any) {
		compat.SetModuleMethod(impl, py.MustNewMethod(name, fn, 0, doc))
	}
	impl.Globals["inf"] = py.Float(math.Inf(1))
	impl.Globals["nan"] = py.Float(math.NaN())
	impl.Globals["tau"] = py.Float(2 * math.Pi)
	rounder := func(name string, f func(float64) float64) {
		set(name, name+"(x) -> int", func(self py.Object, x py.Object) (py.Object, error) {
			if n, err := bigArg(x); err == nil {
				return bigResult(n), nil
			}
			if r, ok, err := compatDunder(x, "__"+name+"__"); ok || err != nil {
				return r, err
			}
			v, err := compat.FloatArg(x)
			if err != nil {
				return nil, err
			}
			if math.IsInf(v, 0) {
				return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
			}
			if math.IsNaN(v) {
				return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
			}
			b, _ := big.NewFloat(f(v)).Int(nil)
			return bigResult(b), nil
		})
	}
	rounder("floor", math.Floor)
	rounder("ceil", math.Ceil)
	set("isclose", "isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) -> bool", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var a, b, rel, abs py.Object = nil, nil, py.Float(1e-9), py.Float(0)
		if err := py.ParseTupleAndKeywords(args, kwargs, "OO|$OO:isclose", []string{"a", "b", "rel_tol", "abs_tol"}, &a, &b, &rel, &abs); err != nil {
			return nil, err
		}
		x, err := compat.FloatArg(a)
		if err != nil {
			return nil, err
		}
		y, err := compat.FloatArg(b)
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
		if math.IsInf(x, 0) || math.IsInf(y, 0) {
			return py.False, nil
		}
		d := math.Abs(x - y)
		return py.NewBool(d <= math.Abs(rt*y) || d <= math.Abs(rt*x) || d <= at), nil
	})
	gcd := func(args py.Tuple) (*big.Int, error) {
		g := big.NewInt(0)
		for _, a := range args {
			n, err := bigArg(a)
			if err != nil {
				return nil, err
			}
			g.GCD(nil, nil, g.Abs(g), n.Abs(n))
		}
		return g, nil
	}
	set("gcd", "gcd(*integers) -> greatest common divisor", func(self py.Object, args py.Tuple) (py.Object, error) {
		g, err := gcd(args)
		if err != nil {
			return nil, err
		}
		return bigResult(g), nil
	})
	set("lcm", "lcm(*integers) -> least common multiple", func(self py.Object, args py.Tuple) (py.Object, error) {
		l := big.NewInt(1)
		for _, a := range args {
			n, err := bigArg(a)
			if err != nil {
				return nil, err
			}
			n.Abs(n)
			if n.Sign() == 0 {
				return py.Int(0), nil
			}
			g := new(big.Int).GCD(nil, nil, l, n)
			l.Mul(l, new(big.Int).Div(n, g))
		}
		return bigResult(l), nil
	})
	set("isqrt", "isqrt(n) -> integer square root", func(self py.Object, x py.Object) (py.Object, error) {
		n, err := bigArg(x)
		if err != nil {
			return nil, err
		}
		if n.Sign() < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "isqrt() argument must be nonnegative")
		}
		return bigResult(new(big.Int).Sqrt(n)), nil
	})
	set("comb", "comb(n, k) -> number of ways to choose k items from n", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "comb expected 2 arguments, got %d", len(args))
		}
		n, err := bigArg(args[0])
		if err != nil {
			return nil, err
		}
		k, err := bigArg(args[1])
		if err != nil {
			return nil, err
		}
		if n.Sign() < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "n must be a non-negative integer")
		}
		if k.Sign() < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "k must be a non-negative integer")
		}
		if k.Cmp(n) > 0 {
			return py.Int(0), nil
		}
		return bigResult(new(big.Int).Binomial(n.Int64(), k.Int64())), nil
	})
	set("perm", "perm(n, k=None) -> number of ways to arrange k items from n", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, py.ExceptionNewf(py.TypeError, "perm expected 1 or 2 arguments")
		}
		n, err := bigArg(args[0])
		if err != nil {
			return nil, err
		}
		k := new(big.Int).Set(n)
		if len(args) == 2 && args[1] != py.None {
			if k, err = bigArg(args[1]); err != nil {
				return nil, err
			}
		}
		if n.Sign() < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "n must be a non-negative integer")
		}
		if k.Sign() < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "k must be a non-negative integer")
		}
		if k.Cmp(n) > 0 {
			return py.Int(0), nil
		}
		r := big.NewInt(1)
		for i := int64(0); i < k.Int64(); i++ {
			r.Mul(r, new(big.Int).Sub(n, big.NewInt(i)))
		}
		return bigResult(r), nil
	})
	set("prod", "prod(iterable, *, start=1) -> product", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var it, start py.Object = nil, py.Int(1)
		if err := py.ParseTupleAndKeywords(args, kwargs, "O|$O:prod", []string{"iterable", "start"}, &it, &start); err != nil {
			return nil, err
		}
		acc := start
		var merr error
		err := py.Iterate(it, func(o py.Object) bool {
			acc, merr = py.Mul(acc, o)
			return merr != nil
		})
		if err == nil {
			err = merr
		}
		return acc, err
	})
	set("dist", "dist(p, q) -> Euclidean distance", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "dist expected 2 arguments")
		}
		p, err := py.SequenceTuple(args[0])
		if err != nil {
			return nil, err
		}
		q, err := py.SequenceTuple(args[1])
		if err != nil {
			return nil, err
		}
		if len(p) != len(q) {
			return nil, py.ExceptionNewf(py.ValueError, "both points must have the same number of dimensions")
		}
		d := make([]float64, len(p))
		for i := range p {
			a, err := compat.FloatArg(p[i])
			if err != nil {
				return nil, err
			}
			b, err := compat.FloatArg(q[i])
			if err != nil {
				return nil, err
			}
			d[i] = a - b
		}
		return py.Float(vectorNorm(d)), nil
	})
	set("hypot", "hypot(*coordinates) -> Multidimensional Euclidean distance from the origin to a point.", func(self py.Object, args py.Tuple) (py.Object, error) {
		d := make([]float64, len(args))
		for i, a := range args {
			f, err := compat.FloatArg(a)
			if err != nil {
				return nil, err
			}
			d[i] = f
		}
		return py.Float(vectorNorm(d)), nil
	})
}

// vectorNorm is sqrt(sum of squares) correctly rounded (CPython 3.11's
// hypot/dist are correctly rounded in all but rare cases): an infinity
// wins over a NaN, and the sum is taken exactly in big.Float.
func vectorNorm(d []float64) float64 {
	nan := false
	for _, x := range d {
		if math.IsInf(x, 0) {
			return math.Inf(1)
		}
		nan = nan || math.IsNaN(x)
	}
	if nan {
		return math.NaN()
	}
	if len(d) == 1 {
		return math.Abs(d[0])
	}
	sum := new(big.Float).SetPrec(4096)
	for _, x := range d {
		v := new(big.Float).SetPrec(4096).SetFloat64(x)
		sum.Add(sum, v.Mul(v, v))
	}
	root := new(big.Float).SetPrec(256).Sqrt(sum)
	r, _ := root.Float64()
	return r
}

// compatDunder calls the dunder name of an instance of a Python class.
func compatDunder(x py.Object, name string) (py.Object, bool, error) {
	if t, ok := x.(*py.Type); !ok || t.Name != "" {
		return nil, false, nil
	}
	fn, err := py.GetAttrString(x, name)
	if err != nil {
		return nil, false, nil
	}
	r, err := py.Call(fn, nil, nil)
	return r, true, err
}

// remainder, ulp, nextafter, cbrt, exp2 (new in CPython 3.7–3.11) and an
// exact factorial that refuses floats, as CPython's does.
func init() {
	impl := py.GetModuleImpl("math")
	set := func(name, doc string, fn any) {
		compat.SetModuleMethod(impl, py.MustNewMethod(name, fn, 0, doc))
	}
	domain := func() error { return py.ExceptionNewf(py.ValueError, "math domain error") }
	two := func(name string, args py.Tuple) (float64, float64, error) {
		if len(args) != 2 {
			return 0, 0, py.ExceptionNewf(py.TypeError, "%s expected 2 arguments, got %d", name, len(args))
		}
		x, err := compat.FloatArg(args[0])
		if err != nil {
			return 0, 0, err
		}
		y, err := compat.FloatArg(args[1])
		return x, y, err
	}
	set("remainder", "remainder(x, y) -> x - n*y, n the integer nearest x/y (ties to even)", func(self py.Object, args py.Tuple) (py.Object, error) {
		x, y, err := two("remainder", args)
		if err != nil {
			return nil, err
		}
		if math.IsNaN(x) || math.IsNaN(y) {
			return py.Float(math.NaN()), nil
		}
		if math.IsInf(x, 0) || y == 0 {
			return nil, domain()
		}
		return py.Float(math.Remainder(x, y)), nil
	})
	set("nextafter", "nextafter(x, y) -> the next float after x towards y", func(self py.Object, args py.Tuple) (py.Object, error) {
		x, y, err := two("nextafter", args)
		if err != nil {
			return nil, err
		}
		return py.Float(math.Nextafter(x, y)), nil
	})
	one := func(name, doc string, fn func(x float64) (float64, error)) {
		compat.SetModuleMethod(impl, floatMethod(name, doc, fn))
	}
	one("ulp", "ulp(x) -> the value of the least significant bit of x", func(x float64) (float64, error) {
		x = math.Abs(x)
		switch {
		case math.IsNaN(x) || math.IsInf(x, 0):
			return x, nil
		case x == math.MaxFloat64:
			return x - math.Nextafter(x, 0), nil
		}
		return math.Nextafter(x, math.Inf(1)) - x, nil
	})
	one("cbrt", "cbrt(x) -> the cube root of x", func(x float64) (float64, error) { return math.Cbrt(x), nil })
	one("exp2", "exp2(x) -> 2 raised to the power x", func(x float64) (float64, error) {
		r := math.Exp2(x)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) {
			return 0, py.ExceptionNewf(py.OverflowError, "math range error")
		}
		return r, nil
	})
	set("factorial", "factorial(n) -> n!", func(self py.Object, arg py.Object) (py.Object, error) {
		n, err := bigArg(arg)
		if err != nil {
			return nil, err
		}
		if n.Sign() < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "factorial() not defined for negative values")
		}
		if !n.IsInt64() || n.Int64() > 1<<20 {
			return nil, py.ExceptionNewf(py.OverflowError, "factorial() argument should not exceed %d", int64(math.MaxInt64))
		}
		return bigResult(new(big.Int).MulRange(1, n.Int64())), nil
	})
	// gpython's float functions (sqrt, sin, atan2...) take what has
	// __float__ or __index__, as CPython's
	for i, m := range impl.Methods {
		if floatFuncs[m.Name] {
			impl.Methods[i] = floatArgs(m)
		}
	}
	// gpython's own extra, not in CPython's math
	for i, m := range impl.Methods {
		if m.Name == "to_ulps" {
			impl.Methods = append(impl.Methods[:i], impl.Methods[i+1:]...)
			break
		}
	}
}

// floatFuncs are the math functions whose arguments are all floats.
var floatFuncs = map[string]bool{
	"acos": true, "acosh": true, "asin": true, "asinh": true, "atan": true, "atan2": true, "atanh": true,
	"cbrt": true, "copysign": true, "cos": true, "cosh": true, "degrees": true, "erf": true, "erfc": true,
	"exp": true, "exp2": true, "expm1": true, "fabs": true, "fmod": true, "frexp": true, "gamma": true,
	"hypot": true, "isfinite": true, "isinf": true, "isnan": true, "lgamma": true, "log10": true,
	"log1p": true, "log2": true, "modf": true, "nextafter": true, "pow": true, "radians": true,
	"remainder": true, "sin": true, "sinh": true, "sqrt": true, "tan": true, "tanh": true, "ulp": true,
}

// floatArgs wraps math function m: arguments that are not numbers are
// converted first (compat.FloatArg).
func floatArgs(m *py.Method) *py.Method {
	return py.MustNewMethod(m.Name, func(self py.Object, args py.Tuple) (py.Object, error) {
		var conv py.Tuple
		for i, a := range args {
			switch a.(type) {
			case py.Float, py.Int, py.Bool, *py.BigInt:
				continue
			}
			f, err := compat.FloatArg(a)
			if err != nil {
				return nil, err
			}
			if conv == nil {
				conv = append(py.Tuple{}, args...)
			}
			conv[i] = py.Float(f)
		}
		if conv != nil {
			args = conv
		}
		return m.Call(self, args)
	}, 0, m.Doc)
}

// floatMethod is a math function of one float: the argument converted as
// CPython's math module does, fn's result returned as a float.
func floatMethod(name, doc string, fn func(float64) (float64, error)) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, arg py.Object) (py.Object, error) {
		x, err := compat.FloatArg(arg)
		if err != nil {
			return nil, err
		}
		r, err := fn(x)
		if err != nil {
			return nil, err
		}
		return py.Float(r), nil
	}, 0, doc)
}
