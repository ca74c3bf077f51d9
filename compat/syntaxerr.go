package compat

// syntaxerr.go gives SyntaxError its attributes. gpython's parser and
// compiler keep the error's place in the exception's dictionary (filename,
// lineno, offset, line), but every attribute of an exception read back as
// its args, so `e.lineno` was ('invalid syntax',). As in CPython, a
// SyntaxError has msg, filename, lineno, offset and text (None when
// unknown), and an uncaught one prints where it is (syntaxErrorPlace).

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
)

func init() {
	prop := func(name string, get func(e *py.Exception) py.Object) {
		py.SyntaxError.Dict[name] = &py.Property{
			Fget: func(self py.Object) (py.Object, error) {
				e, ok := self.(*py.Exception)
				if !ok {
					return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", typeName(self), name)
				}
				return get(e), nil
			},
			Fset: func(self, v py.Object) error {
				e, ok := self.(*py.Exception)
				if !ok {
					return py.ExceptionNewf(py.AttributeError, "can't set attribute '%s'", name)
				}
				key := name
				if name == "text" {
					key = "line"
				}
				if e.Dict == nil {
					e.Dict = py.StringDict{}
				}
				e.Dict[key] = v
				return nil
			},
		}
	}
	fromDict := func(key string) func(e *py.Exception) py.Object {
		return func(e *py.Exception) py.Object {
			if v, ok := e.Dict[key]; ok && v != nil {
				if s, isStr := v.(py.String); isStr && key == "line" && s == "" {
					return py.None
				}
				return v
			}
			return py.None
		}
	}
	prop("msg", func(e *py.Exception) py.Object {
		if args, ok := e.Args.(py.Tuple); ok && len(args) > 0 {
			return args[0]
		}
		return py.None
	})
	prop("filename", fromDict("filename"))
	prop("lineno", fromDict("lineno"))
	prop("offset", func(e *py.Exception) py.Object {
		// gpython counts columns from 0, CPython from 1
		if n, ok := e.Dict["offset"].(py.Int); ok {
			return n + 1
		}
		return py.None
	})
	prop("text", fromDict("line"))
}

// syntaxErrorPlace is what CPython prints above an uncaught SyntaxError's
// last line: `  File "name", line N` and the offending line, or "".
func syntaxErrorPlace(e *py.Exception) string {
	if !e.Base.IsSubtype(py.SyntaxError) {
		return ""
	}
	n, ok := e.Dict["lineno"].(py.Int)
	if !ok {
		return ""
	}
	file, _ := e.Dict["filename"].(py.String)
	s := fmt.Sprintf("  File \"%s\", line %d\n", string(file), int(n))
	line, _ := e.Dict["line"].(py.String)
	if text := strings.TrimSpace(string(line)); text != "" {
		s += "    " + text + "\n"
	} else if text := SourceLine(string(file), int(n)); text != "" {
		s += "    " + text + "\n"
	}
	return s
}
