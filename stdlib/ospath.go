package stdlib

// ospath.go provides os.path (also importable as posixpath) and fixes two
// things of gpython's os module.
//
// os.path: exists, isfile, isdir, islink, isabs, join, split, splitext,
// dirname, basename, abspath, realpath, normpath, getsize, getmtime,
// expanduser, relpath, sep, curdir, pardir, extsep, pathsep, altsep, and
// in Python (posixpath.py) commonprefix, commonpath, splitdrive,
// normcase, expandvars, samefile, samestat, getatime, getctime, ismount —
// POSIX semantics as CPython's
// posixpath (join restarts at an absolute component, splitext keeps leading
// dots, normpath keeps a leading '//').
//
// os: environ is a per-interpreter copy (gpython handed every interpreter
// the same dict, which two interpreters could write at once and crash the
// process); os.path is set.

import (
	_ "embed"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-python/gpython/py"

	_ "github.com/gowsgi/gowsgi/compat" // compile the module code with compat's fixes
)

// pathArg is a str path argument, or the str an os.PathLike's
// __fspath__ returns.
//
//go:embed posixpath.py
var posixpathSource string

func pathArg(fn string, o py.Object) (string, error) {
	switch v := o.(type) {
	case py.String:
		return string(v), nil
	}
	if r, err := callMethod(o, "__fspath__"); err == nil {
		if s, ok := r.(py.String); ok {
			return string(s), nil
		}
	}
	return "", py.ExceptionNewf(py.TypeError, "%s: expected str, bytes or os.PathLike object, not %s", fn, o.Type().Name)
}

func path1(name string, f func(p string) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, arg py.Object) (py.Object, error) {
		p, err := pathArg(name, arg)
		if err != nil {
			return nil, err
		}
		return f(p)
	}, 0, name+"(path)")
}

func statTest(name string, test func(os.FileInfo) bool, lstat bool) *py.Method {
	return path1(name, func(p string) (py.Object, error) {
		var fi os.FileInfo
		var err error
		if lstat {
			fi, err = os.Lstat(p)
		} else {
			fi, err = os.Stat(p)
		}
		return py.NewBool(err == nil && test(fi)), nil
	})
}

// splitext is posixpath.splitext.
func splitext(p string) (string, string) {
	base := p[strings.LastIndexByte(p, '/')+1:]
	dot := strings.LastIndexByte(base, '.')
	if dot <= 0 || strings.Trim(base[:dot], ".") == "" {
		return p, ""
	}
	cut := len(p) - len(base) + dot
	return p[:cut], p[cut:]
}

// normpath is posixpath.normpath.
func normpath(p string) string {
	if p == "" {
		return "."
	}
	lead := ""
	if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
		lead = "/"
	}
	c := filepath.Clean(p)
	return lead + c
}

func init() {
	methods := []*py.Method{
		statTest("exists", func(os.FileInfo) bool { return true }, false),
		statTest("lexists", func(os.FileInfo) bool { return true }, true),
		statTest("isfile", func(fi os.FileInfo) bool { return fi.Mode().IsRegular() }, false),
		statTest("isdir", func(fi os.FileInfo) bool { return fi.IsDir() }, false),
		statTest("islink", func(fi os.FileInfo) bool { return fi.Mode()&os.ModeSymlink != 0 }, true),
		path1("isabs", func(p string) (py.Object, error) { return py.NewBool(strings.HasPrefix(p, "/")), nil }),
		path1("dirname", func(p string) (py.Object, error) {
			i := strings.LastIndexByte(p, '/') + 1
			head := p[:i]
			if head != "" && strings.Trim(head, "/") != "" {
				head = strings.TrimRight(head, "/")
			}
			return py.String(head), nil
		}),
		path1("basename", func(p string) (py.Object, error) {
			return py.String(p[strings.LastIndexByte(p, '/')+1:]), nil
		}),
		path1("split", func(p string) (py.Object, error) {
			i := strings.LastIndexByte(p, '/') + 1
			head, tail := p[:i], p[i:]
			if head != "" && strings.Trim(head, "/") != "" {
				head = strings.TrimRight(head, "/")
			}
			return py.Tuple{py.String(head), py.String(tail)}, nil
		}),
		path1("splitext", func(p string) (py.Object, error) {
			root, ext := splitext(p)
			return py.Tuple{py.String(root), py.String(ext)}, nil
		}),
		path1("normpath", func(p string) (py.Object, error) { return py.String(normpath(p)), nil }),
		path1("abspath", func(p string) (py.Object, error) {
			a, err := filepath.Abs(p)
			if err != nil {
				return nil, py.ExceptionNewf(py.OSError, "%v", err)
			}
			return py.String(a), nil
		}),
		path1("realpath", func(p string) (py.Object, error) {
			a, err := filepath.Abs(p)
			if err == nil {
				if r, err := filepath.EvalSymlinks(a); err == nil {
					a = r
				}
			}
			return py.String(a), nil
		}),
		path1("expanduser", func(p string) (py.Object, error) {
			if p == "~" || strings.HasPrefix(p, "~/") {
				if home := os.Getenv("HOME"); home != "" {
					return py.String(strings.TrimRight(home, "/") + p[1:]), nil
				}
			}
			return py.String(p), nil
		}),
		path1("getsize", func(p string) (py.Object, error) {
			fi, err := os.Stat(p)
			if err != nil {
				return nil, py.ExceptionNewf(py.FileNotFoundError, "[Errno 2] No such file or directory: '%s'", p)
			}
			return py.Int(fi.Size()), nil
		}),
		path1("getmtime", func(p string) (py.Object, error) {
			fi, err := os.Stat(p)
			if err != nil {
				return nil, py.ExceptionNewf(py.FileNotFoundError, "[Errno 2] No such file or directory: '%s'", p)
			}
			return py.Float(float64(fi.ModTime().UnixNano()) / 1e9), nil
		}),
		py.MustNewMethod("join", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "join() missing 1 required positional argument: 'a'")
			}
			out := ""
			for i, a := range args {
				p, err := pathArg("join", a)
				if err != nil {
					return nil, py.ExceptionNewf(py.TypeError, "join() argument must be str, bytes, or os.PathLike object, not '%s'", a.Type().Name)
				}
				switch {
				case strings.HasPrefix(p, "/"):
					out = p
				case i == 0 || out == "" || strings.HasSuffix(out, "/"):
					out += p
				default:
					out += "/" + p
				}
			}
			return py.String(out), nil
		}, 0, "join(a, *p) -> path"),
		py.MustNewMethod("relpath", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) < 1 || len(args) > 2 {
				return nil, py.ExceptionNewf(py.TypeError, "relpath() takes 1 or 2 arguments")
			}
			p, err := pathArg("relpath", args[0])
			if err != nil {
				return nil, err
			}
			start := "."
			if len(args) == 2 {
				if start, err = pathArg("relpath", args[1]); err != nil {
					return nil, err
				}
			}
			ap, _ := filepath.Abs(p)
			as, _ := filepath.Abs(start)
			r, err := filepath.Rel(as, ap)
			if err != nil {
				return nil, py.ExceptionNewf(py.ValueError, "%v", err)
			}
			return py.String(r), nil
		}, 0, "relpath(path, start='.') -> path"),
	}
	code, err := py.Compile(posixpathSource, "<stdlib>/posixpath.py", py.ExecMode, 0, true)
	if err != nil {
		panic(err)
	}
	impl := &py.ModuleImpl{
		Code:    code,
		Info:    py.ModuleInfo{Name: "posixpath", Doc: "Common operations on POSIX pathnames."},
		Methods: methods,
		Globals: py.StringDict{"sep": py.String("/"), "curdir": py.String("."), "pardir": py.String(".."), "extsep": py.String("."), "pathsep": py.String(":"), "altsep": py.None},
	}
	py.RegisterModule(impl) // os.path too (osmodule.py), as in CPython

	osImpl := py.GetModuleImpl("os")
	if osImpl == nil {
		panic("stdlib: gpython's os module is not registered")
	}
	osImpl.Methods = append(osImpl.Methods, py.MustNewMethod("_environ_copy", func(self py.Object) (py.Object, error) {
		env := py.StringDict{}
		for _, kv := range os.Environ() {
			if k, v, ok := strings.Cut(kv, "="); ok {
				env[k] = py.String(v)
			}
		}
		return env, nil
	}, 0, "a fresh dict of the process environment"))
	code, err = py.Compile(osModuleSource, "<stdlib>/os.py", py.ExecMode, 0, true)
	if err != nil {
		panic(err)
	}
	osImpl.Code = code
}
