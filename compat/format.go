package compat

// format.go is printf-style formatting, `str % values` and
// `bytes % values`, as CPython does it (gpython's gave Go's %q for %r,
// ignored mappings and dropped b'' around bytes):
// conversions d i o u x X e E f F g G c r s a %, flags - + space # 0,
// width and precision (also *), and %(name)s with a mapping. Every `%` in
// compiled code calls Modulo (see opcodes.go); numbers take the fast path.

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// moduloFunc is what compiled `a % b` calls.
var moduloFunc = py.MustNewMethod("__gowsgi_mod__", func(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.SystemError, "modulo needs 2 operands")
	}
	return Modulo(args[0], args[1])
}, 0, "a % b")

// Modulo is a % b.
func Modulo(a, b py.Object) (py.Object, error) {
	switch f := a.(type) {
	case py.String:
		s, err := printf(string(f), b, false)
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	case Bytes:
		s, err := printf(string(f), b, true)
		if err != nil {
			return nil, err
		}
		return Bytes(s), nil
	}
	a, b = boolAsInt(a), boolAsInt(b) // True % True is 0
	if isFloatOperand(a, b) {
		if x, y, ok, err := bigFloatOperands(a, b); ok {
			if err != nil {
				return nil, err
			}
			a, b = x, y
		}
		if x, ok := realValue(a); ok {
			if y, ok := realValue(b); ok && y != 0 {
				return py.Float(floatMod(x, y)), nil
			}
		}
	}
	var r py.Object
	var err error
	if hasPyClass(a) || hasPyClass(b) {
		r, err = modOp.call(a, b)
	} else {
		r, err = py.Mod(a, b)
	}
	if err != nil {
		err = zeroDivision(err, "__mod__", a, b)
	}
	return r, err
}

// modOp dispatches % to __mod__/__rmod__ of Python classes.
var modOp = &binOp{name: "__mod__", rname: "__rmod__", iname: "__imod__", fn: py.Mod}

// printf formats format with args (a tuple, a mapping or one value).
func printf(format string, args py.Object, asBytes bool) (string, error) {
	var values py.Tuple
	var mapping py.Object
	switch v := args.(type) {
	case py.Tuple:
		values = v
	case py.StringDict:
		mapping = v
		values = py.Tuple{v}
	default:
		// CPython takes any subscriptable non-tuple as the mapping (so
		// 'x' % [1] is 'x'), except str, and bytes/bytearray for bytes
		switch args.(type) {
		case py.String, py.Int, py.Float, py.Bool, py.NoneType:
			// not a mapping: no __getitem__ to look for (the failing
			// lookup built an AttributeError every time)
		default:
			if asBytes && isBytesOrByteArray(args) {
				break
			}
			if _, err := py.GetAttrString(args, "__getitem__"); err == nil {
				mapping = args
			}
		}
		values = py.Tuple{args}
	}
	var out strings.Builder
	next := 0
	used := false
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			out.WriteByte(c)
			continue
		}
		i++
		if i >= len(format) {
			return "", py.ExceptionNewf(py.ValueError, "incomplete format")
		}
		var arg py.Object
		if format[i] == '(' {
			if mapping == nil {
				return "", py.ExceptionNewf(py.TypeError, "format requires a mapping")
			}
			depth, j := 1, i+1
			for ; j < len(format) && depth > 0; j++ {
				if format[j] == '(' {
					depth++
				} else if format[j] == ')' {
					depth--
				}
			}
			if depth > 0 {
				return "", py.ExceptionNewf(py.ValueError, "incomplete format key")
			}
			key := format[i+1 : j-1]
			var k py.Object = py.String(key)
			if asBytes {
				k = Bytes(key) // b'%(a)s' % {b'a': ...}
			}
			v, err := py.GetItem(mapping, k)
			if err != nil {
				return "", err
			}
			arg = v
			used = true
			i = j
		}
		// flags
		var minus, plus, space, alt, zero bool
	flags:
		for ; i < len(format); i++ {
			switch format[i] {
			case '-':
				minus = true
			case '+':
				plus = true
			case ' ':
				space = true
			case '#':
				alt = true
			case '0':
				zero = true
			default:
				break flags
			}
		}
		takeArg := func() (py.Object, error) {
			if next >= len(values) {
				return nil, py.ExceptionNewf(py.TypeError, "not enough arguments for format string")
			}
			v := values[next]
			next++
			return v, nil
		}
		width, prec := -1, -1
		if i < len(format) && format[i] == '*' {
			v, err := takeArg()
			if err != nil {
				return "", err
			}
			w, err := py.IndexInt(v)
			if err != nil {
				return "", py.ExceptionNewf(py.TypeError, "* wants int")
			}
			if w < 0 {
				minus, w = true, -w
			}
			width = w
			i++
		} else {
			for ; i < len(format) && format[i] >= '0' && format[i] <= '9'; i++ {
				width = max(width, 0)*10 + int(format[i]-'0')
			}
		}
		if i < len(format) && format[i] == '.' {
			i++
			prec = 0
			if i < len(format) && format[i] == '*' {
				v, err := takeArg()
				if err != nil {
					return "", err
				}
				if prec, err = py.IndexInt(v); err != nil {
					return "", py.ExceptionNewf(py.TypeError, "* wants int")
				}
				i++
			} else {
				for ; i < len(format) && format[i] >= '0' && format[i] <= '9'; i++ {
					prec = prec*10 + int(format[i]-'0')
				}
			}
		}
		for i < len(format) && (format[i] == 'l' || format[i] == 'h' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			return "", py.ExceptionNewf(py.ValueError, "incomplete format")
		}
		conv := format[i]
		if conv == '%' {
			out.WriteByte('%')
			continue
		}
		if arg == nil {
			v, err := takeArg()
			if err != nil {
				return "", err
			}
			arg = v
		}
		s, numeric, err := convert(conv, arg, prec, plus, space, alt, asBytes, i)
		if err != nil {
			return "", err
		}
		if width > 0 {
			n := len([]rune(s))
			if n < width {
				switch {
				case minus:
					s += strings.Repeat(" ", width-n)
				case zero && numeric:
					sign := ""
					if s != "" && (s[0] == '-' || s[0] == '+' || s[0] == ' ') {
						sign, s = s[:1], s[1:]
					}
					prefix := ""
					if alt && len(s) > 1 && s[0] == '0' && strings.IndexByte("xXob", s[1]) >= 0 {
						prefix, s = s[:2], s[2:]
					}
					s = sign + prefix + strings.Repeat("0", width-n) + s
				default:
					s = strings.Repeat(" ", width-n) + s
				}
			}
		}
		out.WriteString(s)
	}
	if next < len(values) && mapping == nil {
		return "", py.ExceptionNewf(py.TypeError, "not all arguments converted during %s formatting", map[bool]string{false: "string", true: "bytes"}[asBytes])
	}
	_ = used
	return out.String(), nil
}

func isBytesOrByteArray(o py.Object) bool {
	switch o.(type) {
	case Bytes, *ByteArray:
		return true
	}
	return false
}

func isBytesLike(o py.Object) bool {
	_, ok := bytesStr(o)
	return ok
}

// convert renders one conversion; numeric reports whether 0-padding applies.
func convert(conv byte, arg py.Object, prec int, plus, space, alt, asBytes bool, pos int) (string, bool, error) {
	sign := func(s string, neg bool) string {
		switch {
		case neg:
			return "-" + s
		case plus:
			return "+" + s
		case space:
			return " " + s
		}
		return s
	}
	switch conv {
	case 's', 'r', 'a':
		var o py.Object
		var err error
		switch {
		case conv == 's' && asBytes:
			b, ok := bytesStr(arg)
			if !ok {
				return "", false, py.ExceptionNewf(py.TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", arg.Type().Name)
			}
			o = py.String(b)
		case conv == 's':
			var str string
			str, err = Str(arg)
			o = py.String(str)
		default:
			var str string
			str, err = Repr(arg)
			o = py.String(str)
		}
		if err != nil {
			return "", false, err
		}
		s := string(o.(py.String))
		if conv == 'a' {
			s = asciiEscape(s)
		}
		if prec >= 0 && prec < len([]rune(s)) {
			s = string([]rune(s)[:prec])
		}
		return s, false, nil
	case 'b':
		if b, ok := bytesStr(arg); ok && asBytes {
			return b, false, nil
		}
		return "", false, py.ExceptionNewf(py.ValueError, "unsupported format character 'b' (0x62) at index %d", pos)
	case 'c':
		switch v := arg.(type) {
		case py.String:
			if len([]rune(string(v))) == 1 {
				return string(v), false, nil
			}
		case Bytes:
			if asBytes && len(v) == 1 {
				return string(v), false, nil
			}
		case py.Int, py.Bool, *py.BigInt:
			n, _ := toBig(v)
			if asBytes {
				if n.Sign() < 0 || n.Cmp(big.NewInt(255)) > 0 {
					return "", false, py.ExceptionNewf(py.OverflowError, "%%c arg not in range(256)")
				}
				return string([]byte{byte(n.Int64())}), false, nil
			}
			if n.Sign() < 0 || n.Cmp(big.NewInt(0x10ffff)) > 0 {
				return "", false, py.ExceptionNewf(py.OverflowError, "%%c arg not in range(0x110000)")
			}
			return string(rune(n.Int64())), false, nil
		}
		if asBytes {
			return "", false, py.ExceptionNewf(py.TypeError, "%%c requires an integer in range(256) or a single byte")
		}
		return "", false, py.ExceptionNewf(py.TypeError, "%%c requires int or char")
	case 'd', 'i', 'u', 'o', 'x', 'X':
		if v, ok := arg.(py.Int); ok && (conv == 'd' || conv == 'i' || conv == 'u') && v != math.MinInt64 {
			// a machine int: no big.Int on the way
			neg := v < 0
			s := strconv.FormatInt(int64(max(v, -v)), 10)
			if prec > 0 && len(s) < prec {
				s = strings.Repeat("0", prec-len(s)) + s
			}
			return sign(s, neg), true, nil
		}
		n, err := toBigInt(arg, conv)
		if err != nil {
			return "", false, err
		}
		neg := n.Sign() < 0
		n = new(big.Int).Abs(n)
		var s string
		switch conv {
		case 'o':
			s = n.Text(8)
			if alt {
				s = "0o" + s
			}
		case 'x':
			s = n.Text(16)
			if alt {
				s = "0x" + s
			}
		case 'X':
			s = strings.ToUpper(n.Text(16))
			if alt {
				s = "0X" + s
			}
		default:
			s = n.Text(10)
		}
		if prec > 0 && len(s) < prec {
			s = strings.Repeat("0", prec-len(s)) + s
		}
		return sign(s, neg), true, nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		f, err := FloatArg(arg) // (numproto.go: __float__, __index__; a huge int overflows)
		if err != nil {
			return "", false, err
		}
		if prec < 0 {
			prec = 6
		}
		neg := math.Signbit(f) && !math.IsNaN(f)
		f = math.Abs(f)
		var s string
		switch {
		case math.IsInf(f, 0):
			s = "inf"
		case math.IsNaN(f):
			s = "nan"
		case conv == 'g' || conv == 'G':
			s = formatG(f, prec, alt, false)
		default:
			s = strconv.FormatFloat(f, byte(conv|0x20), prec, 64)
			if conv == 'e' || conv == 'E' {
				s = fixExp(s)
			}
			if alt && prec == 0 && !strings.Contains(s, ".") {
				s += "."
			}
		}
		if conv == 'E' || conv == 'G' || conv == 'F' {
			s = strings.ToUpper(s)
		}
		return sign(s, neg), true, nil
	}
	return "", false, py.ExceptionNewf(py.ValueError, "unsupported format character '%c' (0x%x) at index %d", conv, conv, pos)
}

// fixExp writes exponents with at least two digits, as C does (1e+05).
func fixExp(s string) string {
	i := strings.IndexAny(s, "eE")
	if i < 0 || i+2 >= len(s) {
		return s
	}
	digits := s[i+2:]
	if len(digits) == 1 {
		return s[:i+2] + "0" + digits
	}
	return s
}

func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 {
			b.WriteRune(r)
		} else {
			b.WriteString(escapeRune(r))
		}
	}
	return b.String()
}

func toBigInt(arg py.Object, conv byte) (*big.Int, error) {
	switch v := Unwrap(arg).(type) {
	case py.Int:
		return big.NewInt(int64(v)), nil
	case py.Bool:
		if v {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	case *py.BigInt:
		return (*big.Int)(v), nil
	case py.Float:
		if conv == 'o' || conv == 'x' || conv == 'X' {
			return nil, py.ExceptionNewf(py.TypeError, "%%%c format: an integer is required, not float", conv)
		}
		if math.IsInf(float64(v), 0) || math.IsNaN(float64(v)) {
			return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
		}
		bf := big.NewFloat(math.Trunc(float64(v)))
		n, _ := bf.Int(nil)
		return n, nil
	}
	for _, dunder := range []string{"__index__", "__int__"} {
		if r, ok, err := callDunder(arg, dunder); ok || err != nil {
			if err != nil {
				return nil, err
			}
			return toBigInt(r, conv)
		}
	}
	if conv == 'd' || conv == 'i' || conv == 'u' {
		return nil, py.ExceptionNewf(py.TypeError, "%%%c format: a real number is required, not %s", conv, arg.Type().Name)
	}
	return nil, py.ExceptionNewf(py.TypeError, "%%%c format: an integer is required, not %s", conv, arg.Type().Name)
}

var _ = fmt.Sprint
