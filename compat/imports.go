package compat

// imports.go replaces gpython's import statement machinery (`__import__`)
// with CPython's semantics. gpython's registered `import a.b` as a module
// named "a.b" without loading package a, returned the submodule where
// CPython binds the top package, refused relative imports ("not supported
// yet") and reported a missing module as FileNotFoundError with a Go
// message.
//
// As in CPython:
//   - a dotted name imports each package on the way (running its
//     __init__.py), sets each submodule as an attribute of its parent, and
//     `import a.b` binds a while `from a.b import c` gets a.b;
//   - packages are folders with __init__.py, found on sys.path, their
//     submodules on the package's __path__; modules get __name__,
//     __file__, __package__ (and __path__ for packages);
//   - `from . import x`, `from ..pkg import y` resolve against the
//     importing module's __package__;
//   - sys.modules is a dict of the loaded modules that the import
//     statement consults first (assigning into it works as in CPython); a
//     module whose code raised is removed from it;
//   - a module not found raises ModuleNotFoundError("No module named
//     'x'"), an ImportError with .name; `from m import x` for a missing x
//     raises ImportError("cannot import name 'x' from 'm' (file)"), and
//     finds a submodule m.x already imported;
//   - a thread importing waits while another thread of the interpreter
//     runs a module's code for the first time, so no thread sees a module
//     half made (one import lock per interpreter, threads.go).

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/go-python/gpython/py"
)

// ModuleNotFoundError is CPython's ImportError for a module that is not
// there.
var ModuleNotFoundError = NewExceptionType(py.ImportError, "ModuleNotFoundError", "Module not found.")

const opImportFrom = 109

func moduleNotFound(name string) error {
	e := py.ExceptionNewf(ModuleNotFoundError, "No module named '%s'", name)
	setExcAttr(e, "name", py.String(name))
	return e
}

func setExcAttr(e *py.Exception, name string, v py.Object) {
	if e.Dict == nil {
		e.Dict = py.StringDict{}
	}
	e.Dict[name] = v
}

// sysModules returns the interpreter's sys.modules, creating it from the
// modules gpython already loaded.
func sysModules(ctx py.Context) *Dict {
	sys, err := ctx.GetModule("sys")
	if err != nil {
		return NewDict()
	}
	if d, ok := sys.Globals["modules"].(*Dict); ok {
		return d
	}
	d := NewDict()
	for _, name := range []string{"builtins", "sys", "__main__", "os", "time", "math", "string", "marshal", "binascii", "glob", "tempfile"} {
		if m, err := ctx.GetModule(name); err == nil {
			d.SetStr(name, m)
		}
	}
	sys.Globals["modules"] = d
	return d
}

// importName is the __import__ builtin.
func importName(ctx py.Context, name string, globals py.StringDict, fromlist py.Tuple, level int) (py.Object, error) {
	full := name
	if level > 0 {
		pkg, err := packageOf(globals)
		if err != nil {
			return nil, err
		}
		parts := strings.Split(pkg, ".")
		if pkg == "" || level-1 >= len(parts) {
			return nil, py.ExceptionNewf(py.ImportError, "attempted relative import beyond top-level package")
		}
		base := strings.Join(parts[:len(parts)-(level-1)], ".")
		if name == "" {
			full = base
		} else {
			full = base + "." + name
		}
	}
	if full == "" {
		return nil, py.ExceptionNewf(py.ValueError, "Empty module name")
	}
	mod, err := importDotted(ctx, full)
	if err != nil {
		return nil, err
	}
	if len(fromlist) == 0 {
		if level > 0 && name == "" {
			return mod, nil
		}
		top := strings.SplitN(name, ".", 2)[0]
		if level > 0 {
			// `from . import` has a fromlist; a relative `import` is not allowed
			return mod, nil
		}
		return importDotted(ctx, top)
	}
	if m, ok := mod.(*py.Module); ok {
		if _, isPkg := m.Globals["__path__"]; isPkg {
			for _, f := range fromlist {
				item, ok := f.(py.String)
				if !ok || item == "*" {
					continue
				}
				if _, has := m.Globals[string(item)]; has {
					continue
				}
				if _, err := importDotted(ctx, full+"."+string(item)); err != nil {
					if e, ok := err.(*py.Exception); ok && e.Type() == ModuleNotFoundError && e.Dict != nil && e.Dict["name"] == py.String(full+"."+string(item)) {
						continue // reported by IMPORT_FROM as "cannot import name"
					}
					return nil, err
				}
			}
		}
	}
	return mod, nil
}

// packageOf is the package a module's relative imports start from.
func packageOf(globals py.StringDict) (string, error) {
	if p, ok := globals["__package__"].(py.String); ok {
		return string(p), nil
	}
	n, ok := globals["__name__"].(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.ImportError, "attempted relative import with no known parent package")
	}
	if _, isPkg := globals["__path__"]; isPkg {
		return string(n), nil
	}
	i := strings.LastIndex(string(n), ".")
	if i < 0 {
		return "", py.ExceptionNewf(py.ImportError, "attempted relative import with no known parent package")
	}
	return string(n[:i]), nil
}

// importDotted imports name and every package above it, returning name's
// module.
func importDotted(ctx py.Context, name string) (py.Object, error) {
	mods := sysModules(ctx)
	st := stateOf(ctx)
	if m, ok := mods.GetStr(name); ok && m != py.None && !st.importsBusy() {
		return m, nil
	}
	if err := st.lockImports(ctx); err != nil {
		return nil, err
	}
	defer st.unlockImports()
	parts := strings.Split(name, ".")
	var parent *py.Module
	var mod py.Object
	for i := range parts {
		sub := strings.Join(parts[:i+1], ".")
		if m, ok := mods.GetStr(sub); ok && m != py.None {
			mod = m
			parent, _ = m.(*py.Module)
			continue
		}
		m, err := loadModule(ctx, mods, sub, parts[i], parent)
		if err != nil {
			return nil, err
		}
		if parent != nil {
			parent.Globals[parts[i]] = m
		}
		mod, parent = m, m
	}
	return mod, nil
}

// loadModule finds and runs one module (its parent package loaded).
func loadModule(ctx py.Context, mods *Dict, full, last string, parent *py.Module) (*py.Module, error) {
	if impl := py.GetModuleImpl(full); impl != nil {
		if m, err := ctx.GetModule(full); err == nil {
			mods.SetStr(full, m)
			return m, nil
		}
		if impl.Code != nil {
			return execRegistered(ctx, mods, full, impl)
		}
		m, err := ctx.ModuleInit(impl)
		if err != nil {
			return nil, err
		}
		mods.SetStr(full, m)
		return m, nil
	}
	var dirs []py.Object
	if parent == nil {
		if sys, err := ctx.GetModule("sys"); err == nil {
			if l, ok := sys.Globals["path"].(*py.List); ok {
				dirs = l.Items
			}
		}
	} else {
		p, ok := parent.Globals["__path__"]
		if !ok {
			if m, found, err := findOnMetaPath(ctx, mods, full, nil); found { // metapath.go
				return m, err
			}
			return nil, py.ExceptionNewf(ModuleNotFoundError, "No module named '%s'; '%s' is not a package", full, parent.Globals["__name__"])
		}
		if l, ok := p.(*py.List); ok {
			dirs = l.Items
		}
	}
	for _, d := range dirs {
		dir, ok := d.(py.String)
		if !ok {
			continue
		}
		base := filepath.Join(string(dir), last)
		if st, err := os.Stat(filepath.Join(base, "__init__.py")); err == nil && !st.IsDir() {
			return execModule(ctx, mods, full, filepath.Join(base, "__init__.py"), full, base)
		}
		if st, err := os.Stat(base + ".py"); err == nil && !st.IsDir() {
			pkg := ""
			if i := strings.LastIndex(full, "."); i >= 0 {
				pkg = full[:i]
			}
			return execModule(ctx, mods, full, base+".py", pkg, "")
		}
	}
	var path py.Object
	if parent != nil {
		path = parent.Globals["__path__"]
	}
	if m, found, err := findOnMetaPath(ctx, mods, full, path); found { // metapath.go
		return m, err
	}
	return nil, moduleNotFound(full)
}

// execModule compiles and runs file as module full; pkgDir is set for a
// package.
func execModule(ctx py.Context, mods *Dict, full, file, pkg, pkgDir string) (*py.Module, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, py.ExceptionNewf(py.ImportError, "cannot read %s: %v", file, err)
	}
	code, err := py.Compile(string(src), file, py.ExecMode, OptimizeFlags(ctx), true)
	if err != nil {
		return nil, err
	}
	m, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: full, FileDesc: file}, Code: code})
	if err != nil {
		return nil, err
	}
	m.Globals["__package__"] = py.String(pkg)
	if pkgDir != "" {
		m.Globals["__path__"] = py.NewListFromStrings([]string{pkgDir})
	}
	return runInModules(mods, full, m, func() error {
		_, err := RunCode(ctx, code, m.Globals, m.Globals)
		return err
	})
}

// execRegistered runs a module compiled into the binary (stdlib's embedded
// Python) the way execModule runs a file: with __package__ set, __path__
// (empty: its submodules are registered too) when it is a package, and the
// module in sys.modules while its body runs.
func execRegistered(ctx py.Context, mods *Dict, full string, impl *py.ModuleImpl) (*py.Module, error) {
	m, err := ctx.Store().NewModule(ctx, impl)
	if err != nil {
		return nil, err
	}
	pkg := ""
	if strings.HasSuffix(impl.Info.FileDesc, "/__init__.py") {
		pkg = full
		m.Globals["__path__"] = py.NewList()
	} else if i := strings.LastIndex(full, "."); i >= 0 {
		pkg = full[:i]
	}
	m.Globals["__package__"] = py.String(pkg)
	return runInModules(mods, full, m, func() error {
		_, err := RunCode(ctx, impl.Code, m.Globals, m.Globals)
		return err
	})
}

// runInModules runs a new module's body with the module in sys.modules
// (taken out again if the body fails) and returns sys.modules[full]
// afterwards: a module may replace itself there.
func runInModules(mods *Dict, full string, m *py.Module, run func() error) (*py.Module, error) {
	mods.SetStr(full, m)
	if err := run(); err != nil {
		_, _ = mods.Delete(py.String(full))
		return nil, err
	}
	if repl, ok := mods.GetStr(full); ok {
		if rm, ok := repl.(*py.Module); ok {
			return rm, nil
		}
	}
	return m, nil
}

// importFrom is IMPORT_FROM: getattr(module, name) with CPython's error.
func importFrom(ctx py.Context, module py.Object, name string) (py.Object, error) {
	v, err := py.GetAttrString(module, name)
	if err == nil {
		return v, nil
	}
	if !py.IsException(py.AttributeError, err) {
		return nil, err
	}
	modName := "<unknown module name>"
	where := "unknown location"
	if m, ok := module.(*py.Module); ok {
		if n, ok := m.Globals["__name__"].(py.String); ok {
			modName = string(n)
			if sub, ok := sysModules(ctx).GetStr(modName + "." + name); ok {
				return sub, nil
			}
		}
		if f, ok := m.Globals["__file__"].(py.String); ok {
			where = string(f)
		}
	}
	e := py.ExceptionNewf(py.ImportError, "cannot import name '%s' from '%s' (%s)", name, modName, where)
	setExcAttr(e, "name", py.String(modName))
	return nil, e
}

func init() {
	setBuiltin("ModuleNotFoundError", ModuleNotFoundError)
	// ImportError(msg, name=None, path=None) and its .name/.path
	for _, attr := range []string{"name", "path"} {
		prop := exceptionAttr(attr)
		get := prop.Fget
		prop.Fget = func(self py.Object) (py.Object, error) {
			v, err := get(self)
			if err != nil {
				return py.None, nil
			}
			return v, nil
		}
		py.ImportError.Dict[attr] = prop
	}
	// types.ModuleType(name[, doc]): a new, empty module
	py.ModuleType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var name py.Object
		var doc py.Object = py.None
		if err := py.ParseTupleAndKeywords(args, kwargs, "U|O:module", []string{"name", "doc"}, &name, &doc); err != nil {
			return nil, err
		}
		n := string(name.(py.String))
		return &py.Module{
			ModuleImpl: &py.ModuleImpl{Info: py.ModuleInfo{Name: n}},
			Globals:    py.StringDict{"__name__": name, "__doc__": doc, "__package__": py.None},
		}, nil
	}
	importNew := py.ImportError.New
	py.ImportError.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		name, path := kwargs["name"], kwargs["path"]
		rest := py.StringDict{}
		for k, v := range kwargs {
			if k != "name" && k != "path" {
				rest[k] = v
			}
		}
		if len(rest) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for ImportError()", sortedKeys(rest)[0])
		}
		obj, err := importNew(t, args, nil)
		if e, ok := obj.(*py.Exception); ok && err == nil {
			if name != nil {
				setExcAttr(e, "name", name)
			}
			if path != nil {
				setExcAttr(e, "path", path)
			}
		}
		return obj, err
	}
	setBuiltinFunc("__import__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		m, ok := self.(*py.Module)
		if !ok || m.Context == nil {
			return nil, py.ExceptionNewf(py.ImportError, "__import__ not bound to an interpreter")
		}
		var name, globals, locals, fromlist, level py.Object = nil, py.None, py.None, py.Tuple{}, py.Int(0)
		if err := py.ParseTupleAndKeywords(args, kwargs, "O|OOOO:__import__", []string{"name", "globals", "locals", "fromlist", "level"}, &name, &globals, &locals, &fromlist, &level); err != nil {
			return nil, err
		}
		n, ok := name.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "module name must be str, not %s", name.Type().Name)
		}
		g, _ := globals.(py.StringDict)
		if d, ok := globals.(*Dict); ok {
			g, _ = d.StringDict()
		}
		var fl py.Tuple
		if fromlist != py.None {
			var err error
			if fl, err = py.SequenceTuple(fromlist); err != nil {
				return nil, err
			}
		}
		lv, _ := level.(py.Int)
		if lv < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "level must be >= 0")
		}
		return importName(m.Context, string(n), g, fl, int(lv))
	}, "__import__(name, globals=None, locals=None, fromlist=(), level=0) -> module")
	setBuiltinFunc(importFromName, func(self py.Object, args py.Tuple) (py.Object, error) {
		module, name := args[0], args[1]
		m, ok := self.(*py.Module)
		if !ok || m.Context == nil {
			return py.GetAttr(module, name)
		}
		return importFrom(m.Context, module, string(name.(py.String)))
	}, "from-import of one name (compat)")
}

const importFromName = "__gowsgi_import_from__"
