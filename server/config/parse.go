package config

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Scopes a directive may appear in (Apache's contexts).
const (
	ScopeServer   = 1 << iota // server config, outside containers
	ScopeVhost                // inside <VirtualHost>
	ScopeDir                  // inside <Directory>, <Location>, <Files> and their Match forms
	ScopeHtaccess             // .htaccess files (listed for documentation)
)

// ScopeNames renders a scope mask as Apache's context names.
func ScopeNames(mask int) string {
	var parts []string
	for _, s := range []struct {
		bit  int
		name string
	}{{ScopeServer, "server config"}, {ScopeVhost, "virtual host"}, {ScopeDir, "directory"}, {ScopeHtaccess, ".htaccess"}} {
		if mask&s.bit != 0 {
			parts = append(parts, s.name)
		}
	}
	return strings.Join(parts, ", ")
}

// Error is a configuration error at a place in a file.
type Error struct {
	Pos       string // FILE:LINE
	Directive string
	Msg       string
}

func (e Error) Error() string {
	if e.Directive == "" {
		return fmt.Sprintf("%s: %s", e.Pos, e.Msg)
	}
	return fmt.Sprintf("%s: %s: %s", e.Pos, e.Directive, e.Msg)
}

// Errors are all the errors of one configuration.
type Errors []Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

type parser struct {
	cfg      *Config
	root     string // ServerRoot: base of relative paths
	site     *Site
	section  *Section
	errs     Errors
	includes int
}

// Load reads and validates the configuration file at path. All problems are
// returned together as Errors.
func Load(path string) (*Config, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	cfg := &Config{File: abs, Main: &Site{}, Daemons: map[string]*Daemon{}}
	p := &parser{cfg: cfg, root: filepath.Dir(abs), site: cfg.Main}
	lines, err := lexFile(abs)
	if err != nil {
		return nil, Errors{{Pos: abs, Msg: cleanOSError(err)}}
	}
	p.block(lines, ScopeServer, "")
	p.validate()
	if len(p.errs) > 0 {
		return nil, p.errs
	}
	return cfg, nil
}

// Parse is Load for text already in memory (tests, fuzzing); name labels
// positions and relative paths resolve against dir.
func Parse(name, dir, text string) (*Config, error) {
	cfg := &Config{File: name, Main: &Site{}, Daemons: map[string]*Daemon{}}
	p := &parser{cfg: cfg, root: dir, site: cfg.Main}
	lines, err := lex(name, text)
	if err != nil {
		return nil, Errors{{Pos: name, Msg: err.Error()}}
	}
	p.block(lines, ScopeServer, "")
	p.validate()
	if len(p.errs) > 0 {
		return nil, p.errs
	}
	return cfg, nil
}

func cleanOSError(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return fmt.Sprintf("%s: %v", pe.Path, pe.Err)
	}
	return err.Error()
}

func (p *parser) errorf(l line, format string, args ...any) {
	p.errs = append(p.errs, Error{Pos: l.pos(), Directive: l.name, Msg: fmt.Sprintf(format, args...)})
}

// path makes a path from the config absolute (relative to ServerRoot).
func (p *parser) path(s string) string {
	if filepath.IsAbs(s) {
		return filepath.Clean(s)
	}
	return filepath.Join(p.root, s)
}

// block walks lines in scope until the closing tag `end` ("" at top level).
// It returns the index after the closing tag.
func (p *parser) block(lines []line, scope int, end string) int {
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if strings.HasPrefix(l.name, "</") {
			name := strings.TrimPrefix(l.name, "</")
			if end != "" && strings.EqualFold(name, end) {
				return i + 1
			}
			p.errorf(l, "unexpected closing tag (no matching <%s>)", name)
			continue
		}
		if strings.HasPrefix(l.name, "<") {
			n := p.container(l, lines[i+1:], scope)
			i += n
			continue
		}
		p.directive(l, scope)
	}
	if end != "" && len(lines) > 0 {
		last := lines[len(lines)-1]
		p.errs = append(p.errs, Error{Pos: last.pos(), Directive: "<" + end, Msg: "container was not closed"})
	}
	return len(lines)
}

// findEnd returns the index of the closing tag matching name in lines,
// counting nested containers of the same name; -1 when missing.
func findEnd(lines []line, name string) int {
	depth := 0
	for i, l := range lines {
		switch {
		case strings.EqualFold(l.name, "<"+name):
			depth++
		case strings.EqualFold(l.name, "</"+name):
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return -1
}

// container handles <Name args> ... </Name>; it returns how many lines it
// consumed after the opening tag.
func (p *parser) container(open line, rest []line, scope int) int {
	name := strings.TrimPrefix(open.name, "<")
	end := findEnd(rest, name)
	if end < 0 {
		p.errs = append(p.errs, Error{Pos: open.pos(), Directive: open.name + ">", Msg: "container was not closed"})
		return len(rest)
	}
	body := rest[:end]
	consumed := end + 1
	key := strings.ToLower(name)
	switch key {
	case "ifmodule":
		if len(open.args) != 1 {
			p.errorf(open, "takes one argument, the module")
			return consumed
		}
		if moduleLoaded(open.args[0]) {
			p.block(body, scope, "")
		}
	case "ifdefine":
		if len(open.args) != 1 {
			p.errorf(open, "takes one argument")
			return consumed
		}
		if strings.HasPrefix(open.args[0], "!") {
			p.block(body, scope, "")
		}
	case "ifversion", "limit", "limitexcept", "authnprovideralias", "authzprovideralias":
		// Contents apply unconditionally (Limit) or define providers the
		// auth issue carries out; parse them for errors in the same scope.
		if key == "authnprovideralias" && scope != ScopeServer {
			p.errorf(open, "not allowed here (only in server config)")
		}
		p.block(body, scope, "")
	case "virtualhost":
		if scope != ScopeServer {
			p.errorf(open, "<VirtualHost> cannot occur within another container")
			return consumed
		}
		if len(open.args) < 1 {
			p.errorf(open, "needs an address")
			return consumed
		}
		site := &Site{Addr: strings.Join(open.args, " ")}
		p.cfg.VirtualHosts = append(p.cfg.VirtualHosts, site)
		prev := p.site
		p.site = site
		p.block(body, ScopeVhost, "")
		p.site = prev
	case "directory", "directorymatch", "location", "locationmatch", "files", "filesmatch":
		if scope == ScopeDir && key != "files" && key != "filesmatch" {
			p.errorf(open, "<%s> cannot occur within another section", name)
			return consumed
		}
		kinds := map[string]string{"directory": "Directory", "directorymatch": "DirectoryMatch", "location": "Location", "locationmatch": "LocationMatch", "files": "Files", "filesmatch": "FilesMatch"}
		sec := &Section{Kind: kinds[key], Pos: open.pos()}
		args := open.args
		if len(args) == 2 && args[0] == "~" {
			sec.Kind += "Match"
			args = args[1:]
		}
		if len(args) != 1 {
			p.errorf(open, "takes one argument")
			return consumed
		}
		sec.Path = args[0]
		if strings.HasSuffix(sec.Kind, "Match") {
			re, err := regexp.Compile(sec.Path)
			if err != nil {
				p.errorf(open, "bad regular expression: %v", err)
				return consumed
			}
			sec.Pattern = re
		} else if strings.HasPrefix(sec.Kind, "Directory") {
			sec.Path = p.path(sec.Path)
		}
		p.site.Sections = append(p.site.Sections, sec)
		prev := p.section
		p.section = sec
		p.block(body, ScopeDir, "")
		p.section = prev
	default:
		p.errorf(open, "unknown container <%s>", name)
	}
	return consumed
}

// moduleLoaded answers <IfModule>: mod_wsgi and the Apache modules whose
// directives gowsgi understands count as loaded.
func moduleLoaded(arg string) bool {
	neg := strings.HasPrefix(arg, "!")
	name := strings.ToLower(strings.TrimSuffix(strings.TrimPrefix(arg, "!"), ".c"))
	name = strings.TrimSuffix(strings.TrimPrefix(name, "mod_"), "_module")
	known := map[string]bool{
		"wsgi": true, "alias": true, "env": true, "mime": true, "dir": true, "log_config": true,
		"authn_core": true, "authz_core": true, "authz_host": true, "authz_user": true, "authz_groupfile": true,
		"auth_basic": true, "auth_digest": true, "authn_file": true, "access_compat": true, "setenvif": false,
		"core": true, "http": true, "so": true, "unixd": true, "mpm_event": true,
	}
	return known[name] != neg
}

// directive dispatches one directive through the table.
func (p *parser) directive(l line, scope int) {
	d, ok := lookup(l.name)
	if !ok {
		p.errorf(l, "unknown directive (not an Apache or mod_wsgi directive gowsgi knows; see 'gowsgi help directives')")
		return
	}
	if d.Removed != "" {
		p.errorf(l, "%s", d.Removed)
		return
	}
	if d.Scopes&scope == 0 {
		p.errorf(l, "not allowed here (allowed in: %s)", ScopeNames(d.Scopes))
		return
	}
	l.name = d.Name
	if d.Warn != "" {
		p.cfg.Warnings = append(p.cfg.Warnings, fmt.Sprintf("%s: %s: %s", l.pos(), d.Name, d.Warn))
		return
	}
	if d.MinArgs > 0 && len(l.args) < d.MinArgs || d.MaxArgs >= 0 && len(l.args) > d.MaxArgs {
		p.errorf(l, "%s", argCountMsg(d))
		return
	}
	settings := &p.site.Settings
	if p.section != nil {
		settings = &p.section.Settings
	}
	if err := d.Parse(p, l, settings); err != nil {
		p.errorf(l, "%v", err)
	}
}

func argCountMsg(d *Directive) string {
	switch {
	case d.MaxArgs == d.MinArgs && d.MinArgs == 1:
		return "takes one argument"
	case d.MaxArgs == d.MinArgs:
		return fmt.Sprintf("takes %d arguments", d.MinArgs)
	case d.MaxArgs < 0:
		return fmt.Sprintf("takes at least %d argument(s)", d.MinArgs)
	}
	return fmt.Sprintf("takes %d to %d arguments", d.MinArgs, d.MaxArgs)
}

// include reads the files a glob names and walks them in the current scope.
func (p *parser) include(l line, optional bool) error {
	pattern := p.path(l.args[0])
	matches, err := filepath.Glob(pattern)
	if err != nil {
		return fmt.Errorf("bad pattern %q: %v", l.args[0], err)
	}
	if len(matches) == 0 {
		if optional || strings.ContainsAny(pattern, "*?[") {
			return nil
		}
		return fmt.Errorf("%s: no such file", pattern)
	}
	sort.Strings(matches)
	p.includes++
	defer func() { p.includes-- }()
	if p.includes > 32 {
		return fmt.Errorf("too deeply nested includes (a loop?)")
	}
	scope := ScopeServer
	if p.section != nil {
		scope = ScopeDir
	} else if p.site != p.cfg.Main {
		scope = ScopeVhost
	}
	for _, m := range matches {
		if fi, err := os.Stat(m); err == nil && fi.IsDir() {
			continue
		}
		lines, err := lexFile(m)
		if err != nil {
			return fmt.Errorf("%s", cleanOSError(err))
		}
		p.block(lines, scope, "")
	}
	return nil
}

// validate checks what needs the whole file: process groups named by
// mounts and scripts exist.
func (p *parser) validate() {
	cfg := p.cfg
	check := func(pos, directive, group string) {
		if group == "" || strings.HasPrefix(group, "%{") {
			return
		}
		if _, ok := cfg.Daemons[group]; !ok {
			p.errs = append(p.errs, Error{Pos: pos, Directive: directive, Msg: fmt.Sprintf("process group %q is not defined by any WSGIDaemonProcess", group)})
		}
	}
	sites := append([]*Site{cfg.Main}, cfg.VirtualHosts...)
	for _, s := range sites {
		for _, a := range s.Scripts {
			check(a.Pos, "WSGIScriptAlias", a.ProcessGroup)
		}
		for _, sec := range s.Sections {
			check(sec.Pos, "WSGIProcessGroup", sec.ProcessGroup)
		}
		check(cfg.File, "WSGIProcessGroup", s.Settings.ProcessGroup)
	}
	for _, is := range cfg.ImportScripts {
		check(is.Pos, "WSGIImportScript", is.ProcessGroup)
	}
}
