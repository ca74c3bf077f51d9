package config

import (
	"fmt"
	"net"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Directive is one row of the table: a directive gowsgi understands.
type Directive struct {
	Name   string
	Scopes int
	// MinArgs/MaxArgs bound the argument count (MaxArgs -1: no bound).
	MinArgs, MaxArgs int
	Doc              string
	// Parse applies the directive; s is the settings of the enclosing
	// section or site.
	Parse func(p *parser, l line, s *Settings) error
	// Removed, when set, makes the directive an error with this text.
	Removed string
	// Warn, when set, accepts the directive with this one warning line.
	Warn string
	// Override is the AllowOverride class that lets .htaccess files use
	// the directive ("FileInfo" when empty; "AuthConfig" for auth).
	Override string
}

const (
	anyScope  = ScopeServer | ScopeVhost | ScopeDir | ScopeHtaccess
	siteScope = ScopeServer | ScopeVhost
	dirScope  = ScopeDir | ScopeHtaccess
)

var table = map[string]*Directive{}

// Directives lists the table sorted by name.
func Directives() []*Directive {
	out := make([]*Directive, 0, len(table))
	for _, d := range table {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func lookup(name string) (*Directive, bool) {
	d, ok := table[strings.ToLower(name)]
	return d, ok
}

func add(d *Directive) { table[strings.ToLower(d.Name)] = d }

func ignored(name string, scopes int, doc, why string) {
	add(&Directive{Name: name, Scopes: scopes, MaxArgs: -1, Doc: doc, Warn: why})
}

func noop(p *parser, l line, s *Settings) error { return nil }

// onOff parses On/Off.
func onOff(v string) (bool, error) {
	switch strings.ToLower(v) {
	case "on":
		return true, nil
	case "off":
		return false, nil
	}
	return false, fmt.Errorf("must be On or Off, not %q", v)
}

func boolSetting(set func(s *Settings, b *bool)) func(*parser, line, *Settings) error {
	return func(p *parser, l line, s *Settings) error {
		b, err := onOff(l.args[0])
		if err != nil {
			return err
		}
		set(s, &b)
		return nil
	}
}

// options parses key=value arguments against the allowed keys.
func options(args []string, allowed ...string) (map[string]string, error) {
	out := map[string]string{}
	for _, a := range args {
		k, v, ok := strings.Cut(a, "=")
		if !ok {
			return nil, fmt.Errorf("option %q is not of the form key=value", a)
		}
		found := false
		for _, al := range allowed {
			if k == al {
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("unknown option %q (allowed: %s)", k, strings.Join(allowed, ", "))
		}
		out[k] = v
	}
	return out, nil
}

func groupSpec(v string) error {
	if strings.HasPrefix(v, "%{") {
		switch {
		case v == "%{GLOBAL}", v == "%{RESOURCE}", v == "%{SERVER}":
		case strings.HasPrefix(v, "%{ENV:") && strings.HasSuffix(v, "}") && len(v) > len("%{ENV:}"):
		default:
			return fmt.Errorf("unknown variable %q (use %%{GLOBAL}, %%{RESOURCE}, %%{SERVER} or %%{ENV:NAME})", v)
		}
	}
	return nil
}

// scriptFile checks that a script exists and returns its absolute path.
func (p *parser) scriptFile(v string) (string, error) {
	path := p.path(v)
	if _, err := os.Stat(path); err != nil {
		return "", fmt.Errorf("script %s does not exist", path)
	}
	return path, nil
}

func scriptAlias(match bool) func(*parser, line, *Settings) error {
	return func(p *parser, l line, s *Settings) error {
		opts, err := options(l.args[2:], "process-group", "application-group", "callable-object", "pass-authorization")
		if err != nil {
			return err
		}
		a := &ScriptAlias{Pos: l.pos(), ProcessGroup: opts["process-group"], ApplicationGroup: opts["application-group"], CallableObject: opts["callable-object"]}
		if v, ok := opts["pass-authorization"]; ok {
			b, err := onOff(v)
			if err != nil {
				return fmt.Errorf("pass-authorization %v", err)
			}
			a.PassAuthorization = &b
		}
		if err := groupSpec(a.ApplicationGroup); err != nil {
			return err
		}
		target := p.path(l.args[1])
		if match {
			re, err := regexp.Compile(l.args[0])
			if err != nil {
				return fmt.Errorf("bad regular expression: %v", err)
			}
			a.Pattern = re
			a.Target = target
			a.IsDir = strings.HasSuffix(l.args[1], "/")
		} else {
			a.Prefix = strings.TrimRight(l.args[0], "/")
			fi, err := os.Stat(target)
			if err != nil {
				return fmt.Errorf("target %s does not exist", target)
			}
			a.Target, a.IsDir = target, fi.IsDir()
		}
		p.site.Scripts = append(p.site.Scripts, a)
		return nil
	}
}

func scriptRef(set func(s *Settings, r *ScriptRef)) func(*parser, line, *Settings) error {
	return func(p *parser, l line, s *Settings) error {
		path, err := p.scriptFile(l.args[0])
		if err != nil {
			return err
		}
		opts, err := options(l.args[1:], "application-group")
		if err != nil {
			return err
		}
		if err := groupSpec(opts["application-group"]); err != nil {
			return err
		}
		set(s, &ScriptRef{Path: path, ApplicationGroup: opts["application-group"]})
		return nil
	}
}

// daemonOptions lists WSGIDaemonProcess options and how each is read.
var daemonOptions = map[string]string{
	"processes": "int", "threads": "int", "maximum-requests": "int0", "inactivity-timeout": "secs",
	"deadlock-timeout": "secs", "stack-size": "int", "python-path": "paths", "python-eggs": "path",
	"home": "path", "user": "str", "group": "str", "display-name": "str", "send-buffer-size": "int0",
	"receive-buffer-size": "int0", "request-timeout": "secs", "queue-timeout": "secs",
	"graceful-timeout": "secs", "shutdown-timeout": "secs", "startup-timeout": "secs",
	"socket-timeout": "secs", "connect-timeout": "secs", "header-buffer-size": "int0",
	"response-buffer-size": "int0", "lang": "str", "locale": "str", "umask": "octal",
	"script-user": "str", "python-home": "path", "restart-interval": "secs", "eviction-timeout": "secs",
	"cpu-time-limit": "secs", "memory-limit": "int0", "virtual-memory-limit": "int0",
	"listen-backlog": "int", "server-metrics": "onoff", "cpu-priority": "int0", "chroot": "path",
	"maximum-requests-jitter": "int0",
}

func parseDaemon(p *parser, l line, s *Settings) error {
	name := l.args[0]
	if _, dup := p.cfg.Daemons[name]; dup {
		return fmt.Errorf("process group %q is already defined", name)
	}
	d := &Daemon{Name: name, Processes: 1, Threads: 15, DeadlockTimeout: 300 * time.Second, StackSize: 8 << 20, Pos: l.pos(), DisplayName: ""}
	d.ShutdownTimeout = 5 * time.Second
	for _, a := range l.args[1:] {
		k, v, ok := strings.Cut(a, "=")
		if !ok {
			return fmt.Errorf("option %q is not of the form key=value", a)
		}
		kind, known := daemonOptions[k]
		if !known {
			return fmt.Errorf("unknown option %q", k)
		}
		d.Options = append(d.Options, [2]string{k, v})
		var n int
		var err error
		switch kind {
		case "int", "int0":
			n, err = strconv.Atoi(v)
			if err != nil || n < 0 || (kind == "int" && n == 0) {
				return fmt.Errorf("invalid value for option %s: %q is not a %s integer", k, v, map[string]string{"int": "positive", "int0": "non-negative"}[kind])
			}
		case "secs":
			n, err = strconv.Atoi(v)
			if err != nil || n < 0 {
				return fmt.Errorf("invalid value for option %s: %q is not a number of seconds", k, v)
			}
		case "octal":
			if _, err := strconv.ParseUint(v, 8, 32); err != nil {
				return fmt.Errorf("invalid value for option %s: %q is not an octal umask", k, v)
			}
		case "onoff":
			if _, err := onOff(v); err != nil {
				return fmt.Errorf("option %s %v", k, err)
			}
		}
		secs := time.Duration(n) * time.Second
		switch k {
		case "processes":
			d.Processes = n
		case "threads":
			d.Threads = n
		case "maximum-requests":
			d.MaximumRequests = n
		case "inactivity-timeout":
			d.InactivityTimeout = secs
		case "deadlock-timeout":
			d.DeadlockTimeout = secs
		case "request-timeout":
			d.RequestTimeout = secs
		case "queue-timeout":
			d.QueueTimeout = secs
		case "graceful-timeout":
			d.GracefulTimeout = secs
		case "shutdown-timeout":
			d.ShutdownTimeout = secs
		case "startup-timeout":
			d.StartupTimeout = secs
		case "socket-timeout":
			d.SocketTimeout = secs
		case "connect-timeout":
			d.ConnectTimeout = secs
		case "stack-size":
			d.StackSize = n
		case "send-buffer-size":
			d.SendBufferSize = n
		case "receive-buffer-size":
			d.ReceiveBufferSize = n
		case "header-buffer-size":
			d.HeaderBufferSize = n
		case "response-buffer-size":
			d.ResponseBufferSize = n
		case "python-path":
			for _, dir := range strings.Split(v, ":") {
				if dir != "" {
					d.PythonPath = append(d.PythonPath, p.path(dir))
				}
			}
		case "python-eggs":
			d.PythonEggs = p.path(v)
		case "home":
			d.Home = p.path(v)
		case "user":
			d.User = v
		case "group":
			d.Group = v
		case "display-name":
			d.DisplayName = v
		case "lang":
			d.Lang = v
		case "locale":
			d.Locale = v
		case "umask":
			d.Umask = v
		}
	}
	p.cfg.Daemons[name] = d
	p.cfg.DaemonOrder = append(p.cfg.DaemonOrder, name)
	return nil
}

func init() {
	// mod_wsgi 2.0
	add(&Directive{Name: "WSGIScriptAlias", Scopes: siteScope, MinArgs: 2, MaxArgs: 6, Parse: scriptAlias(false),
		Doc: "WSGIScriptAlias URL-path file-or-directory [process-group=] [application-group=] [callable-object=] [pass-authorization=]: mount WSGI scripts"})
	add(&Directive{Name: "WSGIScriptAliasMatch", Scopes: siteScope, MinArgs: 2, MaxArgs: 6, Parse: scriptAlias(true),
		Doc: "WSGIScriptAliasMatch regex file-path [options]: mount by regular expression ($1… substitute into the path)"})
	add(&Directive{Name: "WSGIApplicationGroup", Scopes: anyScope, MinArgs: 1, MaxArgs: 1,
		Doc: "WSGIApplicationGroup name|%{GLOBAL}|%{RESOURCE}|%{SERVER}|%{ENV:VAR}: the sub-interpreter scripts run in",
		Parse: func(p *parser, l line, s *Settings) error {
			if err := groupSpec(l.args[0]); err != nil {
				return err
			}
			s.ApplicationGroup = l.args[0]
			return nil
		}})
	add(&Directive{Name: "WSGIProcessGroup", Scopes: anyScope, MinArgs: 1, MaxArgs: 1,
		Doc: "WSGIProcessGroup name|%{GLOBAL}|%{ENV:VAR}: the daemon process group requests are delegated to",
		Parse: func(p *parser, l line, s *Settings) error {
			s.ProcessGroup = l.args[0]
			return nil
		}})
	add(&Directive{Name: "WSGIDaemonProcess", Scopes: siteScope, MinArgs: 1, MaxArgs: -1, Parse: parseDaemon,
		Doc: "WSGIDaemonProcess name [processes= threads= maximum-requests= inactivity-timeout= deadlock-timeout= stack-size= python-path= python-eggs= home= user= group= display-name= send-buffer-size= receive-buffer-size= …]: define daemon processes"})
	add(&Directive{Name: "WSGICallableObject", Scopes: anyScope, MinArgs: 1, MaxArgs: 1,
		Doc:   "WSGICallableObject name: the WSGI callable's name in the script (default application)",
		Parse: func(p *parser, l line, s *Settings) error { s.CallableObject = l.args[0]; return nil }})
	add(&Directive{Name: "WSGIReloadMechanism", Scopes: anyScope, MinArgs: 1, MaxArgs: 1,
		Doc: "WSGIReloadMechanism Module|Process: reload a changed script as a module, or restart its daemon",
		Parse: func(p *parser, l line, s *Settings) error {
			switch strings.ToLower(l.args[0]) {
			case "module":
				s.ReloadMechanism = "Module"
			case "process":
				s.ReloadMechanism = "Process"
			case "interpreter":
				return fmt.Errorf("the Interpreter reload mechanism was removed in mod_wsgi 2.0 (destroying sub-interpreters was unsafe); use Module, or Process with daemon mode")
			default:
				return fmt.Errorf("must be Module or Process, not %q", l.args[0])
			}
			return nil
		}})
	add(&Directive{Name: "WSGIPythonPath", Scopes: ScopeServer, MinArgs: 1, MaxArgs: 1,
		Doc: "WSGIPythonPath dir[:dir…]: add directories to sys.path (.pth files in them honoured)",
		Parse: func(p *parser, l line, s *Settings) error {
			for _, d := range strings.Split(l.args[0], ":") {
				if d != "" {
					p.cfg.PythonPath = append(p.cfg.PythonPath, p.path(d))
				}
			}
			return nil
		}})
	add(&Directive{Name: "WSGIPythonHome", Scopes: ScopeServer, MinArgs: 1, MaxArgs: 1, Doc: "WSGIPythonHome dir: the Python prefix (recorded; gowsgi embeds its Python)",
		Parse: func(p *parser, l line, s *Settings) error { p.cfg.PythonHome = p.path(l.args[0]); return nil }})
	add(&Directive{Name: "WSGIPythonEggs", Scopes: ScopeServer, MinArgs: 1, MaxArgs: 1, Doc: "WSGIPythonEggs dir: sets PYTHON_EGG_CACHE",
		Parse: func(p *parser, l line, s *Settings) error { p.cfg.PythonEggs = p.path(l.args[0]); return nil }})
	add(&Directive{Name: "WSGIPythonOptimize", Scopes: ScopeServer, MinArgs: 1, MaxArgs: 1, Doc: "WSGIPythonOptimize 0|1|2: Python's -O level",
		Parse: func(p *parser, l line, s *Settings) error {
			n, err := strconv.Atoi(l.args[0])
			if err != nil || n < 0 || n > 2 {
				return fmt.Errorf("must be 0, 1 or 2, not %q", l.args[0])
			}
			p.cfg.PythonOptimize = n
			return nil
		}})
	add(&Directive{Name: "WSGICaseSensitivity", Scopes: ScopeServer, MinArgs: 1, MaxArgs: 1, Doc: "WSGICaseSensitivity On|Off: whether script paths map to module names case-sensitively",
		Parse: func(p *parser, l line, s *Settings) error {
			b, err := onOff(l.args[0])
			p.cfg.CaseInsensitive = !b
			return err
		}})
	add(&Directive{Name: "WSGIPassAuthorization", Scopes: anyScope, MinArgs: 1, MaxArgs: 1, Doc: "WSGIPassAuthorization On|Off: pass the Authorization header to the application (default Off)",
		Parse: boolSetting(func(s *Settings, b *bool) { s.PassAuthorization = b })})
	add(&Directive{Name: "WSGIRestrictEmbedded", Scopes: ScopeServer, MinArgs: 1, MaxArgs: 1, Doc: "WSGIRestrictEmbedded On|Off: refuse to run WSGI applications in the main process",
		Parse: func(p *parser, l line, s *Settings) error {
			b, err := onOff(l.args[0])
			p.cfg.RestrictEmbedded = b
			return err
		}})
	for _, name := range []string{"WSGIRestrictStdin", "WSGIRestrictStdout", "WSGIRestrictSignal"} {
		add(&Directive{Name: name, Scopes: ScopeServer, MinArgs: 1, MaxArgs: 1, Doc: name + " On|Off: restrict the application's use of " + strings.ToLower(strings.TrimPrefix(name, "WSGIRestrict")),
			Parse: func(p *parser, l line, s *Settings) error { _, err := onOff(l.args[0]); return err }})
	}
	add(&Directive{Name: "WSGIRestrictProcess", Scopes: dirScope, MinArgs: 1, MaxArgs: -1, Doc: "WSGIRestrictProcess group…: process groups a WSGIProcessGroup here may name", Parse: noop})
	add(&Directive{Name: "WSGIImportScript", Scopes: ScopeServer, MinArgs: 1, MaxArgs: 3, Doc: "WSGIImportScript file process-group= application-group=: load a script at start-up",
		Parse: func(p *parser, l line, s *Settings) error {
			path, err := p.scriptFile(l.args[0])
			if err != nil {
				return err
			}
			opts, err := options(l.args[1:], "process-group", "application-group")
			if err != nil {
				return err
			}
			if err := groupSpec(opts["application-group"]); err != nil {
				return err
			}
			p.cfg.ImportScripts = append(p.cfg.ImportScripts, ImportScript{Path: path, ProcessGroup: opts["process-group"], ApplicationGroup: opts["application-group"], Pos: l.pos()})
			return nil
		}})
	add(&Directive{Name: "WSGIDispatchScript", Scopes: anyScope, MinArgs: 1, MaxArgs: 2, Doc: "WSGIDispatchScript file [application-group=]: choose process group, application group, callable per request",
		Parse: scriptRef(func(s *Settings, r *ScriptRef) { s.DispatchScript = r })})
	add(&Directive{Name: "WSGIAccessScript", Override: "AuthConfig", Scopes: dirScope, MinArgs: 1, MaxArgs: 2, Doc: "WSGIAccessScript file [application-group=]: allow_access(environ, host) decides access",
		Parse: scriptRef(func(s *Settings, r *ScriptRef) { s.AccessScript = r })})
	add(&Directive{Name: "WSGIAuthUserScript", Override: "AuthConfig", Scopes: dirScope, MinArgs: 1, MaxArgs: 2, Doc: "WSGIAuthUserScript file [application-group=]: check_password / get_realm_hash for Basic and Digest auth",
		Parse: scriptRef(func(s *Settings, r *ScriptRef) { s.AuthUserScript = r })})
	add(&Directive{Name: "WSGIAuthGroupScript", Override: "AuthConfig", Scopes: dirScope, MinArgs: 1, MaxArgs: 2, Doc: "WSGIAuthGroupScript file [application-group=]: groups_for_user for Require group",
		Parse: scriptRef(func(s *Settings, r *ScriptRef) { s.AuthGroupScript = r })})
	add(&Directive{Name: "WSGIApacheExtensions", Scopes: ScopeServer, MinArgs: 1, MaxArgs: 1, Doc: "WSGIApacheExtensions On|Off: accepted; there are no Apache internals to expose",
		Parse: func(p *parser, l line, s *Settings) error { _, err := onOff(l.args[0]); return err }})
	// Removed in 2.0.
	add(&Directive{Name: "WSGIOutputBuffering", Scopes: anyScope, MaxArgs: -1, Doc: "removed in mod_wsgi 2.0",
		Removed: "removed in mod_wsgi 2.0: output is never buffered by the server any more; delete the directive (buffer in the application if needed)"})
	add(&Directive{Name: "WSGIPythonExecutable", Scopes: anyScope, MaxArgs: -1, Doc: "removed in mod_wsgi 2.0",
		Removed: "removed in mod_wsgi 2.0: it never affected which Python was used; delete it (gowsgi embeds its Python; WSGIPythonHome sets the prefix)"})
	// Later mod_wsgi versions.
	add(&Directive{Name: "WSGIMapHEADToGET", Scopes: anyScope, MinArgs: 1, MaxArgs: 1, Doc: "WSGIMapHEADToGET On|Off|Auto: show HEAD requests to the application as GET",
		Parse: func(p *parser, l line, s *Settings) error {
			switch v := strings.ToLower(l.args[0]); v {
			case "on", "off", "auto":
				s.MapHEADToGET = v
				return nil
			}
			return fmt.Errorf("must be On, Off or Auto, not %q", l.args[0])
		}})
	add(&Directive{Name: "WSGIChunkedRequest", Scopes: anyScope, MinArgs: 1, MaxArgs: 1, Doc: "WSGIChunkedRequest On|Off: accept chunked request bodies",
		Parse: boolSetting(func(s *Settings, b *bool) { s.ChunkedRequest = b })})
	add(&Directive{Name: "WSGIScriptReloading", Scopes: anyScope, MinArgs: 1, MaxArgs: 1, Doc: "WSGIScriptReloading On|Off: reload scripts when they change (default On)",
		Parse: boolSetting(func(s *Settings, b *bool) { s.ScriptReloading = b })})
	add(&Directive{Name: "WSGIErrorOverride", Scopes: anyScope, MinArgs: 1, MaxArgs: 1, Doc: "WSGIErrorOverride On|Off: let the server's error pages replace the application's",
		Parse: boolSetting(func(s *Settings, b *bool) { s.ErrorOverride = b })})
	add(&Directive{Name: "WSGITrustedProxyHeaders", Scopes: anyScope, MinArgs: 1, MaxArgs: -1,
		Doc: "WSGITrustedProxyHeaders header…: apply X-Forwarded-For/-Proto/-Host/-Port, X-Real-IP, X-Scheme, X-Script-Name from trusted proxies",
		Parse: func(p *parser, l line, s *Settings) error {
			for _, h := range l.args {
				name := "HTTP_" + strings.ToUpper(strings.ReplaceAll(h, "-", "_"))
				switch name {
				case "HTTP_X_FORWARDED_FOR", "HTTP_X_CLIENT_IP", "HTTP_X_REAL_IP", "HTTP_X_FORWARDED_HOST", "HTTP_X_HOST",
					"HTTP_X_FORWARDED_PORT", "HTTP_X_FORWARDED_PROTO", "HTTP_X_FORWARDED_SCHEME", "HTTP_X_SCHEME",
					"HTTP_X_FORWARDED_HTTPS", "HTTP_X_FORWARDED_SSL", "HTTP_X_SCRIPT_NAME", "HTTP_X_FORWARDED_SERVER":
				default:
					return fmt.Errorf("%q is not a proxy header mod_wsgi knows", h)
				}
				s.TrustedProxyHeaders = append(s.TrustedProxyHeaders, name)
			}
			return nil
		}})
	add(&Directive{Name: "WSGITrustedProxies", Scopes: anyScope, MinArgs: 1, MaxArgs: -1, Doc: "WSGITrustedProxies address-or-CIDR…: clients whose proxy headers are believed",
		Parse: func(p *parser, l line, s *Settings) error {
			for _, a := range l.args {
				if !strings.Contains(a, "/") {
					if ip := net.ParseIP(a); ip != nil && ip.To4() != nil {
						a += "/32"
					} else {
						a += "/128"
					}
				}
				_, n, err := net.ParseCIDR(a)
				if err != nil {
					return fmt.Errorf("%q is not an address or CIDR network", a)
				}
				s.TrustedProxies = append(s.TrustedProxies, n)
			}
			return nil
		}})
	for _, name := range []string{"WSGISocketPrefix", "WSGIAcceptMutex", "WSGIPythonHashSeed", "WSGIDestroyInterpreter", "WSGILazyInitialization",
		"WSGIPerInterpreterGIL", "WSGISocketRotation", "WSGIVerboseDebugging", "WSGIPythonWarnings", "WSGIRestrictedMode", "WSGIPythonPlugin"} {
		ignored(name, ScopeServer|ScopeVhost, name+": accepted for compatibility", "accepted but does nothing here (it has no meaning without Apache/CPython)")
	}

	// Core Apache directives mod_wsgi configurations lean on.
	add(&Directive{Name: "Listen", Scopes: ScopeServer, MinArgs: 1, MaxArgs: 2, Doc: "Listen [address:]port: where to accept connections",
		Parse: func(p *parser, l line, s *Settings) error {
			a := l.args[0]
			if _, err := strconv.Atoi(a); err == nil {
				a = ":" + a
			}
			if !strings.Contains(a, ":") {
				return fmt.Errorf("%q is not [address:]port", l.args[0])
			}
			p.cfg.Listen = append(p.cfg.Listen, a)
			return nil
		}})
	add(&Directive{Name: "ServerName", Scopes: siteScope, MinArgs: 1, MaxArgs: 1, Doc: "ServerName host[:port]: the site's canonical name",
		Parse: func(p *parser, l line, s *Settings) error {
			name := strings.ToLower(l.args[0])
			name = strings.TrimPrefix(strings.TrimPrefix(name, "http://"), "https://")
			p.site.Names = append([]string{name}, p.site.Names...)
			return nil
		}})
	add(&Directive{Name: "ServerAlias", Scopes: ScopeVhost, MinArgs: 1, MaxArgs: -1, Doc: "ServerAlias host…: more names of a virtual host",
		Parse: func(p *parser, l line, s *Settings) error {
			for _, a := range l.args {
				p.site.Names = append(p.site.Names, strings.ToLower(a))
			}
			return nil
		}})
	add(&Directive{Name: "ServerRoot", Scopes: ScopeServer, MinArgs: 1, MaxArgs: 1, Doc: "ServerRoot dir: base of relative paths",
		Parse: func(p *parser, l line, s *Settings) error { p.root = p.path(l.args[0]); return nil }})
	add(&Directive{Name: "DocumentRoot", Scopes: siteScope, MinArgs: 1, MaxArgs: 1, Doc: "DocumentRoot dir: DOCUMENT_ROOT",
		Parse: func(p *parser, l line, s *Settings) error { p.site.DocumentRoot = p.path(l.args[0]); return nil }})
	add(&Directive{Name: "Alias", Scopes: siteScope, MinArgs: 2, MaxArgs: 2, Doc: "Alias URL-path path: serve static files",
		Parse: func(p *parser, l line, s *Settings) error {
			p.site.Statics = append(p.site.Statics, &Alias{Prefix: strings.TrimRight(l.args[0], "/"), Target: p.path(l.args[1]), Pos: l.pos()})
			return nil
		}})
	add(&Directive{Name: "AliasMatch", Scopes: siteScope, MinArgs: 2, MaxArgs: 2, Doc: "AliasMatch regex path: serve static files by regular expression",
		Parse: func(p *parser, l line, s *Settings) error {
			re, err := regexp.Compile(l.args[0])
			if err != nil {
				return fmt.Errorf("bad regular expression: %v", err)
			}
			p.site.Statics = append(p.site.Statics, &Alias{Pattern: re, Target: p.path(l.args[1]), Pos: l.pos()})
			return nil
		}})
	add(&Directive{Name: "SetEnv", Scopes: anyScope, MinArgs: 1, MaxArgs: 2, Doc: "SetEnv NAME [value]: a variable in the environ (and for %{ENV:NAME})",
		Parse: func(p *parser, l line, s *Settings) error {
			v := ""
			if len(l.args) == 2 {
				v = l.args[1]
			}
			s.SetEnv = append(s.SetEnv, [2]string{l.args[0], v})
			return nil
		}})
	add(&Directive{Name: "AuthType", Override: "AuthConfig", Scopes: dirScope, MinArgs: 1, MaxArgs: 1, Doc: "AuthType Basic|Digest|None",
		Parse: func(p *parser, l line, s *Settings) error {
			switch strings.ToLower(l.args[0]) {
			case "basic", "digest", "none":
				s.AuthType = l.args[0]
				return nil
			}
			return fmt.Errorf("must be Basic, Digest or None, not %q", l.args[0])
		}})
	add(&Directive{Name: "AuthName", Override: "AuthConfig", Scopes: dirScope, MinArgs: 1, MaxArgs: 1, Doc: "AuthName realm",
		Parse: func(p *parser, l line, s *Settings) error { s.AuthName = l.args[0]; return nil }})
	for _, name := range []string{"AuthBasicProvider", "AuthDigestProvider"} {
		add(&Directive{Name: name, Override: "AuthConfig", Scopes: dirScope, MinArgs: 1, MaxArgs: -1, Doc: name + " provider…: where users are checked (wsgi, file, or an alias)",
			Parse: func(p *parser, l line, s *Settings) error { s.AuthBasicProvider = l.args; return nil }})
	}
	add(&Directive{Name: "Require", Override: "AuthConfig", Scopes: dirScope, MinArgs: 1, MaxArgs: -1, Doc: "Require valid-user|user …|group …|all granted|all denied",
		Parse: func(p *parser, l line, s *Settings) error { s.Require = append(s.Require, l.args); return nil }})
	for _, name := range []string{"AuthUserFile", "AuthGroupFile", "AuthDigestDomain", "AuthDigestFile"} {
		add(&Directive{Name: name, Scopes: dirScope, MinArgs: 1, MaxArgs: -1, Doc: name + ": file-based auth settings", Parse: noop})
	}
	for _, name := range []string{"Order", "Allow", "Deny", "Satisfy", "AuthAuthoritative", "AuthBasicAuthoritative", "AuthzUserAuthoritative", "AuthzGroupFileAuthoritative"} {
		add(&Directive{Name: name, Scopes: dirScope, MinArgs: 1, MaxArgs: -1, Doc: name + ": Apache 2.2 access control", Parse: noop})
	}
	add(&Directive{Name: "Options", Scopes: anyScope, MinArgs: 1, MaxArgs: -1, Doc: "Options …: accepted (ExecCGI and others have no effect here)", Parse: noop})
	add(&Directive{Name: "AllowOverride", Scopes: ScopeDir, MinArgs: 1, MaxArgs: -1, Doc: "AllowOverride None|All|FileInfo|AuthConfig|…: which directives .htaccess files in the directory may set",
		Parse: func(p *parser, l line, s *Settings) error {
			s.AllowOverride = map[string]bool{}
			for _, a := range l.args {
				switch k := strings.ToLower(a); k {
				case "none", "all", "fileinfo", "authconfig", "options", "indexes", "limit":
					if k != "none" {
						s.AllowOverride[k] = true
					}
				default:
					if !strings.HasPrefix(k, "options=") && !strings.HasPrefix(k, "nonfatal=") {
						return fmt.Errorf("unknown override class %q", a)
					}
				}
			}
			return nil
		}})
	add(&Directive{Name: "User", Scopes: ScopeServer, MinArgs: 1, MaxArgs: 1, Doc: "User name: default user of daemon processes",
		Parse: func(p *parser, l line, s *Settings) error { p.cfg.User = l.args[0]; return nil }})
	add(&Directive{Name: "Group", Scopes: ScopeServer, MinArgs: 1, MaxArgs: 1, Doc: "Group name: default group of daemon processes",
		Parse: func(p *parser, l line, s *Settings) error { p.cfg.Group = l.args[0]; return nil }})
	add(&Directive{Name: "LogLevel", Scopes: anyScope, MinArgs: 1, MaxArgs: -1, Doc: "LogLevel level: error log verbosity",
		Parse: func(p *parser, l line, s *Settings) error { p.cfg.LogLevel = l.args[len(l.args)-1]; return nil }})
	add(&Directive{Name: "ErrorLog", Scopes: siteScope, MinArgs: 1, MaxArgs: 1, Doc: "ErrorLog file: where errors go (default stderr)",
		Parse: func(p *parser, l line, s *Settings) error { p.cfg.ErrorLog = p.path(l.args[0]); return nil }})
	add(&Directive{Name: "CustomLog", Scopes: siteScope, MinArgs: 2, MaxArgs: 3, Doc: "CustomLog file format: access log (accepted)", Parse: noop})
	add(&Directive{Name: "LogFormat", Scopes: siteScope, MinArgs: 1, MaxArgs: 2, Doc: "LogFormat format [nickname] (accepted)", Parse: noop})
	add(&Directive{Name: "LoadModule", Scopes: ScopeServer, MinArgs: 2, MaxArgs: 2, Doc: "LoadModule name file: accepted (gowsgi has its modules built in)", Parse: noop})
	add(&Directive{Name: "DirectoryIndex", Scopes: anyScope, MinArgs: 1, MaxArgs: -1, Doc: "DirectoryIndex file… (accepted)", Parse: noop})
	add(&Directive{Name: "AddHandler", Scopes: anyScope, MinArgs: 2, MaxArgs: -1, Doc: "AddHandler wsgi-script .ext: accepted", Parse: noop})
	add(&Directive{Name: "SetHandler", Scopes: anyScope, MinArgs: 1, MaxArgs: 1, Doc: "SetHandler handler",
		Parse: func(p *parser, l line, s *Settings) error { s.Handler = l.args[0]; return nil }})
	add(&Directive{Name: "Include", Scopes: anyScope, MinArgs: 1, MaxArgs: 1, Doc: "Include file-or-glob: read more configuration",
		Parse: func(p *parser, l line, s *Settings) error { return p.include(l, false) }})
	add(&Directive{Name: "IncludeOptional", Scopes: anyScope, MinArgs: 1, MaxArgs: 1, Doc: "IncludeOptional file-or-glob: Include that may match nothing",
		Parse: func(p *parser, l line, s *Settings) error { return p.include(l, true) }})
	add(&Directive{Name: "AddType", Scopes: anyScope, MinArgs: 2, MaxArgs: -1, Doc: "AddType type ext… (accepted)", Parse: noop})
	add(&Directive{Name: "AddDefaultCharset", Scopes: anyScope, MinArgs: 1, MaxArgs: 1, Doc: "AddDefaultCharset (accepted)", Parse: noop})
	for _, name := range []string{"PidFile", "DefaultRuntimeDir", "Timeout", "KeepAlive", "KeepAliveTimeout", "MaxKeepAliveRequests",
		"StartServers", "ServerLimit", "ThreadsPerChild", "MaxRequestWorkers", "MinSpareThreads", "MaxSpareThreads", "MaxClients",
		"MaxConnectionsPerChild", "MaxRequestsPerChild", "ThreadLimit", "Mutex", "HostnameLookups", "ServerTokens", "ServerSignature",
		"TraceEnable", "UseCanonicalName", "ServerAdmin", "TypesConfig", "EnableSendfile", "EnableMMAP", "AccessFileName", "LimitRequestBody"} {
		ignored(name, siteScope|ScopeDir, name+": Apache process/tuning setting (accepted)", "accepted but does nothing here (Apache tuning; gowsgi has its own)")
	}
}
