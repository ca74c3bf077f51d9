package stdlib

// embedded.go registers the modules written in Python (stdlib/py/*.py):
// "x.py" is module x, "x/__init__.py" package x, "x/y.py" module x.y. Each
// is compiled once here, at init, through compat's compiler (gpython
// compiles a module's source lazily on first import, which races when two
// interpreters import it at once) and shared, read-only, by every
// interpreter.

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"

	"github.com/go-python/gpython/py"

	_ "github.com/gowsgi/gowsgi/compat" // compiles with CPython's syntax and semantics
)

//go:embed all:py
var pyFiles embed.FS

func init() {
	err := fs.WalkDir(pyFiles, "py", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "__pycache__" {
			return fs.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".py") {
			return nil
		}
		src, err := pyFiles.ReadFile(path)
		if err != nil {
			return err
		}
		rel := strings.TrimSuffix(strings.TrimPrefix(path, "py/"), ".py")
		rel = strings.TrimSuffix(rel, "/__init__")
		name := strings.ReplaceAll(rel, "/", ".")
		file := "<stdlib>/" + strings.TrimPrefix(path, "py/")
		code, err := py.Compile(string(src), file, py.ExecMode, 0, true)
		if err != nil {
			return fmt.Errorf("stdlib %s: %w", name, err)
		}
		py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: name, FileDesc: file}, Code: code})
		return nil
	})
	if err != nil {
		panic(err)
	}
}
