package stdlib

// recheck.go finds the syntax errors CPython's re parser reports, with its
// messages and positions, before the pattern reaches regexp2 (whose own
// messages differ): unbalanced parenthesis, missing ) (unterminated
// subpattern), unterminated character set, bad character range, nothing to repeat, multiple
// repeat, bad escape \k, bad character in group name, and a look-behind
// that is not fixed-width. re.error carries msg, pattern, pos, lineno and
// colno as in CPython; str(e) is "msg at position pos".

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

type reSyntax struct {
	msg string
	pos int // -1: no position
}

const reEscapes = "abBdDfnrsStvwWZAxuUN"

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || unicode.IsLetter(r) || i > 0 && unicode.IsDigit(r)) {
			return false
		}
	}
	return true
}

// checkPattern returns CPython's error for pat (runes as code points), or
// nil; verbose skips whitespace and comments.
func checkPattern(pat string, verbose bool) *reSyntax {
	rs := []rune(pat)
	var open []int
	var lookbehind []int // indexes into open that are look-behinds
	canRepeat, repeated := false, false
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		switch {
		case verbose && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'):
			continue
		case verbose && c == '#':
			for i < len(rs) && rs[i] != '\n' {
				i++
			}
			continue
		case c == '\\':
			if i+1 >= len(rs) {
				return &reSyntax{"bad escape (end of pattern)", i}
			}
			n := rs[i+1]
			if n < 128 && unicode.IsLetter(n) && !strings.ContainsRune(reEscapes, n) {
				return &reSyntax{fmt.Sprintf("bad escape \\%c", n), i}
			}
			i++
			canRepeat, repeated = n != 'b' && n != 'B' && n != 'A' && n != 'Z', false
		case c == '[':
			start := i
			i++
			if i < len(rs) && rs[i] == '^' {
				i++
			}
			first := true
			prev := -1 // index of the last plain character, a range's start
			for ; ; i++ {
				if i >= len(rs) {
					return &reSyntax{"unterminated character set", start}
				}
				if rs[i] == ']' && !first {
					break
				}
				first = false
				if rs[i] == '-' && prev >= 0 && i+1 < len(rs) && rs[i+1] != ']' && rs[i+1] != '\\' {
					if rs[i+1] < rs[prev] {
						return &reSyntax{fmt.Sprintf("bad character range %c-%c", rs[prev], rs[i+1]), prev}
					}
					i++
					prev = -1
					continue
				}
				prev = -1
				if rs[i] != '\\' && rs[i] != '-' {
					prev = i
				}
				if rs[i] == '\\' && i+1 < len(rs) {
					n := rs[i+1]
					if n < 128 && unicode.IsLetter(n) && !strings.ContainsRune("abdDfnrsStvwWxuUN", n) {
						return &reSyntax{fmt.Sprintf("bad escape \\%c", n), i}
					}
					i++
				}
			}
			canRepeat, repeated = true, false
		case c == '(':
			rest := string(rs[i+1:])
			skip := 0 // the group's (?… prefix
			switch {
			case strings.HasPrefix(rest, "?P="):
				end := strings.IndexByte(rest, ')')
				if end < 0 {
					return &reSyntax{"missing ), unterminated name", i + 3}
				}
				i += len([]rune(rest[:end])) + 1
				canRepeat, repeated = true, false
				continue
			case strings.HasPrefix(rest, "?P<"):
				if end := strings.IndexByte(rest, '>'); end >= 0 {
					skip = len([]rune(rest[:end+1]))
				}
			case strings.HasPrefix(rest, "?<=") || strings.HasPrefix(rest, "?<!"):
				skip = 3
			case strings.HasPrefix(rest, "?"):
				j := 1
				for j < len(rest) && strings.IndexByte("aiLmsux-", rest[j]) >= 0 {
					j++
				}
				if j < len(rest) && rest[j] == ')' {
					i += j + 1 // (?i): global flags
					canRepeat, repeated = false, false
					continue
				}
				if j < len(rest) && strings.IndexByte(":=!>", rest[j]) >= 0 {
					j++
				}
				skip = j
			}
			if strings.HasPrefix(rest, "?P<") {
				end := strings.IndexByte(rest, '>')
				if end >= 0 {
					name := rest[3:end]
					if !isIdent(name) {
						return &reSyntax{fmt.Sprintf("bad character in group name '%s'", name), i + 4}
					}
				}
			}
			if strings.HasPrefix(rest, "?#") {
				end := strings.IndexByte(rest, ')')
				if end < 0 {
					return &reSyntax{"missing ), unterminated comment", i}
				}
				i += len([]rune(rest[:end])) + 1
				continue
			}
			if strings.HasPrefix(rest, "?<=") || strings.HasPrefix(rest, "?<!") {
				lookbehind = append(lookbehind, len(open))
			}
			open = append(open, i)
			i += skip
			canRepeat, repeated = false, false
		case c == ')':
			if len(open) == 0 {
				return &reSyntax{"unbalanced parenthesis", i}
			}
			if n := len(lookbehind); n > 0 && lookbehind[n-1] == len(open)-1 {
				if !fixedWidth(rs[open[len(open)-1]+4 : i]) {
					return &reSyntax{"look-behind requires fixed-width pattern", -1}
				}
				lookbehind = lookbehind[:n-1]
			}
			open = open[:len(open)-1]
			canRepeat, repeated = true, false
		case c == '|':
			canRepeat, repeated = false, false
		case c == '*' || c == '+' || c == '?' || c == '{' && isRepeatBrace(rs[i:]):
			if c == '?' && repeated && i > 0 && rs[i-1] != '?' {
				repeated = false // lazy: a*?
				continue
			}
			if repeated {
				return &reSyntax{"multiple repeat", i}
			}
			if !canRepeat {
				return &reSyntax{"nothing to repeat", i}
			}
			if c == '{' {
				for rs[i] != '}' {
					i++
				}
			}
			repeated = true
		case c == '^' || c == '$':
			canRepeat, repeated = false, false
		default:
			canRepeat, repeated = true, false
		}
	}
	if len(open) > 0 {
		return &reSyntax{"missing ), unterminated subpattern", open[len(open)-1]}
	}
	return nil
}

// isRepeatBrace reports whether rs starts with {m}, {m,}, {,n} or {m,n}.
func isRepeatBrace(rs []rune) bool {
	end := -1
	for j, r := range rs {
		if r == '}' {
			end = j
			break
		}
	}
	if end < 2 && !(end == 2 && rs[1] == ',') {
		if end != 2 {
			return false
		}
	}
	inner := string(rs[1:end])
	if inner == "," {
		return false
	}
	for _, r := range inner {
		if !(r >= '0' && r <= '9' || r == ',') {
			return false
		}
	}
	return strings.Count(inner, ",") <= 1
}

// fixedWidth reports whether a look-behind's body has no variable
// repeat and its alternatives (at its top level) agree in length, as far
// as a simple count tells.
func fixedWidth(body []rune) bool {
	width, want, depth := 0, -1, 0
	for i := 0; i < len(body); i++ {
		switch c := body[i]; {
		case c == '\\':
			i++
			width++
		case c == '[':
			for i++; i < len(body) && body[i] != ']'; i++ {
				if body[i] == '\\' {
					i++
				}
			}
			width++
		case c == '*' || c == '+' || c == '?':
			return false
		case c == '{':
			j := i
			for j < len(body) && body[j] != '}' {
				j++
			}
			inner := string(body[i+1 : j])
			if parts := strings.Split(inner, ","); len(parts) == 2 && parts[0] != parts[1] {
				return false
			}
			i = j
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == '|' && depth == 0:
			if want >= 0 && width != want {
				return false
			}
			want, width = width, 0
		case c == '^' || c == '$':
		default:
			width++
		}
	}
	return want < 0 || width == want
}

// reSyntaxError is re.error for e in pat.
func reSyntaxError(e *reSyntax, pat py.Object, src string) error {
	text := e.msg
	var pos, lineno, colno py.Object = py.None, py.None, py.None
	if e.pos >= 0 {
		rs := []rune(src)
		line, col := 1, 1
		for _, r := range rs[:e.pos] {
			if r == '\n' {
				line, col = line+1, 1
			} else {
				col++
			}
		}
		pos, lineno, colno = py.Int(e.pos), py.Int(line), py.Int(col)
		if strings.ContainsRune(src, '\n') {
			text = fmt.Sprintf("%s at position %d (line %d, column %d)", e.msg, e.pos, line, col)
		} else {
			text = fmt.Sprintf("%s at position %d", e.msg, e.pos)
		}
	}
	exc := py.ExceptionNewf(reError, "%s", text)
	if exc.Dict == nil {
		exc.Dict = py.StringDict{}
	}
	exc.Dict["msg"] = py.String(e.msg)
	exc.Dict["pattern"] = pat
	exc.Dict["pos"] = pos
	exc.Dict["lineno"] = lineno
	exc.Dict["colno"] = colno
	return exc
}

func init() {
	for _, name := range []string{"msg", "pattern", "pos", "lineno", "colno"} {
		name := name
		reError.Dict[name] = &py.Property{
			Fget: func(self py.Object) (py.Object, error) {
				if e, ok := self.(*py.Exception); ok {
					if v, ok := e.Dict[name]; ok {
						return v, nil
					}
					if args, ok := e.Args.(py.Tuple); ok && name == "msg" && len(args) > 0 {
						return args[0], nil
					}
				}
				return py.None, nil
			},
			Fset: func(self, value py.Object) error { return compat.SetExceptionAttr(self, name, value) },
		}
	}
}

// asciiClasses narrows \w \W \d \D \s \S \b \B to ASCII, for re.ASCII
// (the engine's classes are Unicode).
func asciiClasses(pat string) string {
	const w, d, s = `a-zA-Z0-9_`, `0-9`, ` \t\n\r\f\v`
	var b strings.Builder
	inClass := false
	for i := 0; i < len(pat); i++ {
		c := pat[i]
		if c == '\\' && i+1 < len(pat) {
			n := pat[i+1]
			i++
			if inClass {
				switch n {
				case 'w':
					b.WriteString(w)
				case 'd':
					b.WriteString(d)
				case 's':
					b.WriteString(s)
				default:
					b.WriteByte(c)
					b.WriteByte(n)
				}
				continue
			}
			switch n {
			case 'w':
				b.WriteString("[" + w + "]")
			case 'W':
				b.WriteString("[^" + w + "]")
			case 'd':
				b.WriteString("[" + d + "]")
			case 'D':
				b.WriteString("[^" + d + "]")
			case 's':
				b.WriteString("[" + s + "]")
			case 'S':
				b.WriteString("[^" + s + "]")
			case 'b':
				b.WriteString("(?:(?<=[" + w + "])(?![" + w + "])|(?<![" + w + "])(?=[" + w + "]))")
			case 'B':
				b.WriteString("(?:(?<=[" + w + "])(?=[" + w + "])|(?<![" + w + "])(?![" + w + "]))")
			default:
				b.WriteByte(c)
				b.WriteByte(n)
			}
			continue
		}
		switch {
		case inClass && c == ']':
			inClass = false
		case !inClass && c == '[':
			inClass = true
			b.WriteByte(c)
			if i+1 < len(pat) && pat[i+1] == '^' {
				b.WriteByte('^')
				i++
			}
			if i+1 < len(pat) && pat[i+1] == ']' {
				b.WriteByte(']')
				i++
			}
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
