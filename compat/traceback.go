package compat

// traceback.go renders Python exceptions as CPython prints them, for the
// error log, `gowsgi python` and the traceback module; and reads the
// exception being handled (sys.exc_info()) for Go code.

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/go-python/gpython/py"
)

// FormatError renders err the way CPython prints an uncaught exception:
//
//	Traceback (most recent call last):
//	  File "/srv/app.wsgi", line 3, in application
//	    raise ValueError("bad")
//	ValueError: bad
//
// A Python exception without a traceback prints its last line only; any other
// Go error prints its text.
func FormatError(err error) string {
	var b strings.Builder
	var info py.ExceptionInfo
	var pinfo *py.ExceptionInfo
	var exc *py.Exception
	switch {
	case errors.As(err, &pinfo) && pinfo != nil:
		writeTraceback(&b, *pinfo)
	case errors.As(err, &info):
		writeTraceback(&b, info)
	case errors.As(err, &exc):
		b.WriteString(syntaxErrorPlace(exc))
		b.WriteString(ExceptionLine(exc))
		b.WriteByte('\n')
	default:
		b.WriteString(err.Error())
		b.WriteByte('\n')
	}
	return b.String()
}

func writeTraceback(b *strings.Builder, info py.ExceptionInfo) {
	var tb *py.Traceback
	if info.Traceback != nil {
		tb = info.Traceback
	}
	if info.Value == nil && info.Type != nil {
		if tb != nil {
			b.WriteString("Traceback (most recent call last):\n")
			for _, e := range TracebackEntries(tb) {
				b.WriteString(e)
			}
		}
		b.WriteString(info.Type.Name + "\n")
		return
	}
	for _, line := range FormatChain(info.Value, tb) {
		b.WriteString(line)
	}
}

// Messages between the exceptions of a chain, as CPython prints them.
const (
	causeMessage   = "\nThe above exception was the direct cause of the following exception:\n\n"
	contextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n"
)

// FormatChain renders value (raised with tb; nil means its
// __traceback__) with the exceptions chained to it, oldest first, as
// CPython prints an uncaught exception: each line ends in a newline.
func FormatChain(value py.Object, tb *py.Traceback) []string {
	return formatChain(value, tb, map[py.Object]bool{})
}

func formatChain(value py.Object, tb *py.Traceback, seen map[py.Object]bool) []string {
	var out []string
	exc, isExc := value.(*py.Exception)
	if isExc {
		seen[exc] = true
		if tb == nil {
			tb, _ = exc.Traceback.(*py.Traceback)
		}
		switch {
		case causeOf(exc) != nil:
			if c := causeOf(exc); !seen[c] {
				out = append(formatChain(c, nil, seen), causeMessage)
			}
		case exc.Context != nil && exc.Context != py.None && !exc.SuppressContext:
			if !seen[exc.Context] {
				out = append(formatChain(exc.Context, nil, seen), contextMessage)
			}
		}
	}
	if tb != nil {
		out = append(out, "Traceback (most recent call last):\n")
		out = append(out, TracebackEntries(tb)...)
	}
	switch {
	case isExc:
		fixAtSiteOf(exc, tb) // errorsite.go
		NormalizeMessage(exc)
		out = append(out, ExceptionLine(exc)+"\n")
	case value != nil:
		out = append(out, fmt.Sprintf("%v\n", value))
	}
	return out
}

// TracebackEntries renders each frame of tb as CPython does: the
// "  File ..., line N, in name" line and the source line under it.
func TracebackEntries(tb *py.Traceback) []string {
	var out []string
	for ; tb != nil; tb = tb.Next {
		code := tb.Frame.Code
		e := fmt.Sprintf("  File \"%s\", line %d, in %s\n", code.Filename, tb.Lineno, code.Name)
		if line := SourceLine(code.Filename, int(tb.Lineno)); line != "" {
			e += "    " + line + "\n"
		}
		out = append(out, e)
	}
	return out
}

// HandledException is what sys.exc_info() returns in interpreter ctx: the
// exception's type, value and traceback (nils when there is none).
func HandledException(ctx py.Context) (py.Object, py.Object, *py.Traceback) {
	st := stateOf(ctx)
	if len(st.handled) == 0 {
		return nil, nil, nil
	}
	h := st.handled[len(st.handled)-1]
	var tb *py.Traceback
	if e, ok := h.value.(*py.Exception); ok {
		tb, _ = e.Traceback.(*py.Traceback)
	}
	return h.typ, h.value, tb
}

// ExceptionLine is the last line of a traceback: "Type: message", or "Type"
// when the exception has no arguments.
func ExceptionLine(exc *py.Exception) string {
	name := exc.Base.Name
	s, err := Str(exc)
	if err != nil || s == "" {
		return name
	}
	return name + ": " + s
}

// SourceLine returns line n (1-based) of file, trimmed, or "" if unreadable.
func SourceLine(file string, n int) string {
	if n <= 0 || strings.HasPrefix(file, "<") {
		return ""
	}
	f, err := os.Open(file)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for i := 1; sc.Scan(); i++ {
		if i == n {
			return strings.TrimSpace(sc.Text())
		}
	}
	return ""
}

// ExitCode reports whether err is a SystemExit and, if so, the exit status
// CPython would use: None → 0, an int → that int, anything else → 1.
func ExitCode(err error) (int, bool) {
	var info py.ExceptionInfo
	var pinfo *py.ExceptionInfo
	var exc *py.Exception
	switch {
	case errors.As(err, &pinfo) && pinfo != nil:
		exc, _ = pinfo.Value.(*py.Exception)
	case errors.As(err, &info):
		exc, _ = info.Value.(*py.Exception)
	default:
		errors.As(err, &exc)
	}
	if exc == nil || !exc.Type().IsSubtype(py.SystemExit) {
		return 0, false
	}
	args, _ := exc.Args.(py.Tuple)
	if len(args) == 0 || args[0] == py.None {
		return 0, true
	}
	if n, ok := args[0].(py.Int); ok {
		return int(n), true
	}
	return 1, true
}
