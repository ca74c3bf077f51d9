package stdlib

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

// seqCases are patterns the simple-sequence matcher takes (seq true) or
// must leave to the general path, with the alphabet their random texts
// are drawn from.
var seqCases = []struct {
	pat   string
	flags int
	seq   bool
	alpha string
	// sample matches; random texts are it mutated as often as not
	sample string
}{
	{`(\d{4})-(\d{2})-(\d{2})$`, 0, true, "0123-4\n", "2024-01-15"},
	{`^/users/(?P<id>\d+)/posts/(?P<slug>[\w-]+)/?$`, 0, true, "/users/postsa1-_\né", "/users/42/posts/hello-world/"},
	{`\d{2,4}x`, 0, true, "12x\n", "123x"},
	{`a{,3}b{2,}c?`, 0, true, "abcx", "aabbbc"},
	{`(a*)(b*)\Z`, 0, true, "ab\n", "aabb"},
	{`\Aab.c`, 0, true, "abc\nx", "abxc"},
	{`(?s)a.c`, 0, true, "abc\nx", "a\nc"},
	{`x*`, 0, true, "xy", ""},
	{`((a+)-(b+))c`, 0, true, "ab-c", "aa-bc"},
	{`[^\d\s=]+\s*=\s*(\d+)`, 0, true, "ab =12\t\n", "ab = 12"},
	{`a+$`, 0, true, "ab\n", ""},
	{`(\w+)@(\w+)\.com`, 0, true, "ab@.com", "ab@cd.com"},
	{`(?m)ab`, 0, true, "ab\n", ""},
	{`a|b`, 0, true, "ab", ""},
	{`ab|cd`, 0, false, "abcd", ""},
	{`[^\d\s]+\s*=`, 0, false, "a =1", ""},
	{`\d+\d`, 0, false, "12", ""},
	{`\w+-?\w+`, 0, false, "ab-", ""},
	{`(a)?b`, 0, false, "ab", ""},
	{`(ab)+`, 0, false, "ab", ""},
	{`a*?b`, 0, false, "ab", ""},
	{`abc`, reI, false, "abcABC", ""},
	{`(?i)abc`, 0, false, "abcABC", ""},
	{`(?m)^ab$`, 0, false, "ab\n", ""},
	{`a\bb`, 0, false, "a b", ""},
	{`a*a`, 0, false, "a", ""},
	{`a?a`, 0, false, "a", ""},
	{`a*()a`, 0, false, "a", ""},
	{`a*^b`, 0, false, "ab", ""},
	{`a$b`, 0, false, "ab", ""},
	{`é+`, 0, false, "é", ""},
}

// seqModes are match, fullmatch and search.
var seqModes = []struct{ anchored, full bool }{{true, false}, {true, true}, {false, false}}

func compileSeqCase(t *testing.T, pat py.Object, flags int) *Pattern {
	t.Helper()
	p, err := compilePattern(pat, flags)
	if err != nil {
		t.Fatalf("%v: %v", pat, err)
	}
	return p
}

// TestSeqMatcher compares the simple-sequence matcher with the general
// path on random texts, for match, fullmatch and search, str and bytes, with pos
// and endpos.
func TestSeqMatcher(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, c := range seqCases {
		for _, bytes := range []bool{false, true} {
			var pat py.Object = py.String(c.pat)
			if bytes {
				if !isASCII(c.pat) {
					continue
				}
				pat = compat.Bytes(c.pat)
			}
			p := compileSeqCase(t, pat, c.flags)
			if (p.seq != nil) != c.seq {
				t.Errorf("%q: simple sequence %v, want %v", c.pat, p.seq != nil, c.seq)
				continue
			}
			if p.seq == nil {
				continue
			}
			ref := compileSeqCase(t, pat, c.flags)
			ref.seq, ref.fast = nil, nil
			alpha := []rune(c.alpha)
			for i := 0; i < 3000; i++ {
				r := randomText(rng, alpha, c.sample)
				text := string(r)
				var o py.Object = py.String(text)
				if bytes {
					o = compat.Bytes(text)
				}
				pos, end := 0, -1
				if rng.Intn(3) == 0 {
					pos, end = rng.Intn(len(r)+2)-1, rng.Intn(len(r)+3)-1
				}
				for _, md := range seqModes {
					got, err := p.findObj(o, pos, end, md.anchored, md.full)
					if err != nil {
						t.Fatal(err)
					}
					sub, err := newSubject(ref, o)
					if err != nil {
						t.Fatal(err)
					}
					want, err := ref.find(sub, pos, end, md.anchored, md.full)
					if err != nil {
						t.Fatal(err)
					}
					if !sameMatch(got, want) {
						t.Errorf("%q on %q pos %d endpos %d %+v: got %v, want %v", c.pat, text, pos, end, md, describe(got), describe(want))
					}
				}
			}
		}
	}
}

// randomText is a few characters of alpha, or sample with a few
// characters replaced, inserted or deleted.
func randomText(rng *rand.Rand, alpha []rune, sample string) []rune {
	if sample == "" || rng.Intn(2) == 0 {
		r := make([]rune, rng.Intn(12))
		for j := range r {
			r[j] = alpha[rng.Intn(len(alpha))]
		}
		return r
	}
	r := []rune(sample)
	for k := rng.Intn(3); k > 0; k-- {
		c := alpha[rng.Intn(len(alpha))]
		i := rng.Intn(len(r) + 1)
		switch rng.Intn(3) {
		case 0:
			r = append(r[:i], append([]rune{c}, r[i:]...)...)
		case 1:
			if i < len(r) {
				r = append(r[:i], r[i+1:]...)
			}
		default:
			if i < len(r) {
				r[i] = c
			}
		}
	}
	return r
}

func sameMatch(got py.Object, want *Match) bool {
	m, ok := got.(*Match)
	if want == nil || !ok {
		return got == py.None && want == nil
	}
	if m.pos != want.pos || m.end != want.end || len(m.h) != len(want.h) {
		return false
	}
	for i := range m.h {
		if m.h[i] != want.h[i] {
			return false
		}
	}
	return true
}

func describe(o any) any {
	switch m := o.(type) {
	case *Match:
		if m == nil {
			return nil
		}
		return []any{m.h, m.pos, m.end}
	}
	return o
}

func TestGroupParents(t *testing.T) {
	for _, c := range []struct {
		tr   string
		want []int
	}{
		{`(a)(b)`, []int{0, 0, 0}},
		{`((a)(?:(b)|c))d`, []int{0, 0, 1, 1}},
		{`[(]\((x)[\](]`, []int{0, 0}},
		{`(?=(a))(b(?<=c))`, []int{0, 0, 0}},
		{`[^)](a)`, []int{0, 0}},
	} {
		got := groupParents(c.tr)
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("groupParents(%q) = %v, want %v", c.tr, got, c.want)
		}
	}
}

// TestSeqMatcherRandomPatterns compares the sequence matcher with the
// general path on random patterns built from what it takes (and from
// overlapping repeats it must refuse).
func TestSeqMatcherRandomPatterns(t *testing.T) {
	rng := rand.New(rand.NewSource(seqSeed))
	atoms := []string{`a`, `b`, `-`, `[ab]`, `\d`, `[^a]`, `.`, `\w`, `\s`, `\n`}
	quants := []string{``, ``, ``, `*`, `+`, `?`, `{2}`, `{1,3}`, `{,2}`, `{2,}`}
	alpha := []rune("ab-1 \n")
	var piece func(depth int) string
	piece = func(depth int) string {
		var b strings.Builder
		for n := 1 + rng.Intn(3); n > 0; n-- {
			if depth < 2 && rng.Intn(4) == 0 {
				b.WriteString("(" + piece(depth+1) + ")")
				continue
			}
			b.WriteString(atoms[rng.Intn(len(atoms))] + quants[rng.Intn(len(quants))])
		}
		return b.String()
	}
	taken := 0
	for i := 0; i < seqPatterns; i++ {
		pat := piece(0)
		switch rng.Intn(4) {
		case 0:
			pat = "^" + pat
		case 1:
			pat = `\A` + pat
		}
		switch rng.Intn(4) {
		case 0:
			pat += "$"
		case 1:
			pat += `\Z`
		}
		p, err := compilePattern(py.String(pat), 0)
		if err != nil {
			t.Fatalf("%q: %v", pat, err)
		}
		if p.seq == nil {
			continue
		}
		taken++
		ref, _ := compilePattern(py.String(pat), 0)
		ref.seq, ref.fast = nil, nil
		for j := 0; j < 60; j++ {
			r := make([]rune, rng.Intn(10))
			for k := range r {
				r[k] = alpha[rng.Intn(len(alpha))]
			}
			o := py.String(string(r))
			pos, end := 0, -1
			if rng.Intn(4) == 0 {
				pos, end = rng.Intn(3), rng.Intn(len(r)+2)
			}
			for _, md := range seqModes {
				got, _ := p.findObj(o, pos, end, md.anchored, md.full)
				sub, _ := newSubject(ref, o)
				want, _ := ref.find(sub, pos, end, md.anchored, md.full)
				if !sameMatch(got, want) {
					t.Fatalf("%q on %q pos %d endpos %d %+v: got %v, want %v", pat, string(r), pos, end, md, describe(got), describe(want))
				}
			}
		}
	}
	if taken < seqPatterns/5 {
		t.Errorf("only %d of %d random patterns were simple sequences", taken, seqPatterns)
	}
	t.Logf("%d of %d random patterns were simple sequences", taken, seqPatterns)
}

// seqSeed and seqPatterns size TestSeqMatcherRandomPatterns (raise them
// by hand for a longer search).
const seqSeed, seqPatterns = 2, 1500

// TestSeqSearchBudget checks that search gives up on a text where trying
// every position is quadratic, and that the result is still right.
func TestSeqSearchBudget(t *testing.T) {
	p := compileSeqCase(t, py.String(`\w*-`), 0)
	if p.seq == nil {
		t.Fatal("not a simple sequence")
	}
	text := strings.Repeat("a", 5000)
	var loc [2]int32
	if _, done := p.seq.search(text, 0, loc[:]); done {
		t.Error("search of a 5000-character word did not give up")
	}
	if r, _ := p.findObj(py.String(text), 0, -1, false, false); r != py.None {
		t.Errorf("search = %v, want None", describe(r))
	}
	r, _ := p.findObj(py.String(text+"-"), 0, -1, false, false)
	if m, ok := r.(*Match); !ok || m.h[0] != 0 || m.h[1] != 5001 {
		t.Errorf("search = %v, want (0, 5001)", describe(r))
	}
	if _, done := p.seq.search("a b c -", 0, loc[:]); !done {
		t.Error("search of a short text gave up")
	}
}

func TestIsASCII(t *testing.T) {
	for n := 0; n < 70; n++ {
		s := strings.Repeat("a", n)
		if !isASCII(s) || !isASCII([]byte(s)) {
			t.Fatalf("%d ASCII bytes: not ASCII", n)
		}
		for i := 0; i < n; i++ {
			b := []byte(s)
			b[i] = 0x80
			if isASCII(string(b)) || isASCII(b) {
				t.Fatalf("%d bytes with 0x80 at %d: ASCII", n, i)
			}
		}
	}
}
