package compat

// bytesmore.go completes bytes (and so bytearray) with the methods
// bytesobj.go leaves out, with CPython's ASCII-only semantics: capitalize,
// swapcase, title, istitle, islower, isupper, isascii, center, ljust,
// rjust, zfill, expandtabs, removeprefix, removesuffix, translate,
// maketrans; split/rsplit take sep= and maxsplit= keywords.

import (
	"strings"

	"github.com/go-python/gpython/py"
)

func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }
func toUpperByte(c byte) byte {
	if isLowerByte(c) {
		return c - 32
	}
	return c
}
func toLowerByte(c byte) byte {
	if isUpperByte(c) {
		return c + 32
	}
	return c
}

// fillArgs reads (width[, fillbyte]) for center/ljust/rjust.
func fillArgs(name string, args py.Tuple) (int, byte, error) {
	if len(args) < 1 || len(args) > 2 {
		return 0, 0, py.ExceptionNewf(py.TypeError, "%s expected 1 or 2 arguments, got %d", name, len(args))
	}
	w, err := intArg(args[0])
	if err != nil {
		return 0, 0, err
	}
	fill := byte(' ')
	if len(args) == 2 {
		f, ok := bytesStr(args[1])
		if !ok || len(f) != 1 {
			return 0, 0, py.ExceptionNewf(py.TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, args[1].Type().Name)
		}
		fill = f[0]
	}
	return w, fill, nil
}

func init() {
	bytesMethod("capitalize", "B.capitalize() -> copy of B with only its first character capitalized (ASCII)", func(s string, args py.Tuple) (py.Object, error) {
		b := []byte(s)
		for i := range b {
			if i == 0 {
				b[i] = toUpperByte(b[i])
			} else {
				b[i] = toLowerByte(b[i])
			}
		}
		return Bytes(b), nil
	})
	bytesMethod("swapcase", "B.swapcase() -> copy of B with uppercase ASCII characters lowercased and vice versa", func(s string, args py.Tuple) (py.Object, error) {
		b := []byte(s)
		for i, c := range b {
			if isUpperByte(c) {
				b[i] = c + 32
			} else if isLowerByte(c) {
				b[i] = c - 32
			}
		}
		return Bytes(b), nil
	})
	bytesMethod("title", "B.title() -> titlecased version of B (ASCII)", func(s string, args py.Tuple) (py.Object, error) {
		b := []byte(s)
		prevCased := false
		for i, c := range b {
			cased := isUpperByte(c) || isLowerByte(c)
			if cased {
				if prevCased {
					b[i] = toLowerByte(c)
				} else {
					b[i] = toUpperByte(c)
				}
			}
			prevCased = cased
		}
		return Bytes(b), nil
	})
	bytesMethod("istitle", "B.istitle() -> bool", func(s string, args py.Tuple) (py.Object, error) {
		cased, prevCased := false, false
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case isUpperByte(c):
				if prevCased {
					return py.False, nil
				}
				prevCased, cased = true, true
			case isLowerByte(c):
				if !prevCased {
					return py.False, nil
				}
				prevCased, cased = true, true
			default:
				prevCased = false
			}
		}
		return py.NewBool(cased), nil
	})
	caseTest := func(name string, want, other func(byte) bool) {
		bytesMethod(name, "B."+name+"() -> bool", func(s string, args py.Tuple) (py.Object, error) {
			has := false
			for i := 0; i < len(s); i++ {
				if other(s[i]) {
					return py.False, nil
				}
				if want(s[i]) {
					has = true
				}
			}
			return py.NewBool(has), nil
		})
	}
	caseTest("islower", isLowerByte, isUpperByte)
	caseTest("isupper", isUpperByte, isLowerByte)
	bytesMethod("isascii", "B.isascii() -> bool", func(s string, args py.Tuple) (py.Object, error) {
		for i := 0; i < len(s); i++ {
			if s[i] > 127 {
				return py.False, nil
			}
		}
		return py.True, nil
	})
	for _, name := range []string{"center", "ljust", "rjust"} {
		name := name
		bytesMethod(name, "B."+name+"(width[, fillchar]) -> bytes", func(s string, args py.Tuple) (py.Object, error) {
			w, fill, err := fillArgs(name, args)
			if err != nil {
				return nil, err
			}
			if len(s) >= w {
				return Bytes(s), nil
			}
			marg := w - len(s)
			left := 0
			switch name {
			case "center":
				left = marg/2 + (marg & w & 1)
			case "rjust":
				left = marg
			}
			f := string([]byte{fill})
			return Bytes(strings.Repeat(f, left) + s + strings.Repeat(f, marg-left)), nil
		})
	}
	bytesMethod("zfill", "B.zfill(width) -> bytes padded with zeros on the left", func(s string, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "zfill() takes exactly one argument (%d given)", len(args))
		}
		w, err := intArg(args[0])
		if err != nil {
			return nil, err
		}
		if len(s) >= w {
			return Bytes(s), nil
		}
		sign := ""
		if s != "" && (s[0] == '+' || s[0] == '-') {
			sign, s = s[:1], s[1:]
		}
		return Bytes(sign + strings.Repeat("0", w-len(s)-len(sign)) + s), nil
	})
	bytesMethod("expandtabs", "B.expandtabs(tabsize=8) -> bytes", func(s string, args py.Tuple) (py.Object, error) {
		size := 8
		if len(args) > 0 {
			n, err := intArg(args[0])
			if err != nil {
				return nil, err
			}
			size = n
		}
		var b strings.Builder
		col := 0
		for i := 0; i < len(s); i++ {
			switch c := s[i]; c {
			case '\t':
				if size > 0 {
					n := size - col%size
					b.WriteString(strings.Repeat(" ", n))
					col += n
				}
			case '\n', '\r':
				b.WriteByte(c)
				col = 0
			default:
				b.WriteByte(c)
				col++
			}
		}
		return Bytes(b.String()), nil
	})
	for _, name := range []string{"removeprefix", "removesuffix"} {
		name := name
		bytesMethod(name, "B."+name+"(affix) -> bytes", func(s string, args py.Tuple) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
			}
			a, err := bytesArg(name, args[0])
			if err != nil {
				return nil, err
			}
			if name == "removeprefix" {
				return Bytes(strings.TrimPrefix(s, a)), nil
			}
			return Bytes(strings.TrimSuffix(s, a)), nil
		})
	}
	bytesMethod("translate", "B.translate(table, delete=b'') -> bytes", func(s string, args py.Tuple) (py.Object, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, py.ExceptionNewf(py.TypeError, "translate expected 1 or 2 arguments, got %d", len(args))
		}
		var table string
		if args[0] != py.None {
			t, ok := bytesStr(args[0])
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", args[0].Type().Name)
			}
			if len(t) != 256 {
				return nil, py.ExceptionNewf(py.ValueError, "translation table must be 256 characters long")
			}
			table = t
		}
		var del string
		if len(args) == 2 {
			d, err := bytesArg("translate", args[1])
			if err != nil {
				return nil, err
			}
			del = d
		}
		out := make([]byte, 0, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if strings.IndexByte(del, c) >= 0 {
				continue
			}
			if table != "" {
				c = table[c]
			}
			out = append(out, c)
		}
		return Bytes(out), nil
	})
	py.BytesType.Dict["maketrans"] = &py.StaticMethod{Callable: py.MustNewMethod("maketrans", func(self py.Object, args py.Tuple) (py.Object, error) {
		if _, isModule := self.(*py.Module); !isModule && self != nil && self != py.None {
			args = append(py.Tuple{self}, args...)
		}
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "maketrans expected 2 arguments, got %d", len(args))
		}
		from, err := bytesArg("maketrans", args[0])
		if err != nil {
			return nil, err
		}
		to, err := bytesArg("maketrans", args[1])
		if err != nil {
			return nil, err
		}
		if len(from) != len(to) {
			return nil, py.ExceptionNewf(py.ValueError, "maketrans arguments must have same length")
		}
		t := make([]byte, 256)
		for i := range t {
			t[i] = byte(i)
		}
		for i := 0; i < len(from); i++ {
			t[from[i]] = to[i]
		}
		return Bytes(t), nil
	}, 0, "Return a translation table usable for the bytes or bytearray translate method.")}
}

// bytesKeywords lets split/rsplit take sep= and maxsplit= (run by
// finishTypes, once bytesobj.go has defined them).
func bytesKeywords() {
	for _, name := range []string{"split", "rsplit"} {
		if m, ok := py.BytesType.Dict[name].(*py.Method); ok {
			py.BytesType.Dict[name] = wrapKw(m, name, []string{"sep", "maxsplit"}, py.None, py.Int(-1))
		}
	}
	ByteArrayType.Dict["maketrans"] = py.BytesType.Dict["maketrans"]
}
