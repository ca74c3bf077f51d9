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
		b.WriteString(ExceptionLine(exc))
		b.WriteByte('\n')
	default:
		b.WriteString(err.Error())
		b.WriteByte('\n')
	}
	return b.String()
}

func writeTraceback(b *strings.Builder, info py.ExceptionInfo) {
	if info.Traceback != nil {
		b.WriteString("Traceback (most recent call last):\n")
		for _, e := range TracebackEntries(info.Traceback) {
			b.WriteString(e)
		}
	}
	if exc, ok := info.Value.(*py.Exception); ok {
		NormalizeMessage(exc)
		b.WriteString(ExceptionLine(exc))
	} else if info.Value != nil {
		fmt.Fprintf(b, "%v", info.Value)
	} else if info.Type != nil {
		b.WriteString(info.Type.Name)
	}
	b.WriteByte('\n')
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
	if st.excValue == nil {
		return nil, nil, nil
	}
	var tb *py.Traceback
	if e, ok := st.excValue.(*py.Exception); ok {
		tb, _ = e.Traceback.(*py.Traceback)
	}
	return st.excType, st.excValue, tb
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
