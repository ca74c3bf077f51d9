package stdlib

// traceback.go is the traceback module: format_exc, print_exc,
// format_exception (the 3.10 one-argument form too), print_exception,
// format_exception_only, format_tb, print_tb, extract_tb (FrameSummary
// tuples of filename, lineno, name, line), format_list. Output is
// CPython's ("Traceback (most recent call last):" …).
// print_stack, format_stack, extract_stack, walk_stack and print_list
// walk the running frames (compat's frame stack, sys._getframe).
// Differences from CPython: no ^^^ position markers.

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

var frameSummaryType = compat.MakeNamedTupleClass("FrameSummary", []string{"filename", "lineno", "name", "line"}, "traceback")

// excParts normalises (exc) / (type, value, tb) arguments.
func excParts(args py.Tuple) (py.Object, *py.Traceback) {
	var value py.Object = py.None
	var tb *py.Traceback
	switch len(args) {
	case 0:
		return py.None, nil
	case 1:
		value = args[0]
	default:
		value = args[1]
		if len(args) > 2 {
			tb, _ = args[2].(*py.Traceback)
		}
	}
	if e, ok := value.(*py.Exception); ok && tb == nil && len(args) < 3 {
		tb, _ = e.Traceback.(*py.Traceback)
	}
	return value, tb
}

func formatException(args py.Tuple) []string {
	value, tb := excParts(args)
	if _, ok := value.(*py.Exception); ok {
		return compat.FormatChain(value, tb)
	}
	var out []string
	if tb != nil {
		out = append(out, "Traceback (most recent call last):\n")
		out = append(out, compat.TracebackEntries(tb)...)
	}
	return append(out, exceptionOnly(value))
}

func exceptionOnly(value py.Object) string {
	switch e := value.(type) {
	case *py.Exception:
		return compat.ExceptionLine(e) + "\n"
	case py.NoneType:
		return "NoneType: None\n"
	case *py.Type:
		return e.Name + "\n"
	}
	return value.Type().Name + "\n"
}

func writeTo(file py.Object, self py.Object, text string) error {
	if file == nil || file == py.None {
		m, ok := self.(*py.Module)
		if !ok || m.Context == nil {
			return nil
		}
		sys, err := m.Context.GetModule("sys")
		if err != nil {
			return err
		}
		file = sys.Globals["stderr"]
	}
	_, err := callMethod(file, "write", py.String(text))
	return err
}

func handled(self py.Object) py.Tuple {
	m, ok := self.(*py.Module)
	if !ok || m.Context == nil {
		return py.Tuple{py.None, py.None, py.None}
	}
	t, v, tb := compat.HandledException(m.Context)
	if v == nil {
		return py.Tuple{py.None, py.None, py.None}
	}
	var tbo py.Object = py.None
	if tb != nil {
		tbo = tb
	}
	return py.Tuple{t, v, tbo}
}

func extract(tb *py.Traceback, limit int) []py.Object {
	var out []py.Object
	for ; tb != nil && (limit < 0 || len(out) < limit); tb = tb.Next {
		code := tb.Frame.Code
		out = append(out, compat.NewNamedTuple(frameSummaryType, py.String(code.Filename), py.Int(tb.Lineno), py.String(code.Name),
			py.String(compat.SourceLine(code.Filename, int(tb.Lineno)))))
	}
	return out
}

func tbArg(fn string, args py.Tuple) (*py.Traceback, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() missing 1 required positional argument: 'tb'", fn)
	}
	tb, _ := args[0].(*py.Traceback)
	return tb, nil
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "traceback", Doc: "Extract, format and print information about Python stack traces."},
		Methods: []*py.Method{
			py.MustNewMethod("format_exc", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				h := handled(self)
				if h[1] == py.None {
					return py.String("NoneType: None\n"), nil
				}
				return py.String(strings.Join(formatException(h), "")), nil
			}, 0, "format_exc(limit=None, chain=True) -> str: the exception being handled, formatted"),
			py.MustNewMethod("print_exc", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				h := handled(self)
				text := "NoneType: None\n"
				if h[1] != py.None {
					text = strings.Join(formatException(h), "")
				}
				return py.None, writeTo(kwargs["file"], self, text)
			}, 0, "print_exc(limit=None, file=None, chain=True): print the exception being handled"),
			py.MustNewMethod("format_exception", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				return py.NewListFromStrings(formatException(args)), nil
			}, 0, "format_exception(exc, /, value, tb, limit=None, chain=True) -> list of str"),
			py.MustNewMethod("print_exception", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				return py.None, writeTo(kwargs["file"], self, strings.Join(formatException(args), ""))
			}, 0, "print_exception(exc, /, value, tb, limit=None, file=None, chain=True)"),
			py.MustNewMethod("format_exception_only", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				value, _ := excParts(args)
				return py.NewListFromStrings([]string{exceptionOnly(value)}), nil
			}, 0, "format_exception_only(exc, /, value) -> list of str"),
			py.MustNewMethod("format_tb", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				tb, err := tbArg("format_tb", args)
				if err != nil {
					return nil, err
				}
				return py.NewListFromStrings(compat.TracebackEntries(tb)), nil
			}, 0, "format_tb(tb, limit=None) -> list of str"),
			py.MustNewMethod("print_tb", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				tb, err := tbArg("print_tb", args)
				if err != nil {
					return nil, err
				}
				return py.None, writeTo(kwargs["file"], self, strings.Join(compat.TracebackEntries(tb), ""))
			}, 0, "print_tb(tb, limit=None, file=None)"),
			py.MustNewMethod("extract_tb", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				tb, err := tbArg("extract_tb", args)
				if err != nil {
					return nil, err
				}
				limit := -1
				if l, ok := kwargs["limit"]; ok && l != py.None {
					limit, _ = py.IndexInt(l)
				} else if len(args) > 1 && args[1] != py.None {
					limit, _ = py.IndexInt(args[1])
				}
				return py.NewListFromItems(extract(tb, limit)), nil
			}, 0, "extract_tb(tb, limit=None) -> list of FrameSummary"),
			py.MustNewMethod("format_list", func(self py.Object, args py.Tuple) (py.Object, error) {
				if len(args) != 1 {
					return nil, py.ExceptionNewf(py.TypeError, "format_list() takes one list")
				}
				var out []string
				var ferr error
				err := py.Iterate(args[0], func(o py.Object) bool {
					t, err := py.SequenceTuple(o)
					if err != nil || len(t) < 4 {
						ferr = py.ExceptionNewf(py.TypeError, "format_list() needs (filename, lineno, name, line) entries")
						return true
					}
					s := "  File \"" + strVal(t[0]) + "\", line " + strVal(t[1]) + ", in " + strVal(t[2]) + "\n"
					if l := strVal(t[3]); l != "" && t[3] != py.None {
						s += "    " + l + "\n"
					}
					out = append(out, s)
					return false
				})
				if err == nil {
					err = ferr
				}
				return py.NewListFromStrings(out), err
			}, 0, "format_list(extracted) -> list of str"),
		},
		Globals: py.StringDict{"FrameSummary": frameSummaryType},
		// the stack functions walk compat's frames (sys._getframe, f_back)
		CodeSrc: tracebackStackSrc,
	})
}

const tracebackStackSrc = `
import sys as _sys


def walk_stack(f):
    if f is None:
        # as CPython 3.11: four frames out from this generator's own
        f = _sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_stack(f=None, limit=None):
    if f is None:
        f = _sys._getframe(1)
    import linecache
    out = []
    while f is not None:
        co = f.f_code
        out.append(FrameSummary(co.co_filename, f.f_lineno, co.co_name,
                                linecache.getline(co.co_filename, f.f_lineno).strip()))
        f = f.f_back
    out.reverse()
    if limit is not None:
        out = out[-limit:] if limit >= 0 else out[:-limit]
    return out


def format_stack(f=None, limit=None):
    if f is None:
        f = _sys._getframe(1)
    return format_list(extract_stack(f, limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = _sys._getframe(1)
    if file is None:
        file = _sys.stderr
    for item in format_stack(f, limit):
        file.write(item)


def print_list(extracted_list, file=None):
    if file is None:
        file = _sys.stderr
    for item in format_list(extracted_list):
        file.write(item)
`

func strVal(o py.Object) string {
	s, _ := compat.Str(o)
	return s
}
