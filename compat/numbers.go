package compat

// numbers.go completes int and float, and the builtins that work on them.
//
//   - int: bit_length, to_bytes(length, byteorder, *, signed), the class
//     method from_bytes(bytes, byteorder, *, signed), conjugate,
//     numerator/denominator/real/imag; gpython had none of them.
//   - float: is_integer, as_integer_ratio, conjugate, real/imag.
//   - round(x[, n]): CPython rounds halves to even (round(2.5) == 2) and
//     returns an int without n; gpython rounded halves up and returned a
//     float. With n, the result is the float nearest to the correctly
//     rounded decimal (round(2.675, 2) == 2.67, as 2.675 is stored just
//     below).
//   - iter(callable, sentinel) accepts any callable (gpython: functions
//     only).
//   - pow(base, exp, mod) takes keywords, and with ints a negative exp
//     uses the modular inverse (pow(3, -1, 7) == 5), a negative mod gives
//     a result of its sign, mod 0 is ValueError; other cases are gpython's.

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// powMod is pow(b, e, m) for ints: a negative e takes the modular inverse
// of b, and the result has m's sign, as in CPython.
func powMod(b, e, m *big.Int) (py.Object, error) {
	if m.Sign() == 0 {
		return nil, py.ExceptionNewf(py.ValueError, "pow() 3rd argument cannot be 0")
	}
	am := new(big.Int).Abs(m)
	b = new(big.Int).Mod(b, am)
	if e.Sign() < 0 {
		if b = new(big.Int).ModInverse(b, am); b == nil {
			return nil, py.ExceptionNewf(py.ValueError, "base is not invertible for the given modulus")
		}
		e = new(big.Int).Neg(e)
	}
	r := new(big.Int).Exp(b, e, am)
	r.Mod(r, am)
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return fromBig(r), nil
}

// BigInt converts a Python int (or bool) to a new big.Int.
func BigInt(o py.Object) (*big.Int, bool) { return toBig(o) }

// IntOf returns the Python int for b (a small int when it fits).
func IntOf(b *big.Int) py.Object { return fromBig(b) }

// toBig converts a Python int (or bool) to a big.Int.
func toBig(o py.Object) (*big.Int, bool) {
	switch v := o.(type) {
	case py.Int:
		return big.NewInt(int64(v)), true
	case py.Bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case *py.BigInt:
		return new(big.Int).Set((*big.Int)(v)), true
	}
	return nil, false
}

// fromBig returns a Python int for b (small when it fits).
func fromBig(b *big.Int) py.Object {
	if b.IsInt64() {
		return py.Int(b.Int64())
	}
	return (*py.BigInt)(b)
}

func intMethod(name, doc string, fn func(n *big.Int, self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	m := py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		self, args = unbound(self, args)
		n, ok := toBig(self)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'int' object but received a '%s'", name, self.Type().Name)
		}
		return fn(n, self, args, kwargs)
	}, 0, doc)
	py.IntType.Dict[name] = m
	py.BigIntType.Dict[name] = m
	py.BoolType.Dict[name] = m
}

func byteOrder(o py.Object) (bool, error) {
	s, ok := o.(py.String)
	if !ok || (s != "big" && s != "little") {
		return false, py.ExceptionNewf(py.ValueError, "byteorder must be either 'little' or 'big'")
	}
	return s == "little", nil
}

func init() {
	intMethod("bit_length", "Number of bits necessary to represent self in binary.", func(n *big.Int, _ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.Int(new(big.Int).Abs(n).BitLen()), nil
	})
	intMethod("conjugate", "Returns self, the complex conjugate of any int.", func(n *big.Int, self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return fromBig(n), nil
	})
	intMethod("to_bytes", "Return an array of bytes representing an integer.", func(n *big.Int, _ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var length, order, signed py.Object = py.Int(1), py.String("big"), py.False
		if err := py.ParseTupleAndKeywords(args, kw, "|OO$O:to_bytes", []string{"length", "byteorder", "signed"}, &length, &order, &signed); err != nil {
			return nil, err
		}
		size, err := py.IndexInt(length)
		if err != nil {
			return nil, err
		}
		little, err := byteOrder(order)
		if err != nil {
			return nil, err
		}
		sg, _ := Truth(signed)
		v := new(big.Int).Set(n)
		if v.Sign() < 0 {
			if !sg {
				return nil, py.ExceptionNewf(py.OverflowError, "can't convert negative int to unsigned")
			}
			v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(size*8)))
		}
		limit := uint(size * 8)
		if sg {
			limit--
		}
		if n.Sign() >= 0 && n.BitLen() > int(limit) || n.Sign() < 0 && new(big.Int).Not(n).BitLen() > int(limit) {
			return nil, py.ExceptionNewf(py.OverflowError, "int too big to convert")
		}
		out := v.FillBytes(make([]byte, size))
		if little {
			for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
				out[i], out[j] = out[j], out[i]
			}
		}
		return Bytes(out), nil
	})
	fromBytes := py.MustNewMethod("from_bytes", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if _, isType := self.(*py.Type); !isType && len(args) > 0 {
			args = args[1:]
		}
		var data, order, signed py.Object = nil, py.String("big"), py.False
		if _, given := kw["bytes"]; len(args) == 0 && !given {
			return nil, py.ExceptionNewf(py.TypeError, "from_bytes() missing required argument 'bytes' (pos 1)")
		}
		if err := py.ParseTupleAndKeywords(args, kw, "O|O$O:from_bytes", []string{"bytes", "byteorder", "signed"}, &data, &order, &signed); err != nil {
			return nil, err
		}
		little, err := byteOrder(order)
		if err != nil {
			return nil, err
		}
		b, ok := BytesOf(data)
		if !ok {
			var items []byte
			if err := py.Iterate(data, func(o py.Object) bool {
				v, e := py.IndexInt(o)
				if e != nil || v < 0 || v > 255 {
					err = py.ExceptionNewf(py.ValueError, "bytes must be in range(0, 256)")
					return true
				}
				items = append(items, byte(v))
				return false
			}); err != nil {
				return nil, err
			}
			b = items
		}
		buf := append([]byte(nil), b...)
		if little {
			for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
				buf[i], buf[j] = buf[j], buf[i]
			}
		}
		v := new(big.Int).SetBytes(buf)
		if sg, _ := Truth(signed); sg && len(buf) > 0 && buf[0]&0x80 != 0 {
			v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(len(buf)*8)))
		}
		return fromBig(v), nil
	}, 0, "Return the integer represented by the given array of bytes.")
	py.IntType.Dict["from_bytes"] = &py.ClassMethod{Callable: fromBytes}
	for _, attr := range []string{"numerator", "real"} {
		prop := &py.Property{Fget: func(self py.Object) (py.Object, error) {
			n, _ := toBig(self)
			return fromBig(n), nil
		}}
		py.IntType.Dict[attr], py.BigIntType.Dict[attr], py.BoolType.Dict[attr] = prop, prop, prop
	}
	one := &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.Int(1), nil }}
	zero := &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.Int(0), nil }}
	py.IntType.Dict["denominator"], py.BigIntType.Dict["denominator"] = one, one
	py.IntType.Dict["imag"], py.BigIntType.Dict["imag"] = zero, zero

	floatMethod := func(name, doc string, fn func(f float64) (py.Object, error)) {
		py.FloatType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			self, _ = unbound(self, args)
			f, ok := self.(py.Float)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'float' object", name)
			}
			return fn(float64(f))
		}, 0, doc)
	}
	floatMethod("is_integer", "Return True if the float is an integer.", func(f float64) (py.Object, error) {
		return py.NewBool(!math.IsInf(f, 0) && !math.IsNaN(f) && f == math.Trunc(f)), nil
	})
	floatMethod("conjugate", "Return self, the complex conjugate of any float.", func(f float64) (py.Object, error) {
		return py.Float(f), nil
	})
	floatMethod("as_integer_ratio", "Return a pair of integers, whose ratio is exactly equal to the original float.", func(f float64) (py.Object, error) {
		if math.IsInf(f, 0) {
			return nil, py.ExceptionNewf(py.OverflowError, "cannot convert Infinity to integer ratio")
		}
		if math.IsNaN(f) {
			return nil, py.ExceptionNewf(py.ValueError, "cannot convert NaN to integer ratio")
		}
		r := new(big.Rat).SetFloat64(f)
		return py.Tuple{fromBig(r.Num()), fromBig(r.Denom())}, nil
	})
	py.FloatType.Dict["real"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return self, nil }}
	py.FloatType.Dict["imag"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.Float(0), nil }}

	py.MethodType.Name = "builtin_function_or_method" // CPython's name for it
	py.ComplexType.Name = "complex"                   // gpython: complex64
	py.EllipsisTypeType.Name = "ellipsis"             // gpython: EllipsisType
	py.MapType.Name = "map"                           // gpython: filter
	intNew := py.IntType.New
	py.IntType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) > 0 {
			if d, ok := args[0].(*Derived); ok && lookupMro(d.cls, "__int__") == nil && lookupMro(d.cls, "__index__") == nil {
				if s, ok := d.val.(py.String); ok {
					// a str subclass's instance is parsed as its text
					args = append(py.Tuple{s}, args[1:]...)
				}
			}
		}
		orig := bytesAsText(args)
		args = withoutDigitUnderscores(orig)
		if len(args) > 0 {
			if str, ok := args[0].(py.String); ok {
				if d := asciiDigits(string(str)); d != string(str) {
					args = append(py.Tuple{py.String(d)}, args[1:]...)
				}
			} else if len(args) == 2 && !isBytesLike(orig[0]) {
				return nil, py.ExceptionNewf(py.TypeError, "int() can't convert non-string with explicit base")
			}
		}
		if len(args) == 1 && len(kwargs) == 0 {
			switch v := args[0].(type) {
			case py.Bool:
				if v {
					return py.Int(1), nil
				}
				return py.Int(0), nil
			case py.Float:
				// gpython gave -1024 for both
				if math.IsInf(float64(v), 0) {
					return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
				}
				if math.IsNaN(float64(v)) {
					return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
				}
			}
			if r, ok, err := callDunder(args[0], "__int__"); ok || err != nil {
				return r, err
			}
			if r, ok, err := callDunder(args[0], "__index__"); ok || err != nil {
				return r, err
			}
		}
		if len(args) > 0 && len(kwargs) == 0 {
			// one sign at most, right before the digits (gpython took "--1")
			if str, ok := args[0].(py.String); ok {
				if t := strings.TrimSpace(string(str)); len(t) > 1 && (t[0] == '+' || t[0] == '-') && strings.ContainsRune("+- \t\n\r\v\f", rune(t[1])) {
					base := py.Object(py.Int(10))
					if len(orig) > 1 {
						base = orig[1]
					}
					if r, rerr := Repr(orig[0]); rerr == nil {
						return nil, py.ExceptionNewf(py.ValueError, "invalid literal for int() with base %v: %s", base, r)
					}
				}
			}
		}
		if len(args) == 2 && len(kwargs) == 0 && args[1] == py.Int(0) {
			// base 0 allows a zero written with several zeros ("00")
			if str, ok := args[0].(py.String); ok {
				if z := strings.TrimLeft(strings.TrimSpace(string(str)), "+-"); z != "" && strings.Trim(z, "0") == "" {
					return py.Int(0), nil
				}
			}
		}
		r, err := intNew(t, args, kwargs)
		if err != nil && len(args) > 0 {
			err = conversionTypeError("int", args[0], err)
		}
		if err != nil && len(orig) > 0 && isValueError(err) {
			if len(orig) == 2 && orig[1] == py.Int(0) {
				// gpython names the base it guessed; CPython says 0
				if r, rerr := Repr(orig[0]); rerr == nil {
					return nil, py.ExceptionNewf(py.ValueError, "invalid literal for int() with base 0: %s", r)
				}
			}
			if orig[0] != args[0] {
				_, err = intNew(t, orig, kwargs) // the message shows the string as given
			}
		}
		return r, err
	}
	floatNew := py.FloatType.New
	py.FloatType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 1 && len(kwargs) == 0 {
			if r, ok, err := floatFromText(args[0]); ok {
				return r, err
			}
			if v, ok := args[0].(py.Bool); ok {
				if v {
					return py.Float(1), nil
				}
				return py.Float(0), nil
			}
			if r, ok, err := callDunder(args[0], "__float__"); ok || err != nil {
				return r, err
			}
			if r, ok, err := callDunder(args[0], "__index__"); ok || err != nil {
				if err != nil {
					return nil, err
				}
				return floatNew(t, py.Tuple{r}, nil)
			}
		}
		r, err := floatNew(t, args, kwargs)
		if err != nil && len(args) == 1 {
			return nil, conversionTypeError("float", args[0], err)
		}
		return r, err
	}
	setBuiltinFunc("round", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var x, nd py.Object = nil, py.None
		if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:round", []string{"number", "ndigits"}, &x, &nd); err != nil {
			return nil, err
		}
		if r, ok, err := callDunder(x, "__round__", nd); ok || err != nil {
			return r, err
		}
		switch v := Unwrap(x).(type) {
		case py.Int, py.Bool, *py.BigInt:
			n, _ := toBig(v)
			if nd == py.None {
				return fromBig(n), nil
			}
			digits, err := py.IndexInt(nd)
			if err != nil {
				return nil, err
			}
			if digits >= 0 {
				return fromBig(n), nil
			}
			return fromBig(roundBigInt(n, -digits)), nil
		case py.Float:
			f := float64(v)
			if nd == py.None {
				if math.IsInf(f, 0) {
					return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
				}
				if math.IsNaN(f) {
					return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
				}
				r := math.RoundToEven(f)
				if math.Abs(r) < 9e18 {
					return py.Int(int64(r)), nil
				}
				b, _ := big.NewFloat(r).Int(nil)
				return fromBig(b), nil
			}
			digits, err := py.IndexInt(nd)
			if err != nil {
				return nil, err
			}
			if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
				return v, nil
			}
			if digits > 300 {
				return v, nil
			}
			if digits < -308 {
				return py.Float(math.Copysign(0, f)), nil
			}
			if digits >= 0 {
				// FormatFloat rounds the exact binary value, halves to even
				r, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'f', digits, 64), 64)
				return py.Float(r), nil
			}
			// exactly: f / 10**k rounded half to even, times 10**k
			p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-digits)), nil)
			q := new(big.Rat).SetFloat64(f)
			q.Quo(q, new(big.Rat).SetInt(p))
			n := roundRatHalfEven(q)
			r, _ := new(big.Rat).SetInt(n.Mul(n, p)).Float64()
			return py.Float(math.Copysign(r, f)), nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "type %s doesn't define __round__ method", x.Type().Name)
	}, "round(number, ndigits=None): round to ndigits decimal digits, halves to even")

	setBuiltinFunc("iter", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := argRange("iter", args, 1, 2); err != nil {
			return nil, err
		}
		if len(args) == 1 {
			return iterOf(args[0])
		}
		fn, sentinel := args[0], args[1]
		if !Callable(fn) {
			return nil, py.ExceptionNewf(py.TypeError, "iter(v, w): v must be callable")
		}
		return &callIter{fn: fn, sentinel: sentinel}, nil
	}, "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator calling callable until it returns sentinel")
}

// withoutDigitUnderscores drops the underscores CPython allows between
// digits in int() and float() strings ("1_000"); misplaced ones stay, so
// the conversion reports them.
func withoutDigitUnderscores(args py.Tuple) py.Tuple {
	if len(args) == 0 {
		return args
	}
	str, ok := args[0].(py.String)
	if !ok || !strings.Contains(string(str), "_") {
		return args
	}
	s := strings.TrimSpace(string(str))
	isHex := func(c byte) bool {
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
	}
	// An underscore may also follow a base prefix: int('0x_ff', 16).
	prefix := -1
	if t := strings.TrimLeft(s, "+-"); len(t) > 2 && t[0] == '0' && strings.ContainsRune("xXoObB", rune(t[1])) {
		prefix = len(s) - len(t) + 2
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '_' && i == prefix && i+1 < len(s) && isHex(s[i+1]) {
			continue
		}
		if s[i] == '_' && (i == 0 || i == len(s)-1 || !isHex(s[i-1]) || !isHex(s[i+1])) {
			return args
		}
	}
	out := append(py.Tuple{py.String(strings.ReplaceAll(s, "_", ""))}, args[1:]...)
	return out
}

func isValueError(err error) bool {
	e, ok := err.(*py.Exception)
	return ok && e.Type().IsSubtype(py.ValueError)
}

// roundBigInt rounds n to a multiple of 10**k, halves to even.
func roundBigInt(n *big.Int, k int) *big.Int {
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)
	q, r := new(big.Int).QuoRem(n, p, new(big.Int))
	twice := new(big.Int).Mul(new(big.Int).Abs(r), big.NewInt(2))
	c := twice.Cmp(p)
	if c > 0 || c == 0 && q.Bit(0) == 1 {
		if n.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q.Mul(q, p)
}

// callIter is iter(callable, sentinel).
type callIter struct {
	fn, sentinel py.Object
	done         bool
}

var callIterType = py.NewType("callable_iterator", "")

func (c *callIter) Type() *py.Type                { return callIterType }
func (c *callIter) M__iter__() (py.Object, error) { return c, nil }
func (c *callIter) M__next__() (py.Object, error) {
	if c.done {
		return nil, py.StopIteration
	}
	v, err := py.Call(c.fn, nil, nil)
	if err != nil {
		return nil, err
	}
	if eq, err := Equal(v, c.sentinel); err != nil || eq {
		c.done = true
		if err != nil {
			return nil, err
		}
		return nil, py.StopIteration
	}
	return v, nil
}

// bytesAsText lets int() and float() parse bytes as CPython does
// (int(b"1f", 16) is 31): a bytes-like first argument becomes text.
func bytesAsText(args py.Tuple) py.Tuple {
	if len(args) == 0 {
		return args
	}
	if s, ok := bytesStr(args[0]); ok {
		out := append(py.Tuple{py.String(s)}, args[1:]...)
		return out
	}
	return args
}

// numericPow3 is pow(base, exp, mod) for built-in numbers: modular
// exponentiation of ints (a negative exponent gives the modular inverse),
// CPython's TypeError when a float is involved. operators.go's pow()
// calls it once no __pow__ applies.
func numericPow3(base, exp, mod py.Object) (py.Object, error) {
	b, okb := toBig(base)
	e, oke := toBig(exp)
	m, okm := toBig(mod)
	if okb && oke && okm {
		return powMod(b, e, m)
	}
	number := func(o py.Object) bool {
		switch o.(type) {
		case py.Int, py.Bool, *py.BigInt, py.Float:
			return true
		}
		return false
	}
	if number(base) && number(exp) && number(mod) {
		return nil, py.ExceptionNewf(py.TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	return py.Pow(base, exp, mod)
}

// roundRatHalfEven is q rounded to the nearest integer, halves to even.
func roundRatHalfEven(q *big.Rat) *big.Int {
	num, den := q.Num(), q.Denom()
	quo, rem := new(big.Int).QuoRem(num, den, new(big.Int))
	// compare 2*|rem| with den
	twice := new(big.Int).Abs(rem)
	twice.Lsh(twice, 1)
	c := twice.Cmp(den)
	if c > 0 || c == 0 && quo.Bit(0) == 1 {
		if num.Sign() < 0 {
			quo.Sub(quo, big.NewInt(1))
		} else {
			quo.Add(quo, big.NewInt(1))
		}
	}
	return quo
}
