package stdlib

// re.go is the re module: Python's regular expressions on
// github.com/dlclark/regexp2, a backtracking engine with .NET syntax
// (lookarounds, backreferences, atomic groups), where Go's regexp (RE2)
// lacks Python's semantics.
//
// Provides compile, search, match, fullmatch, findall, finditer, sub,
// subn, split, escape, purge, the flags (I/IGNORECASE, M/MULTILINE,
// S/DOTALL, X/VERBOSE, U/UNICODE, A/ASCII, L/LOCALE) and re.error;
// Pattern objects (search/match/fullmatch with pos and endpos, findall,
// finditer, sub, subn, split, pattern, flags, groups, groupindex) and
// Match objects (group, groups, groupdict, start, end, span, expand,
// m[g], string, re, pos, endpos, lastindex, lastgroup). str and bytes
// patterns. Replacement templates take \1, \g<1>, \g<name> and the usual
// escapes; a callable gets the Match.
//
// Python's syntax is translated before compiling: (?P<name>…) becomes a
// numbered group (the engine numbers named groups after unnamed ones;
// Python numbers all left to right), (?P=name) a numbered
// backreference, \Z the engine's \z, {,n} {0,n}.
// Differences from CPython: re.ASCII does not narrow \w, \d, \s; error
// messages come from the engine.

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

const (
	reI = 2
	reL = 4
	reM = 8
	reS = 16
	reU = 32
	reX = 64
	reA = 256
)

// reError is re.error.
var reError = compat.NewExceptionType(py.ExceptionType, "error", "Exception raised for invalid regular expressions.")

// Pattern is a compiled regular expression.
type Pattern struct {
	re   *regexp2.Regexp
	opts regexp2.RegexOptions
	// fast is the same pattern for Go's regexp (RE2, linear time), used on
	// ASCII text when the pattern needs nothing RE2 lacks; fastAll when it
	// also cannot match the empty string (RE2 steps over empty matches
	// differently from Python's findall/sub/split).
	fast      *regexp.Regexp
	fastAll   bool
	source    py.Object // the pattern as given (str or bytes)
	flags     int
	groups    int
	names     map[string]int
	nameOrder []string
	bytes     bool
}

var patternType = py.NewType("re.Pattern", "Compiled regular expression object.")

func (p *Pattern) Type() *py.Type { return patternType }

// Match is the result of a successful match.
type Match struct {
	p        *Pattern
	h        hit
	subject  py.Object
	runes    []rune
	pos, end int
}

// hit is where a match and its groups are: start and end of group g at
// [2g] and [2g+1], in characters; -1 for a group that did not take part.
type hit []int

// hitOf reads a regexp2 match.
func (p *Pattern) hitOf(m *regexp2.Match) hit {
	h := make(hit, 2*(p.groups+1))
	for g := 0; g <= p.groups; g++ {
		grp := m.GroupByNumber(g)
		if grp == nil || len(grp.Captures) == 0 {
			h[2*g], h[2*g+1] = -1, -1
			continue
		}
		h[2*g], h[2*g+1] = grp.Index, grp.Index+grp.Length
	}
	return h
}

var matchType = py.NewType("re.Match", "The result of re.match() and re.search().")

func (m *Match) Type() *py.Type { return matchType }

// translate rewrites Python regular expression syntax for regexp2 and
// counts the groups.
func translate(pat string, verbose bool) (string, int, map[string]int, []string, error) {
	var b strings.Builder
	names := map[string]int{}
	var order []string
	groups := 0
	inClass := false
	for i := 0; i < len(pat); i++ {
		c := pat[i]
		switch {
		case c == '\\' && i+1 < len(pat):
			n := pat[i+1]
			if n == 'Z' && !inClass {
				b.WriteString(`\z`)
			} else {
				b.WriteByte(c)
				b.WriteByte(n)
			}
			i++
		case inClass:
			if c == ']' {
				inClass = false
			}
			b.WriteByte(c)
		case c == '[':
			inClass = true
			b.WriteByte(c)
			// a ] right after [ or [^ is a literal
			if i+1 < len(pat) && pat[i+1] == '^' {
				b.WriteByte('^')
				i++
			}
			if i+1 < len(pat) && pat[i+1] == ']' {
				b.WriteString(`\]`)
				i++
			}
		case verbose && c == '#':
			for i < len(pat) && pat[i] != '\n' {
				i++
			}
			b.WriteByte('\n')
		case c == '(':
			rest := pat[i+1:]
			switch {
			case strings.HasPrefix(rest, "?P<"):
				end := strings.IndexByte(rest, '>')
				if end < 0 {
					return "", 0, nil, nil, fmt.Errorf("missing >, unterminated name at position %d", i+4)
				}
				name := rest[3:end]
				if _, dup := names[name]; dup {
					return "", 0, nil, nil, fmt.Errorf("redefinition of group name %q as group %d", name, groups+1)
				}
				groups++
				names[name] = groups
				order = append(order, name)
				b.WriteByte('(')
				i += end + 1
			case strings.HasPrefix(rest, "?P="):
				end := strings.IndexByte(rest, ')')
				if end < 0 {
					return "", 0, nil, nil, fmt.Errorf("missing ), unterminated name at position %d", i+4)
				}
				name := rest[3:end]
				n, ok := names[name]
				if !ok {
					return "", 0, nil, nil, fmt.Errorf("unknown group name '%s' at position %d", name, i+4)
				}
				fmt.Fprintf(&b, `(?:\%d)`, n)
				i += end + 1
			case strings.HasPrefix(rest, "?"):
				b.WriteByte('(')
			default:
				groups++
				b.WriteByte('(')
			}
		case c == '{' && strings.HasPrefix(pat[i:], "{,"):
			b.WriteString("{0,")
			i++
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), groups, names, order, nil
}

// subjectRunes returns the runes a pattern runs on: a str's code points, or
// a bytes object's bytes as code points 0-255.
func subjectRunes(p *Pattern, o py.Object) ([]rune, error) {
	if p.bytes {
		b, ok := compat.BytesOf(o)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "cannot use a bytes pattern on a string-like object")
		}
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return r, nil
	}
	s, ok := o.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "cannot use a string pattern on a bytes-like object")
	}
	return []rune(string(s)), nil
}

// text turns runes back into the subject's type.
func (p *Pattern) text(r []rune) py.Object {
	if p.bytes {
		b := make([]byte, len(r))
		for i, c := range r {
			b[i] = byte(c)
		}
		return compat.NewBytes(b)
	}
	return py.String(string(r))
}

func compilePattern(pat py.Object, flags int) (*Pattern, error) {
	if p, ok := pat.(*Pattern); ok {
		if flags != 0 {
			return nil, py.ExceptionNewf(py.ValueError, "cannot process flags argument with a compiled pattern")
		}
		return p, nil
	}
	var src string
	isBytes := false
	if s, ok := pat.(py.String); ok {
		src = string(s)
	} else if b, ok := compat.BytesOf(pat); ok {
		isBytes = true
		var sb strings.Builder
		for _, c := range b {
			sb.WriteRune(rune(c))
		}
		src = sb.String()
	} else {
		return nil, py.ExceptionNewf(py.TypeError, "first argument must be string or compiled pattern")
	}
	verbose := flags&reX != 0 || inlineVerbose(src)
	tr, groups, names, order, err := translate(src, verbose)
	if err != nil {
		return nil, py.ExceptionNewf(reError, "%s", err.Error())
	}
	opts := regexp2.None
	if flags&reI != 0 {
		opts |= regexp2.IgnoreCase
	}
	if flags&reM != 0 {
		opts |= regexp2.Multiline
	}
	if flags&reS != 0 {
		opts |= regexp2.Singleline
	}
	if flags&reX != 0 {
		opts |= regexp2.IgnorePatternWhitespace
	}
	re, err := regexp2.Compile(tr, opts)
	if err != nil {
		return nil, py.ExceptionNewf(reError, "%s", strings.TrimPrefix(err.Error(), "error parsing regexp: "))
	}
	if !isBytes {
		flags |= reU
	}
	fast, fastAll := fastRegexp(tr, flags, verbose)
	return &Pattern{re: re, opts: opts, fast: fast, fastAll: fastAll, source: pat, flags: flags, groups: groups, names: names, nameOrder: order, bytes: isBytes}, nil
}

// find runs the pattern on runes[:end] from pos; anchored requires the
// match to start at pos, full to end at end.
func (p *Pattern) find(subject py.Object, runes []rune, pos, end int, anchored, full bool) (*Match, error) {
	pos, end = clampPos(pos, end, len(runes))
	if p.fast != nil && pos == 0 && !full {
		if ascii, ok := asciiText(runes[:end]); ok {
			loc := p.fast.FindStringSubmatchIndex(ascii)
			if loc == nil || (anchored && loc[0] != 0) {
				return nil, nil
			}
			return &Match{p: p, h: hit(loc), subject: subject, runes: runes, pos: pos, end: end}, nil
		}
	}
	text := runes[:end]
	m, err := p.re.FindRunesMatchStartingAt(text, pos)
	for err == nil && m != nil {
		if anchored && m.Index != pos {
			return nil, nil
		}
		if !full || m.Index+m.Length == end {
			return &Match{p: p, h: p.hitOf(m), subject: subject, runes: runes, pos: pos, end: end}, nil
		}
		if anchored {
			// a shorter alternative may not reach the end; try the pattern
			// anchored at both ends
			return p.fullAnchored(subject, runes, pos, end)
		}
		m, err = p.re.FindNextMatch(m)
	}
	if err != nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "%v", err)
	}
	return nil, nil
}

func (p *Pattern) fullAnchored(subject py.Object, runes []rune, pos, end int) (*Match, error) {
	tr, _, _, _, err := translate(patternSource(p), p.flags&reX != 0)
	if err != nil {
		return nil, nil
	}
	full, err := regexp2.Compile(`\G(?:`+tr+`)\z`, p.opts)
	if err != nil {
		return nil, nil
	}
	m, err := full.FindRunesMatchStartingAt(runes[:end], pos)
	if err != nil || m == nil {
		return nil, nil
	}
	return &Match{p: p, h: p.hitOf(m), subject: subject, runes: runes, pos: pos, end: end}, nil
}

func patternSource(p *Pattern) string {
	if s, ok := p.source.(py.String); ok {
		return string(s)
	}
	b, _ := compat.BytesOf(p.source)
	var sb strings.Builder
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

func clampPos(pos, end, n int) (int, int) {
	if pos < 0 {
		pos = 0
	}
	if end < 0 || end > n {
		end = n
	}
	if pos > end {
		pos = end
	}
	return pos, end
}

// each calls fn for every non-overlapping match.
func (p *Pattern) each(runes []rune, pos, end int, fn func(h hit) bool) error {
	pos, end = clampPos(pos, end, len(runes))
	if p.fast != nil && p.fastAll && pos == 0 {
		if ascii, ok := asciiText(runes[:end]); ok {
			for _, loc := range p.fast.FindAllStringSubmatchIndex(ascii, -1) {
				if !fn(hit(loc)) {
					return nil
				}
			}
			return nil
		}
	}
	m, err := p.re.FindRunesMatchStartingAt(runes[:end], pos)
	for err == nil && m != nil {
		if !fn(p.hitOf(m)) {
			return nil
		}
		m, err = p.re.FindNextMatch(m)
	}
	if err != nil {
		return py.ExceptionNewf(py.RuntimeError, "%v", err)
	}
	return nil
}

// group returns group g of the hit in runes, or nil when it did not take
// part.
func (p *Pattern) group(runes []rune, h hit, g int) py.Object {
	if h[2*g] < 0 {
		return nil
	}
	return p.text(runes[h[2*g]:h[2*g+1]])
}

func (p *Pattern) groupIndex(o py.Object) (int, error) {
	switch v := o.(type) {
	case py.String:
		if n, ok := p.names[string(v)]; ok {
			return n, nil
		}
		return 0, py.ExceptionNewf(py.IndexError, "no such group")
	default:
		n, err := py.IndexInt(o)
		if err != nil || n < 0 || n > p.groups {
			return 0, py.ExceptionNewf(py.IndexError, "no such group")
		}
		return n, nil
	}
}

func orNone(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}

// findall is Pattern.findall.
func (p *Pattern) findall(runes []rune, pos, end int) (py.Object, error) {
	out := py.NewList()
	err := p.each(runes, pos, end, func(h hit) bool {
		switch p.groups {
		case 0:
			out.Append(p.text(runes[h[0]:h[1]]))
		case 1:
			g := p.group(runes, h, 1)
			if g == nil {
				g = p.text(nil)
			}
			out.Append(g)
		default:
			t := make(py.Tuple, p.groups)
			for i := range t {
				g := p.group(runes, h, i+1)
				if g == nil {
					g = p.text(nil)
				}
				t[i] = g
			}
			out.Append(t)
		}
		return true
	})
	return out, err
}

// template is a parsed replacement string.
type template struct {
	lits   []string
	groups []int // group number after lits[i], -1 at the end
}

func parseTemplate(p *Pattern, repl string) (*template, error) {
	t := &template{}
	var lit strings.Builder
	for i := 0; i < len(repl); i++ {
		c := repl[i]
		if c != '\\' || i+1 >= len(repl) {
			lit.WriteByte(c)
			continue
		}
		i++
		n := repl[i]
		switch {
		case n == 'g':
			end := strings.IndexByte(repl[i:], '>')
			if i+1 >= len(repl) || repl[i+1] != '<' || end < 0 {
				return nil, py.ExceptionNewf(reError, "missing < at position %d", i)
			}
			name := repl[i+2 : i+end]
			g, err := strconv.Atoi(name)
			if err != nil {
				var ok bool
				if g, ok = p.names[name]; !ok {
					return nil, py.ExceptionNewf(py.IndexError, "unknown group name '%s'", name)
				}
			} else if g > p.groups {
				return nil, py.ExceptionNewf(reError, "invalid group reference %d at position %d", g, i+2)
			}
			t.lits = append(t.lits, lit.String())
			t.groups = append(t.groups, g)
			lit.Reset()
			i += end
		case n >= '0' && n <= '9':
			j := i + 1
			if j < len(repl) && repl[j] >= '0' && repl[j] <= '9' {
				j++
			}
			g, _ := strconv.Atoi(repl[i:j])
			if g > p.groups {
				return nil, py.ExceptionNewf(reError, "invalid group reference %d at position %d", g, i)
			}
			t.lits = append(t.lits, lit.String())
			t.groups = append(t.groups, g)
			lit.Reset()
			i = j - 1
		case n == 'n':
			lit.WriteByte('\n')
		case n == 't':
			lit.WriteByte('\t')
		case n == 'r':
			lit.WriteByte('\r')
		case n == 'f':
			lit.WriteByte('\f')
		case n == 'v':
			lit.WriteByte('\v')
		case n == 'a':
			lit.WriteByte('\a')
		case n == 'b':
			lit.WriteByte('\b')
		case n == '\\':
			lit.WriteByte('\\')
		case (n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z'):
			return nil, py.ExceptionNewf(reError, "bad escape \\%c at position %d", n, i-1)
		default:
			lit.WriteByte('\\')
			lit.WriteByte(n)
		}
	}
	t.lits = append(t.lits, lit.String())
	t.groups = append(t.groups, -1)
	return t, nil
}

func (t *template) expand(runes []rune, h hit, out *[]rune) {
	for i, l := range t.lits {
		*out = append(*out, []rune(l)...)
		if g := t.groups[i]; g >= 0 && h[2*g] >= 0 {
			*out = append(*out, runes[h[2*g]:h[2*g+1]]...)
		}
	}
}

// sub is Pattern.subn.
func (p *Pattern) sub(repl, subject py.Object, count int) (py.Object, int, error) {
	runes, err := subjectRunes(p, subject)
	if err != nil {
		return nil, 0, err
	}
	var tmpl *template
	callable := false
	if s, ok := repl.(py.String); ok && !p.bytes {
		if tmpl, err = parseTemplate(p, string(s)); err != nil {
			return nil, 0, err
		}
	} else if b, ok := compat.BytesOf(repl); ok && p.bytes {
		var sb strings.Builder
		for _, c := range b {
			sb.WriteRune(rune(c))
		}
		if tmpl, err = parseTemplate(p, sb.String()); err != nil {
			return nil, 0, err
		}
	} else {
		callable = true
	}
	var out []rune
	last, n := 0, 0
	var cbErr error
	err = p.each(runes, 0, -1, func(h hit) bool {
		if count > 0 && n >= count {
			return false
		}
		out = append(out, runes[last:h[0]]...)
		if callable {
			r, err := py.Call(repl, py.Tuple{&Match{p: p, h: h, subject: subject, runes: runes, pos: 0, end: len(runes)}}, nil)
			if err != nil {
				cbErr = err
				return false
			}
			rr, err := subjectRunes(p, r)
			if err != nil {
				cbErr = py.ExceptionNewf(py.TypeError, "expected str instance, %s found", r.Type().Name)
				return false
			}
			out = append(out, rr...)
		} else {
			tmpl.expand(runes, h, &out)
		}
		last = h[1]
		n++
		return true
	})
	if cbErr != nil {
		return nil, 0, cbErr
	}
	if err != nil {
		return nil, 0, err
	}
	out = append(out, runes[last:]...)
	return p.text(out), n, nil
}

// split is Pattern.split.
func (p *Pattern) split(subject py.Object, maxsplit int) (py.Object, error) {
	runes, err := subjectRunes(p, subject)
	if err != nil {
		return nil, err
	}
	out := py.NewList()
	last, n := 0, 0
	err = p.each(runes, 0, -1, func(h hit) bool {
		if maxsplit > 0 && n >= maxsplit {
			return false
		}
		out.Append(p.text(runes[last:h[0]]))
		for g := 1; g <= p.groups; g++ {
			out.Append(orNone(p.group(runes, h, g)))
		}
		last = h[1]
		n++
		return true
	})
	if err != nil {
		return nil, err
	}
	out.Append(p.text(runes[last:]))
	return out, nil
}

// Python-visible methods.

func parsePatternArgs(name string, args py.Tuple, kwargs py.StringDict) (py.Object, int, int, error) {
	var s, pos, end py.Object = nil, py.Int(0), py.Int(-1)
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:"+name, []string{"string", "pos", "endpos"}, &s, &pos, &end); err != nil {
		return nil, 0, 0, err
	}
	p, err := py.IndexInt(pos)
	if err != nil {
		return nil, 0, 0, err
	}
	e, err := py.IndexInt(end)
	if err != nil {
		return nil, 0, 0, err
	}
	return s, p, e, nil
}

func patternSelf(self py.Object, args py.Tuple) (*Pattern, py.Tuple, error) {
	if p, ok := self.(*Pattern); ok {
		return p, args, nil
	}
	if len(args) > 0 {
		if p, ok := args[0].(*Pattern); ok {
			return p, args[1:], nil
		}
	}
	return nil, nil, py.ExceptionNewf(py.TypeError, "descriptor requires a 're.Pattern' object")
}

func matchSelf(self py.Object, args py.Tuple) (*Match, py.Tuple, error) {
	if m, ok := self.(*Match); ok {
		return m, args, nil
	}
	if len(args) > 0 {
		if m, ok := args[0].(*Match); ok {
			return m, args[1:], nil
		}
	}
	return nil, nil, py.ExceptionNewf(py.TypeError, "descriptor requires a 're.Match' object")
}

func patternMethod(name, doc string, fn func(p *Pattern, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	patternType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		p, args, err := patternSelf(self, args)
		if err != nil {
			return nil, err
		}
		return fn(p, args, kwargs)
	}, 0, doc)
}

func matchMethod(name, doc string, fn func(m *Match, args py.Tuple) (py.Object, error)) {
	matchType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		m, args, err := matchSelf(self, args)
		if err != nil {
			return nil, err
		}
		return fn(m, args)
	}, 0, doc)
}

func resultOrNone(m *Match, err error) (py.Object, error) {
	if err != nil {
		return nil, err
	}
	if m == nil {
		return py.None, nil
	}
	return m, nil
}

func (p *Pattern) M__repr__() (py.Object, error) {
	r, err := compat.Repr(p.source)
	if err != nil {
		return nil, err
	}
	var fl []string
	for _, f := range []struct {
		bit  int
		name string
	}{{reI, "re.IGNORECASE"}, {reL, "re.LOCALE"}, {reM, "re.MULTILINE"}, {reS, "re.DOTALL"}, {reX, "re.VERBOSE"}, {reA, "re.ASCII"}} {
		if p.flags&f.bit != 0 {
			fl = append(fl, f.name)
		}
	}
	if len(fl) > 0 {
		return py.String("re.compile(" + r + ", " + strings.Join(fl, "|") + ")"), nil
	}
	return py.String("re.compile(" + r + ")"), nil
}

func (p *Pattern) M__eq__(o py.Object) (py.Object, error) {
	q, ok := o.(*Pattern)
	if !ok {
		return py.False, nil
	}
	eq, err := compat.Equal(p.source, q.source)
	return py.NewBool(eq && p.flags == q.flags), err
}

func (m *Match) M__repr__() (py.Object, error) {
	r, err := compat.Repr(m.p.text(m.runes[m.h[0]:m.h[1]]))
	if err != nil {
		return nil, err
	}
	return py.String(fmt.Sprintf("<re.Match object; span=(%d, %d), match=%s>", m.h[0], m.h[1], r)), nil
}

func (m *Match) M__getitem__(key py.Object) (py.Object, error) {
	g, err := m.p.groupIndex(key)
	if err != nil {
		return nil, err
	}
	return orNone(m.p.group(m.runes, m.h, g)), nil
}

func (m *Match) M__bool__() (py.Object, error) { return py.True, nil }

func (m *Match) span(g int) (int, int) {
	return m.h[2*g], m.h[2*g+1]
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "re", Doc: "Support for regular expressions (RE)."},
		Methods: []*py.Method{
			py.MustNewMethod("compile", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				var pat, flags py.Object = nil, py.Int(0)
				if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:compile", []string{"pattern", "flags"}, &pat, &flags); err != nil {
					return nil, err
				}
				f, err := py.IndexInt(flags)
				if err != nil {
					return nil, err
				}
				return compilePattern(pat, f)
			}, 0, "compile(pattern, flags=0) -> Pattern"),
			moduleFunc("search", func(p *Pattern, s py.Object, runes []rune) (py.Object, error) {
				return resultOrNone(p.find(s, runes, 0, -1, false, false))
			}),
			moduleFunc("match", func(p *Pattern, s py.Object, runes []rune) (py.Object, error) {
				return resultOrNone(p.find(s, runes, 0, -1, true, false))
			}),
			moduleFunc("fullmatch", func(p *Pattern, s py.Object, runes []rune) (py.Object, error) {
				return resultOrNone(p.find(s, runes, 0, -1, true, true))
			}),
			moduleFunc("findall", func(p *Pattern, s py.Object, runes []rune) (py.Object, error) {
				return p.findall(runes, 0, -1)
			}),
			moduleFunc("finditer", func(p *Pattern, s py.Object, runes []rune) (py.Object, error) {
				return p.finditer(s, runes, 0, -1)
			}),
			py.MustNewMethod("sub", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				r, _, err := moduleSub("sub", args, kwargs)
				return r, err
			}, 0, "sub(pattern, repl, string, count=0, flags=0) -> str"),
			py.MustNewMethod("subn", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				r, n, err := moduleSub("subn", args, kwargs)
				if err != nil {
					return nil, err
				}
				return py.Tuple{r, py.Int(n)}, nil
			}, 0, "subn(pattern, repl, string, count=0, flags=0) -> (str, number)"),
			py.MustNewMethod("split", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				var pat, s, maxsplit, flags py.Object = nil, nil, py.Int(0), py.Int(0)
				if err := py.ParseTupleAndKeywords(args, kwargs, "OO|OO:split", []string{"pattern", "string", "maxsplit", "flags"}, &pat, &s, &maxsplit, &flags); err != nil {
					return nil, err
				}
				f, _ := py.IndexInt(flags)
				p, err := compilePattern(pat, f)
				if err != nil {
					return nil, err
				}
				ms, _ := py.IndexInt(maxsplit)
				return p.split(s, ms)
			}, 0, "split(pattern, string, maxsplit=0, flags=0) -> list"),
			py.MustNewMethod("escape", func(self py.Object, arg py.Object) (py.Object, error) {
				if b, ok := compat.BytesOf(arg); ok {
					var out []byte
					for _, c := range b {
						if isSpecial(rune(c)) {
							out = append(out, '\\')
						}
						out = append(out, c)
					}
					return compat.NewBytes(out), nil
				}
				s, ok := arg.(py.String)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "escape() argument must be str or bytes")
				}
				var b strings.Builder
				for _, r := range string(s) {
					if isSpecial(r) {
						b.WriteByte('\\')
					}
					b.WriteRune(r)
				}
				return py.String(b.String()), nil
			}, 0, "escape(pattern) -> pattern with special characters escaped"),
			py.MustNewMethod("purge", func(self py.Object) (py.Object, error) { return py.None, nil }, 0, "purge() -> clear the regular expression cache"),
		},
		Globals: py.StringDict{
			"I": py.Int(reI), "IGNORECASE": py.Int(reI), "L": py.Int(reL), "LOCALE": py.Int(reL),
			"M": py.Int(reM), "MULTILINE": py.Int(reM), "S": py.Int(reS), "DOTALL": py.Int(reS),
			"U": py.Int(reU), "UNICODE": py.Int(reU), "X": py.Int(reX), "VERBOSE": py.Int(reX),
			"A": py.Int(reA), "ASCII": py.Int(reA), "NOFLAG": py.Int(0),
			"error": reError, "Pattern": patternType, "Match": matchType,
		},
	})

	patternMethod("search", "search(string, pos=0, endpos=len) -> Match or None", func(p *Pattern, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return patternFind(p, "search", args, kw, false, false)
	})
	patternMethod("match", "match(string, pos=0, endpos=len) -> Match or None", func(p *Pattern, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return patternFind(p, "match", args, kw, true, false)
	})
	patternMethod("fullmatch", "fullmatch(string, pos=0, endpos=len) -> Match or None", func(p *Pattern, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return patternFind(p, "fullmatch", args, kw, true, true)
	})
	patternMethod("findall", "findall(string, pos=0, endpos=len) -> list", func(p *Pattern, args py.Tuple, kw py.StringDict) (py.Object, error) {
		s, pos, end, err := parsePatternArgs("findall", args, kw)
		if err != nil {
			return nil, err
		}
		runes, err := subjectRunes(p, s)
		if err != nil {
			return nil, err
		}
		return p.findall(runes, pos, end)
	})
	patternMethod("finditer", "finditer(string, pos=0, endpos=len) -> iterator of Match", func(p *Pattern, args py.Tuple, kw py.StringDict) (py.Object, error) {
		s, pos, end, err := parsePatternArgs("finditer", args, kw)
		if err != nil {
			return nil, err
		}
		runes, err := subjectRunes(p, s)
		if err != nil {
			return nil, err
		}
		return p.finditer(s, runes, pos, end)
	})
	patternMethod("sub", "sub(repl, string, count=0) -> str", func(p *Pattern, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var repl, s, count py.Object = nil, nil, py.Int(0)
		if err := py.ParseTupleAndKeywords(args, kw, "OO|O:sub", []string{"repl", "string", "count"}, &repl, &s, &count); err != nil {
			return nil, err
		}
		c, _ := py.IndexInt(count)
		r, _, err := p.sub(repl, s, c)
		return r, err
	})
	patternMethod("subn", "subn(repl, string, count=0) -> (str, number)", func(p *Pattern, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var repl, s, count py.Object = nil, nil, py.Int(0)
		if err := py.ParseTupleAndKeywords(args, kw, "OO|O:subn", []string{"repl", "string", "count"}, &repl, &s, &count); err != nil {
			return nil, err
		}
		c, _ := py.IndexInt(count)
		r, n, err := p.sub(repl, s, c)
		if err != nil {
			return nil, err
		}
		return py.Tuple{r, py.Int(n)}, nil
	})
	patternMethod("split", "split(string, maxsplit=0) -> list", func(p *Pattern, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var s, maxsplit py.Object = nil, py.Int(0)
		if err := py.ParseTupleAndKeywords(args, kw, "O|O:split", []string{"string", "maxsplit"}, &s, &maxsplit); err != nil {
			return nil, err
		}
		ms, _ := py.IndexInt(maxsplit)
		return p.split(s, ms)
	})
	patternType.Dict["pattern"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return self.(*Pattern).source, nil }}
	patternType.Dict["flags"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.Int(self.(*Pattern).flags), nil }}
	patternType.Dict["groups"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.Int(self.(*Pattern).groups), nil }}
	patternType.Dict["groupindex"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		p := self.(*Pattern)
		d := compat.NewDict()
		for _, n := range p.nameOrder {
			d.SetStr(n, py.Int(p.names[n]))
		}
		return d, nil
	}}

	matchMethod("group", "group([group1, ...]) -> str or tuple", func(m *Match, args py.Tuple) (py.Object, error) {
		if len(args) == 0 {
			return m.p.text(m.runes[m.h[0]:m.h[1]]), nil
		}
		out := make(py.Tuple, len(args))
		for i, a := range args {
			g, err := m.p.groupIndex(a)
			if err != nil {
				return nil, err
			}
			out[i] = orNone(m.p.group(m.runes, m.h, g))
		}
		if len(out) == 1 {
			return out[0], nil
		}
		return out, nil
	})
	matchMethod("groups", "groups(default=None) -> tuple of all the subgroups", func(m *Match, args py.Tuple) (py.Object, error) {
		var def py.Object = py.None
		if len(args) > 0 {
			def = args[0]
		}
		out := make(py.Tuple, m.p.groups)
		for i := range out {
			if g := m.p.group(m.runes, m.h, i+1); g != nil {
				out[i] = g
			} else {
				out[i] = def
			}
		}
		return out, nil
	})
	matchMethod("groupdict", "groupdict(default=None) -> dict of the named subgroups", func(m *Match, args py.Tuple) (py.Object, error) {
		var def py.Object = py.None
		if len(args) > 0 {
			def = args[0]
		}
		d := compat.NewDict()
		for _, n := range m.p.nameOrder {
			if g := m.p.group(m.runes, m.h, m.p.names[n]); g != nil {
				d.SetStr(n, g)
			} else {
				d.SetStr(n, def)
			}
		}
		return d, nil
	})
	spanArg := func(m *Match, args py.Tuple) (int, error) {
		if len(args) == 0 {
			return 0, nil
		}
		return m.p.groupIndex(args[0])
	}
	matchMethod("start", "start(group=0) -> index", func(m *Match, args py.Tuple) (py.Object, error) {
		g, err := spanArg(m, args)
		if err != nil {
			return nil, err
		}
		s, _ := m.span(g)
		return py.Int(s), nil
	})
	matchMethod("end", "end(group=0) -> index", func(m *Match, args py.Tuple) (py.Object, error) {
		g, err := spanArg(m, args)
		if err != nil {
			return nil, err
		}
		_, e := m.span(g)
		return py.Int(e), nil
	})
	matchMethod("span", "span(group=0) -> (start, end)", func(m *Match, args py.Tuple) (py.Object, error) {
		g, err := spanArg(m, args)
		if err != nil {
			return nil, err
		}
		s, e := m.span(g)
		return py.Tuple{py.Int(s), py.Int(e)}, nil
	})
	matchMethod("expand", "expand(template) -> str", func(m *Match, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "expand() takes exactly one argument")
		}
		runes, err := subjectRunes(m.p, args[0])
		if err != nil {
			return nil, err
		}
		t, err := parseTemplate(m.p, string(runes))
		if err != nil {
			return nil, err
		}
		var out []rune
		t.expand(m.runes, m.h, &out)
		return m.p.text(out), nil
	})
	prop := func(name string, fn func(m *Match) py.Object) {
		matchType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return fn(self.(*Match)), nil }}
	}
	prop("string", func(m *Match) py.Object { return m.subject })
	prop("re", func(m *Match) py.Object { return m.p })
	prop("pos", func(m *Match) py.Object { return py.Int(m.pos) })
	prop("endpos", func(m *Match) py.Object { return py.Int(m.end) })
	prop("lastindex", func(m *Match) py.Object {
		best, bestEnd := -1, -1
		for g := 1; g <= m.p.groups; g++ {
			if _, e := m.span(g); e >= 0 && e >= bestEnd {
				if e > bestEnd || best < 0 {
					best, bestEnd = g, e
				}
			}
		}
		if best < 0 {
			return py.None
		}
		return py.Int(best)
	})
	prop("lastgroup", func(m *Match) py.Object {
		li, ok := matchType.Dict["lastindex"].(*py.Property).Fget(m)
		if ok != nil || li == py.None {
			return py.None
		}
		for n, i := range m.p.names {
			if py.Int(i) == li.(py.Int) {
				return py.String(n)
			}
		}
		return py.None
	})
}

func patternFind(p *Pattern, name string, args py.Tuple, kw py.StringDict, anchored, full bool) (py.Object, error) {
	s, pos, end, err := parsePatternArgs(name, args, kw)
	if err != nil {
		return nil, err
	}
	runes, err := subjectRunes(p, s)
	if err != nil {
		return nil, err
	}
	return resultOrNone(p.find(s, runes, pos, end, anchored, full))
}

func (p *Pattern) finditer(s py.Object, runes []rune, pos, end int) (py.Object, error) {
	var items py.Tuple
	pos, end = clampPos(pos, end, len(runes))
	err := p.each(runes, pos, end, func(h hit) bool {
		items = append(items, &Match{p: p, h: h, subject: s, runes: runes, pos: pos, end: end})
		return true
	})
	if err != nil {
		return nil, err
	}
	return py.NewIterator(items), nil
}

// moduleFunc makes re.search and friends: (pattern, string, flags=0).
func moduleFunc(name string, fn func(p *Pattern, s py.Object, runes []rune) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var pat, s, flags py.Object = nil, nil, py.Int(0)
		if err := py.ParseTupleAndKeywords(args, kwargs, "OO|O:"+name, []string{"pattern", "string", "flags"}, &pat, &s, &flags); err != nil {
			return nil, err
		}
		f, err := py.IndexInt(flags)
		if err != nil {
			return nil, err
		}
		p, err := compilePattern(pat, f)
		if err != nil {
			return nil, err
		}
		runes, err := subjectRunes(p, s)
		if err != nil {
			return nil, err
		}
		return fn(p, s, runes)
	}, 0, name+"(pattern, string, flags=0)")
}

func moduleSub(name string, args py.Tuple, kwargs py.StringDict) (py.Object, int, error) {
	var pat, repl, s, count, flags py.Object = nil, nil, nil, py.Int(0), py.Int(0)
	if err := py.ParseTupleAndKeywords(args, kwargs, "OOO|OO:"+name, []string{"pattern", "repl", "string", "count", "flags"}, &pat, &repl, &s, &count, &flags); err != nil {
		return nil, 0, err
	}
	f, _ := py.IndexInt(flags)
	p, err := compilePattern(pat, f)
	if err != nil {
		return nil, 0, err
	}
	c, _ := py.IndexInt(count)
	return p.sub(repl, s, c)
}

// isSpecial reports whether re.escape escapes r (CPython 3.7+: the
// characters that have a meaning in patterns).
func isSpecial(r rune) bool {
	return r < utf8.RuneSelf && strings.ContainsRune("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", r)
}

// inlineVerbose reports whether the pattern starts with inline flags
// including x, like (?x) or (?ix).
func inlineVerbose(src string) bool {
	if !strings.HasPrefix(src, "(?") {
		return false
	}
	end := strings.IndexByte(src, ')')
	if end < 0 {
		return false
	}
	flags := src[2:end]
	return strings.Trim(flags, "aiLmsux") == "" && strings.ContainsRune(flags, 'x')
}

// asciiText returns runes as a string when they are all ASCII.
func asciiText(runes []rune) (string, bool) {
	b := make([]byte, len(runes))
	for i, r := range runes {
		if r >= 0x80 {
			return "", false
		}
		b[i] = byte(r)
	}
	return string(b), true
}

// fastRegexp compiles tr (translated Python syntax) for Go's regexp when it
// means the same there on ASCII text: no lookarounds, backreferences,
// atomic groups, possessive quantifiers, `$` (Python's matches before a
// final newline), verbose mode or inline flags other than i, m, s; \s is
// spelled out (Python's includes \v and \x1c-\x1f).
func fastRegexp(tr string, flags int, verbose bool) (*regexp.Regexp, bool) {
	if verbose || flags&(reX|reL) != 0 {
		return nil, false
	}
	var b strings.Builder
	inClass := false
	for i := 0; i < len(tr); i++ {
		c := tr[i]
		switch {
		case c == '\\' && i+1 < len(tr):
			n := tr[i+1]
			switch {
			case n >= '1' && n <= '9', n == 'k', n == 'G', n == 'Z':
				return nil, false
			case n == 's' && !inClass:
				b.WriteString(`[\t\n\v\f\r \x1c-\x1f]`)
			case n == 'S' && !inClass:
				b.WriteString(`[^\t\n\v\f\r \x1c-\x1f]`)
			case (n == 's' || n == 'S') && inClass:
				return nil, false
			default:
				b.WriteByte(c)
				b.WriteByte(n)
			}
			i++
			continue
		case inClass:
			if c == ']' {
				inClass = false
			}
		case c == '[':
			inClass = true
			if strings.HasPrefix(tr[i+1:], "^]") || strings.HasPrefix(tr[i+1:], "]") {
				return nil, false
			}
		case c == '$':
			return nil, false
		case c == '(' && strings.HasPrefix(tr[i+1:], "?"):
			rest := tr[i+2:]
			if !strings.HasPrefix(rest, ":") {
				j := 0
				for j < len(rest) && strings.IndexByte("imsx-", rest[j]) >= 0 {
					j++
				}
				if j == 0 || j >= len(rest) || (rest[j] != ')' && rest[j] != ':') || strings.ContainsAny(rest[:j], "x") {
					return nil, false
				}
			}
		case (c == '+' || c == '?') && i > 0 && strings.IndexByte("*+?}", tr[i-1]) >= 0 && !(c == '?' && tr[i-1] != '?'):
			if c == '+' {
				return nil, false // possessive
			}
		}
		b.WriteByte(c)
	}
	prefix := ""
	if flags&reI != 0 {
		prefix += "i"
	}
	if flags&reM != 0 {
		prefix += "m"
	}
	if flags&reS != 0 {
		prefix += "s"
	}
	expr := b.String()
	if prefix != "" {
		expr = "(?" + prefix + ")" + expr
	}
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil, false
	}
	parsed, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false
	}
	return re, minLen(parsed) > 0
}

// minLen is the length of the shortest text re matches.
func minLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minLen(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min * minLen(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, s := range re.Sub {
			n += minLen(s)
		}
		return n
	case syntax.OpAlternate:
		n := -1
		for _, s := range re.Sub {
			if m := minLen(s); n < 0 || m < n {
				n = m
			}
		}
		return max(n, 0)
	}
	return 0
}
