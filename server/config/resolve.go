package config

import (
	"net"
	"os"
	"path/filepath"
	"strings"
)

// Effective is what the configuration says about one request.
type Effective struct {
	// Site is the virtual host (or Main) that serves the request.
	Site *Site
	// Script is the WSGI script file; "" when no WSGIScriptAlias matched.
	Script string
	// ScriptName and PathInfo split the request path at the mount.
	ScriptName string
	PathInfo   string
	// Static is the file an Alias maps the path to ("" if none).
	Static string
	// Missing is set when a mount matched but its script file does not
	// exist (a directory mount naming an absent file): 404.
	Missing bool
	// HtaccessError is set when an .htaccess file that applies has errors
	// (the request gets 500 and the error is logged, as Apache does).
	HtaccessError error

	ApplicationGroup    string // spec, e.g. "%{RESOURCE}"
	ProcessGroup        string
	CallableObject      string
	PassAuthorization   bool
	ReloadMechanism     string
	ScriptReloading     bool
	MapHEADToGET        string
	ChunkedRequest      bool
	ErrorOverride       bool
	TrustedProxyHeaders []string
	TrustedProxies      []*net.IPNet
	DispatchScript      *ScriptRef
	AccessScript        *ScriptRef
	AuthUserScript      *ScriptRef
	AuthGroupScript     *ScriptRef
	AuthType            string
	AuthName            string
	Require             [][]string
	SetEnv              [][2]string
	DocumentRoot        string
}

// SiteFor picks the virtual host whose ServerName/ServerAlias matches host
// (port ignored), else the main server.
func (c *Config) SiteFor(host string) *Site {
	if i := strings.LastIndexByte(host, ':'); i >= 0 && !strings.HasSuffix(host, "]") {
		host = host[:i]
	}
	host = strings.ToLower(host)
	for _, v := range c.VirtualHosts {
		for _, n := range v.Names {
			if j := strings.LastIndexByte(n, ':'); j >= 0 {
				n = n[:j]
			}
			if n == host || (strings.HasPrefix(n, "*.") && strings.HasSuffix(host, n[1:])) {
				return v
			}
		}
	}
	if len(c.VirtualHosts) > 0 && len(c.Main.Scripts) == 0 && len(c.Main.Statics) == 0 {
		// Apache: the first virtual host is the default for unmatched names.
		return c.VirtualHosts[0]
	}
	return c.Main
}

// prefixMatch reports whether path is prefix or below it (whole segments).
func prefixMatch(path, prefix string) bool {
	if prefix == "" {
		return true
	}
	return strings.HasPrefix(path, prefix) && (len(path) == len(prefix) || path[len(prefix)] == '/')
}

// Resolve applies the configuration to a request for path (decoded) on host.
// Among WSGIScriptAlias and Alias prefixes the longest wins; then
// WSGIScriptAliasMatch and AliasMatch in file order. Settings merge in
// Apache's order: server, virtual host, <Directory> (shorter paths first),
// <Files>, <Location> (file order); later beats earlier; options on the
// WSGIScriptAlias itself win over all of them.
func (c *Config) Resolve(host, path string) *Effective {
	site := c.SiteFor(host)
	e := &Effective{Site: site, ReloadMechanism: "Module", ScriptReloading: true, ApplicationGroup: "%{RESOURCE}"}
	sites := []*Site{site}
	if site != c.Main {
		sites = append(sites, c.Main)
	}
	var alias *ScriptAlias
	best := -1
	for _, s := range sites {
		for _, a := range s.Scripts {
			if a.Pattern == nil && prefixMatch(path, a.Prefix) && len(a.Prefix) > best {
				alias, best = a, len(a.Prefix)
			}
		}
	}
	var static *Alias
	for _, s := range sites {
		for _, a := range s.Statics {
			if a.Pattern == nil && prefixMatch(path, a.Prefix) && len(a.Prefix) > best {
				static, alias, best = a, nil, len(a.Prefix)
			}
		}
	}
	if best < 0 {
		for _, s := range sites {
			for _, a := range s.Scripts {
				if a.Pattern != nil && alias == nil {
					if m := a.Pattern.FindStringSubmatchIndex(path); m != nil && m[0] == 0 {
						alias = a
						target := string(a.Pattern.ExpandString(nil, a.Target, path, m))
						e.Script, e.ScriptName, e.PathInfo = target, path[:m[1]], path[m[1]:]
					}
				}
			}
			for _, a := range s.Statics {
				if a.Pattern != nil && alias == nil && static == nil {
					if m := a.Pattern.FindStringSubmatchIndex(path); m != nil {
						static = a
						e.Static = string(a.Pattern.ExpandString(nil, a.Target, path, m))
					}
				}
			}
		}
	}
	switch {
	case alias != nil && alias.Pattern == nil:
		e.ScriptName, e.PathInfo = alias.Prefix, path[len(alias.Prefix):]
		e.Script = alias.Target
		if alias.IsDir {
			rest := strings.TrimPrefix(e.PathInfo, "/")
			name, tail, _ := strings.Cut(rest, "/")
			if name == "" || name == "." || name == ".." {
				e.Missing = true
			} else {
				file := filepath.Join(alias.Target, name)
				if fi, err := os.Stat(file); err != nil || fi.IsDir() {
					e.Missing = true
				}
				e.Script = file
				e.ScriptName = alias.Prefix + "/" + name
				e.PathInfo = ""
				if strings.Contains(rest, "/") {
					e.PathInfo = "/" + tail
				}
			}
		}
	case static != nil && static.Pattern == nil:
		e.Static = static.Target + path[len(static.Prefix):]
	}
	e.DocumentRoot = site.DocumentRoot
	// merge settings
	e.apply(&c.Main.Settings)
	if site != c.Main {
		e.apply(&site.Settings)
	}
	file := e.Script
	if file == "" {
		file = e.Static
	}
	var dirs []*Section
	for _, s := range sites {
		for _, sec := range s.Sections {
			if strings.HasPrefix(sec.Kind, "Directory") && file != "" && sec.matchesFile(file) {
				dirs = append(dirs, sec)
			}
		}
	}
	sortByPathLen(dirs)
	var overrides map[string]bool
	for _, sec := range dirs {
		e.apply(&sec.Settings)
		if sec.AllowOverride != nil {
			overrides = sec.AllowOverride
		}
	}
	if len(overrides) > 0 && e.Script != "" {
		c.applyHtaccess(e, filepath.Dir(e.Script), dirs, overrides)
	}
	for _, s := range sites {
		for _, sec := range s.Sections {
			if strings.HasPrefix(sec.Kind, "Files") && file != "" && sec.matchesBase(filepath.Base(file)) {
				e.apply(&sec.Settings)
			}
		}
	}
	for i := len(sites) - 1; i >= 0; i-- {
		for _, sec := range sites[i].Sections {
			if strings.HasPrefix(sec.Kind, "Location") && sec.matchesURL(path) {
				e.apply(&sec.Settings)
			}
		}
	}
	if alias != nil {
		if alias.ProcessGroup != "" {
			e.ProcessGroup = alias.ProcessGroup
		}
		if alias.ApplicationGroup != "" {
			e.ApplicationGroup = alias.ApplicationGroup
		}
		if alias.CallableObject != "" {
			e.CallableObject = alias.CallableObject
		}
		if alias.PassAuthorization != nil {
			e.PassAuthorization = *alias.PassAuthorization
		}
	}
	if e.CallableObject == "" {
		e.CallableObject = "application"
	}
	return e
}

func sortByPathLen(secs []*Section) {
	for i := 1; i < len(secs); i++ {
		for j := i; j > 0 && len(secs[j].Path) < len(secs[j-1].Path) && secs[j].Pattern == nil && secs[j-1].Pattern == nil; j-- {
			secs[j], secs[j-1] = secs[j-1], secs[j]
		}
	}
}

func (s *Section) matchesFile(file string) bool {
	if s.Pattern != nil {
		return s.Pattern.MatchString(filepath.Dir(file)) || s.Pattern.MatchString(file)
	}
	dir := strings.TrimRight(s.Path, "/")
	if strings.ContainsAny(dir, "*?[") {
		ok, _ := filepath.Match(dir, filepath.Dir(file))
		return ok
	}
	return strings.HasPrefix(file, dir+"/") || file == dir
}

func (s *Section) matchesBase(base string) bool {
	if s.Pattern != nil {
		return s.Pattern.MatchString(base)
	}
	ok, _ := filepath.Match(s.Path, base)
	return ok
}

func (s *Section) matchesURL(path string) bool {
	if s.Pattern != nil {
		return s.Pattern.MatchString(path)
	}
	p := s.Path
	if p == "/" {
		return true
	}
	if strings.HasSuffix(p, "/") {
		return strings.HasPrefix(path, p)
	}
	return prefixMatch(path, p)
}

// apply merges one level's settings into e.
func (e *Effective) apply(s *Settings) {
	if s.ApplicationGroup != "" {
		e.ApplicationGroup = s.ApplicationGroup
	}
	if s.ProcessGroup != "" {
		e.ProcessGroup = s.ProcessGroup
	}
	if s.CallableObject != "" {
		e.CallableObject = s.CallableObject
	}
	if s.PassAuthorization != nil {
		e.PassAuthorization = *s.PassAuthorization
	}
	if s.ReloadMechanism != "" {
		e.ReloadMechanism = s.ReloadMechanism
	}
	if s.ScriptReloading != nil {
		e.ScriptReloading = *s.ScriptReloading
	}
	if s.MapHEADToGET != "" {
		e.MapHEADToGET = s.MapHEADToGET
	}
	if s.ChunkedRequest != nil {
		e.ChunkedRequest = *s.ChunkedRequest
	}
	if s.ErrorOverride != nil {
		e.ErrorOverride = *s.ErrorOverride
	}
	if len(s.TrustedProxyHeaders) > 0 {
		e.TrustedProxyHeaders = s.TrustedProxyHeaders
	}
	if len(s.TrustedProxies) > 0 {
		e.TrustedProxies = s.TrustedProxies
	}
	if s.DispatchScript != nil {
		e.DispatchScript = s.DispatchScript
	}
	if s.AccessScript != nil {
		e.AccessScript = s.AccessScript
	}
	if s.AuthUserScript != nil {
		e.AuthUserScript = s.AuthUserScript
	}
	if s.AuthGroupScript != nil {
		e.AuthGroupScript = s.AuthGroupScript
	}
	if s.AuthType != "" {
		e.AuthType = s.AuthType
	}
	if s.AuthName != "" {
		e.AuthName = s.AuthName
	}
	if len(s.Require) > 0 {
		e.Require = s.Require
	}
	e.SetEnv = append(e.SetEnv, s.SetEnv...)
}
