package interp

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

// ModuleName is the name a WSGI script file is loaded under, as mod_wsgi
// names it: "_mod_wsgi_" followed by the md5 of the script's path. With
// caseInsensitive (WSGICaseSensitivity Off) the path is lower-cased first, so
// /Srv/App.wsgi and /srv/app.wsgi are one module.
func ModuleName(path string, caseInsensitive bool) string {
	if caseInsensitive {
		path = strings.ToLower(path)
	}
	sum := md5.Sum([]byte(path))
	return "_mod_wsgi_" + hex.EncodeToString(sum[:])
}

// fileStamp identifies one version of a file on disk.
type fileStamp struct {
	mtime time.Time
	size  int64
}

func stampOf(fi os.FileInfo) fileStamp { return fileStamp{fi.ModTime(), fi.Size()} }

// CodeCache holds compiled script code keyed by path and file version, so a
// script is compiled once however many interpreters load it (a compiled
// *py.Code is read-only and can be shared between contexts).
type CodeCache struct {
	mu    sync.Mutex
	codes map[string]cachedCode
}

type cachedCode struct {
	stamp fileStamp
	flags int
	code  *py.Code
	err   error
}

// Compile returns the code of the file at path for the version stamp, compiling
// it when the cache holds another version.
func (c *CodeCache) Compile(path string, stamp fileStamp, flags int) (*py.Code, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if cc, ok := c.codes[path]; ok && cc.stamp == stamp && cc.flags == flags {
		return cc.code, cc.err
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var code *py.Code
	err = Guard(func() error {
		var cerr error
		code, cerr = py.Compile(string(src), path, py.ExecMode, flags, true)
		return cerr
	})
	if c.codes == nil {
		c.codes = make(map[string]cachedCode)
	}
	c.codes[path] = cachedCode{stamp: stamp, flags: flags, code: code, err: err}
	return code, err
}

// Script is a WSGI script file loaded as a module in one interpreter.
type Script struct {
	Path   string
	Module *py.Module
	stamp  fileStamp
	// Generation counts loads of this script in its interpreter: 1 for the
	// first, +1 for every reload.
	Generation int
}

// scriptSet is the scripts one interpreter has loaded, by path.
type scriptSet struct {
	byPath map[string]*Script
}

// LoadOptions tell LoadScript how to name and refresh a script module.
type LoadOptions struct {
	// CaseInsensitive maps paths to module names case-insensitively.
	CaseInsensitive bool
	// NoReload loads a script once and never checks its file again
	// (WSGIScriptReloading Off).
	NoReload bool
	// Cache shares compiled code between interpreters; nil compiles afresh.
	Cache *CodeCache
}

// LoadScript returns the script module for path in this interpreter, loading
// it the first time and reloading it when the file changed since (the Module
// reload mechanism: the old module is discarded and the file runs again in a
// fresh module of the same name). The caller holds the interpreter's lock.
//
// A script that fails to compile or run is not kept: the next request tries
// again, and the error (a Python exception with traceback, or an OS error)
// is returned.
func (in *Interpreter) LoadScript(path string, opts LoadOptions) (s *Script, err error) {
	if old := in.scripts.byPath[path]; old != nil && opts.NoReload {
		return old, nil
	}
	// Another thread (request) may be loading it: the import lock makes
	// this one wait and then find the script loaded.
	err = compat.WithImportLock(in.ctx, func() error {
		s, err = in.loadScript(path, opts)
		return err
	})
	return s, err
}

func (in *Interpreter) loadScript(path string, opts LoadOptions) (*Script, error) {
	if in.scripts.byPath == nil {
		in.scripts.byPath = make(map[string]*Script)
	}
	old := in.scripts.byPath[path]
	if old != nil && opts.NoReload {
		return old, nil
	}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("script %s: %w", path, err)
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("script %s: is a directory", path)
	}
	stamp := stampOf(fi)
	if old != nil && old.stamp == stamp {
		return old, nil
	}
	var code *py.Code
	if opts.Cache != nil {
		code, err = opts.Cache.Compile(path, stamp, compat.OptimizeFlags(in.ctx))
	} else {
		code, err = (&CodeCache{}).Compile(path, stamp, compat.OptimizeFlags(in.ctx))
	}
	if err != nil {
		return nil, err
	}
	name := ModuleName(path, opts.CaseInsensitive)
	var mod *py.Module
	err = Guard(func() error {
		// A fresh module each load: state of the old version is dropped,
		// as mod_wsgi's Module reloading does.
		var merr error
		mod, merr = in.ctx.ModuleInit(&py.ModuleImpl{
			Info: py.ModuleInfo{Name: name, FileDesc: path},
			Code: code,
		})
		return merr
	})
	if err != nil {
		delete(in.scripts.byPath, path)
		return nil, err
	}
	gen := 1
	if old != nil {
		gen = old.Generation + 1
	}
	s := &Script{Path: path, Module: mod, stamp: stamp, Generation: gen}
	in.scripts.byPath[path] = s
	return s, nil
}

// Callable returns the module attribute name (e.g. "application"), or an
// error naming the script when it is missing.
func (s *Script) Callable(name string) (py.Object, error) {
	obj, ok := s.Module.Globals[name]
	if !ok {
		return nil, fmt.Errorf("target WSGI script '%s' does not contain WSGI application '%s'", s.Path, name)
	}
	return obj, nil
}
