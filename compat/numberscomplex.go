package compat

// numberscomplex.go completes complex as CPython has it:
//
//   - complex(real=0, imag=0) also reads strings ("1+2j", " (3-4j) ",
//     "5j", "-j", "infj"; else "complex() arg is a malformed string"),
//     takes complex arguments (complex(1j, 1j) is (-1+1j)) and
//     __complex__/__float__/__index__, with CPython's TypeErrors;
//   - repr/str: "(1+2j)", "1j", "-0j", "(-0-1j)", "1e+20j" (the shortest
//     repr of each part without ".0"; gpython printed Go's %g);
//   - z / w and z ** w as CPython computes them (Smith's division,
//     repeated multiplication for integral powers: 2j ** 2 is (-4+0j));
//     "complex division by zero"; z // w and z % w are TypeErrors;
//   - format(z, spec): both parts with the spec ("1.00-2.00j"), the
//     no-type form in parentheses;
//   - hash(z) is hash(z.real) + 1000003 * hash(z.imag) (hash.go).

import (
	"math"
	"strings"

	"github.com/go-python/gpython/py"
)

func init() {
	py.ComplexType.New = complexNew
}

// complexPart is the repr of one part of a complex: the shortest repr of
// the float without a trailing ".0".
func complexPart(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	s := floatString(f)
	return strings.TrimSuffix(s, ".0")
}

// complexRepr is repr(z).
func complexRepr(z complex128) string {
	re, im := real(z), imag(z)
	ims := complexPart(im)
	if re == 0 && !math.Signbit(re) {
		return ims + "j"
	}
	if !strings.HasPrefix(ims, "-") {
		ims = "+" + ims
	}
	return "(" + complexPart(re) + ims + "j)"
}

// parseComplexText reads complex(str).
func parseComplexText(s string) (complex128, bool) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	if s == "" || strings.ContainsAny(s, " \t\n\r\f\v") {
		return 0, false
	}
	if !strings.HasSuffix(s, "j") && !strings.HasSuffix(s, "J") {
		f, ok := parseFloatText(s)
		return complex(f, 0), ok
	}
	body := s[:len(s)-1]
	// the imaginary part starts at the last sign not after an exponent
	split := -1
	for i := len(body) - 1; i > 0; i-- {
		if (body[i] == '+' || body[i] == '-') && body[i-1] != 'e' && body[i-1] != 'E' {
			split = i
			break
		}
	}
	reText, imText := "", body
	if split > 0 {
		reText, imText = body[:split], body[split:]
	}
	var re, im float64
	ok := true
	if reText != "" {
		if re, ok = parseFloatText(reText); !ok {
			return 0, false
		}
	}
	switch imText {
	case "", "+":
		im = 1
	case "-":
		im = -1
	default:
		if im, ok = parseFloatText(imText); !ok {
			return 0, false
		}
	}
	return complex(re, im), true
}

// complexArg converts one argument of complex(): ok is false when it is
// not a number.
func complexArg(o py.Object) (complex128, bool, error) {
	switch v := o.(type) {
	case py.Complex:
		return complex128(v), true, nil
	case py.Float:
		return complex(float64(v), 0), true, nil
	case py.Int, py.Bool, *py.BigInt:
		f, err := py.MakeFloat(v)
		if err != nil {
			if b, ok := v.(py.Bool); ok {
				if b {
					return 1, true, nil
				}
				return 0, true, nil
			}
			return 0, true, err
		}
		return complex(float64(f.(py.Float)), 0), true, nil
	}
	for _, name := range []string{"__complex__", "__float__", "__index__"} {
		if r, ok, err := callDunder(o, name); ok || err != nil {
			if err != nil {
				return 0, true, err
			}
			if name == "__complex__" {
				if _, isComplex := r.(py.Complex); !isComplex {
					return 0, true, py.ExceptionNewf(py.TypeError, "__complex__ returned non-complex (type %s)", typeName(r))
				}
			}
			return complexArg(r)
		}
	}
	if d, ok := o.(*Derived); ok {
		return complexArg(d.val)
	}
	return 0, false, nil
}

func complexNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var re, im py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:complex", []string{"real", "imag"}, &re, &im); err != nil {
		return nil, err
	}
	if re == nil {
		re = py.Int(0)
	}
	if s, ok := re.(py.String); ok {
		if im != nil {
			return nil, py.ExceptionNewf(py.TypeError, "complex() can't take second arg if first is a string")
		}
		z, ok := parseComplexText(asciiDigits(string(s)))
		if !ok {
			return nil, py.ExceptionNewf(py.ValueError, "complex() arg is a malformed string")
		}
		return py.Complex(z), nil
	}
	if _, ok := im.(py.String); ok {
		return nil, py.ExceptionNewf(py.TypeError, "complex() second arg can't be a string")
	}
	a, ok, err := complexArg(re)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "complex() first argument must be a string or a number, not '%s'", typeName(re))
	}
	if im == nil {
		return py.Complex(a), nil
	}
	b, ok, err := complexArg(im)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "complex() second argument must be a number, not '%s'", typeName(im))
	}
	// a + b*1j: the imaginary part is b.real (+ a.imag when a is complex)
	reOut, imOut := real(a), real(b)
	if _, isComplex := im.(py.Complex); isComplex {
		reOut -= imag(b)
	}
	if _, isComplex := re.(py.Complex); isComplex {
		imOut += imag(a)
	}
	return py.Complex(complex(reOut, imOut)), nil
}

// complexOperand is o as a complex when it is a built-in number.
func complexOperand(o py.Object) (complex128, bool) {
	switch v := o.(type) {
	case py.Complex:
		return complex128(v), true
	case py.Float:
		return complex(float64(v), 0), true
	case py.Int:
		return complex(float64(v), 0), true
	case py.Bool:
		if v {
			return 1, true
		}
		return 0, true
	case *py.BigInt:
		f, err := py.MakeFloat(v)
		if err != nil {
			return 0, false
		}
		return complex(float64(f.(py.Float)), 0), true
	}
	return 0, false
}

// complexQuot is a / b the way CPython divides (Smith's method); ok is
// false for b == 0.
func complexQuot(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	abr, abi := math.Abs(br), math.Abs(bi)
	switch {
	case abr >= abi:
		if abr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom), true
	case abi >= abr:
		ratio := br / bi
		denom := br*ratio + bi
		return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom), true
	}
	return complex(math.NaN(), math.NaN()), true
}

func complexMul(a, b complex128) complex128 {
	return complex(real(a)*real(b)-imag(a)*imag(b), real(a)*imag(b)+imag(a)*real(b))
}

// complexPow is a ** b as CPython computes it: repeated multiplication
// for integral exponents up to 100, else polar form.
func complexPow(a, b complex128) (complex128, error) {
	if imag(b) == 0 && real(b) == math.Trunc(real(b)) && math.Abs(real(b)) <= 100 {
		n := int(real(b))
		neg := n < 0
		if neg {
			n = -n
		}
		r, p := complex128(1), a
		for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
			if n&mask != 0 {
				r = complexMul(r, p)
			}
			p = complexMul(p, p)
		}
		if neg {
			q, ok := complexQuot(1, r)
			if !ok {
				return 0, py.ExceptionNewf(py.ZeroDivisionError, "0.0 to a negative or complex power")
			}
			r = q
		}
		return r, nil
	}
	switch {
	case b == 0:
		return 1, nil
	case a == 0:
		if imag(b) != 0 || real(b) < 0 {
			return 0, py.ExceptionNewf(py.ZeroDivisionError, "0.0 to a negative or complex power")
		}
		return 0, nil
	}
	vabs := math.Hypot(real(a), imag(a))
	l := math.Pow(vabs, real(b))
	at := math.Atan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		l /= math.Exp(at * imag(b))
		phase += imag(b) * math.Log(vabs)
	}
	r := complex(l*math.Cos(phase), l*math.Sin(phase))
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return 0, py.ExceptionNewf(py.OverflowError, "complex exponentiation")
	}
	return r, nil
}

// complexBinary is op on a and b when one is a complex and the other a
// built-in number: CPython's division and power, and TypeError for //, %
// (gpython floored); ok is false otherwise.
func complexBinary(name string, a, b py.Object) (py.Object, bool, error) {
	_, ca := a.(py.Complex)
	_, cb := b.(py.Complex)
	if !ca && !cb {
		return nil, false, nil
	}
	x, okx := complexOperand(a)
	y, oky := complexOperand(b)
	if !okx || !oky {
		return nil, false, nil
	}
	switch name {
	case "__truediv__":
		q, ok := complexQuot(x, y)
		if !ok {
			return nil, true, py.ExceptionNewf(py.ZeroDivisionError, "complex division by zero")
		}
		return py.Complex(q), true, nil
	case "__pow__":
		r, err := complexPow(x, y)
		if err != nil {
			return nil, true, err
		}
		return py.Complex(r), true, nil
	case "__floordiv__", "__mod__":
		return nil, true, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", opSymbols[name], typeName(a), typeName(b))
	}
	return nil, false, nil
}

// formatComplex is format(z, spec) for a non-empty spec: both parts
// formatted with the spec's type and precision ("1.00-2.00j"), in
// parentheses without a type (as repr), the whole aligned to the width.
func formatComplex(f fspec, z complex128) (string, error) {
	if f.zero || f.align == '=' {
		return "", py.ExceptionNewf(py.ValueError, "Zero padding is not allowed in complex format specifier")
	}
	part := f
	part.width, part.align, part.fill = -1, 0, " "
	re, im := real(z), imag(z)
	parens := false
	var rs, is string
	var err error
	if f.typ == 0 && f.prec < 0 {
		rs, is = complexPart(re), complexPart(im)
		if f.sign == '+' && !strings.HasPrefix(rs, "-") {
			rs = "+" + rs
		} else if f.sign == ' ' && !strings.HasPrefix(rs, "-") {
			rs = " " + rs
		}
	} else {
		if f.typ == 0 {
			part.typ = 'g'
		}
		if rs, err = formatFloat(part, re); err != nil {
			return "", err
		}
		part.sign = '+'
		if is, err = formatFloat(part, im); err != nil {
			return "", err
		}
	}
	if !strings.HasPrefix(is, "-") && !strings.HasPrefix(is, "+") {
		is = "+" + is
	}
	var s string
	if f.typ == 0 && re == 0 && !math.Signbit(re) {
		s = strings.TrimPrefix(is, "+") + "j"
		if f.sign == '+' && !strings.HasPrefix(s, "-") {
			s = "+" + s
		}
	} else {
		parens = f.typ == 0
		s = rs + is + "j"
		if parens {
			s = "(" + s + ")"
		}
	}
	f.zero = false
	return align(f, s, true), nil
}
