// Package config reads Apache-syntax configuration files with mod_wsgi's
// directives into a typed, validated Config. One table (directives.go)
// lists every directive with its allowed scopes, its parser and a one-line
// doc; `gowsgi check` and `gowsgi help directives` print from it. The
// package never touches the running server: the server asks a Config what
// applies to a request (Config.Resolve).
//
// What does not live here: serving, routing at request time, interpreters.
package config

import (
	"fmt"
	"os"
	"strings"
)

// line is one logical line: a directive or a container tag.
type line struct {
	file string
	num  int
	name string   // directive name, "<Name" for an opening tag, "</Name" for a closing one
	args []string // arguments, quotes removed
}

func (l line) pos() string { return fmt.Sprintf("%s:%d", l.file, l.num) }

// lexFile splits a file into logical lines: `\` at the end of a line
// continues it, `#` starts a comment at the start of a line, arguments are
// separated by blanks and may be quoted with "" or ” (backslash escapes
// the quote).
func lexFile(path string) ([]line, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return lex(path, string(data))
}

func lex(path, text string) ([]line, error) {
	var out []line
	raw := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i := 0; i < len(raw); i++ {
		start := i + 1
		s := raw[i]
		for strings.HasSuffix(s, "\\") && i+1 < len(raw) {
			i++
			s = s[:len(s)-1] + " " + strings.TrimLeft(raw[i], " \t")
		}
		s = strings.TrimSpace(s)
		if s == "" || s[0] == '#' {
			continue
		}
		words, err := splitArgs(s)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, start, err)
		}
		l := line{file: path, num: start, name: words[0], args: words[1:]}
		if strings.HasPrefix(l.name, "<") {
			// container tag: <Name args...> or </Name>
			last := len(words) - 1
			if !strings.HasSuffix(words[last], ">") {
				return nil, fmt.Errorf("%s:%d: %s: directive missing closing '>'", path, start, l.name)
			}
			if words[last] == ">" {
				words = words[:last]
			} else {
				words[last] = strings.TrimSuffix(words[last], ">")
			}
			l.name, l.args = words[0], words[1:]
			if strings.HasSuffix(l.name, ">") { // "<Name>"
				l.name = strings.TrimSuffix(l.name, ">")
			}
		}
		out = append(out, l)
	}
	return out, nil
}

// splitArgs splits a directive line into words, honouring quotes.
func splitArgs(s string) ([]string, error) {
	var words []string
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i >= len(s) {
			break
		}
		if q := s[i]; q == '"' || q == '\'' {
			var b strings.Builder
			j := i + 1
			for ; j < len(s) && s[j] != q; j++ {
				if s[j] == '\\' && j+1 < len(s) && (s[j+1] == q || s[j+1] == '\\') {
					j++
				}
				b.WriteByte(s[j])
			}
			if j >= len(s) {
				return nil, fmt.Errorf("unterminated quoted argument")
			}
			words = append(words, b.String())
			i = j + 1
			continue
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\t' {
			j++
		}
		words = append(words, s[i:j])
		i = j
	}
	return words, nil
}
