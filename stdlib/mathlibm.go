package stdlib

// mathlibm.go gives math.tan and math.lgamma CPython's results to the last
// bit. CPython's tan is the C library's, which rounds correctly where Go's
// math.Tan can be one ulp off (tan(pi/4) is 0.9999999999999999 in CPython,
// 1.0 with Go's); here it is computed in 192-bit arithmetic and rounded
// once. CPython's lgamma is not libm's but its own Lanczos approximation
// (the published g=6.0247, n=13 one), so gowsgi evaluates the same
// approximation in the same order; Go's math.Lgamma is a different
// algorithm and differs in the last bit (lgamma(10)).

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

const piDigits = "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706798214808651328230664709384460955058223172535940812848111745028410270193852110555964462294895493038196"

const libmPrec = 192

// correctTan is tan(x) rounded once from a 192-bit evaluation, for finite
// |x| < 2**60 (ok false otherwise).
func correctTan(x float64) (float64, bool) {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) >= 1<<60 {
		return 0, false
	}
	if x == 0 {
		return x, true
	}
	pi, _, _ := big.ParseFloat(piDigits, 10, 700, big.ToNearestEven)
	halfPi := new(big.Float).SetPrec(700).Quo(pi, big.NewFloat(2))
	bx := new(big.Float).SetPrec(700).SetFloat64(x)
	q := new(big.Float).SetPrec(700).Quo(bx, halfPi)
	qf, _ := q.Float64()
	k := math.Round(qf)
	r := new(big.Float).SetPrec(700).Mul(halfPi, new(big.Float).SetPrec(700).SetFloat64(k))
	r.Sub(bx, r)
	r.SetPrec(libmPrec)
	// Taylor series of sin and cos at r, |r| <= pi/4 or so.
	sin := new(big.Float).SetPrec(libmPrec).Set(r)
	cos := new(big.Float).SetPrec(libmPrec).SetInt64(1)
	r2 := new(big.Float).SetPrec(libmPrec).Mul(r, r)
	term := new(big.Float).SetPrec(libmPrec).Set(r) // r^n/n!, odd n
	cterm := new(big.Float).SetPrec(libmPrec).SetInt64(1)
	tiny := new(big.Float).SetMantExp(big.NewFloat(1), -libmPrec-8)
	for n := int64(1); n < 200; n += 2 {
		// cos: term r^(n+1)/(n+1)!
		cterm.Mul(cterm, r2)
		cterm.Quo(cterm, new(big.Float).SetInt64(-n*(n+1)))
		cos.Add(cos, cterm)
		term.Mul(term, r2)
		term.Quo(term, new(big.Float).SetInt64(-(n+1)*(n+2)))
		sin.Add(sin, term)
		if new(big.Float).Abs(cterm).Cmp(tiny) < 0 && new(big.Float).Abs(term).Cmp(tiny) < 0 {
			break
		}
	}
	var t *big.Float
	if int64(k)%2 == 0 {
		t = new(big.Float).SetPrec(libmPrec).Quo(sin, cos)
	} else {
		t = new(big.Float).SetPrec(libmPrec).Quo(cos, sin)
		t.Neg(t)
	}
	f, _ := t.Float64()
	return f, true
}

const ln2Digits = "0.69314718055994530941723212145817656807550013436025525412068000949339362196969471560586332699641868754200148102"

// correctLog is log(x) for finite x > 0, rounded once from a 192-bit
// evaluation: x = m * 2**e with m near 1, log(m) = 2*atanh((m-1)/(m+1)).
// CPython's lgamma uses the C library's log, which rounds correctly
// where Go's math.Log is one ulp off about once in a hundred.
func correctLog(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) {
		return math.Log(x)
	}
	frac, e := math.Frexp(x) // x = frac * 2**e, frac in [0.5, 1)
	if frac < math.Sqrt2/2 {
		frac *= 2
		e--
	}
	m := new(big.Float).SetPrec(libmPrec).SetFloat64(frac)
	one := new(big.Float).SetPrec(libmPrec).SetInt64(1)
	s := new(big.Float).SetPrec(libmPrec).Sub(m, one)
	s.Quo(s, new(big.Float).SetPrec(libmPrec).Add(m, one))
	s2 := new(big.Float).SetPrec(libmPrec).Mul(s, s)
	sum := new(big.Float).SetPrec(libmPrec).Set(s)
	pow := new(big.Float).SetPrec(libmPrec).Set(s)
	tiny := new(big.Float).SetMantExp(big.NewFloat(1), -libmPrec-8)
	for k := int64(3); k < 400; k += 2 {
		pow.Mul(pow, s2)
		t := new(big.Float).SetPrec(libmPrec).Quo(pow, new(big.Float).SetInt64(k))
		sum.Add(sum, t)
		if t.Sign() == 0 || new(big.Float).Abs(t).Cmp(tiny) < 0 {
			break
		}
	}
	sum.Mul(sum, big.NewFloat(2))
	if e != 0 {
		ln2, _, _ := big.ParseFloat(ln2Digits, 10, libmPrec, big.ToNearestEven)
		sum.Add(sum, ln2.Mul(ln2, new(big.Float).SetInt64(int64(e))))
	}
	f, _ := sum.Float64()
	return f
}

var lanczosNum = [...]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

var lanczosDen = [...]float64{0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0}

const lanczosG = 6.024680040776729583740234375

// lanczosSum is the rational part of the Lanczos approximation at x > 0,
// evaluated in powers of x below 5 and of 1/x above.
func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5 {
		for i := len(lanczosNum) - 1; i >= 0; i-- {
			num = num*x + lanczosNum[i]
			den = den*x + lanczosDen[i]
		}
	} else {
		for i := range lanczosNum {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// sinpi is sin(pi*x), reduced so that it is exact at the integers.
func sinpi(x float64) float64 {
	y := math.Mod(math.Abs(x), 2)
	var r float64
	switch int(math.Round(2 * y)) {
	case 0:
		r = math.Sin(math.Pi * y)
	case 1:
		r = math.Cos(math.Pi * (y - 0.5))
	case 2:
		r = math.Sin(math.Pi * (1 - y))
	case 3:
		r = -math.Cos(math.Pi * (y - 1.5))
	default:
		r = math.Sin(math.Pi * (y - 2))
	}
	return math.Copysign(1, x) * r
}

func lgamma(x float64) (float64, error) {
	if math.IsNaN(x) {
		return x, nil
	}
	if math.IsInf(x, 0) {
		return math.Inf(1), nil
	}
	if x == math.Floor(x) && x <= 2 {
		if x <= 0 {
			return 0, py.ExceptionNewf(py.ValueError, "math domain error")
		}
		return 0, nil
	}
	ax := math.Abs(x)
	if ax < 1e-20 {
		return -correctLog(ax), nil
	}
	r := correctLog(lanczosSum(ax)) - lanczosG
	r += (ax - 0.5) * (correctLog(ax+lanczosG-0.5) - 1)
	if x < 0 {
		r = 1.144729885849400174143427351353058711647 - correctLog(math.Abs(sinpi(ax))) - correctLog(ax) - r
	}
	if math.IsInf(r, 0) {
		return 0, py.ExceptionNewf(py.OverflowError, "math range error")
	}
	return r, nil
}

func init() {
	impl := py.GetModuleImpl("math")
	set := func(name, doc string, fn func(float64) (float64, error)) {
		compat.SetModuleMethod(impl, floatMethod(name, doc, fn))
	}
	set("tan", "tan(x)\n\nReturn the tangent of x (measured in radians).", func(x float64) (float64, error) {
		if math.IsInf(x, 0) {
			return 0, py.ExceptionNewf(py.ValueError, "math domain error")
		}
		if r, ok := correctTan(x); ok {
			return r, nil
		}
		return math.Tan(x), nil
	})
	set("lgamma", "lgamma(x)\n\nNatural logarithm of absolute value of Gamma function at x.", lgamma)
}
