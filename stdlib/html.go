package stdlib

// html.go is the html module: escape(s, quote=True) as CPython (& < > and,
// with quote, " and ' as &quot; and &#x27;) and unescape(s) with the
// HTML5 named and numeric character references: named ones through Go's
// html package, numeric ones by HTML5's rules as CPython applies them
// (&#0; and surrogates or numbers past U+10FFFF give U+FFFD, &#x80;-&#x9f;
// are read as windows-1252, control characters and noncharacters vanish).

import (
	"html"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
	"github.com/gowsgi/gowsgi/compat"
)

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#x27;")
var htmlEscaperNoQuote = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "html", Doc: "General functions for HTML manipulation."},
		Methods: []*py.Method{
			py.MustNewMethod("escape", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				var s, quote py.Object = nil, py.True
				if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:escape", []string{"s", "quote"}, &s, &quote); err != nil {
					return nil, err
				}
				str, ok := compat.Unwrap(s).(py.String) // a str subclass gives a str
				if !ok {
					return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute 'replace'", s.Type().Name)
				}
				if q, _ := py.MakeBool(quote); q == py.True {
					return py.String(htmlEscaper.Replace(string(str))), nil
				}
				return py.String(htmlEscaperNoQuote.Replace(string(str))), nil
			}, 0, "escape(s, quote=True) -> s with &, <, > (and quotes) replaced by HTML-safe sequences"),
			py.MustNewMethod("unescape", func(self py.Object, arg py.Object) (py.Object, error) {
				str, ok := compat.Unwrap(arg).(py.String)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "argument of type '%s' is not iterable", arg.Type().Name)
				}
				if !strings.Contains(string(str), "&") {
					return str, nil
				}
				return py.String(htmlUnescape(string(str))), nil
			}, 0, "unescape(s) -> s with character references replaced by the characters"),
		},
	})
}

// htmlUnescape replaces the character references of s ('&' followed by a
// numeric reference or up to 32 characters of a name, ';' optional).
func htmlUnescape(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '&')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i:]
		n, repl := htmlCharRef(s)
		b.WriteString(repl)
		s = s[n:]
	}
}

// htmlCharRef reads the reference at the start of s (s[0] == '&') and
// returns how many bytes it used and its replacement.
func htmlCharRef(s string) (int, string) {
	if len(s) > 1 && s[1] == '#' {
		hex := len(s) > 2 && (s[2] == 'x' || s[2] == 'X')
		start := 2
		if hex {
			start = 3
		}
		end := start
		for end < len(s) && (isDigitByte(s[end]) || hex && isHexByte(s[end])) {
			end++
		}
		if end == start {
			return 1, "&"
		}
		digits := strings.TrimLeft(s[start:end], "0")
		n := end
		if n < len(s) && s[n] == ';' {
			n++
		}
		base := 10
		if hex {
			base = 16
		}
		num, err := strconv.ParseUint(digits, base, 32)
		if err != nil || num > 0x10FFFF { // too long for 32 bits: also past U+10FFFF
			return n, "\uFFFD"
		}
		return n, htmlNumericRef(rune(num))
	}
	end := 1
	for end < len(s) && end <= 32 && !strings.ContainsRune("\t\n\f <&#;", rune(s[end])) {
		end++
	}
	if end < len(s) && s[end] == ';' {
		end++
	}
	if end == 1 {
		return 1, "&"
	}
	return end, html.UnescapeString(s[:end])
}

// htmlCP1252 gives the windows-1252 characters HTML5 reads &#x80;-&#x9f;
// as (the five code points windows-1252 leaves undefined stay themselves).
var htmlCP1252 = [32]rune{
	0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
	0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
}

// htmlNumericRef is the text of the numeric reference &#num;.
func htmlNumericRef(num rune) string {
	switch {
	case num == 0:
		return "\uFFFD"
	case num == 0x0D:
		return "\r"
	case num >= 0x80 && num <= 0x9F:
		return string(htmlCP1252[num-0x80])
	case num >= 0xD800 && num <= 0xDFFF:
		return "\uFFFD"
	case num >= 0x01 && num <= 0x08, num == 0x0B, num >= 0x0E && num <= 0x1F, num >= 0x7F && num <= 0x9F,
		num >= 0xFDD0 && num <= 0xFDEF, num&0xFFFE == 0xFFFE:
		return "" // control characters and noncharacters are dropped
	}
	var buf [utf8.UTFMax]byte
	return string(buf[:utf8.EncodeRune(buf[:], num)])
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
func isHexByte(c byte) bool   { return c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }
