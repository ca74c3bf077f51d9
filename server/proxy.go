package server

import (
	"net"
	"strings"

	"github.com/gowsgi/gowsgi/bridge"
)

// applyProxyHeaders carries out WSGITrustedProxyHeaders: when the client is
// a trusted proxy (or WSGITrustedProxies names none), the listed headers set
// REMOTE_ADDR, wsgi.url_scheme, SERVER_NAME/HTTP_HOST, SERVER_PORT and
// SCRIPT_NAME as mod_wsgi does; from anyone else the listed headers are
// removed, so that an application never trusts a forged one.
func applyProxyHeaders(req *bridge.Request, rt *Route) {
	trusted := len(rt.TrustedProxies) == 0
	if ip := net.ParseIP(req.RemoteAddr); ip != nil {
		for _, n := range rt.TrustedProxies {
			if n.Contains(ip) {
				trusted = true
			}
		}
	}
	listed := map[string]bool{}
	for _, h := range rt.TrustedProxyHeaders {
		listed[h] = true
	}
	kept := req.Headers[:0]
	for _, h := range req.Headers {
		key := "HTTP_" + strings.ToUpper(strings.ReplaceAll(string(h.Name), "-", "_"))
		if !listed[key] {
			kept = append(kept, h)
			continue
		}
		if !trusted {
			continue // dropped: not from a trusted proxy
		}
		kept = append(kept, h)
		v := strings.TrimSpace(string(h.Value))
		switch key {
		case "HTTP_X_FORWARDED_FOR":
			first, _, _ := strings.Cut(v, ",")
			req.RemoteAddr = strings.TrimSpace(first)
		case "HTTP_X_REAL_IP", "HTTP_X_CLIENT_IP":
			req.RemoteAddr = v
		case "HTTP_X_FORWARDED_PROTO", "HTTP_X_FORWARDED_SCHEME", "HTTP_X_SCHEME":
			if v == "http" || v == "https" {
				req.Scheme = v
			}
		case "HTTP_X_FORWARDED_HTTPS", "HTTP_X_FORWARDED_SSL":
			if strings.EqualFold(v, "on") || v == "1" || strings.EqualFold(v, "true") {
				req.Scheme = "https"
			}
		case "HTTP_X_FORWARDED_HOST", "HTTP_X_HOST":
			host, port := splitHostPort(v)
			req.ServerName = host
			if port != "" {
				req.ServerPort = port
			}
		case "HTTP_X_FORWARDED_SERVER":
			req.ServerName = v
		case "HTTP_X_FORWARDED_PORT":
			req.ServerPort = v
		case "HTTP_X_SCRIPT_NAME":
			req.ScriptName = strings.TrimRight(v, "/") + req.ScriptName
		}
	}
	req.Headers = kept
}
