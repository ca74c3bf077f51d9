package stdlib

// html.go is the html module: escape(s, quote=True) as CPython (& < > and,
// with quote, " and ' as &quot; and &#x27;) and unescape(s) with the
// HTML5 named and numeric character references (Go's html package).

import (
	"html"
	"strings"

	"github.com/go-python/gpython/py"
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
				str, ok := s.(py.String)
				if !ok {
					return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute 'replace'", s.Type().Name)
				}
				if q, _ := py.MakeBool(quote); q == py.True {
					return py.String(htmlEscaper.Replace(string(str))), nil
				}
				return py.String(htmlEscaperNoQuote.Replace(string(str))), nil
			}, 0, "escape(s, quote=True) -> s with &, <, > (and quotes) replaced by HTML-safe sequences"),
			py.MustNewMethod("unescape", func(self py.Object, arg py.Object) (py.Object, error) {
				str, ok := arg.(py.String)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "unescape() argument must be str")
				}
				if !strings.Contains(string(str), "&") {
					return str, nil
				}
				return py.String(html.UnescapeString(string(str))), nil
			}, 0, "unescape(s) -> s with character references replaced by the characters"),
		},
	})
}
