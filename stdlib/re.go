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
// Speed: on ASCII text (where Python's \w, \d, \s, \b and Go's agree)
// a pattern in RE2's subset runs on Go's regexp over the text as a Go
// string, a single repeated character class (\s+, \w+, [0-9]{2,4}) on a
// plain loop, and a search skips to the first character a match can
// start with; other text and patterns go to regexp2 on runes. The module
// functions keep compiled patterns in a per-interpreter cache, as
// CPython's re._cache (purge() clears it).
// re.ASCII narrows \w \W \d \D \s \S \b \B (recheck.go); syntax errors
// have CPython's messages and positions for the common mistakes
// (recheck.go), others come from the engine.
// Differences from CPython: an inline (?a) does not narrow the classes.

import (
	"encoding/binary"
	"fmt"
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"

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
	re    *regexp2.Regexp
	opts  regexp2.RegexOptions
	bound compat.BoundCache // p.match and friends, bound once
	// fast is the same pattern for Go's regexp (RE2, linear time), used on
	// ASCII text when the pattern needs nothing RE2 lacks; fastAll when it
	// also cannot match the empty string (RE2 steps over empty matches
	// differently from Python's findall/sub/split).
	fast      *regexp.Regexp
	fastAll   bool
	run       *classRun   // fast is one character class repeated
	seq       *seqMatcher // fast is a simple sequence (reseq.go)
	first     *asciiSet   // the characters a fast match can start with
	source    py.Object   // the pattern as given (str or bytes)
	flags     int
	groups    int
	names     map[string]int
	nameOrder []string
	// parent is each group's innermost enclosing group (0: none), when
	// groupParents could tell
	parent []int
	// nameKeys and nameNums are the group names as str objects and their
	// numbers, in nameOrder (groupdict)
	nameKeys []py.Object
	nameNums []int
	bytes    bool
	// dollarNL: the pattern has a `$`, which in Python also matches
	// before a final newline: the fast path runs only on text without one
	dollarNL bool
	// fastA and fastF are fast anchored at the start (match) and at both
	// ends (fullmatch), compiled when first needed
	anchorOnce   sync.Once
	fastA, fastF *regexp.Regexp
	// slab1 and slab3 are where the pattern's next Matches are cut from
	// (reseq.go's matchSlab)
	slab1 atomic.Pointer[matchSlab[matchBox1]]
	slab3 atomic.Pointer[matchSlab[matchBox3]]
}

var patternType = py.NewType("re.Pattern", "Compiled regular expression object.")

func (p *Pattern) Type() *py.Type { return patternType }

// Match is the result of a successful match.
type Match struct {
	p *Pattern
	s subject
	h hit
	// pos and endpos as given (clamped); int32 keeps a Match small
	pos, end int32
	// strs points to room for every group's text header or none (nil):
	// the header of group g (strs[g] as a slice) is its text once read from an
	// ASCII subject (a substring), boxed where it is (compat.StringAt), so
	// that m.group() allocates nothing. A pointer, not a slice, keeps a
	// Match 16 bytes smaller; the count is the groups'.
	strs *string
	// bound is the first method loaded from the Match (m.group)
	bound compat.BoundSlot
	// arg is the argument tuple of sub's callback, (m,)
	arg [1]py.Object
}

// hit is where a match and its groups are: start and end of group g at
// [2g] and [2g+1], in characters; -1 for a group that did not take part.
// int32 keeps a Match small (reseq.go's boxes hold the offsets inline).
type hit []int32

// toHit is regexp's submatch index pairs as a hit, in buf when it has
// room.
func toHit(buf hit, loc []int) hit {
	h := buf[:0]
	if cap(h) < len(loc) {
		h = make(hit, 0, len(loc))
	}
	for _, v := range loc {
		h = append(h, int32(v))
	}
	return h
}

// hitOf reads a regexp2 match.
func (p *Pattern) hitOf(m *regexp2.Match) hit {
	h := make(hit, 2*(p.groups+1))
	p.fillHit(h, m)
	return h
}

// fillHit sets h to a regexp2 match's offsets.
func (p *Pattern) fillHit(h hit, m *regexp2.Match) {
	for g := 0; g <= p.groups; g++ {
		grp := m.GroupByNumber(g)
		if grp == nil || len(grp.Captures) == 0 {
			h[2*g], h[2*g+1] = -1, -1
			continue
		}
		h[2*g], h[2*g+1] = int32(grp.Index), int32(grp.Index+grp.Length)
	}
}

// matchOf is the Match for a regexp2 match.
func (p *Pattern) matchOf(m *regexp2.Match, s *subject, pos, end int) *Match {
	r := p.newMatch(*s, pos, end)
	p.fillHit(r.h, m)
	return r
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

// groupParents is the innermost enclosing capturing group of each group
// of tr (translated syntax, where every capturing group is a plain "("),
// 0 for none; index 0 is unused.
func groupParents(tr string) []int {
	parent := []int{0}
	var open []int // the groups open, 0 for a non-capturing one
	inClass := false
	for i := 0; i < len(tr); i++ {
		switch c := tr[i]; {
		case c == '\\':
			i++
		case inClass:
			inClass = c != ']'
		case c == '[':
			inClass = true
			if strings.HasPrefix(tr[i+1:], "^") {
				i++
			}
		case c == '(':
			g := 0
			if !strings.HasPrefix(tr[i+1:], "?") {
				g = len(parent)
				up := 0
				for k := len(open) - 1; k >= 0 && up == 0; k-- {
					up = open[k]
				}
				parent = append(parent, up)
			}
			open = append(open, g)
		case c == ')' && len(open) > 0:
			open = open[:len(open)-1]
		}
	}
	return parent
}

// inside reports whether group g is nested in group a (true when the
// nesting is unknown).
func (p *Pattern) inside(g, a int) bool {
	if p.parent == nil {
		return true
	}
	for g = p.parent[g]; g > 0; g = p.parent[g] {
		if g == a {
			return true
		}
	}
	return false
}

// subject is the text a pattern runs on: a str's code points, or a bytes
// object's bytes as code points 0-255. When every character is ASCII,
// ascii holds the text as a Go string: character and byte offsets agree,
// so Go's regexp runs on it and slices are substrings, without converting
// to runes (rp is then filled only if regexp2 needs it). Otherwise ascii
// is empty and rp holds the (at least one) code points. It is kept small:
// a Match from reseq.go carries one inline.
type subject struct {
	obj   py.Object
	ascii string
	rp    *[]rune
}

// newSubject checks o's type against the pattern's and wraps it.
func newSubject(p *Pattern, o py.Object) (*subject, error) {
	if p.bytes {
		b, ok := compat.BytesOf(o)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "cannot use a bytes pattern on a string-like object")
		}
		if isASCII(b) {
			return &subject{obj: o, ascii: string(b)}, nil
		}
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return &subject{obj: o, rp: &r}, nil
	}
	s, ok := o.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "cannot use a string pattern on a bytes-like object")
	}
	if isASCII(string(s)) {
		return &subject{obj: o, ascii: string(s)}, nil
	}
	r := []rune(string(s))
	return &subject{obj: o, rp: &r}, nil
}

// isASCII reports whether every byte of s is below 0x80.
func isASCII[T string | []byte](s T) bool {
	var b []byte
	switch v := any(s).(type) {
	case string:
		b = unsafe.Slice(unsafe.StringData(v), len(v)) // read only
	case []byte:
		b = v
	}
	// eight bytes at a time, four words a round
	const high = 0x8080808080808080
	for len(b) >= 32 {
		w := binary.LittleEndian.Uint64(b) | binary.LittleEndian.Uint64(b[8:]) |
			binary.LittleEndian.Uint64(b[16:]) | binary.LittleEndian.Uint64(b[24:])
		if w&high != 0 {
			return false
		}
		b = b[32:]
	}
	for len(b) >= 8 {
		if binary.LittleEndian.Uint64(b)&high != 0 {
			return false
		}
		b = b[8:]
	}
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// allASCII reports whether every character of the text is ASCII (ascii
// holds it).
func (s *subject) allASCII() bool {
	return s.rp == nil || s.ascii != "" || len(*s.rp) == 0
}

// runes is the text as code points.
func (s *subject) runes() []rune {
	if s.rp == nil {
		r := make([]rune, len(s.ascii))
		for i := 0; i < len(s.ascii); i++ {
			r[i] = rune(s.ascii[i])
		}
		s.rp = &r
	}
	return *s.rp
}

// len is the text's length in characters.
func (s *subject) len() int {
	if s.allASCII() {
		return len(s.ascii)
	}
	return len(*s.rp)
}

// slice is characters [a:b] of the text, in the pattern's type.
func (s *subject) slice(p *Pattern, a, b int) py.Object {
	if s.allASCII() {
		if p.bytes {
			return compat.Bytes(s.ascii[a:b])
		}
		return py.String(s.ascii[a:b])
	}
	return p.text((*s.rp)[a:b])
}

// text turns runes back into the subject's type, in one allocation.
func (p *Pattern) text(r []rune) py.Object {
	if p.bytes {
		o, b := compat.NewBytesBuf(len(r))
		for i, c := range r {
			b[i] = byte(c)
		}
		return o
	}
	n := 0
	for _, c := range r {
		if l := utf8.RuneLen(c); l > 0 {
			n += l
		} else {
			n += utf8.RuneLen(utf8.RuneError) // as string(r)
		}
	}
	o, b := compat.NewStringBuf(n)
	i := 0
	for _, c := range r {
		i += utf8.EncodeRune(b[i:], c)
	}
	return o
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
	if e := checkPattern(src, verbose); e != nil {
		return nil, reSyntaxError(e, pat, src)
	}
	if flags&reA != 0 || isBytes {
		src = asciiClasses(src)
	}
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
	p := &Pattern{re: re, opts: opts, bound: patternMethods.NewCache(), source: pat, flags: flags, groups: groups, names: names, nameOrder: order, bytes: isBytes}
	if parent := groupParents(tr); len(parent) == groups+1 {
		p.parent = parent
	}
	for _, n := range order {
		p.nameKeys = append(p.nameKeys, py.String(n))
		p.nameNums = append(p.nameNums, names[n])
	}
	p.fastRegexp(tr, flags, verbose)
	return p, nil
}

// patternCache is the re module's cache of compiled patterns (CPython's
// re._cache), so re.search(pattern, s) and friends compile a pattern
// once; purge() clears it.
type patternCache struct {
	mu sync.Mutex
	m  map[patternKey]*Pattern
}

type patternKey struct {
	src   string
	bytes bool
	flags int
}

// maxCache is CPython's re._MAXCACHE.
const maxCache = 512

var patternCacheType = py.NewType("re._PatternCache", "Compiled patterns by source and flags.")

func (c *patternCache) Type() *py.Type { return patternCacheType }

func moduleCache(mod py.Object) *patternCache {
	m, ok := mod.(*py.Module)
	if !ok {
		return nil
	}
	c, _ := m.Globals["_pattern_cache"].(*patternCache)
	return c
}

// cachedPattern is compilePattern through the module's cache.
func cachedPattern(mod, pat py.Object, flags int) (*Pattern, error) {
	var key patternKey
	switch v := pat.(type) {
	case py.String:
		key = patternKey{string(v), false, flags}
	case compat.Bytes:
		key = patternKey{string(v), true, flags}
	default:
		return compilePattern(pat, flags)
	}
	c := moduleCache(mod)
	if c == nil {
		return compilePattern(pat, flags)
	}
	c.mu.Lock()
	p := c.m[key]
	c.mu.Unlock()
	if p != nil {
		return p, nil
	}
	p, err := compilePattern(pat, flags)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if len(c.m) >= maxCache {
		clear(c.m)
	}
	c.m[key] = p
	c.mu.Unlock()
	return p, nil
}

// find runs the pattern on the text's first end characters from pos;
// anchored requires the match to start at pos, full to end at end.
func (p *Pattern) find(s *subject, pos, end int, anchored, full bool) (*Match, error) {
	pos, end = clampPos(pos, end, s.len())
	if p.seq != nil && s.allASCII() && p.fastOK(s.ascii[:end]) {
		var loc [8]int32
		h := loc[:]
		if n := 2 * (p.groups + 1); n <= len(loc) {
			h = loc[:n]
		} else {
			h = make(hit, n)
		}
		found, done := true, true
		if anchored {
			found = p.seq.match(s.ascii[:end], pos, full, h)
		} else {
			found, done = p.seq.search(s.ascii[:end], pos, h)
		}
		if done {
			if !found {
				return nil, nil
			}
			m := p.newMatch(*s, pos, end)
			copy(m.h, h)
			return m, nil
		}
	}
	if p.fast != nil && pos == 0 && s.allASCII() && p.fastOK(s.ascii[:end]) {
		text := s.ascii[:end]
		var loc []int
		switch {
		case full || anchored:
			p.anchorOnce.Do(p.compileAnchored)
			re := p.fastA
			if full {
				re = p.fastF
			}
			loc = re.FindStringSubmatchIndex(text)
		default:
			loc = p.fastFind(text, 0)
		}
		if loc == nil {
			return nil, nil
		}
		m := p.newMatch(*s, pos, end)
		for i := range m.h {
			m.h[i] = int32(loc[i])
		}
		return m, nil
	}
	text := s.runes()[:end]
	m, err := p.re.FindRunesMatchStartingAt(text, pos)
	for err == nil && m != nil {
		if anchored && m.Index != pos {
			return nil, nil
		}
		if !full || m.Index+m.Length == end {
			return p.matchOf(m, s, pos, end), nil
		}
		if anchored {
			// a shorter alternative may not reach the end; try the pattern
			// anchored at both ends
			return p.fullAnchored(s, pos, end)
		}
		m, err = p.re.FindNextMatch(m)
	}
	if err != nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "%v", err)
	}
	return nil, nil
}

func (p *Pattern) fullAnchored(s *subject, pos, end int) (*Match, error) {
	src := patternSource(p)
	if p.flags&reA != 0 || p.bytes {
		src = asciiClasses(src)
	}
	tr, _, _, _, err := translate(src, p.flags&reX != 0)
	if err != nil {
		return nil, nil
	}
	full, err := regexp2.Compile(`\G(?:`+tr+`)\z`, p.opts)
	if err != nil {
		return nil, nil
	}
	m, err := full.FindRunesMatchStartingAt(s.runes()[:end], pos)
	if err != nil || m == nil {
		return nil, nil
	}
	return p.matchOf(m, s, pos, end), nil
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

// each calls fn for every non-overlapping match; fn must not hold on to h
// (it is reused).
func (p *Pattern) each(s *subject, pos, end int, fn func(h hit) bool) error {
	pos, end = clampPos(pos, end, s.len())
	if p.fast != nil && p.fastAll && pos == 0 && s.allASCII() && p.fastOK(s.ascii[:end]) {
		p.fastEach(s.ascii[:end], fn)
		return nil
	}
	m, err := p.re.FindRunesMatchStartingAt(s.runes()[:end], pos)
	var h hit
	for err == nil && m != nil {
		if h == nil {
			h = p.hitOf(m)
		} else {
			p.fillHit(h, m)
		}
		if !fn(h) {
			return nil
		}
		m, err = p.re.FindNextMatch(m)
	}
	if err != nil {
		return py.ExceptionNewf(py.RuntimeError, "%v", err)
	}
	return nil
}

// group returns group g of the hit, or nil when it did not take part.
func (p *Pattern) group(s *subject, h hit, g int) py.Object {
	if h[2*g] < 0 {
		return nil
	}
	return s.slice(p, int(h[2*g]), int(h[2*g+1]))
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
func (p *Pattern) findall(s *subject, pos, end int) (py.Object, error) {
	var items []py.Object
	if p.run != nil && s.allASCII() && pos <= 0 {
		// the commonest findall (\w+, \d+, [^,]+) without a hit per match
		_, end = clampPos(pos, end, s.len())
		text := s.ascii[:end]
		items = make([]py.Object, 0, 16)
		for from := 0; ; {
			a, b := p.run.next(text, from)
			if a < 0 {
				break
			}
			items = append(items, s.slice(p, a, b))
			from = b
		}
		return &py.List{Items: items}, nil
	}
	err := p.each(s, pos, end, func(h hit) bool {
		switch p.groups {
		case 0:
			items = append(items, s.slice(p, int(h[0]), int(h[1])))
		case 1:
			g := p.group(s, h, 1)
			if g == nil {
				g = p.text(nil)
			}
			items = append(items, g)
		default:
			t := make(py.Tuple, p.groups)
			for i := range t {
				g := p.group(s, h, i+1)
				if g == nil {
					g = p.text(nil)
				}
				t[i] = g
			}
			items = append(items, t)
		}
		return true
	})
	if items == nil {
		items = []py.Object{}
	}
	return &py.List{Items: items}, err
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

// expandASCII is expand for an ASCII str subject, building UTF-8.
func (t *template) expandASCII(text string, h hit, out *strings.Builder) {
	for i, l := range t.lits {
		out.WriteString(l)
		if g := t.groups[i]; g >= 0 && h[2*g] >= 0 {
			out.WriteString(text[h[2*g]:h[2*g+1]])
		}
	}
}

// sub is Pattern.subn.
func (p *Pattern) sub(repl, subj py.Object, count int) (py.Object, int, error) {
	s, err := newSubject(p, subj)
	if err != nil {
		return nil, 0, err
	}
	var tmpl *template
	callable := false
	if r, ok := repl.(py.String); ok && !p.bytes {
		if tmpl, err = parseTemplate(p, string(r)); err != nil {
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
	// a callable's results join as in CPython's sub: None adds nothing,
	// another type is a TypeError naming its item in the list of pieces,
	// raised once every call is made
	var cbErr, bad error
	items := 0
	call := func(h hit) (py.Object, bool) {
		m := p.newMatch(*s, 0, s.len())
		copy(m.h, h)
		m.arg[0] = m // (m,) without an allocation of its own
		r, err := compat.Callback(repl, m.arg[:])
		if err != nil {
			cbErr = err
			return nil, false
		}
		return r, true
	}
	wrong := func(r py.Object) {
		if bad == nil {
			want := "str instance"
			if p.bytes {
				want = "a bytes-like object"
			}
			bad = py.ExceptionNewf(py.TypeError, "sequence item %d: expected %s, %s found", items, want, r.Type().Name)
		}
		items++
	}
	last, n := 0, 0
	if s.allASCII() && !p.bytes {
		// str in, str out: the pieces are UTF-8 already
		var out strings.Builder
		err = p.each(s, 0, -1, func(h hit) bool {
			if count > 0 && n >= count {
				return false
			}
			if n == 0 {
				out.Grow(len(s.ascii)) // no allocation when nothing matches
			}
			if int(h[0]) > last {
				out.WriteString(s.ascii[last:h[0]])
				items++
			}
			if callable {
				r, ok := call(h)
				if !ok {
					return false
				}
				if rs, ok := r.(py.String); ok {
					out.WriteString(string(rs))
					items++
				} else if r != py.None {
					wrong(r)
				}
			} else {
				tmpl.expandASCII(s.ascii, h, &out)
			}
			last = int(h[1])
			n++
			return true
		})
		if cbErr != nil {
			return nil, 0, cbErr
		}
		if err != nil {
			return nil, 0, err
		}
		if bad != nil {
			return nil, 0, bad
		}
		if n == 0 {
			return subj, 0, nil
		}
		out.WriteString(s.ascii[last:])
		return py.String(out.String()), n, nil
	}
	runes := s.runes()
	var out []rune
	err = p.each(s, 0, -1, func(h hit) bool {
		if count > 0 && n >= count {
			return false
		}
		if int(h[0]) > last {
			out = append(out, runes[last:h[0]]...)
			items++
		}
		if callable {
			r, ok := call(h)
			if !ok {
				return false
			}
			if rs, ok := r.(py.String); ok && !p.bytes {
				out = append(out, []rune(string(rs))...)
				items++
			} else if b, ok := compat.BytesOf(r); ok && p.bytes {
				for _, c := range b {
					out = append(out, rune(c))
				}
				items++
			} else if r != py.None {
				wrong(r)
			}
		} else {
			tmpl.expand(runes, h, &out)
		}
		last = int(h[1])
		n++
		return true
	})
	if cbErr != nil {
		return nil, 0, cbErr
	}
	if err != nil {
		return nil, 0, err
	}
	if bad != nil {
		return nil, 0, bad
	}
	out = append(out, runes[last:]...)
	return p.text(out), n, nil
}

// split is Pattern.split.
func (p *Pattern) split(subj py.Object, maxsplit int) (py.Object, error) {
	s, err := newSubject(p, subj)
	if err != nil {
		return nil, err
	}
	out := py.NewList()
	last, n := 0, 0
	err = p.each(s, 0, -1, func(h hit) bool {
		if maxsplit > 0 && n >= maxsplit {
			return false
		}
		out.Append(s.slice(p, last, int(h[0])))
		for g := 1; g <= p.groups; g++ {
			out.Append(orNone(p.group(s, h, g)))
		}
		last = int(h[1])
		n++
		return true
	})
	if err != nil {
		return nil, err
	}
	out.Append(s.slice(p, last, s.len()))
	return out, nil
}

// Python-visible methods.

func parsePatternArgs(name string, args py.Tuple, kwargs py.StringDict) (py.Object, int, int, error) {
	if len(args) == 1 && len(kwargs) == 0 {
		return args[0], 0, -1, nil // the common call, without parsing a format
	}
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

// patternMethods and matchMethods bind Pattern and Match methods without
// gpython's generic attribute path (compat.Methods).
var (
	patternMethods = compat.NewMethods(patternType)
	matchMethods   = compat.NewMethods(matchType)
)

func (p *Pattern) M__getattribute__(name string) (py.Object, error) {
	return patternMethods.GetAttrCached(p, &p.bound, name)
}

func (m *Match) M__getattribute__(name string) (py.Object, error) {
	return matchMethods.GetAttrSlot(m, &m.bound, name)
}

func patternMethod(name, doc string, fn func(p *Pattern, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	patternMethods.Add(name, doc, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		p, args, err := patternSelf(self, args)
		if err != nil {
			return nil, err
		}
		return fn(p, args, kwargs)
	})
}

func matchMethod(name, doc string, fn func(m *Match, args py.Tuple) (py.Object, error)) {
	matchMethods.Add(name, doc, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) != 0 {
			if name != "groups" && name != "groupdict" {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
			}
			// groups(default=None) and groupdict(default=None)
			for k := range kwargs {
				if k != "default" {
					return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, name)
				}
			}
			if len(args) > 0 && args[0] != self {
				return nil, py.ExceptionNewf(py.TypeError, "argument for %s() given by name ('default') and position (1)", name)
			}
			args = append(args[:len(args):len(args)], kwargs["default"])
		}
		m, args, err := matchSelf(self, args)
		if err != nil {
			return nil, err
		}
		return fn(m, args)
	})
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
	r, err := compat.Repr(m.group(0))
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
	return orNone(m.group(g)), nil
}

func (m *Match) M__bool__() (py.Object, error) { return py.True, nil }

// groupOf is Match.group(*args): the match, one group, or a tuple of
// groups (None for a group that did not take part).
func (m *Match) groupOf(args py.Tuple) (py.Object, error) {
	if len(args) == 0 {
		return m.group(0), nil
	}
	if len(args) == 1 {
		if i, ok := args[0].(py.Int); ok && i >= 0 && int(i) <= m.p.groups {
			return orNone(m.group(int(i))), nil
		}
		g, err := m.p.groupIndex(args[0])
		if err != nil {
			return nil, err
		}
		return orNone(m.group(g)), nil
	}
	out := make(py.Tuple, len(args))
	for i, a := range args {
		g, err := m.p.groupIndex(a)
		if err != nil {
			return nil, err
		}
		out[i] = orNone(m.group(g))
	}
	return out, nil
}

// groupsOf is Match.groups(default).
func (m *Match) groupsOf(def py.Object) py.Tuple {
	out := make(py.Tuple, m.p.groups)
	for i := range out {
		if g := m.group(i + 1); g != nil {
			out[i] = g
		} else {
			out[i] = def
		}
	}
	return out
}

// groupdictOf is Match.groupdict(default): the named groups in the
// pattern's order.
func (m *Match) groupdictOf(def py.Object) py.Object {
	p := m.p
	var buf [16]py.Object
	kv := buf[:0]
	if 2*len(p.nameKeys) > len(buf) {
		kv = make([]py.Object, 0, 2*len(p.nameKeys))
	}
	for i, k := range p.nameKeys {
		g := m.group(p.nameNums[i])
		if g == nil {
			g = def
		}
		kv = append(kv, k, g)
	}
	d, _ := compat.NewDictFromPairs(kv) // distinct str keys: no error
	return d
}

// group is group g's text, or nil when it did not take part; from an
// ASCII subject, boxed in m (strs) when m has room.
func (m *Match) group(g int) py.Object {
	a, b := m.h[2*g], m.h[2*g+1]
	if a < 0 {
		return nil
	}
	if m.strs != nil && b > a && m.s.allASCII() {
		h := &unsafe.Slice(m.strs, len(m.h)/2)[g]
		if len(*h) == 0 { // set once: a box may refer to it
			*h = m.s.ascii[a:b]
		}
		if m.p.bytes {
			return compat.BytesAt(h)
		}
		return compat.StringAt(h)
	}
	return m.s.slice(m.p, int(a), int(b))
}

func (m *Match) span(g int) (int, int) {
	return int(m.h[2*g]), int(m.h[2*g+1])
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
				return cachedPattern(self, pat, f)
			}, 0, "compile(pattern, flags=0) -> Pattern"),
			moduleFunc("search", func(p *Pattern, s py.Object) (py.Object, error) {
				return p.findObj(s, 0, -1, false, false)
			}),
			moduleFunc("match", func(p *Pattern, s py.Object) (py.Object, error) {
				return p.findObj(s, 0, -1, true, false)
			}),
			moduleFunc("fullmatch", func(p *Pattern, s py.Object) (py.Object, error) {
				return p.findObj(s, 0, -1, true, true)
			}),
			moduleFunc("findall", func(p *Pattern, s py.Object) (py.Object, error) {
				sub, err := newSubject(p, s)
				if err != nil {
					return nil, err
				}
				return p.findall(sub, 0, -1)
			}),
			moduleFunc("finditer", func(p *Pattern, s py.Object) (py.Object, error) {
				sub, err := newSubject(p, s)
				if err != nil {
					return nil, err
				}
				return p.finditer(sub, 0, -1)
			}),
			py.MustNewMethod("sub", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				r, _, err := moduleSub(self, "sub", args, kwargs)
				return r, err
			}, 0, "sub(pattern, repl, string, count=0, flags=0) -> str"),
			py.MustNewMethod("subn", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				r, n, err := moduleSub(self, "subn", args, kwargs)
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
				p, err := cachedPattern(self, pat, f)
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
			py.MustNewMethod("purge", func(self py.Object) (py.Object, error) {
				if c := moduleCache(self); c != nil {
					c.mu.Lock()
					clear(c.m)
					c.mu.Unlock()
				}
				return py.None, nil
			}, 0, "purge() -> clear the regular expression cache"),
			py.MustNewMethod("_new_pattern_cache", func(self py.Object) (py.Object, error) {
				return &patternCache{m: map[patternKey]*Pattern{}}, nil
			}, 0, "_new_pattern_cache() -> the module's cache of compiled patterns"),
		},
		// each interpreter's re module gets its own cache
		CodeSrc: "_pattern_cache = _new_pattern_cache()\ndel _new_pattern_cache\n",
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
		sub, err := newSubject(p, s)
		if err != nil {
			return nil, err
		}
		return p.findall(sub, pos, end)
	})
	patternMethod("finditer", "finditer(string, pos=0, endpos=len) -> iterator of Match", func(p *Pattern, args py.Tuple, kw py.StringDict) (py.Object, error) {
		s, pos, end, err := parsePatternArgs("finditer", args, kw)
		if err != nil {
			return nil, err
		}
		sub, err := newSubject(p, s)
		if err != nil {
			return nil, err
		}
		return p.finditer(sub, pos, end)
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
		return m.groupOf(args)
	})
	matchMethod("groups", "groups(default=None) -> tuple of all the subgroups", func(m *Match, args py.Tuple) (py.Object, error) {
		var def py.Object = py.None
		if len(args) > 0 {
			def = args[0]
		}
		return m.groupsOf(def), nil
	})
	matchMethod("groupdict", "groupdict(default=None) -> dict of the named subgroups", func(m *Match, args py.Tuple) (py.Object, error) {
		var def py.Object = py.None
		if len(args) > 0 {
			def = args[0]
		}
		return m.groupdictOf(def), nil
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
		ts, err := newSubject(m.p, args[0])
		if err != nil {
			return nil, err
		}
		t, err := parseTemplate(m.p, string(ts.runes()))
		if err != nil {
			return nil, err
		}
		var out []rune
		t.expand(m.s.runes(), m.h, &out)
		return m.p.text(out), nil
	})
	prop := func(name string, fn func(m *Match) py.Object) {
		matchType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return fn(self.(*Match)), nil }}
	}
	prop("string", func(m *Match) py.Object { return m.s.obj })
	prop("re", func(m *Match) py.Object { return m.p })
	prop("pos", func(m *Match) py.Object { return py.Int(m.pos) })
	prop("endpos", func(m *Match) py.Object { return py.Int(m.end) })
	prop("lastindex", func(m *Match) py.Object {
		if m.p.seq != nil {
			// every group takes part; the last to close is known
			if m.p.seq.last == 0 {
				return py.None
			}
			return py.Int(m.p.seq.last)
		}
		// the group that closed last: of those ending last, a later
		// group closed after an earlier one unless it is inside it
		best, bestEnd := -1, -1
		for g := 1; g <= m.p.groups; g++ {
			_, e := m.span(g)
			if e < 0 || e < bestEnd {
				continue
			}
			if e > bestEnd || best < 0 || !m.p.inside(g, best) {
				best, bestEnd = g, e
			}
		}
		if best < 0 {
			return py.None
		}
		return py.Int(best)
	})
	prop("regs", func(m *Match) py.Object {
		regs := make(py.Tuple, m.p.groups+1)
		for g := range regs {
			s, e := m.span(g)
			regs[g] = py.Tuple{py.Int(s), py.Int(e)}
		}
		return regs
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
	return p.findObj(s, pos, end, anchored, full)
}

// findObj is Pattern.search (anchored: match; full too: fullmatch) on
// the object s, pos and endpos (-1: the end): a Match or None.
func (p *Pattern) findObj(s py.Object, pos, end int, anchored, full bool) (py.Object, error) {
	if r, ok := p.seqFind(s, pos, end, anchored, full); ok {
		return r, nil
	}
	sub, err := newSubject(p, s)
	if err != nil {
		return nil, err
	}
	return resultOrNone(p.find(sub, pos, end, anchored, full))
}

func (p *Pattern) finditer(s *subject, pos, end int) (py.Object, error) {
	var items py.Tuple
	pos, end = clampPos(pos, end, s.len())
	err := p.each(s, pos, end, func(h hit) bool {
		m := p.newMatch(*s, pos, end) // one allocation with its offsets
		copy(m.h, h)
		items = append(items, m)
		return true
	})
	if err != nil {
		return nil, err
	}
	return py.NewIterator(items), nil
}

// moduleFunc makes re.search and friends: (pattern, string, flags=0).
func moduleFunc(name string, fn func(p *Pattern, s py.Object) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 2 && len(kwargs) == 0 {
			// re.match(pattern, s), the common call, without parsing
			p, err := cachedPattern(self, args[0], 0)
			if err != nil {
				return nil, err
			}
			return fn(p, args[1])
		}
		var pat, s, flags py.Object = nil, nil, py.Int(0)
		if err := py.ParseTupleAndKeywords(args, kwargs, "OO|O:"+name, []string{"pattern", "string", "flags"}, &pat, &s, &flags); err != nil {
			return nil, err
		}
		f, err := py.IndexInt(flags)
		if err != nil {
			return nil, err
		}
		p, err := cachedPattern(self, pat, f)
		if err != nil {
			return nil, err
		}
		return fn(p, s)
	}, 0, name+"(pattern, string, flags=0)")
}

func moduleSub(mod py.Object, name string, args py.Tuple, kwargs py.StringDict) (py.Object, int, error) {
	if len(args) == 3 && len(kwargs) == 0 {
		// re.sub(pattern, repl, s), the common call, without parsing
		p, err := cachedPattern(mod, args[0], 0)
		if err != nil {
			return nil, 0, err
		}
		return p.sub(args[1], args[2], 0)
	}
	var pat, repl, s, count, flags py.Object = nil, nil, nil, py.Int(0), py.Int(0)
	if err := py.ParseTupleAndKeywords(args, kwargs, "OOO|OO:"+name, []string{"pattern", "repl", "string", "count", "flags"}, &pat, &repl, &s, &count, &flags); err != nil {
		return nil, 0, err
	}
	f, _ := py.IndexInt(flags)
	p, err := cachedPattern(mod, pat, f)
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

// asciiSet is a set of ASCII characters.
type asciiSet [utf8.RuneSelf]bool

// classRun is a pattern that is one character class repeated greedily,
// like \s+, \w+ or [0-9]{2,4}: on ASCII text its leftmost match is the
// first run of min or more characters of the set, cut at max (-1: no
// limit), which a loop finds without an engine.
type classRun struct {
	set      asciiSet
	min, max int
}

// fastOK reports whether the fast path means Python's pattern on text.
func (p *Pattern) fastOK(text string) bool {
	return !p.dollarNL || !strings.HasSuffix(text, "\n")
}

// compileAnchored sets fastA and fastF.
func (p *Pattern) compileAnchored() {
	expr := p.fast.String()
	p.fastA = regexp.MustCompile(`\A(?:` + expr + `)`)
	p.fastF = regexp.MustCompile(`\A(?:` + expr + `)\z`)
}

// fastFind is the leftmost match in ASCII text (nil if none), as
// regexp's submatch index pairs.
func (p *Pattern) fastFind(text string, from int) []int {
	if p.run != nil {
		a, b := p.run.next(text, from)
		if a < 0 {
			return nil
		}
		return []int{a, b}
	}
	if p.first != nil {
		i := from
		for i < len(text) && !p.first[text[i]] {
			i++
		}
		if i == len(text) {
			return nil
		}
		loc := p.fast.FindStringSubmatchIndex(text[i:])
		for k := range loc {
			if loc[k] >= 0 {
				loc[k] += i
			}
		}
		return loc
	}
	if from > 0 {
		panic("fastFind: from > 0 without a first set")
	}
	return p.fast.FindStringSubmatchIndex(text)
}

// next is the first run in text[from:] long enough to match, or -1.
func (r *classRun) next(text string, from int) (int, int) {
	i := from
	for i < len(text) {
		for i < len(text) && !r.set[text[i]] {
			i++
		}
		j := i
		for j < len(text) && r.set[text[j]] && (r.max < 0 || j-i < r.max) {
			j++
		}
		if j-i >= r.min && j > i {
			return i, j
		}
		i = j + 1 // every later start in this run is shorter still
	}
	return -1, -1
}

// fastEach calls fn for every match in ASCII text; the pattern cannot
// match the empty string (fastAll), so matches follow one another
// without Python's and RE2's different empty-match rules mattering.
func (p *Pattern) fastEach(text string, fn func(h hit) bool) {
	if p.run != nil {
		// one class repeated (\s+, [,;]+): runs found by a loop, in one hit
		var h [2]int32
		for from := 0; ; {
			a, b := p.run.next(text, from)
			if a < 0 {
				return
			}
			h[0], h[1] = int32(a), int32(b)
			if !fn(h[:]) {
				return
			}
			from = b
		}
	}
	if p.run == nil && p.first == nil {
		var buf hit
		for _, loc := range p.fast.FindAllStringSubmatchIndex(text, -1) {
			h := toHit(buf, loc)
			buf = h
			if !fn(h) {
				return
			}
		}
		return
	}
	var buf hit
	for from := 0; from <= len(text); {
		loc := p.fastFind(text, from)
		if loc == nil {
			return
		}
		h := toHit(buf, loc)
		buf = h
		if !fn(h) {
			return
		}
		from = loc[1]
	}
}

// fastRegexp compiles tr (translated Python syntax) for Go's regexp when it
// means the same there on ASCII text: no lookarounds, backreferences,
// atomic groups, possessive quantifiers, `$` (Python's matches before a
// final newline), verbose mode or inline flags other than i, m, s; \s is
// spelled out (Python's includes \v and \x1c-\x1f).
//
// It sets p.fast, p.fastAll, and when the pattern allows, p.run or
// p.first.
func (p *Pattern) fastRegexp(tr string, flags int, verbose bool) {
	if verbose || flags&(reX|reL) != 0 {
		return
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
				return
			case n == 's' && !inClass:
				b.WriteString(`[\t\n\v\f\r \x1c-\x1f]`)
			case n == 'S' && !inClass:
				b.WriteString(`[^\t\n\v\f\r \x1c-\x1f]`)
			case n == 's' && inClass:
				b.WriteString(`\t\n\v\f\r \x1c-\x1f`)
			case n == 'S' && inClass:
				return
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
				return
			}
		case c == '$':
			// Go's `$` is \z (or, under (?m), before every newline too,
			// as Python's); Python's also matches before a final newline
			p.dollarNL = true
		case c == '(' && strings.HasPrefix(tr[i+1:], "?"):
			rest := tr[i+2:]
			if !strings.HasPrefix(rest, ":") {
				j := 0
				for j < len(rest) && strings.IndexByte("imsx-", rest[j]) >= 0 {
					j++
				}
				if j == 0 || j >= len(rest) || (rest[j] != ')' && rest[j] != ':') || strings.ContainsAny(rest[:j], "x") {
					return
				}
			}
		case (c == '+' || c == '?') && i > 0 && strings.IndexByte("*+?}", tr[i-1]) >= 0 && !(c == '?' && tr[i-1] != '?'):
			if c == '+' {
				return // possessive
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
		return
	}
	parsed, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return
	}
	p.fast, p.fastAll = re, minLen(parsed) > 0
	if flags&reI == 0 {
		p.seq = compileSeq(parsed, p.groups)
	}
	if sub, ok := repeatedClass(parsed); ok {
		if set, nullable, ok := firstSet(sub); ok && !nullable {
			max := parsed.Max
			if parsed.Op == syntax.OpPlus {
				max = -1
			}
			p.run = &classRun{set: set, min: max1(parsed.Min), max: max}
			return
		}
	}
	if !hasAssertion(parsed) {
		if set, nullable, ok := firstSet(parsed); ok && !nullable {
			p.first = &set
		}
	}
}

// max1 is n, at least 1 (OpPlus leaves Min zero).
func max1(n int) int { return max(n, 1) }

// repeatedClass reports whether re is one character greedily repeated at
// least once (x+, x{n,m} with n >= 1), and returns the repeated character.
func repeatedClass(re *syntax.Regexp) (*syntax.Regexp, bool) {
	if re.Flags&syntax.NonGreedy != 0 {
		return nil, false
	}
	switch {
	case re.Op == syntax.OpPlus:
	case re.Op == syntax.OpRepeat && re.Min >= 1 && (re.Max < 0 || re.Max >= re.Min):
	default:
		return nil, false
	}
	switch sub := re.Sub[0]; sub.Op {
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return sub, true
	case syntax.OpLiteral:
		return sub, len(sub.Rune) == 1
	}
	return nil, false
}

// hasAssertion reports whether re looks at the text around a position
// (^, $, \A, \z, \b, \B), so that matching a suffix of the text may
// differ from matching the whole text from that point.
func hasAssertion(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	}
	for _, s := range re.Sub {
		if hasAssertion(s) {
			return true
		}
	}
	return false
}

// firstSet is the set of ASCII characters a match of re can start with
// (characters beyond ASCII do not matter: the fast path runs only on
// ASCII text) and whether re can match the empty string; ok is false for
// what it does not know.
func firstSet(re *syntax.Regexp) (set asciiSet, nullable, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return set, true, true
		}
		r := re.Rune[0]
		add := func(r rune) {
			if r < utf8.RuneSelf {
				set[r] = true
			}
		}
		add(r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				add(f)
			}
		}
		return set, false, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for c := re.Rune[i]; c <= re.Rune[i+1] && c < utf8.RuneSelf; c++ {
				set[c] = true
			}
		}
		return set, false, true
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		for c := range set {
			set[c] = re.Op == syntax.OpAnyChar || c != '\n'
		}
		return set, false, true
	case syntax.OpEmptyMatch:
		return set, true, true
	case syntax.OpCapture, syntax.OpPlus:
		return firstSet(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		set, _, ok = firstSet(re.Sub[0])
		return set, true, ok
	case syntax.OpRepeat:
		set, nullable, ok = firstSet(re.Sub[0])
		return set, nullable || re.Min == 0, ok
	case syntax.OpConcat:
		for _, s := range re.Sub {
			ss, n, ok := firstSet(s)
			if !ok {
				return set, false, false
			}
			for c, in := range ss {
				set[c] = set[c] || in
			}
			if !n {
				return set, false, true
			}
		}
		return set, true, true
	case syntax.OpAlternate:
		nullable = false
		for _, s := range re.Sub {
			ss, n, ok := firstSet(s)
			if !ok {
				return set, false, false
			}
			for c, in := range ss {
				set[c] = set[c] || in
			}
			nullable = nullable || n
		}
		return set, nullable, true
	}
	return set, false, false
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
