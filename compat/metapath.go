package compat

// metapath.go is sys.meta_path (PEP 302/451 import hooks).
//
// CPython asks each finder on sys.meta_path for a module it is importing;
// its own finders (built-in, frozen, sys.path) come first, so a finder a
// program appends is asked for names the normal search did not find: it
// is how bottle makes `bottle.ext.x` import `bottle_x`. Here the normal
// search (registered modules, then sys.path or the package's __path__)
// runs first and sys.meta_path is asked when it fails, for a top-level
// name and for a submodule alike. A finder may offer
//   - find_spec(fullname, path, target=None) -> spec with .loader, whose
//     create_module(spec) may return None (a plain new module is made; a
//     loader without create_module is an ImportError, as in CPython) and
//     exec_module(module) runs it; or
//   - the older find_module(fullname, path=None) -> loader, whose
//     load_module(fullname) returns the module (and puts it in sys.modules).
// sys.path_hooks and sys.path_importer_cache exist, empty; they are not
// consulted. Difference: a finder inserted at the front of sys.meta_path
// is still asked only after the normal search.

import (
	"github.com/go-python/gpython/py"
)

// newMetaPath gives a new interpreter's sys its import hook lists.
func newMetaPath(sys *py.Module) {
	sys.Globals["meta_path"] = py.NewList()
	sys.Globals["path_hooks"] = py.NewList()
	sys.Globals["path_importer_cache"] = NewDict()
}

// findOnMetaPath asks sys.meta_path's finders for module full; path is the
// parent package's __path__ (None for a top-level module). found is false
// when no finder knows full.
func findOnMetaPath(ctx py.Context, mods *Dict, full string, path py.Object) (m *py.Module, found bool, err error) {
	sys, err := ctx.GetModule("sys")
	if err != nil {
		return nil, false, nil
	}
	finders, ok := sys.Globals["meta_path"].(*py.List)
	if !ok || len(finders.Items) == 0 {
		return nil, false, nil
	}
	if path == nil {
		path = py.None
	}
	for _, finder := range append([]py.Object(nil), finders.Items...) {
		if fs, err := py.GetAttrString(finder, "find_spec"); err == nil {
			spec, err := py.Call(fs, py.Tuple{py.String(full), path, py.None}, nil)
			if err != nil {
				return nil, true, err
			}
			if spec != py.None {
				m, err := loadFromSpec(ctx, mods, full, spec)
				return m, true, err
			}
			continue
		}
		fm, err := py.GetAttrString(finder, "find_module")
		if err != nil {
			continue
		}
		loader, err := py.Call(fm, py.Tuple{py.String(full), path}, nil)
		if err != nil {
			return nil, true, err
		}
		if loader == py.None {
			continue
		}
		v, err := callMethod(loader, "load_module", py.Tuple{py.String(full)})
		if err != nil {
			return nil, true, err
		}
		if got, ok := mods.GetStr(full); ok {
			v = got
		}
		mod, ok := v.(*py.Module)
		if !ok {
			return nil, true, py.ExceptionNewf(py.ImportError, "loader for %s returned %s, not a module", full, v.Type().Name)
		}
		return mod, true, nil
	}
	return nil, false, nil
}

// loadFromSpec makes and runs the module a find_spec result describes.
func loadFromSpec(ctx py.Context, mods *Dict, full string, spec py.Object) (*py.Module, error) {
	loader, err := py.GetAttrString(spec, "loader")
	if err != nil || loader == py.None {
		return nil, py.ExceptionNewf(py.ImportError, "spec for %s has no loader", full)
	}
	var mod *py.Module
	if v, err := callMethod(loader, "create_module", py.Tuple{spec}); err == nil && v != py.None {
		m, ok := v.(*py.Module)
		if !ok {
			return nil, py.ExceptionNewf(py.ImportError, "create_module for %s returned %s, not a module", full, v.Type().Name)
		}
		mod = m
	} else if err != nil {
		if py.IsException(py.AttributeError, err) {
			return nil, py.ExceptionNewf(py.ImportError, "loaders that define exec_module() must also define create_module()")
		}
		return nil, err
	}
	if mod == nil {
		m, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: full}})
		if err != nil {
			return nil, err
		}
		mod = m
	}
	mod.Globals["__spec__"] = spec
	mod.Globals["__loader__"] = loader
	return runInModules(mods, full, mod, func() error { // imports.go
		_, err := callMethod(loader, "exec_module", py.Tuple{mod})
		return err
	})
}

func callMethod(o py.Object, name string, args py.Tuple) (py.Object, error) {
	fn, err := py.GetAttrString(o, name)
	if err != nil {
		return nil, err
	}
	return py.Call(fn, args, nil)
}
