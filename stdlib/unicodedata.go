package stdlib

// unicodedata.go is the unicodedata module on Go's Unicode tables
// (unicode, golang.org/x/text/unicode/norm, bidi, runenames, width):
// normalize, is_normalized, category, bidirectional, combining,
// east_asian_width, name, lookup, decimal, digit, numeric,
// unidata_version.
//
// Differences from CPython: the tables are Go's Unicode version
// (unidata_version says which), CPython 3.11's are 14.0.0, so characters
// added since differ; numeric() knows decimal digits and the characters
// Go's tables classify as digits, not fractions or other numerics (it
// raises ValueError for '½'); decomposition(), mirrored() and ucd_3_2_0 are missing (Go has no
// tables for them).

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"github.com/go-python/gpython/py"
	"golang.org/x/text/unicode/bidi"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/unicode/runenames"
	"golang.org/x/text/width"
)

// unicodeCategories is every two-letter general category Go has a table for.
var unicodeCategories = []string{"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No",
	"Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co"}

func runeCategory(r rune) string {
	for _, c := range unicodeCategories {
		if unicode.Is(unicode.Categories[c], r) {
			return c
		}
	}
	return "Cn"
}

var bidiNames = map[bidi.Class]string{
	bidi.L: "L", bidi.R: "R", bidi.EN: "EN", bidi.ES: "ES", bidi.ET: "ET", bidi.AN: "AN", bidi.CS: "CS",
	bidi.B: "B", bidi.S: "S", bidi.WS: "WS", bidi.ON: "ON", bidi.BN: "BN", bidi.NSM: "NSM", bidi.AL: "AL",
	bidi.LRO: "LRO", bidi.RLO: "RLO", bidi.LRE: "LRE", bidi.RLE: "RLE", bidi.PDF: "PDF",
	bidi.LRI: "LRI", bidi.RLI: "RLI", bidi.FSI: "FSI", bidi.PDI: "PDI",
}

// runeName is the character's name as CPython gives it ("" when it has none).
func runeName(r rune) string {
	switch {
	case r >= 0xAC00 && r <= 0xD7A3:
		return hangulName(r)
	case isCJKIdeograph(r):
		return "CJK UNIFIED IDEOGRAPH-" + hexRune(r)
	}
	n := runenames.Name(r)
	if strings.HasPrefix(n, "<") {
		return ""
	}
	return n
}

// hexRune is r in upper-case hex, at least four digits, as in names.
func hexRune(r rune) string { return fmt.Sprintf("%04X", r) }

// cjkRanges are the blocks of unified ideographs, named by code point.
var cjkRanges = [][2]rune{{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B739},
	{0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x30000, 0x3134A}}

func isCJKIdeograph(r rune) bool {
	for _, rg := range cjkRanges {
		if r >= rg[0] && r <= rg[1] {
			return unicode.Is(unicode.Ideographic, r)
		}
	}
	return false
}

// hangulName composes a Hangul syllable's name from its jamo (Unicode 3.12).
func hangulName(r rune) string {
	lead := []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	vowel := []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	tail := []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
	s := int(r - 0xAC00)
	return "HANGUL SYLLABLE " + lead[s/(21*28)] + vowel[(s%(21*28))/28] + tail[s%28]
}

// nameTable builds lookup()'s reverse table on first use; it is read-only after.
type nameTable struct {
	once   sync.Once
	byName map[string]rune
}

func (t *nameTable) lookup(name string) (rune, bool) {
	t.once.Do(func() {
		t.byName = make(map[string]rune, 40000)
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if r >= 0xAC00 && r <= 0xD7A3 || isCJKIdeograph(r) {
				continue
			}
			if n := runeName(r); n != "" {
				t.byName[n] = r
			}
		}
	})
	up := strings.ToUpper(name)
	if strings.HasPrefix(up, "HANGUL SYLLABLE ") {
		for r := rune(0xAC00); r <= 0xD7A3; r++ {
			if hangulName(r) == up {
				return r, true
			}
		}
	}
	if rest, ok := strings.CutPrefix(up, "CJK UNIFIED IDEOGRAPH-"); ok {
		var v rune
		for _, c := range rest {
			d := strings.IndexRune("0123456789ABCDEF", c)
			if d < 0 {
				return 0, false
			}
			v = v*16 + rune(d)
		}
		return v, isCJKIdeograph(v)
	}
	r, ok := t.byName[up]
	return r, ok
}

// digitValue is the value of a decimal digit (category Nd): digits come in
// runs of ten, 0 to 9.
func digitValue(r rune) (int, bool) {
	if !unicode.Is(unicode.Nd, r) {
		return 0, false
	}
	start := r
	for start > 0 && unicode.Is(unicode.Nd, start-1) && r-start < 9 {
		start--
	}
	return int(r-start) % 10, true
}

func init() {
	names := &nameTable{}
	oneChar := func(fn string, o py.Object) (rune, error) {
		s, ok := o.(py.String)
		if !ok {
			return 0, py.ExceptionNewf(py.TypeError, "%s() argument must be a unicode character, not %s", fn, o.Type().Name)
		}
		rs := []rune(string(s))
		if len(rs) != 1 {
			return 0, py.ExceptionNewf(py.TypeError, "%s() argument must be a unicode character, not str", fn)
		}
		return rs[0], nil
	}
	charFunc := func(name, doc string, fn func(r rune) py.Object) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, arg py.Object) (py.Object, error) {
			r, err := oneChar(name, arg)
			if err != nil {
				return nil, err
			}
			return fn(r), nil
		}, 0, doc)
	}
	withDefault := func(name, doc, missing string, fn func(r rune) (py.Object, bool)) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) < 1 || len(args) > 2 {
				return nil, py.ExceptionNewf(py.TypeError, "%s expected at most 2 arguments, got %d", name, len(args))
			}
			r, err := oneChar(name, args[0])
			if err != nil {
				return nil, err
			}
			if v, ok := fn(r); ok {
				return v, nil
			}
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, py.ExceptionNewf(py.ValueError, "%s", missing)
		}, 0, doc)
	}
	form := func(o py.Object) (norm.Form, error) {
		s, ok := o.(py.String)
		if !ok {
			return 0, py.ExceptionNewf(py.TypeError, "normalize() argument 1 must be str, not %s", o.Type().Name)
		}
		switch s {
		case "NFC":
			return norm.NFC, nil
		case "NFD":
			return norm.NFD, nil
		case "NFKC":
			return norm.NFKC, nil
		case "NFKD":
			return norm.NFKD, nil
		}
		return 0, py.ExceptionNewf(py.ValueError, "invalid normalization form")
	}
	normArgs := func(fn string, args py.Tuple) (norm.Form, string, error) {
		if len(args) != 2 {
			return 0, "", py.ExceptionNewf(py.TypeError, "%s expected 2 arguments, got %d", fn, len(args))
		}
		f, err := form(args[0])
		if err != nil {
			return 0, "", err
		}
		s, ok := args[1].(py.String)
		if !ok {
			return 0, "", py.ExceptionNewf(py.TypeError, "%s() argument 2 must be str, not %s", fn, args[1].Type().Name)
		}
		return f, string(s), nil
	}
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "unicodedata", Doc: "Access to the Unicode Character Database (Go's tables)."},
		Methods: []*py.Method{
			py.MustNewMethod("normalize", func(self py.Object, args py.Tuple) (py.Object, error) {
				f, s, err := normArgs("normalize", args)
				if err != nil {
					return nil, err
				}
				return py.String(f.String(s)), nil
			}, 0, "normalize(form, unistr) -> the normal form 'NFC', 'NFKC', 'NFD' or 'NFKD' of unistr"),
			py.MustNewMethod("is_normalized", func(self py.Object, args py.Tuple) (py.Object, error) {
				f, s, err := normArgs("is_normalized", args)
				if err != nil {
					return nil, err
				}
				return py.NewBool(f.IsNormalString(s)), nil
			}, 0, "is_normalized(form, unistr) -> whether unistr is in normal form"),
			charFunc("category", "category(chr) -> the general category, e.g. 'Lu'", func(r rune) py.Object {
				return py.String(runeCategory(r))
			}),
			charFunc("bidirectional", "bidirectional(chr) -> the bidirectional class, e.g. 'L', or ''", func(r rune) py.Object {
				if runeCategory(r) == "Cn" {
					return py.String("")
				}
				p, _ := bidi.LookupRune(r)
				return py.String(bidiNames[p.Class()])
			}),
			charFunc("combining", "combining(chr) -> the canonical combining class, 0 if none", func(r rune) py.Object {
				return py.Int(norm.NFD.PropertiesString(string(r)).CCC())
			}),
			charFunc("east_asian_width", "east_asian_width(chr) -> 'F', 'H', 'W', 'Na', 'A' or 'N'", func(r rune) py.Object {
				switch width.LookupRune(r).Kind() {
				case width.EastAsianFullwidth:
					return py.String("F")
				case width.EastAsianHalfwidth:
					return py.String("H")
				case width.EastAsianWide:
					return py.String("W")
				case width.EastAsianNarrow:
					return py.String("Na")
				case width.EastAsianAmbiguous:
					return py.String("A")
				}
				return py.String("N")
			}),
			withDefault("name", "name(chr[, default]) -> the character's name", "no such name", func(r rune) (py.Object, bool) {
				n := runeName(r)
				return py.String(n), n != ""
			}),
			withDefault("decimal", "decimal(chr[, default]) -> the decimal value", "not a decimal", func(r rune) (py.Object, bool) {
				v, ok := digitValue(r)
				return py.Int(v), ok
			}),
			withDefault("digit", "digit(chr[, default]) -> the digit value", "not a digit", func(r rune) (py.Object, bool) {
				v, ok := digitValue(r)
				return py.Int(v), ok
			}),
			withDefault("numeric", "numeric(chr[, default]) -> the numeric value, as a float", "not a numeric character", func(r rune) (py.Object, bool) {
				v, ok := digitValue(r)
				return py.Float(v), ok
			}),
			py.MustNewMethod("lookup", func(self py.Object, arg py.Object) (py.Object, error) {
				s, ok := arg.(py.String)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "lookup() argument must be str, not %s", arg.Type().Name)
				}
				r, ok := names.lookup(string(s))
				if !ok {
					return nil, py.ExceptionNewf(py.KeyError, "undefined character name '%s'", string(s))
				}
				return py.String(string(r)), nil
			}, 0, "lookup(name) -> the character with that name"),
		},
		Globals: py.StringDict{"unidata_version": py.String(unicode.Version)},
	})
}
