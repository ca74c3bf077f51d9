package compat

// numbersparse.go is how int() and float() read text, as CPython does:
//
//   - float(str/bytes/bytearray): surrounding whitespace, a sign, digits
//     with single underscores between them, '.', an exponent, or
//     inf/infinity/nan in any case; nothing else (gpython took Go's syntax:
//     hex floats, "in f" was rejected but "0x10" accepted). The error is
//     "could not convert string to float: 'abc'" with the argument's repr;
//     a non-number is "float() argument must be a string or a real number,
//     not 'NoneType'".
//   - int() and float() accept any Unicode decimal digit (int('٣') == 3).
//   - int() of a non-number: "int() argument must be a string, a
//     bytes-like object or a real number, not 'NoneType'"; int(12, 10):
//     "int() can't convert non-string with explicit base".

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/go-python/gpython/py"
)

// asciiDigits replaces the Unicode decimal digits of s by ASCII ones.
func asciiDigits(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r >= 0x80 && unicode.Is(unicode.Nd, r) {
			r = '0' + digitValue(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// digitValue is the value of the decimal digit r: Unicode lays digits out
// in runs of ten from zero, each range of the Nd table starting at a zero.
func digitValue(r rune) rune {
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return (r - rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return (r - rune(rg.Lo)) % 10
		}
	}
	return 0
}

// parseFloatText reads a float the way float(str) does.
func parseFloatText(s string) (float64, bool) {
	s = asciiDigits(strings.TrimSpace(s))
	t := s
	if t != "" && (t[0] == '+' || t[0] == '-') {
		t = t[1:]
	}
	switch strings.ToLower(t) {
	case "inf", "infinity":
		return math.Copysign(math.Inf(1), signOf(s)), true
	case "nan":
		return math.NaN(), true
	}
	// digits [. digits] [e [sign] digits], underscores between digits
	digits := 0
	i := 0
	run := func() bool { // digits with single underscores; false on a bad '_'
		start := i
		for i < len(t) {
			c := t[i]
			if c >= '0' && c <= '9' {
				i++
				digits++
				continue
			}
			if c == '_' && i > start && i+1 < len(t) && t[i-1] != '_' && t[i+1] >= '0' && t[i+1] <= '9' {
				i++
				continue
			}
			break
		}
		return true
	}
	run()
	if i < len(t) && t[i] == '.' {
		i++
		if i < len(t) && t[i] == '_' {
			return 0, false
		}
		run()
	}
	if digits == 0 {
		return 0, false
	}
	if i < len(t) && (t[i] == 'e' || t[i] == 'E') {
		i++
		if i < len(t) && (t[i] == '+' || t[i] == '-') {
			i++
		}
		before := digits
		if i < len(t) && t[i] == '_' {
			return 0, false
		}
		run()
		if digits == before {
			return 0, false
		}
	}
	if i != len(t) {
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	return f, true
}

func signOf(s string) float64 {
	if strings.HasPrefix(s, "-") {
		return -1
	}
	return 1
}

// floatFromText is float(o) when o is str, bytes or bytearray; ok is false
// for other types.
func floatFromText(o py.Object) (py.Object, bool, error) {
	var s string
	switch v := o.(type) {
	case py.String:
		s = string(v)
	case Bytes, *ByteArray:
		s, _ = bytesStr(v)
	default:
		return nil, false, nil
	}
	f, ok := parseFloatText(s)
	if !ok {
		r, err := Repr(o)
		if err != nil {
			return nil, true, err
		}
		return nil, true, py.ExceptionNewf(py.ValueError, "could not convert string to float: %s", r)
	}
	return py.Float(f), true, nil
}

// conversionTypeError is CPython's TypeError for int(o)/float(o) of an
// unsupported type, for gpython's "unsupported operand type(s)" one.
func conversionTypeError(fn string, o py.Object, err error) error {
	if msg, ok := excText(err, py.ValueError); ok && msg == "int() base must be >= 2 and <= 36" {
		return py.ExceptionNewf(py.ValueError, "int() base must be >= 2 and <= 36, or 0")
	}
	msg, ok := excText(err, py.TypeError)
	if !ok || !strings.HasPrefix(msg, "unsupported operand type(s) for") && !strings.HasPrefix(msg, "cant convert") {
		return err
	}
	if fn == "int" {
		return py.ExceptionNewf(py.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", typeName(o))
	}
	return py.ExceptionNewf(py.TypeError, "%s() argument must be a string or a real number, not '%s'", fn, typeName(o))
}
