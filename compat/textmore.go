package compat

// textmore.go adds the str methods gpython lacks beyond text.go's:
// isascii, isprintable, istitle, expandtabs, removeprefix, removesuffix,
// translate and the static maketrans, with CPython's behaviour.

import (
	"strings"
	"unicode"

	"github.com/go-python/gpython/py"
)

func init() {
	strMethod("isascii", "Return True if all characters in the string are ASCII, False otherwise.", func(s string, args py.Tuple) (py.Object, error) {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return py.False, nil
			}
		}
		return py.True, nil
	})
	strMethod("isprintable", "Return True if the string is printable, False otherwise.", func(s string, args py.Tuple) (py.Object, error) {
		for _, r := range s {
			if !unicode.IsPrint(r) || (r != ' ' && unicode.IsSpace(r)) {
				return py.False, nil
			}
		}
		return py.True, nil
	})
	strMethod("istitle", "Return True if the string is a title-cased string, False otherwise.", func(s string, args py.Tuple) (py.Object, error) {
		cased, prevCased := false, false
		for _, r := range s {
			switch {
			case isPyUpper(r) || unicode.IsTitle(r):
				if prevCased {
					return py.False, nil
				}
				prevCased, cased = true, true
			case isPyLower(r):
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
	strMethod("expandtabs", "Return a copy where all tab characters are expanded using spaces.", func(s string, args py.Tuple) (py.Object, error) {
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
		for _, r := range s {
			switch r {
			case '\t':
				if size > 0 {
					n := size - col%size
					b.WriteString(strings.Repeat(" ", n))
					col += n
				}
			case '\n', '\r':
				b.WriteRune(r)
				col = 0
			default:
				b.WriteRune(r)
				col++
			}
		}
		return py.String(b.String()), nil
	})
	strMethod("removeprefix", "Return a str with the given prefix string removed if present.", func(s string, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "removeprefix() takes exactly one argument (%d given)", len(args))
		}
		p, err := strArg("removeprefix", args[0])
		if err != nil {
			return nil, err
		}
		return py.String(strings.TrimPrefix(s, p)), nil
	})
	strMethod("removesuffix", "Return a str with the given suffix string removed if present.", func(s string, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "removesuffix() takes exactly one argument (%d given)", len(args))
		}
		p, err := strArg("removesuffix", args[0])
		if err != nil {
			return nil, err
		}
		return py.String(strings.TrimSuffix(s, p)), nil
	})
	strMethod("translate", "Replace each character in the string using the given translation table.", func(s string, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "translate() takes exactly one argument (%d given)", len(args))
		}
		table := args[0]
		var b strings.Builder
		for _, r := range s {
			v, err := py.GetItem(table, py.Int(r))
			if err != nil {
				if py.IsException(py.LookupError, err) {
					b.WriteRune(r)
					continue
				}
				return nil, err
			}
			switch t := v.(type) {
			case py.NoneType:
			case py.Int:
				b.WriteRune(rune(t))
			case py.String:
				b.WriteString(string(t))
			default:
				return nil, py.ExceptionNewf(py.TypeError, "character mapping must return integer, None or str")
			}
		}
		return py.String(b.String()), nil
	})
	py.StringType.Dict["maketrans"] = &py.StaticMethod{Callable: py.MustNewMethod("maketrans", func(self py.Object, args py.Tuple) (py.Object, error) {
		d := NewDict()
		switch len(args) {
		case 1:
			m, ok := args[0].(*Dict)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "if you give only one argument to maketrans it must be a dict")
			}
			var err error
			m.Range(func(k, v py.Object) bool {
				if s, ok := k.(py.String); ok {
					rs := []rune(string(s))
					if len(rs) != 1 {
						err = py.ExceptionNewf(py.ValueError, "string keys in translate table must be of length 1")
						return false
					}
					k = py.Int(rs[0])
				}
				err = d.Set(k, v)
				return err == nil
			})
			return d, err
		case 2, 3:
			from, err := strArg("maketrans", args[0])
			if err != nil {
				return nil, err
			}
			to, err := strArg("maketrans", args[1])
			if err != nil {
				return nil, err
			}
			fr, tr := []rune(from), []rune(to)
			if len(fr) != len(tr) {
				return nil, py.ExceptionNewf(py.ValueError, "the first two maketrans arguments must have equal length")
			}
			for i := range fr {
				d.Set(py.Int(fr[i]), py.Int(tr[i]))
			}
			if len(args) == 3 {
				del, err := strArg("maketrans", args[2])
				if err != nil {
					return nil, err
				}
				for _, r := range del {
					d.Set(py.Int(r), py.None)
				}
			}
			return d, nil
		}
		if len(args) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "maketrans expected at least 1 argument, got 0")
		}
		return nil, py.ExceptionNewf(py.TypeError, "maketrans expected at most 3 arguments, got %d", len(args))
	}, 0, "Return a translation table usable for str.translate().")}
}

func init() {
	setBuiltinFunc("ascii", func(self py.Object, arg py.Object) (py.Object, error) {
		r, err := Repr(arg)
		if err != nil {
			return nil, err
		}
		return py.String(asciiEscape(r)), nil
	}, "ascii(obj) -> repr(obj) with non-ASCII characters escaped")
}
