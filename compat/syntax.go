package compat

// syntax.go rewrites Python syntax newer than gpython's 3.4 parser into
// equivalent 3.4 source before it is compiled (compile.go). Each rewrite
// keeps the statement on its lines (a construct spanning lines keeps its
// newlines), so tracebacks and syntax errors point at the user's lines.
//
//   - f-strings (3.6), with !r/!s/!a, format specs with nested fields,
//     `=` (3.8), nested quotes: f'a{x!r:>{w}}' becomes
//     ('a' + __gowsgi_fstr__(x, 'r', '>' + __gowsgi_fstr__(w, '', ''))).
//   - Unpacking in displays and calls (3.5): [*a, 1], (*a, *b), {*a},
//     {**a, 'k': v}, f(*a, *b), f(**a, **b) call __gowsgi_cat__ and
//     __gowsgi_dictcat__, which build the same list/tuple/set/dict.
//   - Variable annotations (3.6): `x: int = 1` becomes `x = 1`, a bare
//     `x: int` becomes `pass`.
//   - Positional-only parameters (3.8): the `/` marker is dropped; the
//     function is noted (syntaxNotes) and calls.go enforces it.
//   - Starred elements in an unparenthesized tuple (3.8): `return *a, b`,
//     `yield *a, b`, `x = *a, b`, `for v in *a, *b:` build the tuple with
//     __gowsgi_cat__ as the parenthesized display does.
//   - Dict displays and comprehensions evaluate each key before its value
//     (3.8): where both are more than a name or literal, {k(): v()} calls
//     __gowsgi_dictkv__ and {K: V for ...} binds both through one more
//     for clause (dictOrder).
//   - Underscores in numbers (3.6): 1_000 becomes 1000.
//   - The walrus operator (3.8): `n := expr` becomes
//     `(expr).gowsgi_walrus__n`, an attribute load that opcodes.go turns
//     into DUP_TOP + a store to n in the right scope.
//
// Not rewritten (they stay syntax errors): match statements,
// `async`/`await`.

import (
	"strings"

	"github.com/go-python/gpython/py"
)

type tokKind int

const (
	tkName tokKind = iota
	tkNumber
	tkString
	tkOp
	tkNewline // a newline outside brackets: ends a logical line
	tkEOF
)

type token struct {
	kind       tokKind
	text       string
	start, end int
}

// tokenize splits src into tokens; comments and whitespace (including
// newlines inside brackets and escaped newlines) are left in the gaps.
func tokenize(src string) ([]token, bool) {
	var toks []token
	depth := 0
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == '\\' && i+1 < len(src) && src[i+1] == '\n':
			i += 2
		case c == '\n':
			if depth == 0 {
				toks = append(toks, token{tkNewline, "\n", i, i + 1})
			}
			i++
		case c == ' ' || c == '\t' || c == '\r' || c == '\f':
			i++
		case isIdentStart(c):
			j := i
			for j < len(src) && isIdentChar(src[j]) {
				j++
			}
			if j < len(src) && (src[j] == '\'' || src[j] == '"') && isStringPrefix(src[i:j]) {
				end, ok := scanString(src, j)
				if !ok {
					return nil, false
				}
				toks = append(toks, token{tkString, src[i:end], i, end})
				i = end
				continue
			}
			toks = append(toks, token{tkName, src[i:j], i, j})
			i = j
		case c == '\'' || c == '"':
			end, ok := scanString(src, i)
			if !ok {
				return nil, false
			}
			toks = append(toks, token{tkString, src[i:end], i, end})
			i = end
		case c >= '0' && c <= '9' || (c == '.' && i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9'):
			j := i
			for j < len(src) && (isIdentChar(src[j]) || src[j] == '.' ||
				((src[j] == '+' || src[j] == '-') && (src[j-1] == 'e' || src[j-1] == 'E') && !strings.HasPrefix(strings.ToLower(src[i:j]), "0x"))) {
				j++
			}
			toks = append(toks, token{tkNumber, src[i:j], i, j})
			i = j
		default:
			n := 1
			for _, op := range []string{"**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="} {
				if strings.HasPrefix(src[i:], op) {
					n = len(op)
					break
				}
			}
			switch c {
			case '(', '[', '{':
				depth++
			case ')', ']', '}':
				depth--
			}
			toks = append(toks, token{tkOp, src[i : i+n], i, i + n})
			i += n
		}
	}
	toks = append(toks, token{tkEOF, "", len(src), len(src)})
	return toks, true
}

func isIdentStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

func isIdentChar(c byte) bool { return isIdentStart(c) || c >= '0' && c <= '9' }

func isStringPrefix(p string) bool {
	switch strings.ToLower(p) {
	case "r", "u", "b", "br", "rb", "f", "fr", "rf":
		return true
	}
	return false
}

// scanString returns the end of the string literal whose quote is at i.
func scanString(src string, i int) (int, bool) {
	q := src[i]
	triple := strings.HasPrefix(src[i:], strings.Repeat(string(q), 3))
	j := i + 1
	if triple {
		j = i + 3
	}
	for j < len(src) {
		switch src[j] {
		case '\\':
			j += 2
			continue
		case '\n':
			if !triple {
				return 0, false
			}
		case q:
			if !triple {
				return j + 1, true
			}
			if strings.HasPrefix(src[j:], strings.Repeat(string(q), 3)) {
				return j + 3, true
			}
		}
		j++
	}
	return 0, false
}

// rewriteSyntax returns src with newer syntax rewritten; src itself when
// nothing applies or it cannot be tokenized.
func rewriteSyntax(src string) string { return rewriteSyntaxOpts(src, false) }

// rewriteSyntaxOpts is rewriteSyntax, also dropping assert statements when
// stripAsserts (python -O).
func rewriteSyntaxOpts(src string, stripAsserts bool) string {
	out, _ := rewriteSyntaxNotes(src, stripAsserts)
	return out
}

// syntaxNotes is what a rewrite removed but later stages need.
type syntaxNotes struct {
	// posOnly: functions whose `/` marker was dropped, by posOnlyKey, and
	// how many parameters precede it
	posOnly map[string]int
}

// posOnlyKey names a function by its name and positional parameters, as
// both the source and its code object (Name, Varnames) give them.
func posOnlyKey(name string, params []string) string {
	return name + "|" + strings.Join(params, ",")
}

// rewriteSyntaxNotes is rewriteSyntaxOpts, also returning its notes.
func rewriteSyntaxNotes(src string, stripAsserts bool) (string, syntaxNotes) {
	if !mayNeedRewrite(src) && !(stripAsserts && strings.Contains(src, "assert")) {
		return src, syntaxNotes{}
	}
	toks, ok := tokenize(src)
	if !ok {
		return src, syntaxNotes{}
	}
	r := &rewriter{src: src, toks: toks, out: make([]string, len(toks)), gap: make([]string, len(toks)), stripAsserts: stripAsserts}
	for i, t := range toks {
		r.out[i] = t.text
		if i > 0 {
			r.gap[i] = src[toks[i-1].end:t.start]
		} else {
			r.gap[i] = src[:t.start]
		}
	}
	r.run()
	var b strings.Builder
	for i := range toks {
		b.WriteString(r.gap[i])
		b.WriteString(r.out[i])
	}
	b.WriteString(src[toks[len(toks)-1].end:])
	return b.String(), r.notes
}

// mayNeedRewrite is a cheap filter for sources with nothing to rewrite.
func mayNeedRewrite(src string) bool {
	return strings.ContainsAny(src, "*:/_") || strings.Contains(src, "f'") || strings.Contains(src, "f\"") || strings.Contains(src, "F'") || strings.Contains(src, "F\"")
}

type rewriter struct {
	stripAsserts bool
	src          string
	toks         []token
	out          []string // replacement text of each token
	gap          []string // text before each token
	notes        syntaxNotes
}

var pyKeywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "break": true,
	"class": true, "continue": true, "def": true, "del": true, "elif": true, "else": true, "except": true,
	"finally": true, "for": true, "from": true, "global": true, "if": true, "import": true, "in": true,
	"is": true, "lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true, "raise": true,
	"return": true, "try": true, "while": true, "with": true, "yield": true,
}

func (r *rewriter) run() {
	t := r.toks
	// numbers and f-string groups, token by token
	for i := 0; i < len(t); i++ {
		switch t[i].kind {
		case tkNumber:
			if strings.Contains(t[i].text, "_") {
				r.out[i] = strings.ReplaceAll(t[i].text, "_", "")
			}
		case tkString:
			j := i
			hasF := false
			for j < len(t) && t[j].kind == tkString {
				if isFString(t[j].text) {
					hasF = true
				}
				j++
			}
			if hasF {
				r.fstringGroup(i, j-1)
			}
			i = j - 1
		}
	}
	r.walrus()
	r.withItems()
	r.brackets()
	r.starredLists()
	r.statements()
}

// walrusPrefix marks a rewritten assignment expression (see opcodes.go).
// It has no leading underscores, so class bodies do not mangle it.
const walrusPrefix = "gowsgi_walrus__"

// walrus rewrites each `NAME := expr` to `(expr).gowsgi_walrus__NAME`.
// The expression runs to the first `,` `:` `;` `for`, closing bracket or
// end of line at its own bracket depth.
func (r *rewriter) walrus() {
	t := r.toks
	for i := 1; i < len(t); i++ {
		if t[i].kind != tkOp || t[i].text != ":=" || t[i-1].kind != tkName || pyKeywords[t[i-1].text] {
			continue
		}
		end, depth, lambdas := -1, 0, 0
	scan:
		for j := i + 1; j < len(t); j++ {
			switch t[j].kind {
			case tkNewline, tkEOF:
				end = j - 1
				break scan
			case tkName:
				if depth == 0 && (t[j].text == "for" || t[j].text == "async") {
					end = j - 1
					break scan
				}
				if depth == 0 && t[j].text == "lambda" {
					lambdas++ // its `:` does not end the expression
				}
			case tkOp:
				switch t[j].text {
				case "(", "[", "{":
					depth++
				case ")", "]", "}":
					if depth == 0 {
						end = j - 1
						break scan
					}
					depth--
				case ",", ":", ";":
					if depth == 0 && t[j].text == ":" && lambdas > 0 {
						lambdas--
					} else if depth == 0 {
						end = j - 1
						break scan
					}
				}
			}
		}
		if end <= i {
			continue // `x :=` with nothing after: the parser reports it
		}
		name := t[i-1].text
		r.out[i-1] = ""
		r.out[i] = "("
		r.out[end] += ")." + walrusPrefix + name
	}
}

// statements handles what is decided per logical line: annotations.
func (r *rewriter) statements() {
	t := r.toks
	start := 0
	// enclosing def/class blocks by indentation: annotations are recorded
	// in module and class namespaces, as CPython does, not in functions
	type block struct {
		indent  int
		isClass bool
	}
	var blocks []block
	for i := 0; i < len(t); i++ {
		if t[i].kind != tkNewline && t[i].kind != tkEOF && !(t[i].kind == tkOp && t[i].text == ";") {
			continue
		}
		if start < i {
			indent := r.lineIndent(t[start].start)
			for len(blocks) > 0 && blocks[len(blocks)-1].indent >= indent {
				blocks = blocks[:len(blocks)-1]
			}
			record := len(blocks) == 0 || blocks[len(blocks)-1].isClass
			switch {
			case r.stripAsserts && t[start].kind == tkName && t[start].text == "assert":
				r.replace(start, i-1, "pass")
			case t[start].kind == tkName && (t[start].text == "def" || t[start].text == "class" || t[start].text == "async"):
				blocks = append(blocks, block{indent: indent, isClass: t[start].text == "class"})
			default:
				r.annotation(start, i, record)
			}
		}
		start = i + 1
	}
}

// lineIndent is the indentation of the line holding src offset pos.
func (r *rewriter) lineIndent(pos int) int {
	ls := strings.LastIndexByte(r.src[:pos], '\n') + 1
	n := 0
	for ls+n < len(r.src) && (r.src[ls+n] == ' ' || r.src[ls+n] == '\t') {
		n++
	}
	return n
}

// annRecorder is the builtin that records a module's or class's variable
// annotations in its __annotations__ (see annotation).
const annRecorder = "__gowsgi_ann__"

// annotation rewrites `target: ann [= value]` in tokens [a, b). With
// record (module or class level) and a plain name target, the annotation
// also goes into __annotations__:
// `x: int = 1` → `x = 1; __annotations__ = __gowsgi_ann__(locals(), 'x', (int))`.
func (r *rewriter) annotation(a, b int, record bool) {
	t := r.toks
	if a >= b || t[a].kind != tkName || pyKeywords[t[a].text] {
		return
	}
	depth := 0
	for i := a; i < b; i++ {
		if t[i].kind != tkOp {
			continue
		}
		switch t[i].text {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
		case "=", "+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^=", "@=":
			if depth == 0 {
				return
			}
		case ":":
			if depth != 0 {
				continue
			}
			eq := -1
			d := 0
			for j := i + 1; j < b; j++ {
				if t[j].kind == tkOp {
					switch t[j].text {
					case "(", "[", "{":
						d++
					case ")", "]", "}":
						d--
					case "=":
						if d == 0 && eq < 0 {
							eq = j
						}
					}
				}
			}
			simple := record && i == a+1
			rec := ""
			if simple {
				rec = annRecorder + "(locals(), '" + t[a].text + "', (" + strings.TrimSpace(r.text(i+1, max(i+1, eq-1))) + "))"
				if eq < 0 {
					rec = annRecorder + "(locals(), '" + t[a].text + "', (" + strings.TrimSpace(r.text(i+1, b-1)) + "))"
				}
			}
			if eq < 0 {
				if simple {
					r.replace(a, b-1, "__annotations__ = "+rec)
					return
				}
				// bare annotation: the statement does nothing here
				r.replace(a, b-1, "pass")
				return
			}
			r.replace(i, eq-1, "")
			r.gap[eq] = " "
			if simple {
				r.out[b-1] += "; __annotations__ = " + rec
			}
			return
		}
	}
}

// replace sets tokens [a, b] to text, keeping the newlines they spanned.
func (r *rewriter) replace(a, b int, text string) {
	nl := 0
	for i := a; i <= b; i++ {
		if i > a {
			nl += strings.Count(r.gap[i], "\n")
			r.gap[i] = ""
		}
		nl += strings.Count(r.out[i], "\n")
		r.out[i] = ""
	}
	nl -= strings.Count(text, "\n")
	if nl > 0 {
		if strings.HasSuffix(text, ")") {
			text = text[:len(text)-1] + strings.Repeat("\n", nl) + ")"
		} else {
			text += strings.Repeat(" \\\n", nl) // line continuations
		}
	}
	r.out[a] = text
}

// text returns the current text of tokens [a, b].
func (r *rewriter) text(a, b int) string {
	var sb strings.Builder
	for i := a; i <= b; i++ {
		if i > a {
			sb.WriteString(r.gap[i])
		}
		sb.WriteString(r.out[i])
	}
	return sb.String()
}

// withItems drops the parentheses around a with statement's items (3.10):
// `with (A() as a, B() as b):` becomes `with A() as a, B() as b:`, lines
// joined by continuations.
func (r *rewriter) withItems() {
	t := r.toks
	for i := 0; i+1 < len(t); i++ {
		if t[i].kind != tkName || t[i].text != "with" || t[i+1].text != "(" {
			continue
		}
		depth, closeAt, hasAs := 0, -1, false
		for j := i + 1; j < len(t) && closeAt < 0; j++ {
			switch t[j].text {
			case "(", "[", "{":
				depth++
			case ")", "]", "}":
				depth--
				if depth == 0 {
					closeAt = j
				}
			case "as":
				if depth == 1 && t[j].kind == tkName {
					hasAs = true
				}
			}
		}
		if closeAt < 0 || !hasAs || closeAt+1 >= len(t) || t[closeAt+1].text != ":" {
			continue
		}
		last := closeAt - 1
		if t[last].text == "," {
			r.out[last] = ""
		}
		for j := i + 2; j <= closeAt; j++ {
			lines := strings.Split(r.gap[j], "\n")
			for k := range lines[:len(lines)-1] {
				if c := strings.IndexByte(lines[k], '#'); c >= 0 {
					lines[k] = lines[k][:c] // a comment cannot precede the continuation
				}
			}
			r.gap[j] = strings.Join(lines, " \\\n")
		}
		r.out[i+1], r.out[closeAt] = "", ""
	}
}

// starredLists rewrites the unparenthesized expression lists with starred
// elements that gpython's parser rejects: after `return` and `yield`,
// after an assignment's last `=`, and between a for statement's `in` and
// its `:`.
func (r *rewriter) starredLists() {
	t := r.toks
	depth := 0
	lineStart := true // at the start of a simple statement
	forIn := -1       // the `in` of a for statement, awaiting its `:`
	lastEq := -1      // the last `=` of the current simple statement
	segStart := -1    // the list after return/yield
	end := func(i int) {
		switch {
		case segStart >= 0:
			r.starredList(segStart, i-1)
		case lastEq >= 0:
			r.starredList(lastEq+1, i-1)
		}
		segStart, lastEq = -1, -1
	}
	for i := 0; i < len(t); i++ {
		tok := t[i]
		first := lineStart
		lineStart = false
		switch tok.kind {
		case tkNewline, tkEOF:
			end(i)
			forIn, depth, lineStart = -1, 0, true
			continue
		case tkName:
			if depth != 0 {
				continue
			}
			switch tok.text {
			case "return":
				if first {
					segStart = i + 1
				}
			case "yield":
				if segStart < 0 && (first || i > 0 && t[i-1].text == "=") {
					segStart = i + 1
					lastEq = -1
				}
			case "for":
				if first || i > 0 && t[i-1].text == "async" {
					forIn = 0
				}
			case "in":
				if forIn == 0 {
					forIn = i
				}
			}
		case tkOp:
			switch tok.text {
			case "(", "[", "{":
				depth++
			case ")", "]", "}":
				depth--
			case ";":
				if depth == 0 {
					end(i)
					lineStart = true
				}
			case "=":
				if depth == 0 && segStart < 0 {
					lastEq = i
				}
			case ":":
				if depth == 0 {
					if forIn > 0 {
						r.starredList(forIn+1, i-1)
					}
					forIn = -1
					if t[i+1].kind != tkNewline {
						lineStart = true // a one-line compound statement's body
						lastEq, segStart = -1, -1
					}
				}
			}
		}
	}
}

// starredList rewrites the expression list in tokens [a, b] into a
// __gowsgi_cat__ call when one of its top-level elements is starred.
func (r *rewriter) starredList(a, b int) {
	t := r.toks
	if a > b {
		return
	}
	g := &bgroup{open: a - 1, close: b + 1}
	g.split(t)
	starred := false
	for _, e := range g.elems {
		if t[e[0]].kind == tkOp && t[e[0]].text == "*" && e[1] > e[0] {
			starred = true
		}
	}
	if !starred {
		return
	}
	r.replace(a, b, "__gowsgi_cat__('tuple', "+r.chunks(g.elems, "*", "(", ",)")+")")
}

type bgroup struct {
	open, close int
	elems       [][2]int // token ranges of the top-level elements
}

// brackets finds bracket groups innermost first and rewrites unpacking.
func (r *rewriter) brackets() {
	t := r.toks
	var stack []*bgroup
	defStart := map[int]bool{} // opening parens of def parameter lists
	for i := 0; i < len(t); i++ {
		if t[i].kind == tkName && t[i].text == "def" && i+2 < len(t) && t[i+2].text == "(" {
			defStart[i+2] = true
		}
		if t[i].kind != tkOp {
			continue
		}
		switch t[i].text {
		case "(", "[", "{":
			stack = append(stack, &bgroup{open: i, close: -1})
		case ")", "]", "}":
			if len(stack) == 0 {
				return
			}
			g := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if pair := t[g.open].text + t[i].text; pair != "()" && pair != "[]" && pair != "{}" {
				return // unbalanced: leave it to the parser
			}
			g.close = i
			g.split(t)
			r.rewriteGroup(g, defStart[g.open])
		}
	}
}

func (g *bgroup) split(t []token) {
	depth := 0
	start := g.open + 1
	lambda := false // in a lambda's parameters: its commas do not split
	for i := g.open + 1; i < g.close; i++ {
		if t[i].kind == tkName && t[i].text == "lambda" && depth == 0 {
			lambda = true
		}
		if t[i].kind != tkOp {
			continue
		}
		switch t[i].text {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
		case ":":
			if depth == 0 {
				lambda = false
			}
		case ",":
			if depth == 0 && !lambda {
				g.elems = append(g.elems, [2]int{start, i - 1})
				start = i + 1
			}
		}
	}
	if start <= g.close-1 {
		g.elems = append(g.elems, [2]int{start, g.close - 1})
	}
}

func (r *rewriter) rewriteGroup(g *bgroup, isDef bool) {
	t := r.toks
	open := t[g.open].text
	if isDef {
		for k, e := range g.elems {
			if e[0] == e[1] && t[e[0]].text == "/" {
				var params []string
				for _, p := range g.elems {
					if t[p[0]].kind == tkName {
						params = append(params, t[p[0]].text)
					} else if t[p[0]].text != "/" {
						break // *args, *, **kw: the positional ones are done
					}
				}
				if r.notes.posOnly == nil {
					r.notes.posOnly = map[string]int{}
				}
				r.notes.posOnly[posOnlyKey(t[g.open-1].text, params)] = k
				end := e[1]
				if end+1 < g.close && t[end+1].text == "," {
					end++
				}
				r.replace(e[0], end, "")
				return
			}
		}
		return
	}
	if open == "{" && r.dictOrder(g) {
		return
	}
	for _, e := range g.elems {
		if t[e[0]].kind == tkName && t[e[0]].text == "for" {
			return
		}
		for i := e[0]; i <= e[1]; i++ {
			if t[i].kind == tkName && t[i].text == "for" && i > e[0] {
				return // a comprehension
			}
		}
	}
	starred := func(e [2]int, op string) bool { return t[e[0]].kind == tkOp && t[e[0]].text == op && e[1] > e[0] }
	nStar, nDStar := 0, 0
	for _, e := range g.elems {
		if starred(e, "*") {
			nStar++
		}
		if starred(e, "**") {
			nDStar++
		}
	}
	if nStar == 0 && nDStar == 0 {
		return
	}
	prev := token{kind: tkOp}
	if g.open > 0 {
		prev = t[g.open-1]
	}
	isCall := open == "(" && (prev.kind == tkName && !pyKeywords[prev.text] || prev.kind == tkString || prev.text == ")" || prev.text == "]")
	isSubscript := open == "[" && (prev.kind == tkName && !pyKeywords[prev.text] || prev.kind == tkString || prev.text == ")" || prev.text == "]")
	if isSubscript {
		return
	}
	if next := t[g.close+1]; next.kind == tkOp && next.text == "=" || next.kind == tkName && next.text == "in" {
		return // an assignment target: [a, *b] = ...
	}
	if isCall {
		r.rewriteCall(g, nStar, nDStar)
		return
	}
	kind := map[string]string{"[": "list", "(": "tuple", "{": "set"}[open]
	if open == "{" && nDStar > 0 {
		r.rewriteDict(g)
		return
	}
	if open == "(" && len(g.elems) == 1 && t[g.close-1].text != "," {
		return // (*a) alone is not a tuple
	}
	r.replace(g.open, g.close, "__gowsgi_cat__('"+kind+"', "+r.chunks(g.elems, "*", "(", ",)")+")")
}

// dictOrder rewrites a dict display or comprehension whose keys must be
// evaluated before their values (CPython 3.8; gpython's 3.4 compiler
// evaluates each value first). It applies only where the order can be
// seen: a pair whose key and value are both more than a name or literal.
// `{k(): v(), ...}` becomes `__gowsgi_dictkv__(k(), v(), ...)`, and
// `{K: V for ...}` becomes `{__gowsgi_k__: __gowsgi_v__ for ... for
// __gowsgi_k__, __gowsgi_v__ in ((K, V),)}`. It reports whether it did.
func (r *rewriter) dictOrder(g *bgroup) bool {
	t := r.toks
	simple := func(a, b int) bool {
		if a == b {
			switch t[a].kind {
			case tkName, tkNumber:
				return r.out[a] == t[a].text
			case tkString:
				return r.out[a] == t[a].text
			}
			return false
		}
		if b == a+1 && t[a].kind == tkOp && (t[a].text == "-" || t[a].text == "+") && t[b].kind == tkNumber {
			return true
		}
		for i := a; i <= b; i++ {
			if t[i].kind != tkString || r.out[i] != t[i].text {
				return false
			}
		}
		return true
	}
	// colon is the top-level `:` in tokens [a, b], -1 if none (or a
	// top-level lambda comes first: a set of lambdas)
	colon := func(a, b int) int {
		depth := 0
		for i := a; i <= b; i++ {
			switch {
			case t[i].kind == tkName && t[i].text == "lambda" && depth == 0:
				return -1
			case t[i].kind != tkOp:
			case t[i].text == "(" || t[i].text == "[" || t[i].text == "{":
				depth++
			case t[i].text == ")" || t[i].text == "]" || t[i].text == "}":
				depth--
			case t[i].text == ":" && depth == 0:
				return i
			}
		}
		return -1
	}
	// a comprehension: its first top-level `for`
	depth, forAt := 0, -1
	for i := g.open + 1; i < g.close && forAt < 0; i++ {
		switch {
		case t[i].kind == tkName && t[i].text == "for" && depth == 0:
			forAt = i
		case t[i].kind != tkOp:
		case t[i].text == "(" || t[i].text == "[" || t[i].text == "{":
			depth++
		case t[i].text == ")" || t[i].text == "]" || t[i].text == "}":
			depth--
		}
	}
	if forAt >= 0 {
		if forAt > g.open+1 && t[forAt-1].kind == tkName && t[forAt-1].text == "async" {
			return false
		}
		c := colon(g.open+1, forAt-1)
		if c < 0 || simple(g.open+1, c-1) || simple(c+1, forAt-1) {
			return false
		}
		k := strings.TrimSpace(r.text(g.open+1, c-1))
		v := strings.TrimSpace(r.text(c+1, forAt-1))
		rest := strings.TrimSpace(r.text(forAt, g.close-1))
		r.replace(g.open, g.close, "{__gowsgi_k__: __gowsgi_v__ "+rest+" for __gowsgi_k__, __gowsgi_v__ in ((("+k+"), ("+v+")),)}")
		return true
	}
	if len(g.elems) == 0 || len(g.elems) > 120 {
		return false
	}
	need := false
	var args []string
	for _, e := range g.elems {
		c := colon(e[0], e[1])
		if c < 0 || c == e[0] || c == e[1] {
			return false // a set, or ** unpacking
		}
		if !simple(e[0], c-1) && !simple(c+1, e[1]) {
			need = true
		}
		args = append(args, strings.TrimSpace(r.text(e[0], c-1)), strings.TrimSpace(r.text(c+1, e[1])))
	}
	if !need {
		return false
	}
	r.replace(g.open, g.close, "__gowsgi_dictkv__("+strings.Join(args, ", ")+")")
	return true
}

// chunks joins elements for __gowsgi_cat__/__gowsgi_dictcat__: a starred
// element gives its operand, a run of plain elements one display.
func (r *rewriter) chunks(elems [][2]int, star, open, close string) string {
	t := r.toks
	var parts, run []string
	flush := func() {
		if len(run) > 0 {
			parts = append(parts, open+strings.Join(run, ", ")+close)
			run = nil
		}
	}
	for _, e := range elems {
		if t[e[0]].kind == tkOp && t[e[0]].text == star && e[1] > e[0] {
			flush()
			parts = append(parts, "("+strings.TrimSpace(r.text(e[0]+1, e[1]))+")")
			continue
		}
		run = append(run, strings.TrimSpace(r.text(e[0], e[1])))
	}
	flush()
	return strings.Join(parts, ", ")
}

func (r *rewriter) rewriteDict(g *bgroup) {
	r.replace(g.open, g.close, "__gowsgi_dictcat__("+r.chunks(g.elems, "**", "{", "}")+")")
}

// rewriteCall folds several *args or **kwargs (or positional arguments
// after *args) into one of each.
func (r *rewriter) rewriteCall(g *bgroup, nStar, nDStar int) {
	t := r.toks
	var pos, kw, named, stars, dstars [][2]int
	seenStar := false
	posAfterStar := false
	kwAfterDStar := false // f(**d, k=1): gpython wants keywords first
	for _, e := range g.elems {
		switch {
		case t[e[0]].kind == tkOp && t[e[0]].text == "*" && e[1] > e[0]:
			stars = append(stars, e)
			seenStar = true
		case t[e[0]].kind == tkOp && t[e[0]].text == "**" && e[1] > e[0]:
			dstars = append(dstars, e)
		case e[1] > e[0] && t[e[0]].kind == tkName && t[e[0]+1].kind == tkOp && t[e[0]+1].text == "=":
			named = append(named, e)
			kwAfterDStar = kwAfterDStar || len(dstars) > 0
		default:
			if seenStar {
				posAfterStar = true
			}
			pos = append(pos, e)
		}
	}
	_ = kw
	if nStar <= 1 && nDStar <= 1 && !posAfterStar && !kwAfterDStar {
		return
	}
	var args []string
	var posParts [][2]int
	for _, e := range g.elems {
		if t[e[0]].kind == tkOp && t[e[0]].text == "*" && e[1] > e[0] || !(t[e[0]].kind == tkOp && t[e[0]].text == "**") && !contains(named, e) {
			posParts = append(posParts, e)
		}
	}
	if nStar > 0 {
		args = append(args, "*__gowsgi_cat__('tuple', "+r.chunks(posParts, "*", "(", ",)")+")")
	} else {
		for _, e := range pos {
			args = append(args, strings.TrimSpace(r.text(e[0], e[1])))
		}
	}
	for _, e := range named {
		args = append(args, strings.TrimSpace(r.text(e[0], e[1])))
	}
	if nDStar > 1 {
		var ds []string
		for _, e := range dstars {
			ds = append(ds, "("+strings.TrimSpace(r.text(e[0]+1, e[1]))+")")
		}
		args = append(args, "**__gowsgi_kwcat__("+strings.Join(ds, ", ")+")")
	} else {
		for _, e := range dstars {
			args = append(args, strings.TrimSpace(r.text(e[0], e[1])))
		}
	}
	_ = stars
	r.replace(g.open, g.close, "("+strings.Join(args, ", ")+")")
}

func contains(list [][2]int, e [2]int) bool {
	for _, x := range list {
		if x == e {
			return true
		}
	}
	return false
}

func isFString(s string) bool {
	for i := 0; i < len(s) && s[i] != '\'' && s[i] != '"'; i++ {
		if s[i] == 'f' || s[i] == 'F' {
			return true
		}
	}
	return false
}

// fstringGroup rewrites the implicitly concatenated strings [a, b], at
// least one an f-string, into one parenthesized expression.
func (r *rewriter) fstringGroup(a, b int) {
	var parts []string
	nl := 0
	for i := a; i <= b; i++ {
		if i > a {
			nl += strings.Count(r.gap[i], "\n")
		}
		s := r.toks[i].text
		if !isFString(s) {
			parts = append(parts, s)
			continue
		}
		p, ok := fstringParts(s)
		if !ok {
			return // leave it for the parser to report
		}
		nl += strings.Count(s, "\n")
		parts = append(parts, p...)
	}
	if len(parts) == 0 {
		parts = []string{"''"}
	}
	joined := strings.Join(parts, " + ")
	nl -= strings.Count(joined, "\n")
	text := "(" + joined + strings.Repeat("\n", max(nl, 0)) + ")"
	for i := a; i <= b; i++ {
		if i > a {
			r.gap[i] = ""
		}
		r.out[i] = ""
	}
	r.out[a] = text
}

// fstringParts splits one f-string literal into expressions to add up.
func fstringParts(lit string) ([]string, bool) {
	q := strings.IndexAny(lit, "'\"")
	prefix := strings.NewReplacer("f", "", "F", "").Replace(lit[:q])
	quote := lit[q : q+1]
	if strings.HasPrefix(lit[q:], strings.Repeat(quote, 3)) {
		quote = strings.Repeat(quote, 3)
	}
	body := lit[q+len(quote) : len(lit)-len(quote)]
	return fstringBody(body, prefix, quote)
}

func fstringBody(body, prefix, quote string) ([]string, bool) {
	var parts []string
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			parts = append(parts, prefix+quote+lit.String()+quote)
			lit.Reset()
		}
	}
	raw := strings.ContainsAny(prefix, "rR")
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case c == '\\' && !raw && i+1 < len(body):
			lit.WriteByte(c)
			lit.WriteByte(body[i+1])
			i++
		case c == '{' && i+1 < len(body) && body[i+1] == '{':
			lit.WriteByte('{')
			i++
		case c == '}' && i+1 < len(body) && body[i+1] == '}':
			lit.WriteByte('}')
			i++
		case c == '{':
			end, field, ok := fstringField(body, i+1, prefix, quote)
			if !ok {
				return nil, false
			}
			if strings.HasPrefix(field, "'") { // `=`: the text goes first
				k := strings.Index(field, "\x00")
				lit.WriteString(field[1:k])
				field = field[k+1:]
			}
			flush()
			parts = append(parts, field)
			i = end
		case c == '}':
			return nil, false
		default:
			lit.WriteByte(c)
		}
	}
	flush()
	return parts, true
}

// fstringField parses the replacement field starting after the `{` at
// body[start] and returns the index of its `}` and the expression.
func fstringField(body string, start int, prefix, quote string) (int, string, bool) {
	depth := 0
	i := start
	exprEnd := -1
	for ; i < len(body); i++ {
		c := body[i]
		switch c {
		case '\'', '"':
			end, ok := scanString(body, i)
			if !ok {
				return 0, "", false
			}
			i = end - 1
			continue
		case '(', '[', '{':
			depth++
		case ')', ']':
			depth--
		case '}':
			if depth > 0 {
				depth--
				continue
			}
		}
		if depth == 0 && (c == '}' || c == ':' || (c == '!' && i+1 < len(body) && body[i+1] != '=')) {
			exprEnd = i
			break
		}
	}
	if exprEnd < 0 {
		return 0, "", false
	}
	expr := body[start:exprEnd]
	debugText := ""
	trimmed := strings.TrimRight(expr, " ")
	if strings.HasSuffix(trimmed, "=") && !strings.HasSuffix(trimmed, "==") && !strings.HasSuffix(trimmed, "!=") &&
		!strings.HasSuffix(trimmed, "<=") && !strings.HasSuffix(trimmed, ">=") {
		debugText = expr
		expr = strings.TrimSuffix(trimmed, "=")
	}
	conv := ""
	i = exprEnd
	if body[i] == '!' {
		if i+1 >= len(body) {
			return 0, "", false
		}
		conv = body[i+1 : i+2]
		i += 2
	}
	spec := "''"
	if i < len(body) && body[i] == ':' {
		// the spec runs to the matching }, with nested fields
		d := 0
		j := i + 1
		for ; j < len(body); j++ {
			if body[j] == '{' {
				d++
			} else if body[j] == '}' {
				if d == 0 {
					break
				}
				d--
			}
		}
		if j >= len(body) {
			return 0, "", false
		}
		sp, ok := fstringBody(body[i+1:j], prefix, quote)
		if !ok {
			return 0, "", false
		}
		if len(sp) > 0 {
			spec = strings.Join(sp, " + ")
		}
		i = j
	}
	if i >= len(body) || body[i] != '}' {
		return 0, "", false
	}
	if debugText != "" && conv == "" && spec == "''" {
		conv = "r"
	}
	field := "__gowsgi_fstr__((" + rewriteSyntax(strings.TrimSpace(expr)) + "), '" + conv + "', " + spec + ")"
	if debugText != "" {
		field = "'" + debugText + "\x00" + field
	}
	return i, field, true
}

func init() {
	setBuiltinFunc("__gowsgi_fstr__", func(self py.Object, args py.Tuple) (py.Object, error) {
		v := args[0]
		switch string(args[1].(py.String)) {
		case "r":
			s, err := Repr(v)
			if err != nil {
				return nil, err
			}
			v = py.String(s)
		case "s":
			s, err := Str(v)
			if err != nil {
				return nil, err
			}
			v = py.String(s)
		case "a":
			s, err := Repr(v)
			if err != nil {
				return nil, err
			}
			v = py.String(asciiEscape(s))
		}
		spec, _ := args[2].(py.String)
		if spec == "" {
			if s, ok := v.(py.String); ok {
				return s, nil
			}
			if _, isInstance := userInstance(v); !isInstance {
				s, err := Str(v)
				return py.String(s), err
			} // an instance's __format__ gets '' too, as format(v, '')
		}
		out, err := FormatValue(v, string(spec))
		return py.String(out), err
	}, "formats one f-string field (compat)")
	setBuiltinFunc("__gowsgi_cat__", func(self py.Object, args py.Tuple) (py.Object, error) {
		var items []py.Object
		for _, it := range args[1:] {
			if err := py.Iterate(it, func(o py.Object) bool { items = append(items, o); return false }); err != nil {
				if isTypeError(err) {
					return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", it.Type().Name)
				}
				return nil, err
			}
		}
		switch string(args[0].(py.String)) {
		case "list":
			return py.NewListFromItems(items), nil
		case "set":
			return NewSetFromItems(items)
		}
		return py.Tuple(items), nil
	}, "builds a display with unpacking (compat)")
	setBuiltinFunc("__gowsgi_dictkv__", func(self py.Object, args py.Tuple) (py.Object, error) {
		d := NewDictSized(len(args) / 2)
		for i := 0; i+1 < len(args); i += 2 {
			if err := d.Set(args[i], args[i+1]); err != nil {
				return nil, err
			}
		}
		return d, nil
	}, "builds a dict display, keys evaluated before values (compat)")
	setBuiltinFunc("__gowsgi_dictcat__", func(self py.Object, args py.Tuple) (py.Object, error) {
		d := NewDict()
		for _, m := range args {
			if err := d.Update(m); err != nil {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not a mapping", m.Type().Name)
			}
		}
		return d, nil
	}, "builds a dict display with ** unpacking (compat)")
}

// __gowsgi_ann__(namespace, name, annotation) returns the namespace's
// __annotations__ dict (a new one the first time) with name added: the
// rewritten annotated assignments at module and class level store it back.
func init() {
	setBuiltinFunc(annRecorder, func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 3 {
			return nil, py.ExceptionNewf(py.TypeError, "%s expects 3 arguments", annRecorder)
		}
		var existing py.Object
		switch ns := args[0].(type) {
		case py.StringDict:
			existing = ns["__annotations__"]
		case *liveDict:
			existing = ns.sd["__annotations__"]
		case *Dict:
			existing, _ = ns.GetStr("__annotations__")
		}
		d, ok := existing.(*Dict)
		if !ok {
			d = NewDict()
		}
		name, _ := args[1].(py.String)
		d.SetStr(string(name), args[2])
		return d, nil
	}, "records a variable annotation (compat)")
}
