package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// htaccessCache keeps parsed .htaccess files by path, re-read when they
// change. It belongs to one Config and is safe for concurrent requests.
type htaccessCache struct {
	mu    sync.Mutex
	files map[string]*htaccessFile
}

type htaccessFile struct {
	mtime    time.Time
	size     int64
	settings Settings
	err      error
}

// applyHtaccess applies the .htaccess files of the directories from the
// outermost <Directory> with AllowOverride down to dir, as Apache reads
// them per request. Only directives allowed in .htaccess and in a class the
// AllowOverride names take effect.
func (c *Config) applyHtaccess(e *Effective, dir string, dirs []*Section, allow map[string]bool) {
	top := "/"
	for _, sec := range dirs {
		if sec.AllowOverride != nil && sec.Pattern == nil {
			top = strings.TrimRight(sec.Path, "/")
		}
	}
	var chain []string
	for d := dir; ; d = filepath.Dir(d) {
		chain = append([]string{d}, chain...)
		if d == top || d == "/" || d == "." || !strings.HasPrefix(d, top) {
			break
		}
	}
	for _, d := range chain {
		f := c.htaccess.load(filepath.Join(d, ".htaccess"), allow)
		if f == nil {
			continue
		}
		if f.err != nil {
			e.HtaccessError = f.err
			return
		}
		e.apply(&f.settings)
	}
}

func (h *htaccessCache) load(path string, allow map[string]bool) *htaccessFile {
	fi, err := os.Stat(path)
	if err != nil {
		return nil
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if f, ok := h.files[path]; ok && f.mtime.Equal(fi.ModTime()) && f.size == fi.Size() {
		return f
	}
	f := &htaccessFile{mtime: fi.ModTime(), size: fi.Size()}
	f.settings, f.err = parseHtaccess(path, allow)
	if h.files == nil {
		h.files = map[string]*htaccessFile{}
	}
	h.files[path] = f
	return f
}

// parseHtaccess reads one .htaccess file into Settings.
func parseHtaccess(path string, allow map[string]bool) (Settings, error) {
	lines, err := lexFile(path)
	if err != nil {
		return Settings{}, err
	}
	sec := &Section{Kind: "Directory", Path: filepath.Dir(path)}
	p := &parser{cfg: &Config{Main: &Site{}, Daemons: map[string]*Daemon{}}, root: filepath.Dir(path), section: sec}
	p.site = p.cfg.Main
	for _, l := range lines {
		if strings.HasPrefix(l.name, "<") {
			p.errorf(l, "containers are not allowed in .htaccess files here")
			continue
		}
		d, ok := lookup(l.name)
		if !ok {
			p.errorf(l, "unknown directive")
			continue
		}
		class := d.Override
		if class == "" {
			class = "FileInfo"
		}
		if d.Scopes&ScopeHtaccess == 0 {
			p.errorf(l, "not allowed in .htaccess files")
			continue
		}
		if !allow["all"] && !allow[strings.ToLower(class)] {
			p.errorf(l, "not allowed here (needs AllowOverride %s)", class)
			continue
		}
		p.directive(l, ScopeDir|ScopeHtaccess)
	}
	if len(p.errs) > 0 {
		return Settings{}, fmt.Errorf("%v", p.errs)
	}
	return sec.Settings, nil
}
