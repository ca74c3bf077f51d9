package server

import (
	"net"
	"strings"

	"github.com/gowsgi/gowsgi/server/config"
)

// Route is what serves one request: a WSGI script (with the settings that
// apply to it) or a static file.
type Route struct {
	Script     string
	ScriptName string
	PathInfo   []byte
	// Static is a file to send as it is (Alias); Script is "" then.
	Static string
	// ServerName is the canonical name of the site (ServerName), "" if none.
	ServerName        string
	ApplicationGroup  string
	CallableObject    string
	ProcessGroup      string
	PassAuthorization bool
	ReloadMechanism   string
	NoReload          bool
	Vars              [][2]string
	DocumentRoot      string
	// MapHEADToGET shows HEAD requests to the application as GET.
	MapHEADToGET bool
	// ChunkedRequest accepts request bodies without a Content-Length
	// (else 411 Length Required, as mod_wsgi answers).
	ChunkedRequest bool
	// ErrorOverride replaces the body of an error response (status >= 400)
	// with the server's own page.
	ErrorOverride bool
	// TrustedProxyHeaders/TrustedProxies: see config.Settings.
	TrustedProxyHeaders []string
	TrustedProxies      []*net.IPNet
	// Dispatch is the WSGIDispatchScript, if any.
	Dispatch *config.ScriptRef
	// HtaccessError: an .htaccess file that applies is broken (500).
	HtaccessError error
}

// Router maps a request to its Route; ok is false when nothing serves the
// path (404).
type Router interface {
	Route(host string, path []byte) (Route, bool)
}

// mountRouter is the express-mode router: script mounts by longest prefix.
type mountRouter struct{ mounts []Mount }

func (r *mountRouter) Route(host string, path []byte) (Route, bool) {
	for i := range r.mounts {
		m := &r.mounts[i]
		p := m.Prefix
		if p == "" || len(path) >= len(p) && string(path[:len(p)]) == p && (len(path) == len(p) || path[len(p)] == '/') {
			return Route{
				Script: m.Script, ScriptName: p, PathInfo: path[len(p):],
				ApplicationGroup: m.ApplicationGroup, CallableObject: m.CallableObject,
				PassAuthorization: m.PassAuthorization, ReloadMechanism: "Module", ChunkedRequest: true,
			}, true
		}
	}
	return Route{}, false
}

// ConfigRouter routes by an Apache-syntax configuration.
type ConfigRouter struct{ Config *config.Config }

// Route implements Router with config.Resolve.
func (r ConfigRouter) Route(host string, path []byte) (Route, bool) {
	e := r.Config.Resolve(host, string(path))
	if e.Missing || (e.Script == "" && e.Static == "") {
		return Route{}, false
	}
	if e.HtaccessError != nil {
		return Route{Script: e.Script, HtaccessError: e.HtaccessError}, true
	}
	rt := Route{
		Script: e.Script, ScriptName: e.ScriptName, PathInfo: []byte(e.PathInfo), Static: e.Static,
		ApplicationGroup: e.ApplicationGroup, CallableObject: e.CallableObject, ProcessGroup: e.ProcessGroup,
		PassAuthorization: e.PassAuthorization, ReloadMechanism: e.ReloadMechanism, NoReload: !e.ScriptReloading,
		Vars: e.SetEnv, DocumentRoot: e.DocumentRoot,
		MapHEADToGET: e.MapHEADToGET == "on", ChunkedRequest: e.ChunkedRequest, ErrorOverride: e.ErrorOverride,
		TrustedProxyHeaders: e.TrustedProxyHeaders, TrustedProxies: e.TrustedProxies, Dispatch: e.DispatchScript,
	}
	if len(e.Site.Names) > 0 {
		rt.ServerName, _, _ = strings.Cut(e.Site.Names[0], ":")
	} else if len(r.Config.Main.Names) > 0 {
		rt.ServerName, _, _ = strings.Cut(r.Config.Main.Names[0], ":")
	}
	return rt, true
}
