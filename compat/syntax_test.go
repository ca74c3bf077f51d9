package compat

import (
	"strings"
	"testing"
)

// FuzzRewriteSyntax: the rewriter never panics and never changes the
// number of lines (tracebacks keep pointing at the user's lines).
func FuzzRewriteSyntax(f *testing.F) {
	for _, seed := range []string{
		"x = f'{a!r:>{w}}'\n", "print([*a, *b], {**c, 'k': 1})\n", "def f(a, /, b): pass\n",
		"x: int = 1_000\n", "f(*a, *b, **c, **d)\n", "s = f'''\n{x}\n'''\n", "f'{'", "[*", "{**}", "f(*",
		"a = f'{x=}' 'y' f\"{y}\"\n", "class C:\n    x: int\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		out := rewriteSyntax(src)
		if strings.Count(out, "\n") != strings.Count(src, "\n") {
			t.Errorf("lines changed: %q -> %q", src, out)
		}
	})
}
