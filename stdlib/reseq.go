package stdlib

// reseq.go adds a matcher for "simple sequence" patterns to re, used by
// Pattern.match and Pattern.fullmatch (and re.match, re.fullmatch) on
// ASCII text: a concatenation of literals, ASCII character classes, `.`,
// single characters repeated greedily ({m,n}, *, +, ?), capturing groups
// around sub-sequences (not repeated), ^ or \A at the start and $ or \Z
// at the end, like `(\d{4})-(\d{2})-(\d{2})$` or
// `^/users/(?P<id>\d+)/posts/(?P<slug>[\w-]+)/?$`.
//
// CPython's engine backtracks; here each repeat runs possessively (takes
// all it can and never gives back), which finds the same match when the
// repeat's characters are disjoint from every character that can come
// next (FIRST of the rest of the pattern, looking through optional items
// and group boundaries): giving a character back could only put a
// character of the repeat's set in front of the rest, which the rest
// cannot start with. A fixed count {n} needs no such check. Patterns
// that fail the check (`\d+\d`, `\w+-?\w+`), alternation, lazy repeats,
// IGNORECASE, MULTILINE anchors, \b, and groups under a quantifier keep
// the general path. The same gating as the Go regexp fast path applies
// (ASCII text; a pattern with `$` only on text not ending in a newline,
// where Python's `$` also matches before that newline).
//
// The successful match is one allocation (matchBox1, matchBox3: the Match, with
// its subject inline, its groups' offsets and text headers, and room for its
// first bound method); a failed match allocates nothing.

import (
	"regexp/syntax"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

// seqKind is what a seqItem does.
type seqKind uint8

const (
	seqLit   seqKind = iota // the literal text lit
	seqSet                  // min to max (-1: any number) characters of set
	seqOpen                 // group g starts here
	seqClose                // group g ends here
	seqBegin                // the start of the text (^, \A)
	seqEnd                  // the end of the text ($, \Z)
	seqByte                 // the character c (in ops only)
	seqNop                  // nothing but marks (in ops only)
)

// bitset is a set of characters, a bit each; only ASCII ones are added
// (the text is ASCII), the size lets any byte index it unchecked.
type bitset [4]uint64

func (b *bitset) add(c rune) {
	if c < utf8.RuneSelf {
		b[c>>6] |= 1 << (c & 63)
	}
}

func (b *bitset) has(c byte) bool { return b[c>>6]&(1<<(c&63)) != 0 }

func (b *bitset) disjoint(o *bitset) bool { return b[0]&o[0] == 0 && b[1]&o[1] == 0 }

// seqOp is a step of the compiled matcher: set the loc slots in marks to
// the position, then do kind (seqLit, seqByte, seqSet, seqBegin, seqEnd,
// seqNop).
type seqOp struct {
	kind     seqKind
	nmarks   uint8
	marks    [6]uint8
	c        byte
	min, max int
	set      bitset
	lit      string
}

type seqItem struct {
	kind     seqKind
	set      bitset
	min, max int
	lit      string
	g        int
}

// seqMatcher is a compiled simple-sequence pattern.
type seqMatcher struct {
	ops []seqOp
	// last is the group that closes last, Match.lastindex (0: none)
	last int
	// for search: the characters a match can start with, whether it can
	// be empty, whether it must start at the start of the text
	first    bitset
	nullable bool
	begins   bool
}

// compileSeq builds the matcher for re (the pattern parsed for Go's
// regexp), or nil when re is not a simple sequence whose repeats can run
// possessively.
func compileSeq(re *syntax.Regexp, groups int) *seqMatcher {
	var items []seqItem
	if !flattenSeq(re, &items, false) {
		return nil
	}
	opens := 0
	for _, it := range items {
		if it.kind == seqOpen {
			opens++
		}
	}
	if opens != groups {
		return nil
	}
	// anchors only where the matcher can take them without backtracking:
	// a start anchor before anything that consumes, an end anchor after
	seenConsume := false
	for i, it := range items {
		switch it.kind {
		case seqLit, seqSet:
			seenConsume = true
		case seqBegin:
			if seenConsume {
				return nil
			}
		case seqEnd:
			for _, after := range items[i+1:] {
				if after.kind != seqClose && after.kind != seqEnd {
					return nil
				}
			}
		}
	}
	// check each repeat against what can follow
	for i, it := range items {
		if it.kind == seqSet && it.min != it.max {
			if follow := followSet(items[i+1:]); !it.set.disjoint(&follow) {
				return nil
			}
		}
	}
	if 2*groups+1 > 255 {
		return nil // a mark is a byte
	}
	m := &seqMatcher{first: followSet(items), nullable: true}
	for _, it := range items {
		switch {
		case it.kind == seqLit, it.kind == seqSet && it.min > 0:
			m.nullable = false
		case it.kind == seqBegin:
			m.begins = true
		}
	}
	// group boundaries become marks on the next op; adjacent literals join
	var op seqOp
	for _, it := range items {
		switch it.kind {
		case seqOpen, seqClose:
			if int(op.nmarks) == len(op.marks) {
				op.kind = seqNop
				m.ops = append(m.ops, op)
				op = seqOp{}
			}
			slot := 2 * it.g
			if it.kind == seqClose {
				slot++
				m.last = it.g
			}
			op.marks[op.nmarks] = uint8(slot)
			op.nmarks++
			continue
		case seqLit:
			if n := len(m.ops); n > 0 && op.nmarks == 0 && (m.ops[n-1].kind == seqLit || m.ops[n-1].kind == seqByte) {
				last := &m.ops[n-1]
				if last.kind == seqByte {
					last.kind, last.lit = seqLit, string(rune(last.c))
				}
				last.lit += it.lit
				continue
			}
			op.kind, op.c = seqByte, it.lit[0]
		case seqSet:
			op.kind, op.set, op.min, op.max = seqSet, it.set, it.min, it.max
		default:
			op.kind = it.kind
		}
		m.ops = append(m.ops, op)
		op = seqOp{}
	}
	if op.nmarks > 0 {
		op.kind = seqNop
		m.ops = append(m.ops, op)
	}
	return m
}

// followSet is FIRST of items: the characters the first of them that
// must consume a character, or any optional one before it, can start with.
func followSet(items []seqItem) bitset {
	var set bitset
	for _, it := range items {
		switch it.kind {
		case seqLit:
			set.add(rune(it.lit[0]))
			return set
		case seqSet:
			set[0] |= it.set[0]
			set[1] |= it.set[1]
			if it.min > 0 {
				return set
			}
		case seqEnd:
			return set
		}
	}
	return set
}

// flattenSeq appends re's items to items; false when re is not a simple
// sequence. inRepeat: re is under a quantifier (one character only).
func flattenSeq(re *syntax.Regexp, items *[]seqItem, inRepeat bool) bool {
	switch re.Op {
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if !flattenSeq(s, items, false) {
				return false
			}
		}
		return true
	case syntax.OpCapture:
		*items = append(*items, seqItem{kind: seqOpen, g: re.Cap})
		if !flattenSeq(re.Sub[0], items, false) {
			return false
		}
		*items = append(*items, seqItem{kind: seqClose, g: re.Cap})
		return true
	case syntax.OpEmptyMatch:
		return true
	case syntax.OpBeginText:
		*items = append(*items, seqItem{kind: seqBegin})
		return true
	case syntax.OpEndText:
		*items = append(*items, seqItem{kind: seqEnd})
		return true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return false
		}
		for _, r := range re.Rune {
			if r >= utf8.RuneSelf {
				return false
			}
			*items = append(*items, seqItem{kind: seqLit, lit: string(rune(r))})
		}
		return true
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		it := seqItem{kind: seqSet, min: 1, max: 1}
		switch re.Op {
		case syntax.OpCharClass:
			// the text is ASCII: only the class's ASCII part matters
			for i := 0; i+1 < len(re.Rune); i += 2 {
				for c := re.Rune[i]; c <= re.Rune[i+1] && c < utf8.RuneSelf; c++ {
					it.set.add(c)
				}
			}
		default:
			for c := rune(0); c < utf8.RuneSelf; c++ {
				if c != '\n' || re.Op == syntax.OpAnyChar {
					it.set.add(c)
				}
			}
		}
		*items = append(*items, it)
		return true
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		if inRepeat || re.Flags&syntax.NonGreedy != 0 {
			return false
		}
		var one []seqItem
		if !flattenSeq(re.Sub[0], &one, true) || len(one) != 1 {
			return false
		}
		it := one[0]
		if it.kind == seqLit {
			it = seqItem{kind: seqSet}
			it.set.add(rune(one[0].lit[0]))
		}
		if it.kind != seqSet {
			return false
		}
		switch re.Op {
		case syntax.OpStar:
			it.min, it.max = 0, -1
		case syntax.OpPlus:
			it.min, it.max = 1, -1
		case syntax.OpQuest:
			it.min, it.max = 0, 1
		default:
			if re.Max >= 0 && re.Max < re.Min {
				return false
			}
			it.min, it.max = re.Min, re.Max
		}
		*items = append(*items, it)
		return true
	}
	return false
}

// match matches text (ASCII, already cut at endpos) from pos, to its end
// when full, and sets loc to the match's and groups' offsets; loc has
// room for every group. Every group takes part in a match (none is
// optional), so match sets all of loc when it succeeds.
func (m *seqMatcher) match(text string, pos int, full bool, loc hit) bool {
	_, ok := m.matchAt(text, pos, full, loc)
	return ok
}

// search is the leftmost match in text from pos, as match would find
// at the first position where it succeeds. Trying every position can
// take time quadratic in the text (`\w*x` on a long word; CPython's
// engine too): past a budget linear in the text, search gives up and
// done is false, for the caller to take a linear-time engine.
func (m *seqMatcher) search(text string, pos int, loc hit) (found, done bool) {
	if m.begins && pos > 0 {
		return false, true
	}
	budget := 8*len(text) + 64
	for start := pos; start <= len(text); start++ {
		if !m.nullable {
			for start < len(text) && !m.first.has(text[start]) {
				start++
			}
			if start == len(text) {
				return false, true
			}
		}
		reached, ok := m.matchAt(text, start, false, loc)
		if ok {
			return true, true
		}
		if m.begins {
			return false, true
		}
		if budget -= reached - start + 1; budget < 0 {
			return false, false
		}
	}
	return false, true
}

// matchAt is match, also telling how far it got (for search's budget).
func (m *seqMatcher) matchAt(text string, pos int, full bool, loc hit) (int, bool) {
	p := pos
	for i := range m.ops {
		op := &m.ops[i]
		for k := 0; k < int(op.nmarks); k++ {
			loc[op.marks[k]] = int32(p)
		}
		switch op.kind {
		case seqByte:
			if p >= len(text) || text[p] != op.c {
				return p, false
			}
			p++
		case seqLit:
			if !strings.HasPrefix(text[p:], op.lit) {
				return p, false
			}
			p += len(op.lit)
		case seqSet:
			rest := text[p:]
			if op.max >= 0 && len(rest) > op.max {
				rest = rest[:op.max]
			}
			j := 0
			for j < len(rest) && op.set.has(rest[j]) {
				j++
			}
			if j < op.min {
				return p + j, false
			}
			p += j
		case seqBegin:
			if p != 0 {
				return p, false
			}
		case seqEnd:
			if p != len(text) {
				return p, false
			}
		}
	}
	if full && p != len(text) {
		return p, false
	}
	loc[0], loc[1] = int32(pos), int32(p)
	return p, true
}

// matchBox1 and matchBox3 are a Match with the offsets and the text
// headers of up to 1 and 3 groups, allocated at once (176 and 224 bytes).
type matchBox1 struct {
	m    Match
	h    [4]int32
	strs [2]string
}

type matchBox3 struct {
	m    Match
	h    [8]int32
	strs [4]string
}

// matchSlab is boxes (matchBox1 or matchBox3) handed out one by one
// (next is the first not taken), so that a pattern's Matches cost one
// allocation per slab of at most 4 KB, not one each: CPython's match
// objects come from a free list, and an allocation is most of a short
// match's cost here. The cost is memory kept: the GC frees a slab only
// when none of its Matches is reachable, so a Match kept for long keeps
// its slab's others and their subjects. Only Matches on short subjects
// (slabSubject) go in slabs, so that is at most a few kilobytes per kept
// Match.
type matchSlab[B any] struct {
	next  atomic.Int32
	boxes [18]B
}

// slabSubject is the longest subject (in characters) whose Matches are
// cut from slabs.
const slabSubject = 256

// takeBox is the next free box of the slab in cur, a new slab's first
// when there is none (two threads that find the slab full at once each
// start one; every box is still taken once).
func takeBox[B any](cur *atomic.Pointer[matchSlab[B]]) *B {
	if sl := cur.Load(); sl != nil {
		if i := uint(sl.next.Add(1)) - 1; i < uint(len(sl.boxes)) {
			return &sl.boxes[i]
		}
	}
	sl := new(matchSlab[B])
	sl.next.Store(1)
	cur.Store(sl)
	return &sl.boxes[0]
}

// asciiText is o's text when o is of the pattern's type (str or bytes)
// and every character is ASCII, without copying where it can.
func (p *Pattern) asciiText(o py.Object) (string, bool) {
	var t string
	switch v := o.(type) {
	case py.String:
		if p.bytes {
			return "", false
		}
		t = string(v)
	case compat.Bytes:
		if !p.bytes {
			return "", false
		}
		t = string(v)
	default:
		return "", false
	}
	return t, isASCII(t)
}

// seqFind is Pattern.match (full: fullmatch; not anchored: search)
// through the simple-sequence matcher; ok is false when the matcher does
// not apply (the caller takes the general path).
func (p *Pattern) seqFind(o py.Object, pos, end int, anchored, full bool) (res py.Object, ok bool) {
	if p.seq == nil {
		return nil, false
	}
	text, ok := p.asciiText(o)
	if !ok {
		return nil, false
	}
	whole := text
	pos, end = clampPos(pos, end, len(text))
	text = text[:end]
	if !p.fastOK(text) {
		return nil, false
	}
	var buf [8]int32
	loc := hit(buf[:])
	if n := 2 * (p.groups + 1); n <= len(buf) {
		loc = buf[:n]
	} else {
		loc = make(hit, n)
	}
	if !anchored {
		found, done := p.seq.search(text, pos, loc)
		if !done {
			return nil, false
		}
		if !found {
			return py.None, true
		}
	} else if !p.seq.match(text, pos, full, loc) {
		return py.None, true
	}
	m := p.newMatch(subject{obj: o, ascii: whole}, pos, end)
	copy(m.h, loc)
	return m, true
}

// newMatch is a Match on s with room for the offsets of every group (to
// be filled in), in one allocation for up to 3 groups, cut from the
// pattern's slab when s is short.
func (p *Pattern) newMatch(s subject, pos, end int) *Match {
	n := 2 * (p.groups + 1)
	slab := s.len() <= slabSubject
	switch {
	case n <= 4:
		var b *matchBox1
		if slab {
			b = takeBox(&p.slab1)
		} else {
			b = new(matchBox1)
		}
		b.m = Match{p: p, s: s, pos: int32(pos), end: int32(end), h: b.h[:n], strs: &b.strs[0]}
		return &b.m
	case n <= 8:
		var b *matchBox3
		if slab {
			b = takeBox(&p.slab3)
		} else {
			b = new(matchBox3)
		}
		b.m = Match{p: p, s: s, pos: int32(pos), end: int32(end), h: b.h[:n], strs: &b.strs[0]}
		return &b.m
	}
	return &Match{p: p, s: s, h: make(hit, n), pos: int32(pos), end: int32(end)}
}
