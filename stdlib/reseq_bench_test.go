package stdlib

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

func benchPattern(b *testing.B, pat string) *Pattern {
	p, err := compilePattern(py.String(pat), 0)
	if err != nil {
		b.Fatal(err)
	}
	return p
}

func BenchmarkSeqMatchShort(b *testing.B) {
	p := benchPattern(b, `(\d{4})-(\d{2})-(\d{2})$`)
	s := py.Object(py.String("2024-01-15"))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if r, _ := p.findObj(s, 0, -1, true, false); r == py.None {
			b.Fatal("no match")
		}
	}
}

func BenchmarkSeqMatchRoute(b *testing.B) {
	p := benchPattern(b, `^/users/(?P<id>\d+)/posts/(?P<slug>[\w-]+)/?$`)
	s := py.Object(py.String("/users/42/posts/hello-world/"))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		r, _ := p.findObj(s, 0, -1, true, false)
		if r == py.None {
			b.Fatal("no match")
		}
		r.(*Match).groupdictOf(py.None)
	}
}

func BenchmarkSeqMatcherOnly(b *testing.B) {
	p := benchPattern(b, `(\d{4})-(\d{2})-(\d{2})$`)
	var loc [8]int32
	for i := 0; i < b.N; i++ {
		if !p.seq.match("2024-01-15", 0, false, loc[:]) {
			b.Fatal("no match")
		}
	}
}

func BenchmarkSeqSearchLong(b *testing.B) {
	p := benchPattern(b, `(\d{4})-(\d{2})-(\d{2})`)
	s := py.Object(py.String(strings.Repeat("x", 1000) + " date 2024-01-15 end"))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if r, _ := p.findObj(s, 0, -1, false, false); r == py.None {
			b.Fatal("no match")
		}
	}
}
