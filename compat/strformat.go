package compat

// strformat.go is str.format, format(value, spec) and the format-spec
// mini-language, as CPython does them (gpython had neither):
//   - fields {} {0} {name} {0.attr} {0[key]} {name[0].attr}, {{ and }},
//     conversions !r !s !a, nested {} in the spec;
//   - spec [[fill]align][sign][#][0][width][,|_][.precision][type] for
//     str (s), int (b c d o x X n and ,/_ grouping), float (e E f F g G n %
//     and no type), and objects with __format__ (else str(obj) with a
//     str spec).

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

func init() {
	py.StringType.Dict["format"] = py.MustNewMethod("format", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		s, args, err := selfStr("format", self, args)
		if err != nil {
			return nil, err
		}
		out, err := strFormat(s, args, kwargs, 2)
		if err != nil {
			return nil, err
		}
		return py.String(out), nil
	}, 0, "format(*args, **kwargs) -> str")
	py.StringType.Dict["format_map"] = py.MustNewMethod("format_map", func(self py.Object, args py.Tuple) (py.Object, error) {
		s, args, err := selfStr("format_map", self, args)
		if err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "format_map() takes exactly one argument (%d given)", len(args))
		}
		out, err := strFormatMap(s, args[0])
		if err != nil {
			return nil, err
		}
		return py.String(out), nil
	}, 0, "format_map(mapping) -> str")
	setBuiltinFunc("format", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, py.ExceptionNewf(py.TypeError, "format expected 1 or 2 arguments, got %d", len(args))
		}
		spec := ""
		if len(args) == 2 {
			s, ok := args[1].(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "format() argument 2 must be str, not %s", args[1].Type().Name)
			}
			spec = string(s)
		}
		out, err := FormatValue(args[0], spec)
		if err != nil {
			return nil, err
		}
		return py.String(out), nil
	}, "format(value, format_spec='') -> str")
}

// lookupField resolves a field name like "0.attr[key]".
func lookupField(field string, args py.Tuple, kwargs py.StringDict, mapping py.Object, auto *int) (py.Object, error) {
	i := strings.IndexAny(field, ".[")
	first, rest := field, ""
	if i >= 0 {
		first, rest = field[:i], field[i:]
	}
	var obj py.Object
	switch {
	case first == "":
		if *auto < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "cannot switch from manual field specification to automatic field numbering")
		}
		if *auto >= len(args) {
			return nil, py.ExceptionNewf(py.IndexError, "Replacement index %d out of range for positional args tuple", *auto)
		}
		obj = args[*auto]
		*auto++
	case first[0] >= '0' && first[0] <= '9':
		n, err := strconv.Atoi(first)
		if err != nil {
			return nil, py.ExceptionNewf(py.ValueError, "invalid field name %q", first)
		}
		if *auto > 0 {
			return nil, py.ExceptionNewf(py.ValueError, "cannot switch from automatic field numbering to manual field specification")
		}
		*auto = -1
		if n >= len(args) {
			return nil, py.ExceptionNewf(py.IndexError, "Replacement index %d out of range for positional args tuple", n)
		}
		obj = args[n]
	default:
		if mapping != nil {
			v, err := py.GetItem(mapping, py.String(first))
			if err != nil {
				return nil, err
			}
			obj = v
		} else {
			v, ok := kwargs[first]
			if !ok {
				return nil, py.ExceptionNewf(py.KeyError, "%s", first)
			}
			obj = v
		}
	}
	for rest != "" {
		if rest[0] == '.' {
			j := strings.IndexAny(rest[1:], ".[")
			name := rest[1:]
			if j >= 0 {
				name, rest = rest[1:j+1], rest[j+1:]
			} else {
				rest = ""
			}
			v, err := py.GetAttrString(obj, name)
			if err != nil {
				return nil, err
			}
			obj = v
			continue
		}
		j := strings.IndexByte(rest, ']')
		if rest[0] != '[' || j < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "Missing ']' in format string")
		}
		key := rest[1:j]
		rest = rest[j+1:]
		var k py.Object = py.String(key)
		if n, err := strconv.Atoi(key); err == nil {
			k = py.Int(n)
		}
		v, err := py.GetItem(obj, k)
		if err != nil {
			return nil, err
		}
		obj = v
	}
	return obj, nil
}

func strFormatMap(s string, mapping py.Object) (string, error) {
	return formatFields(s, nil, nil, mapping, 2)
}

func strFormat(s string, args py.Tuple, kwargs py.StringDict, depth int) (string, error) {
	return formatFields(s, args, kwargs, nil, depth)
}

func formatFields(s string, args py.Tuple, kwargs py.StringDict, mapping py.Object, depth int) (string, error) {
	if depth < 0 {
		return "", py.ExceptionNewf(py.ValueError, "Max string recursion exceeded")
	}
	auto := 0
	var out strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '}' {
			if i+1 < len(s) && s[i+1] == '}' {
				out.WriteByte('}')
				i++
				continue
			}
			return "", py.ExceptionNewf(py.ValueError, "Single '}' encountered in format string")
		}
		if c != '{' {
			out.WriteByte(c)
			continue
		}
		if i+1 < len(s) && s[i+1] == '{' {
			out.WriteByte('{')
			i++
			continue
		}
		// find the matching '}'
		level, j := 1, i+1
		for ; j < len(s); j++ {
			if s[j] == '{' {
				level++
			} else if s[j] == '}' {
				level--
				if level == 0 {
					break
				}
			}
		}
		if j >= len(s) {
			if i+1 == len(s) {
				return "", py.ExceptionNewf(py.ValueError, "Single '{' encountered in format string")
			}
			return "", py.ExceptionNewf(py.ValueError, "expected '}' before end of string")
		}
		field := s[i+1 : j]
		i = j
		spec, conv := "", byte(0)
		if k := strings.IndexByte(field, ':'); k >= 0 {
			field, spec = field[:k], field[k+1:]
		}
		if k := strings.IndexByte(field, '!'); k >= 0 {
			if k+2 != len(field) {
				return "", py.ExceptionNewf(py.ValueError, "expected ':' after conversion specifier")
			}
			conv = field[k+1]
			field = field[:k]
		}
		obj, err := lookupField(field, args, kwargs, mapping, &auto)
		if err != nil {
			return "", err
		}
		switch conv {
		case 0:
		case 'r', 'a':
			r, err := Repr(obj)
			if err != nil {
				return "", err
			}
			if conv == 'a' {
				r = asciiEscape(r)
			}
			obj = py.String(r)
		case 's':
			r, err := Str(obj)
			if err != nil {
				return "", err
			}
			obj = py.String(r)
		default:
			return "", py.ExceptionNewf(py.ValueError, "Unknown conversion specifier %c", conv)
		}
		if strings.IndexByte(spec, '{') >= 0 {
			// nested fields share the automatic numbering
			sub, err := formatFieldsAuto(spec, args, kwargs, mapping, &auto)
			if err != nil {
				return "", err
			}
			spec = sub
		}
		v, err := FormatValue(obj, spec)
		if err != nil {
			return "", err
		}
		out.WriteString(v)
	}
	return out.String(), nil
}

func formatFieldsAuto(spec string, args py.Tuple, kwargs py.StringDict, mapping py.Object, auto *int) (string, error) {
	var out strings.Builder
	for i := 0; i < len(spec); i++ {
		if spec[i] != '{' {
			out.WriteByte(spec[i])
			continue
		}
		j := strings.IndexByte(spec[i:], '}')
		if j < 0 {
			return "", py.ExceptionNewf(py.ValueError, "unmatched '{' in format spec")
		}
		obj, err := lookupField(spec[i+1:i+j], args, kwargs, mapping, auto)
		if err != nil {
			return "", err
		}
		s, err := py.Str(obj)
		if err != nil {
			return "", err
		}
		out.WriteString(string(s.(py.String)))
		i += j
	}
	return out.String(), nil
}

// fspec is a parsed format spec.
type fspec struct {
	fill      string
	align     byte
	sign      byte
	alt, zero bool
	z         bool // negative zero coerced to zero (floats)
	width     int
	grouping  byte
	prec      int
	typ       byte
}

func parseSpec(spec, tname string) (fspec, error) {
	f := fspec{fill: " ", width: -1, prec: -1}
	s := spec
	if r, size := utf8.DecodeRuneInString(s); size > 0 && len(s) > size && strings.IndexByte("<>=^", s[size]) >= 0 {
		f.fill, f.align, s = string(r), s[size], s[size+1:]
	} else if len(s) > 0 && strings.IndexByte("<>=^", s[0]) >= 0 {
		f.align, s = s[0], s[1:]
	}
	if len(s) > 0 && strings.IndexByte("+- ", s[0]) >= 0 {
		f.sign, s = s[0], s[1:]
	}
	if len(s) > 0 && s[0] == 'z' {
		f.z, s = true, s[1:]
	}
	if len(s) > 0 && s[0] == '#' {
		f.alt, s = true, s[1:]
	}
	if len(s) > 0 && s[0] == '0' {
		f.zero, s = true, s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 {
		f.width, _ = strconv.Atoi(s[:i])
		s = s[i:]
	}
	if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
		f.grouping, s = s[0], s[1:]
	}
	if len(s) > 0 && s[0] == '.' {
		i = 1
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 1 {
			return f, py.ExceptionNewf(py.ValueError, "Format specifier missing precision")
		}
		f.prec, _ = strconv.Atoi(s[1:i])
		s = s[i:]
	}
	if len(s) > 1 {
		return f, py.ExceptionNewf(py.ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, tname)
	}
	if len(s) == 1 {
		f.typ = s[0]
	}
	return f, nil
}

// FormatValue is format(value, spec).
func FormatValue(v py.Object, spec string) (string, error) {
	if t, ok := v.(*py.Type); ok && t.Type() != nil && !t.Type().IsSubtype(py.TypeType) {
		if m := lookupMro(t.Type(), "__format__"); m != nil {
			r, err := py.Call(m, py.Tuple{v, py.String(spec)}, nil)
			if err != nil {
				return "", err
			}
			s, ok := r.(py.String)
			if !ok {
				return "", py.ExceptionNewf(py.TypeError, "__format__ must return a str, not %s", r.Type().Name)
			}
			return string(s), nil
		}
		if _, isInstance := userInstance(v); isInstance && spec != "" {
			// object.__format__
			return "", py.ExceptionNewf(py.TypeError, "unsupported format string passed to %s.__format__", t.Type().Name)
		}
	}
	switch v.(type) {
	case py.String, py.Bool, py.Int, *py.BigInt, py.Float, py.Complex:
	case py.NoneType, *py.List, py.Tuple, *Dict, py.StringDict, Bytes, *ByteArray, *py.Set, *py.FrozenSet, *py.Range, *plainObject:
		// object.__format__
		if spec != "" {
			return "", py.ExceptionNewf(py.TypeError, "unsupported format string passed to %s.__format__", typeName(v))
		}
	}
	if spec == "" {
		return Str(v)
	}
	tname := typeName(v)
	f, err := parseSpec(spec, tname)
	if err != nil {
		return "", err
	}
	switch x := v.(type) {
	case py.Bool, py.Int, *py.BigInt:
		if err := checkGrouping(f, 'd'); err != nil {
			return "", err
		}
		n, _ := toBig(x)
		if f.typ != 0 && strings.IndexByte("eEfFgG%", f.typ) >= 0 {
			fl, _ := new(big.Float).SetInt(n).Float64()
			if math.IsInf(fl, 0) {
				return "", py.ExceptionNewf(py.OverflowError, "int too large to convert to float")
			}
			return formatFloat(f, fl)
		}
		return formatInt(f, n, tname)
	case py.Float:
		if err := checkGrouping(f, 0); err != nil {
			return "", err
		}
		return formatFloat(f, float64(x))
	case py.Complex:
		if err := checkGrouping(f, 0); err != nil {
			return "", err
		}
		return formatComplex(f, complex128(x))
	}
	if err := checkGrouping(f, 's'); err != nil {
		return "", err
	}
	if f.typ != 0 && f.typ != 's' {
		return "", py.ExceptionNewf(py.ValueError, "Unknown format code '%c' for object of type '%s'", f.typ, tname)
	}
	switch {
	case f.sign != 0:
		return "", py.ExceptionNewf(py.ValueError, "Sign not allowed in string format specifier")
	case f.z:
		return "", py.ExceptionNewf(py.ValueError, "Negative zero coercion (z) not allowed in string format specifier")
	case f.alt:
		return "", py.ExceptionNewf(py.ValueError, "Alternate form (#) not allowed in string format specifier")
	case f.align == '=':
		return "", py.ExceptionNewf(py.ValueError, "'=' alignment not allowed in string format specifier")
	}
	s, err := Str(v)
	if err != nil {
		return "", err
	}
	if f.prec >= 0 && utf8.RuneCountInString(s) > f.prec {
		s = string([]rune(s)[:f.prec])
	}
	return align(f, s, false), nil
}

// align pads s to f.width; numeric values default to the right and '='
// pads after the sign.
func align(f fspec, s string, numeric bool) string {
	n := utf8.RuneCountInString(s)
	if f.width <= n {
		return s
	}
	a := f.align
	if a == 0 {
		a = '<'
		if numeric {
			a = '>'
		}
		if f.zero && numeric {
			a, f.fill = '=', "0"
		}
	}
	padN := f.width - n
	switch a {
	case '<':
		return s + strings.Repeat(f.fill, padN)
	case '^':
		l := padN / 2
		return strings.Repeat(f.fill, l) + s + strings.Repeat(f.fill, padN-l)
	case '=':
		i := 0
		if i < len(s) && strings.IndexByte("+- ", s[i]) >= 0 {
			i++
		}
		if len(s) > i+1 && s[i] == '0' && strings.IndexByte("xXob", s[i+1]) >= 0 {
			i += 2
		}
		return s[:i] + strings.Repeat(f.fill, padN) + s[i:]
	}
	return strings.Repeat(f.fill, padN) + s
}

func group(digits string, sep byte, every int) string {
	if sep == 0 || len(digits) <= every {
		return digits
	}
	var b strings.Builder
	first := len(digits) % every
	if first > 0 {
		b.WriteString(digits[:first])
	}
	for i := first; i < len(digits); i += every {
		if b.Len() > 0 {
			b.WriteByte(sep)
		}
		b.WriteString(digits[i : i+every])
	}
	return b.String()
}

func signed(f fspec, neg bool, s string) string {
	switch {
	case neg:
		return "-" + s
	case f.sign == '+':
		return "+" + s
	case f.sign == ' ':
		return " " + s
	}
	return s
}

// checkGrouping is CPython's check of ',' and '_' against the type
// code (def is the type's default code).
func checkGrouping(f fspec, def byte) error {
	if f.grouping == 0 {
		return nil
	}
	t := f.typ
	if t == 0 {
		t = def
	}
	if t == 0 || strings.IndexByte("defgEG%F", t) >= 0 || f.grouping == '_' && strings.IndexByte("boxX", t) >= 0 {
		return nil
	}
	return py.ExceptionNewf(py.ValueError, "Cannot specify '%c' with '%c'.", f.grouping, t)
}

func formatInt(f fspec, n *big.Int, tname string) (string, error) {
	if f.prec >= 0 {
		return "", py.ExceptionNewf(py.ValueError, "Precision not allowed in integer format specifier")
	}
	neg := n.Sign() < 0
	u := new(big.Int).Abs(n)
	var s, prefix string
	every := 3
	switch f.typ {
	case 0, 'd', 'n':
		s = u.Text(10)
	case 'b':
		s, prefix, every = u.Text(2), "0b", 4
	case 'o':
		s, prefix, every = u.Text(8), "0o", 4
	case 'x':
		s, prefix, every = u.Text(16), "0x", 4
	case 'X':
		s, prefix, every = strings.ToUpper(u.Text(16)), "0X", 4
	case 'c':
		if f.sign != 0 {
			return "", py.ExceptionNewf(py.ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		if f.alt {
			return "", py.ExceptionNewf(py.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if neg || !n.IsInt64() || n.Int64() > 0x10ffff {
			return "", py.ExceptionNewf(py.OverflowError, "%%c arg not in range(0x110000)")
		}
		return align(f, string(rune(n.Int64())), false), nil
	default:
		return "", py.ExceptionNewf(py.ValueError, "Unknown format code '%c' for object of type '%s'", f.typ, tname)
	}
	if f.z {
		return "", py.ExceptionNewf(py.ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	s = group(s, f.grouping, every)
	if f.alt {
		s = prefix + s
	}
	return align(f, signed(f, neg, s), true), nil
}

func formatFloat(f fspec, x float64) (string, error) {
	neg := math.Signbit(x) && !math.IsNaN(x)
	ax := math.Abs(x)
	var s string
	prec := f.prec
	switch {
	case math.IsInf(x, 0):
		s = "inf"
	case math.IsNaN(x):
		s = "nan"
	default:
		switch f.typ {
		case 'f', 'F':
			if prec < 0 {
				prec = 6
			}
			s = strconv.FormatFloat(ax, 'f', prec, 64)
		case 'e', 'E':
			if prec < 0 {
				prec = 6
			}
			s = fixExp(strconv.FormatFloat(ax, 'e', prec, 64))
		case '%':
			if prec < 0 {
				prec = 6
			}
			s = strconv.FormatFloat(ax*100, 'f', prec, 64) + "%"
		case 'g', 'G', 'n': // 'n' is 'g' in the C locale
			if prec < 0 {
				prec = 6
			}
			s = formatG(ax, prec, f.alt, false)
		case 0:
			if prec < 0 {
				s = floatRepr(ax)
			} else {
				s = formatG(ax, prec, f.alt, true)
			}
		default:
			return "", py.ExceptionNewf(py.ValueError, "Unknown format code '%c' for object of type 'float'", f.typ)
		}
	}
	if f.alt && prec == 0 && (f.typ == 'f' || f.typ == 'F' || f.typ == 'e' || f.typ == 'E' || f.typ == '%') && !math.IsInf(x, 0) && !math.IsNaN(x) {
		// '#' keeps the decimal point: format(2.0, '#.0f') is '2.'
		if i := strings.IndexAny(s, "e%"); i >= 0 {
			s = s[:i] + "." + s[i:]
		} else {
			s += "."
		}
	}
	if f.typ == '%' && (math.IsInf(x, 0) || math.IsNaN(x)) {
		s += "%"
	}
	if f.grouping != 0 {
		intPart, frac := s, ""
		if i := strings.IndexAny(s, ".e%"); i >= 0 {
			intPart, frac = s[:i], s[i:]
		}
		s = group(intPart, f.grouping, 3) + frac
	}
	if f.typ == 'E' || f.typ == 'F' || f.typ == 'G' {
		s = strings.ToUpper(s)
	}
	if f.z && neg && strings.Trim(s, "0.%") == "" || f.z && neg && strings.HasPrefix(strings.TrimLeft(s, "0.,_"), "e") {
		neg = false // 'z': -0.00 is 0.00
	}
	return align(f, signed(f, neg, s), true), nil
}

// formatG is C's %g of a non-negative finite x with prec significant
// digits (0 counts as 1): exponent notation when the exponent is below -4
// or not below prec, trailing zeros dropped unless alt. repr is the
// format spec's no-type form: it switches to exponents one digit sooner
// and keeps at least one digit after the point (format(1.0, '.3') is
// '1.0', format(123.4, '.3') is '1.23e+02').
func formatG(x float64, prec int, alt, repr bool) string {
	if prec == 0 {
		prec = 1
	}
	e := strconv.FormatFloat(x, 'e', prec-1, 64)
	i := strings.IndexByte(e, 'e')
	exp, _ := strconv.Atoi(e[i+1:])
	limit := prec
	if repr {
		limit = prec - 1
	}
	var s, tail string
	if exp < -4 || exp >= limit {
		s, tail = e[:i], fixExp(e[i:])
	} else {
		s = strconv.FormatFloat(x, 'f', prec-1-exp, 64)
	}
	if !alt && strings.IndexByte(s, '.') >= 0 {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if (alt || repr && tail == "") && strings.IndexByte(s, '.') < 0 {
		s += "."
	}
	if repr && tail == "" && strings.HasSuffix(s, ".") {
		s += "0"
	}
	return s + tail
}

// floatRepr is repr(float) for a non-negative finite x: the shortest
// round-trip digits, with CPython's switch to exponent notation.
func floatRepr(x float64) string {
	if x == 0 {
		return "0.0"
	}
	exp := int(math.Floor(math.Log10(x)))
	if exp < -4 || exp >= 16 {
		s := strconv.FormatFloat(x, 'e', -1, 64)
		return fixExp(s)
	}
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}
