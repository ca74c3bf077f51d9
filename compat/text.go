package compat

// text.go adds the str methods gpython lacks, with CPython's behaviour:
// encode, join, lower, upper, casefold, capitalize, title, swapcase,
// partition, rpartition, rsplit, splitlines, index, rindex, rfind, count,
// isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace, islower,
// isupper, isidentifier, zfill, ljust, rjust, center, format (format.go);
// splitlines takes keepends= by keyword and strip/lstrip/rstrip take None.
// split/rsplit with no separator keep what follows the last split as it is
// (' a b '.split(None, 1) is ['a', 'b ']). Character classes follow Go's
// unicode tables with CPython's definitions: whitespace includes
// U+001C..U+001F, isupper/islower use the Uppercase/Lowercase properties
// (titlecase letters are neither), isdigit takes superscript and circled
// digits, isidentifier takes letter numbers (Nl). upper, lower, title,
// capitalize, swapcase and casefold use the full case mappings
// (textcase.go: 'ß'.upper() is 'SS') and lower's final sigma; capitalize
// titlecases the first character. Integer arguments that are not
// integers raise "'str' object cannot be interpreted as an integer".

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// selfStr extracts the receiver of a str method.
func selfStr(fn string, self py.Object, args py.Tuple) (string, py.Tuple, error) {
	self, args = unbound(self, args)
	s, ok := self.(py.String)
	if !ok {
		return "", nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'str' object but received a '%s'", fn, typeName(self))
	}
	return string(s), args, nil
}

func strMethod(name, doc string, fn func(s string, args py.Tuple) (py.Object, error)) {
	py.StringType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		s, args, err := selfStr(name, self, args)
		if err != nil {
			return nil, err
		}
		return fn(s, args)
	}, 0, doc)
}

func strArg(fn string, o py.Object) (string, error) {
	s, ok := Unwrap(o).(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "must be str, not %s", o.Type().Name)
	}
	return string(s), nil
}

// runeIndex converts a byte offset in s to a code point index.
func runeIndex(s string, byteOff int) int { return utf8.RuneCountInString(s[:byteOff]) }

// runeSlice returns s restricted to code points [start, end) given as
// optional start/end arguments, and the byte offset of the start.
func runeSlice(s string, args py.Tuple) (string, int, error) {
	n := utf8.RuneCountInString(s)
	start, end, err := sliceBounds(n, args)
	if err != nil {
		return "", 0, err
	}
	if start >= end {
		return "", start, nil
	}
	if n == len(s) {
		return s[start:end], start, nil
	}
	r := []rune(s)
	return string(r[start:end]), start, nil
}

func init() {
	strMethod("encode", "encode(encoding='utf-8', errors='strict') -> bytes", func(s string, args py.Tuple) (py.Object, error) {
		enc, errs := "utf-8", "strict"
		if len(args) > 0 {
			e, err := strArg("encode", args[0])
			if err != nil {
				return nil, err
			}
			enc = e
		}
		if len(args) > 1 {
			e, err := strArg("encode", args[1])
			if err != nil {
				return nil, err
			}
			errs = e
		}
		return Encode(s, enc, errs)
	})
	py.StringType.Dict["encode"] = wrapKw(py.StringType.Dict["encode"].(*py.Method), "encode", []string{"encoding", "errors"}, py.String("utf-8"))
	strMethod("join", "join(iterable) -> str", func(s string, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "join() takes exactly one argument (%d given)", len(args))
		}
		var parts []string
		var ierr error
		it, err := iterOf(args[0])
		if err != nil {
			if isTypeError(err) || isTypeErrorInfo(err) {
				return nil, py.ExceptionNewf(py.TypeError, "can only join an iterable")
			}
			return nil, err
		}
		err = py.Iterate(it, func(item py.Object) bool {
			p, ok := Unwrap(item).(py.String)
			if !ok {
				ierr = py.ExceptionNewf(py.TypeError, "sequence item %d: expected str instance, %s found", len(parts), item.Type().Name)
				return true
			}
			parts = append(parts, string(p))
			return false
		})
		if ierr != nil {
			return nil, ierr
		}
		if err != nil {
			return nil, err
		}
		return py.String(strings.Join(parts, s)), nil
	})
	strMethod("lower", "lower() -> str", func(s string, args py.Tuple) (py.Object, error) {
		return py.String(pyLower(s)), nil
	})
	strMethod("casefold", "casefold() -> str", func(s string, args py.Tuple) (py.Object, error) {
		return py.String(pyCasefold(s)), nil
	})
	strMethod("upper", "upper() -> str", func(s string, args py.Tuple) (py.Object, error) {
		return py.String(pyUpper(s)), nil
	})
	strMethod("swapcase", "swapcase() -> str", func(s string, args py.Tuple) (py.Object, error) {
		return py.String(mapCase(s, func(rs []rune, i int, b *strings.Builder) {
			switch r := rs[i]; {
			case isPyUpper(r):
				lowerRune(rs, i, b)
			case isPyLower(r):
				upperRune(r, b)
			default:
				b.WriteRune(r)
			}
		})), nil
	})
	strMethod("capitalize", "capitalize() -> str", func(s string, args py.Tuple) (py.Object, error) {
		return py.String(mapCase(s, func(rs []rune, i int, b *strings.Builder) {
			if i == 0 {
				titleRune(rs[0], b)
			} else {
				lowerRune(rs, i, b)
			}
		})), nil
	})
	strMethod("title", "title() -> str", func(s string, args py.Tuple) (py.Object, error) {
		prev := false
		return py.String(mapCase(s, func(rs []rune, i int, b *strings.Builder) {
			if prev {
				lowerRune(rs, i, b)
			} else {
				titleRune(rs[i], b)
			}
			prev = isCased(rs[i])
		})), nil
	})
	for _, name := range []string{"partition", "rpartition"} {
		name := name
		strMethod(name, name+"(sep) -> (head, sep, tail)", func(s string, args py.Tuple) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
			}
			sep, err := strArg(name, args[0])
			if err != nil {
				return nil, err
			}
			if sep == "" {
				return nil, py.ExceptionNewf(py.ValueError, "empty separator")
			}
			if name == "partition" {
				i := strings.Index(s, sep)
				if i < 0 {
					return py.Tuple{py.String(s), py.String(""), py.String("")}, nil
				}
				return py.Tuple{py.String(s[:i]), py.String(sep), py.String(s[i+len(sep):])}, nil
			}
			i := strings.LastIndex(s, sep)
			if i < 0 {
				return py.Tuple{py.String(""), py.String(""), py.String(s)}, nil
			}
			return py.Tuple{py.String(s[:i]), py.String(sep), py.String(s[i+len(sep):])}, nil
		})
	}
	for _, name := range []string{"split", "rsplit"} {
		name := name
		py.StringType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			s, args, err := selfStr(name, self, args)
			if err != nil {
				return nil, err
			}
			var sepObj py.Object = py.None
			var maxObj py.Object = py.Int(-1)
			if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:"+name, []string{"sep", "maxsplit"}, &sepObj, &maxObj); err != nil {
				return nil, err
			}
			max, ok := maxObj.(py.Int)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", maxObj.Type().Name)
			}
			var parts []string
			if sepObj == py.None {
				parts = splitWhiteUnicode(s, int(max), name == "rsplit")
			} else {
				sep, err := strArg(name, sepObj)
				if err != nil {
					return nil, py.ExceptionNewf(py.TypeError, "must be str or None, not %s", sepObj.Type().Name)
				}
				if sep == "" {
					return nil, py.ExceptionNewf(py.ValueError, "empty separator")
				}
				parts = splitSep(s, sep, int(max), name == "rsplit")
			}
			out := make([]py.Object, len(parts))
			for i, p := range parts {
				out[i] = py.String(p)
			}
			return py.NewListFromItems(out), nil
		}, 0, name+"(sep=None, maxsplit=-1) -> list of str")
	}
	strMethod("splitlines", "splitlines(keepends=False) -> list of str", func(s string, args py.Tuple) (py.Object, error) {
		keep := false
		if len(args) > 0 {
			t, err := py.MakeBool(args[0])
			if err != nil {
				return nil, err
			}
			keep = t == py.True
		}
		out := []py.Object{}
		for len(s) > 0 {
			i := strings.IndexFunc(s, func(r rune) bool {
				return r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x1c || r == 0x1d || r == 0x1e || r == 0x85 || r == 0x2028 || r == 0x2029
			})
			if i < 0 {
				out = append(out, py.String(s))
				break
			}
			_, size := utf8.DecodeRuneInString(s[i:])
			end := i + size
			if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				end = i + 2
			}
			if keep {
				out = append(out, py.String(s[:end]))
			} else {
				out = append(out, py.String(s[:i]))
			}
			s = s[end:]
		}
		return py.NewListFromItems(out), nil
	})
	// strip/lstrip/rstrip(None) strip whitespace (gpython wanted a str), the
	// whitespace of str.isspace
	for _, name := range []string{"strip", "lstrip", "rstrip"} {
		orig := py.StringType.Dict[name].(*py.Method)
		py.StringType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			self, args = unbound(self, args)
			if len(args) == 1 && args[0] == py.None {
				args = nil
			}
			if s, isStr := self.(py.String); isStr && len(args) == 0 {
				switch name { // str.isspace's whitespace
				case "strip":
					return py.String(strings.TrimFunc(string(s), isPySpace)), nil
				case "lstrip":
					return py.String(strings.TrimLeftFunc(string(s), isPySpace)), nil
				}
				return py.String(strings.TrimRightFunc(string(s), isPySpace)), nil
			}
			if _, isStr := self.(py.String); isStr && len(args) == 1 {
				if _, ok := args[0].(py.String); !ok {
					return nil, py.ExceptionNewf(py.TypeError, "%s arg must be None or str", name)
				}
			}
			return orig.Call(self, args)
		}, 0, orig.Doc)
	}
	py.StringType.Dict["splitlines"] = wrapKw(py.StringType.Dict["splitlines"].(*py.Method), "splitlines", []string{"keepends"}, py.False)
	for _, name := range []string{"index", "rindex", "rfind", "count", "find"} {
		name := name
		strMethod(name, name+"(sub[, start[, end]])", func(s string, args py.Tuple) (py.Object, error) {
			if len(args) < 1 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes at least 1 argument (0 given)", name)
			}
			sub, err := strArg(name, args[0])
			if err != nil {
				return nil, err
			}
			part, start, err := runeSlice(s, args[1:])
			if err != nil {
				return nil, err
			}
			if sub == "" && len(args) > 1 && args[1] != py.None {
				// an empty string is found nowhere past the end
				if st, err := intArg(args[1]); err == nil && st > utf8.RuneCountInString(s) {
					switch name {
					case "count":
						return py.Int(0), nil
					case "index", "rindex":
						return nil, py.ExceptionNewf(py.ValueError, "substring not found")
					}
					return py.Int(-1), nil
				}
			}
			switch name {
			case "count":
				if sub == "" {
					return py.Int(utf8.RuneCountInString(part) + 1), nil
				}
				return py.Int(strings.Count(part, sub)), nil
			case "index", "find":
				i := strings.Index(part, sub)
				if i < 0 {
					if name == "index" {
						return nil, py.ExceptionNewf(py.ValueError, "substring not found")
					}
					return py.Int(-1), nil
				}
				return py.Int(start + runeIndex(part, i)), nil
			}
			i := strings.LastIndex(part, sub)
			if i < 0 {
				if name == "rindex" {
					return nil, py.ExceptionNewf(py.ValueError, "substring not found")
				}
				return py.Int(-1), nil
			}
			return py.Int(start + runeIndex(part, i)), nil
		})
	}
	for name, test := range map[string]func(rune) bool{
		"isdigit":   isPyDigit,
		"isdecimal": func(r rune) bool { return unicode.Is(unicode.Nd, r) },
		"isnumeric": unicode.IsNumber,
		"isalpha":   unicode.IsLetter,
		"isalnum":   func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) },
		"isspace":   isPySpace,
	} {
		test := test
		strMethod(name, name+"() -> bool", func(s string, args py.Tuple) (py.Object, error) {
			if s == "" {
				return py.False, nil
			}
			for _, r := range s {
				if !test(r) {
					return py.False, nil
				}
			}
			return py.True, nil
		})
	}
	for _, name := range []string{"islower", "isupper"} {
		name := name
		strMethod(name, name+"() -> bool", func(s string, args py.Tuple) (py.Object, error) {
			cased := false
			for _, r := range s {
				up, low := isPyUpper(r), isPyLower(r)
				if name == "isupper" {
					up, low = low, up
				}
				// for islower: up is "wrong case", low is "right case"
				if up || unicode.IsTitle(r) {
					return py.False, nil
				} else if low {
					cased = true
				}
			}
			return py.NewBool(cased), nil
		})
	}
	strMethod("isidentifier", "isidentifier() -> bool", func(s string, args py.Tuple) (py.Object, error) {
		for i, r := range s {
			start := r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
			if !(start || (i > 0 && (unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)))) {
				return py.False, nil
			}
		}
		return py.NewBool(s != ""), nil
	})
	strMethod("zfill", "zfill(width) -> str", func(s string, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "zfill() takes exactly one argument")
		}
		w, err := intArg(args[0])
		if err != nil {
			return nil, err
		}
		n := utf8.RuneCountInString(s)
		if n >= w {
			return py.String(s), nil
		}
		pad := strings.Repeat("0", w-n)
		if s != "" && (s[0] == '-' || s[0] == '+') {
			return py.String(s[:1] + pad + s[1:]), nil
		}
		return py.String(pad + s), nil
	})
	for _, name := range []string{"ljust", "rjust", "center"} {
		name := name
		strMethod(name, name+"(width[, fillchar]) -> str", func(s string, args py.Tuple) (py.Object, error) {
			if len(args) < 1 || len(args) > 2 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes 1 or 2 arguments", name)
			}
			w, err := intArg(args[0])
			if err != nil {
				return nil, err
			}
			fill := " "
			if len(args) == 2 {
				f, err := strArg(name, args[1])
				if err != nil {
					return nil, err
				}
				if utf8.RuneCountInString(f) != 1 {
					return nil, py.ExceptionNewf(py.TypeError, "The fill character must be exactly one character long")
				}
				fill = f
			}
			if name == "center" {
				// str.center rounds differently from format's '^':
				// the left gets half the margin, plus one when both the
				// margin and the width are odd
				n := utf8.RuneCountInString(s)
				if n >= w {
					return py.String(s), nil
				}
				marg := w - n
				left := marg/2 + (marg & w & 1)
				return py.String(strings.Repeat(fill, left) + s + strings.Repeat(fill, marg-left)), nil
			}
			align := map[string]byte{"ljust": '<', "rjust": '>'}[name]
			return py.String(pad(s, w, fill, align)), nil
		})
	}
}

// pad aligns s in width w with fill ('<', '>' or '^'; '^' puts the extra
// character on the right, as CPython does).
func pad(s string, w int, fill string, align byte) string {
	n := utf8.RuneCountInString(s)
	if n >= w {
		return s
	}
	total := w - n
	switch align {
	case '<':
		return s + strings.Repeat(fill, total)
	case '^':
		left := total / 2
		return strings.Repeat(fill, left) + s + strings.Repeat(fill, total-left)
	}
	return strings.Repeat(fill, total) + s
}

// splitWhiteUnicode splits on runs of whitespace (str.split()).
func splitWhiteUnicode(s string, max int, right bool) []string {
	return splitWhiteBy(s, max, right, isPySpace)
}

// isPyUpper and isPyLower are CPython's "uppercase" and "lowercase"
// characters: Unicode's Uppercase and Lowercase properties (the letter
// categories Lu and Ll and the Other_Uppercase/Other_Lowercase marks such
// as Roman numerals and modifier letters); titlecase letters (Lt) are
// neither.
func isPyUpper(r rune) bool {
	return unicode.IsUpper(r) || (r >= 0x80 && unicode.Is(unicode.Other_Uppercase, r))
}

func isPyLower(r rune) bool {
	return unicode.IsLower(r) || (r >= 0x80 && unicode.Is(unicode.Other_Lowercase, r))
}

// pyDigits are the characters of Numeric_Type=Digit that are not decimal
// digits (Nd): superscripts, subscripts, circled and parenthesized digits.
// str.isdigit takes them; Go's unicode tables have no Numeric_Type.
var pyDigits = &unicode.RangeTable{
	R16: []unicode.Range16{
		{0x00b2, 0x00b3, 1}, {0x00b9, 0x00b9, 1}, {0x1369, 0x1371, 1}, {0x19da, 0x19da, 1},
		{0x2070, 0x2070, 1}, {0x2074, 0x2079, 1}, {0x2080, 0x2089, 1}, {0x2460, 0x2468, 1},
		{0x2474, 0x247c, 1}, {0x2488, 0x2490, 1}, {0x24ea, 0x24ea, 1}, {0x24f5, 0x24fd, 1},
		{0x24ff, 0x24ff, 1}, {0x2776, 0x277e, 1}, {0x2780, 0x2788, 1}, {0x278a, 0x2792, 1},
	},
	R32: []unicode.Range32{{0x10a40, 0x10a43, 1}, {0x1f100, 0x1f10a, 1}},
}

func isPyDigit(r rune) bool { return unicode.IsDigit(r) || unicode.Is(pyDigits, r) }

// Case conversion with the full mappings (textcase.go) and the final
// sigma: 'ΣΑΣ'.lower() is 'σας'.

func isCased(r rune) bool { return isPyUpper(r) || isPyLower(r) || unicode.IsTitle(r) }

// caseIgnorable approximates Unicode's Case_Ignorable (marks, format
// characters, modifier letters and symbols, and word-internal punctuation).
func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', 0xb7, 0x387, 0x5f4, 0x2018, 0x2019, 0x2024, 0x2027, 0xfe13, 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a:
		return true
	}
	return r >= 0x80 && unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

func upperRune(r rune, b *strings.Builder) {
	if m, ok := specialUpper[r]; ok {
		b.WriteString(m.upper)
		return
	}
	b.WriteRune(unicode.ToUpper(r))
}

func titleRune(r rune, b *strings.Builder) {
	if m, ok := specialUpper[r]; ok {
		b.WriteString(m.title)
		return
	}
	b.WriteRune(unicode.ToTitle(r))
}

// lowerRune writes the lowercase of rs[i]; a capital sigma is final (ς)
// after a cased letter and not before one.
func lowerRune(rs []rune, i int, b *strings.Builder) {
	r := rs[i]
	if r == 0x3a3 {
		before, after := false, false
		for j := i - 1; j >= 0; j-- {
			if !caseIgnorable(rs[j]) {
				before = isCased(rs[j])
				break
			}
		}
		for j := i + 1; j < len(rs); j++ {
			if !caseIgnorable(rs[j]) {
				after = isCased(rs[j])
				break
			}
		}
		if before && !after {
			b.WriteRune(0x3c2)
		} else {
			b.WriteRune(0x3c3)
		}
		return
	}
	if m, ok := specialLower[r]; ok {
		b.WriteString(m)
		return
	}
	b.WriteRune(unicode.ToLower(r))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// mapCase builds a string from fn's output for each character.
func mapCase(s string, fn func(rs []rune, i int, b *strings.Builder)) string {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := range rs {
		fn(rs, i, &b)
	}
	return b.String()
}

func pyUpper(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	return mapCase(s, func(rs []rune, i int, b *strings.Builder) { upperRune(rs[i], b) })
}

func pyLower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	return mapCase(s, lowerRune)
}

func pyCasefold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	return mapCase(s, func(rs []rune, i int, b *strings.Builder) {
		if m, ok := specialFold[rs[i]]; ok {
			b.WriteString(m)
		} else if m, ok := specialLower[rs[i]]; ok {
			b.WriteString(m)
		} else {
			b.WriteRune(unicode.ToLower(rs[i]))
		}
	})
}

// intArg is an integer argument of a method (py.IndexInt) with CPython's
// message for a non-integer.
func intArg(o py.Object) (int, error) {
	n, err := py.IndexInt(o)
	if err != nil && (isTypeError(err) || isTypeErrorInfo(err)) {
		if _, ok := o.(py.Int); !ok {
			return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", o.Type().Name)
		}
	}
	return n, err
}

// isPySpace is str.isspace for one character: Unicode's White_Space and
// the separators U+001C..U+001F, as CPython has it.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// startswith/endswith with a tuple of prefixes and start/end positions
// (gpython's panicked past the end and ignored end).
func init() {
	for _, name := range []string{"startswith", "endswith"} {
		name := name
		strMethod(name, name+"(prefix[, start[, end]]) -> bool", func(s string, args py.Tuple) (py.Object, error) {
			if len(args) < 1 || len(args) > 3 {
				return nil, py.ExceptionNewf(py.TypeError, "%s expected 1 to 3 arguments, got %d", name, len(args))
			}
			n := utf8.RuneCountInString(s)
			if len(args) > 1 && args[1] != py.None {
				if st, err := intArg(args[1]); err == nil && st > n {
					return py.False, nil
				}
			}
			part, _, err := runeSlice(s, args[1:])
			if err != nil {
				return nil, err
			}
			test := func(o py.Object) (bool, error) {
				p, ok := Unwrap(o).(py.String)
				if !ok {
					return false, py.ExceptionNewf(py.TypeError, "%s first arg must be str or a tuple of str, not %s", name, o.Type().Name)
				}
				if name == "startswith" {
					return strings.HasPrefix(part, string(p)), nil
				}
				return strings.HasSuffix(part, string(p)), nil
			}
			if t, ok := args[0].(py.Tuple); ok {
				for _, o := range t {
					ok, err := test(o)
					if err != nil || ok {
						return py.NewBool(ok), err
					}
				}
				return py.False, nil
			}
			ok, err := test(args[0])
			return py.NewBool(ok), err
		})
	}
}

// gpythonMethods are the methods gpython's own types come with, taken
// before any compat init replaces them (package variables are set before
// init functions run).
var gpythonMethods = func() map[*py.Method]bool {
	out := map[*py.Method]bool{}
	for _, t := range []*py.Type{py.StringType, py.ListType, py.TupleType, py.IntType, py.FloatType} {
		for _, v := range t.Dict {
			if m, ok := v.(*py.Method); ok {
				out[m] = true
			}
		}
	}
	return out
}()

// unboundSafe lets gpython's own methods of t be called through the type
// (str.strip(s), map(str.upper, words)): they took the receiver from a
// self that is then the builtins module. compat's methods handle it
// already (unbound).
func unboundSafe(t *py.Type) {
	for name, v := range t.Dict {
		m, ok := v.(*py.Method)
		if !ok || !gpythonMethods[m] {
			continue
		}
		t.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			self, args = unbound(self, args)
			return m.CallWithKeywords(self, args, kwargs)
		}, 0, m.Doc)
	}
}
