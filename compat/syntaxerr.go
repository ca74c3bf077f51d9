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

// fixSyntaxPlace moves a parser error to where CPython reports it (src is
// the source the parser saw):
//   - "invalid syntax" at the end of a token points at the token's start
//     (gpython's column is where the bad token ends);
//   - an unexpected end of file inside brackets is "'(' was never
//     closed" at the opening bracket, a closing bracket with no opener
//     "unmatched ')'";
//   - an unterminated string is "unterminated string literal (detected
//     at line N)" at its opening quote.
func fixSyntaxPlace(src string, err error) {
	e, ok := err.(*py.Exception)
	if !ok || !e.Base.IsSubtype(py.SyntaxError) || e.Dict == nil {
		return
	}
	args, _ := e.Args.(py.Tuple)
	if len(args) != 1 {
		return
	}
	msg, _ := args[0].(py.String)
	lineno, ok1 := e.Dict["lineno"].(py.Int)
	col, ok2 := e.Dict["offset"].(py.Int)
	if !ok1 || !ok2 {
		return
	}
	lines := strings.Split(src, "\n")
	set := func(m string, line, col0 int) {
		e.Args = py.Tuple{py.String(m)}
		e.Dict["lineno"] = py.Int(line)
		e.Dict["offset"] = py.Int(col0)
		if line >= 1 && line <= len(lines) {
			e.Dict["line"] = py.String(lines[line-1])
		}
	}
	switch msg {
	case "unexpected EOF while parsing", "invalid syntax":
		if l, c, ch, ok := unbalancedBracket(src); ok {
			closer := ch == ')' || ch == ']' || ch == '}'
			switch {
			case !closer && (msg == "unexpected EOF while parsing" || l < int(lineno)):
				set(fmt.Sprintf("'%c' was never closed", ch), l, c)
				return
			case closer && l == int(lineno):
				set(fmt.Sprintf("unmatched '%c'", ch), l, c)
				return
			}
		}
		if msg != "invalid syntax" || int(lineno) < 1 || int(lineno) > len(lines) {
			return
		}
		line := lines[lineno-1]
		c := int(col)
		if c <= 0 || c > len(line) {
			return
		}
		if toks, ok := tokenize(line); ok {
			for _, t := range toks {
				if t.end == c && t.kind != tkNewline {
					e.Dict["offset"] = py.Int(t.start)
					return
				}
			}
		}
	case "EOL while scanning string literal":
		if int(lineno) < 1 || int(lineno) > len(lines) {
			return
		}
		line := lines[lineno-1]
		c := min(int(col), len(line)) - 1
		for c >= 0 && line[c] != '\'' && line[c] != '"' {
			c--
		}
		if c >= 0 {
			set(fmt.Sprintf("unterminated string literal (detected at line %d)", int(lineno)), int(lineno), c)
		}
	}
}

// unbalancedBracket finds the first bracket of src left open at the end
// (or a closing one with no opener): its line, 0-based column and char.
func unbalancedBracket(src string) (line, col int, ch byte, ok bool) {
	type open struct {
		line, col int
		ch        byte
	}
	var stack []open
	ln, lineStart := 1, 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\n':
			ln, lineStart = ln+1, i+1
		case c == '#':
			for i+1 < len(src) && src[i+1] != '\n' {
				i++
			}
		case c == '\'' || c == '"':
			end, fine := scanString(src, i)
			if !fine {
				return 0, 0, 0, false
			}
			for _, x := range src[i:end] {
				if x == '\n' {
					ln++
				}
			}
			if k := strings.LastIndexByte(src[:end], '\n'); k >= i {
				lineStart = k + 1
			}
			i = end - 1
		case c == '(' || c == '[' || c == '{':
			stack = append(stack, open{ln, i - lineStart, c})
		case c == ')' || c == ']' || c == '}':
			if len(stack) == 0 {
				return ln, i - lineStart, c, true
			}
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) > 0 {
		return stack[0].line, stack[0].col, stack[0].ch, true
	}
	return 0, 0, 0, false
}
