package compat

// numbersmore.go adds the methods and attributes of int, float, range and
// type that gpython lacks and numbers.go does not cover:
//
//   - int.bit_count() (the number of ones in abs(n)), int.as_integer_ratio()
//     ((n, 1)), on bool too;
//   - float.hex() ('0x1.8000000000000p+0', CPython's form: a normalised
//     13-hex-digit mantissa, the exponent in decimal, 'inf', '-0x0.0p+0')
//     and float.fromhex(s) (a classmethod, the inverse, with optional sign,
//     '0x', fraction and 'p' exponent; 'inf'/'nan' too);
//   - range.start, .stop and .step;
//   - type.mro() (the class's method resolution order as a list);
//   - ord() of one-byte bytes/bytearray, chr(), bin(), oct() and hex() of
//     any index (__index__), with CPython's messages.

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

func init() {
	intMethod("bit_count", "Number of ones in the binary representation of the absolute value of self.", func(n *big.Int, _ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		count := 0
		for _, w := range new(big.Int).Abs(n).Bits() {
			for ; w != 0; w &= w - 1 {
				count++
			}
		}
		return py.Int(count), nil
	})
	intMethod("as_integer_ratio", "Return integer ratio.", func(n *big.Int, _ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.Tuple{fromBig(n), py.Int(1)}, nil
	})

	py.FloatType.Dict["hex"] = py.MustNewMethod("hex", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, _ = unbound(self, args)
		f, ok := self.(py.Float)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor 'hex' requires a 'float' object")
		}
		return py.String(floatHex(float64(f))), nil
	}, 0, "Return a hexadecimal representation of a floating-point number.")
	py.FloatType.Dict["fromhex"] = &py.ClassMethod{Callable: py.MustNewMethod("fromhex", func(self py.Object, args py.Tuple) (py.Object, error) {
		if _, isType := self.(*py.Type); isType {
			args = append(py.Tuple{self}, args...) // bound to the class
		}
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "float.fromhex() takes exactly one argument (%d given)", len(args)-1)
		}
		s, ok := args[1].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "must be str, not %s", args[1].Type().Name)
		}
		f, err := floatFromHex(string(s))
		if err != nil {
			return nil, err
		}
		if cls, ok := args[0].(*py.Type); ok && cls != py.FloatType {
			return py.Call(cls, py.Tuple{py.Float(f)}, nil)
		}
		return py.Float(f), nil
	}, 0, "Create a floating-point number from a hexadecimal string.")}

	for name, get := range map[string]func(r *py.Range) py.Int{
		"start": func(r *py.Range) py.Int { return r.Start },
		"stop":  func(r *py.Range) py.Int { return r.Stop },
		"step":  func(r *py.Range) py.Int { return r.Step },
	} {
		get := get
		py.RangeType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			r, ok := self.(*py.Range)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor requires a 'range' object")
			}
			return get(r), nil
		}}
	}
}

// typeMro is cls.mro(), a bound method; typeattr.go serves it (gpython
// calls a "mro" in type's dict, unbound, whenever it makes a class).
func typeMro(cls *py.Type) py.Object {
	return py.MustNewMethod("mro", func(py.Object) (py.Object, error) {
		return py.NewListFromItems(append([]py.Object(nil), cls.Mro...)), nil
	}, 0, "Return a type's method resolution order.")
}

// floatHex is float.hex(): [-]0x1.<13 hex digits>p<exp>, subnormals as
// 0x0.<digits>p-1022.
func floatHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
		f = -f
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	bits := math.Float64bits(f)
	exp := int(bits>>52) & 0x7ff
	mant := bits & (1<<52 - 1)
	lead := "1"
	if exp == 0 { // subnormal
		lead = "0"
		exp = -1022
	} else {
		exp -= 1023
	}
	es := strconv.Itoa(exp)
	if exp >= 0 {
		es = "+" + es
	}
	return sign + "0x" + lead + "." + leftPad(strconv.FormatUint(mant, 16), 13) + "p" + es
}

func leftPad(s string, n int) string {
	if len(s) < n {
		return strings.Repeat("0", n-len(s)) + s
	}
	return s
}

// floatFromHex parses float.fromhex's argument.
func floatFromHex(s string) (float64, error) {
	bad := py.ExceptionNewf(py.ValueError, "invalid hexadecimal floating-point string")
	t := strings.ToLower(strings.TrimSpace(s))
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	switch t {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	case "nan":
		return math.NaN(), nil
	}
	t = strings.TrimPrefix(t, "0x")
	mant, exp := t, "0"
	if i := strings.IndexByte(t, 'p'); i >= 0 {
		mant, exp = t[:i], t[i+1:]
	}
	if mant == "" || mant == "." || exp == "" {
		return 0, bad
	}
	if !strings.Contains(mant, ".") {
		mant += "."
	}
	// Go parses hex floats with a mandatory exponent
	f, err := strconv.ParseFloat("0x"+mant+"p"+exp, 64)
	if err != nil {
		ne, isNum := err.(*strconv.NumError)
		switch {
		case isNum && ne.Err == strconv.ErrRange && math.IsInf(f, 0):
			return 0, py.ExceptionNewf(py.OverflowError, "hexadecimal value too large to represent as a float")
		case isNum && ne.Err == strconv.ErrRange:
			// underflow to zero is a value, as in CPython
		default:
			return 0, bad
		}
	}
	if neg {
		f = -f
	}
	return f, nil
}

// ord() of a one-byte bytes/bytearray too, chr() of any index, with
// CPython's messages; bin/oct/hex call __index__.
func init() {
	setBuiltinFunc("ord", func(self py.Object, c py.Object) (py.Object, error) {
		switch v := c.(type) {
		case py.String:
			n := utf8.RuneCountInString(string(v))
			if n != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "ord() expected a character, but string of length %d found", n)
			}
			r, _ := utf8.DecodeRuneInString(string(v))
			return py.Int(r), nil
		case Bytes, *ByteArray:
			b, _ := bytesStr(v)
			if len(b) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "ord() expected a character, but string of length %d found", len(b))
			}
			return py.Int(b[0]), nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "ord() expected string of length 1, but %s found", typeName(c))
	}, "ord(c) -> the Unicode code point of the one-character string c")
	setBuiltinFunc("chr", func(self py.Object, i py.Object) (py.Object, error) {
		n, err := indexBig(i)
		if err != nil {
			return nil, err
		}
		if n.Sign() < 0 || n.Cmp(big.NewInt(0x10ffff)) > 0 {
			if !n.IsInt64() {
				return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C int")
			}
			return nil, py.ExceptionNewf(py.ValueError, "chr() arg not in range(0x110000)")
		}
		return py.String(string(rune(n.Int64()))), nil
	}, "chr(i) -> the one-character string of code point i")
}

// indexBig is o as an int: an int itself, or what its __index__ returns.
func indexBig(o py.Object) (*big.Int, error) {
	if n, ok := toBig(o); ok {
		return n, nil
	}
	if r, has, err := callDunder(o, "__index__"); has || err != nil {
		if err != nil {
			return nil, err
		}
		if n, ok := toBig(r); ok {
			return n, nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "__index__ returned non-int (type %s)", typeName(r))
	}
	if n, ok := toBig(Unwrap(o)); ok { // a subclass of int without its own __index__
		return n, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(o))
}

func init() {
	for _, d := range []struct {
		name, prefix string
		base         int
	}{{"bin", "0b", 2}, {"oct", "0o", 8}, {"hex", "0x", 16}} {
		d := d
		setBuiltinFunc(d.name, func(self py.Object, x py.Object) (py.Object, error) {
			n, err := indexBig(x)
			if err != nil {
				return nil, err
			}
			if n.Sign() < 0 {
				return py.String("-" + d.prefix + new(big.Int).Neg(n).Text(d.base)), nil
			}
			return py.String(d.prefix + n.Text(d.base)), nil
		}, d.name+"(number) -> the number in base "+strconv.Itoa(d.base)+" with its prefix")
	}
}
