package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// site makes a directory with a script and returns it.
func site(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"app.wsgi", "other.wsgi", "apps/x.wsgi"} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte("def application(e, s): pass\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestParseErrors(t *testing.T) {
	dir := site(t)
	for _, tc := range []struct {
		name, conf, want string
	}{
		{"unknown directive", "Frobnicate on\n", "site.conf:1: Frobnicate: unknown directive"},
		{"scope: case sensitivity in vhost", "<VirtualHost *:80>\nWSGICaseSensitivity Off\n</VirtualHost>\n", "site.conf:2: WSGICaseSensitivity: not allowed here (allowed in: server config)"},
		{"scope: import script in location", "<Location />\nWSGIImportScript app.wsgi\n</Location>\n", "site.conf:2: WSGIImportScript: not allowed here"},
		{"scope: access script at server level", "WSGIAccessScript app.wsgi\n", "site.conf:1: WSGIAccessScript: not allowed here"},
		{"bad option value", "WSGIDaemonProcess site processes=two\n", "site.conf:1: WSGIDaemonProcess: invalid value for option processes: \"two\" is not a positive integer"},
		{"unknown daemon option", "WSGIDaemonProcess site colour=red\n", "unknown option \"colour\""},
		{"duplicate daemon", "WSGIDaemonProcess a\nWSGIDaemonProcess a\n", "site.conf:2: WSGIDaemonProcess: process group \"a\" is already defined"},
		{"missing script", "WSGIScriptAlias / missing.wsgi\n", "site.conf:1: WSGIScriptAlias: target " + dir + "/missing.wsgi does not exist"},
		{"bad alias option", "WSGIScriptAlias / app.wsgi colour=red\n", "unknown option \"colour\""},
		{"bad group variable", "WSGIApplicationGroup %{NOPE}\n", "unknown variable \"%{NOPE}\""},
		{"undefined process group", "WSGIScriptAlias / app.wsgi process-group=nope\n", "site.conf:1: WSGIScriptAlias: process group \"nope\" is not defined by any WSGIDaemonProcess"},
		{"removed output buffering", "WSGIOutputBuffering On\n", "site.conf:1: WSGIOutputBuffering: removed in mod_wsgi 2.0"},
		{"removed python executable", "WSGIPythonExecutable /usr/bin/python\n", "site.conf:1: WSGIPythonExecutable: removed in mod_wsgi 2.0"},
		{"removed interpreter reload", "WSGIReloadMechanism Interpreter\n", "site.conf:1: WSGIReloadMechanism: the Interpreter reload mechanism was removed in mod_wsgi 2.0"},
		{"bad on/off", "WSGIPassAuthorization maybe\n", "must be On or Off"},
		{"arg count", "WSGIScriptAlias /\n", "WSGIScriptAlias: takes 2 to 6 arguments"},
		{"unclosed container", "<Location />\nSetEnv A b\n", "container was not closed"},
		{"stray closing tag", "</Location>\n", "unexpected closing tag"},
		{"nested vhost", "<VirtualHost *>\n<VirtualHost *>\n</VirtualHost>\n</VirtualHost>\n", "cannot occur within another container"},
		{"bad regexp", "WSGIScriptAliasMatch ^/(x app.wsgi\n", "bad regular expression"},
		{"missing include", "Include nothere.conf\n", "nothere.conf: no such file"},
		{"unterminated quote", "SetEnv A \"b\n", "unterminated quoted argument"},
	} {
		_, err := Parse("site.conf", dir, tc.conf)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error containing %q", tc.name, err, tc.want)
		}
	}
}

func TestParseAllErrorsReported(t *testing.T) {
	_, err := Parse("site.conf", site(t), "Bogus1 x\nBogus2 y\n")
	errs, ok := err.(Errors)
	if !ok || len(errs) != 2 {
		t.Fatalf("want 2 errors, got %v", err)
	}
}

func TestParseSyntax(t *testing.T) {
	dir := site(t)
	os.WriteFile(filepath.Join(dir, "inc1.conf"), []byte("WSGIScriptAlias /inc1 app.wsgi\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "inc2.conf"), []byte("WSGIScriptAlias /inc2 app.wsgi\n"), 0o644)
	conf := `# comment
wsgiscriptalias /app \
    app.wsgi \
    application-group=%{GLOBAL}
SetEnv QUOTED "a value with spaces"
Include inc*.conf
<IfModule mod_wsgi.c>
  WSGIScriptAlias /ifmod other.wsgi
</IfModule>
<IfModule !mod_wsgi.c>
  WSGIScriptAlias /never other.wsgi
</IfModule>
<IfModule mod_nothere.c>
  Bogus directive ignored
</IfModule>
WSGIPythonOptimize 1
WSGIDaemonProcess site processes=2 threads=4 maximum-requests=100 inactivity-timeout=30 deadlock-timeout=60 stack-size=524288 python-path=/a:/b display-name=%{GROUP} send-buffer-size=1000 receive-buffer-size=2000 user=www-data group=www-data home=/tmp python-eggs=/tmp/eggs request-timeout=10
WSGISocketPrefix run/wsgi
`
	cfg, err := Parse("site.conf", dir, conf)
	if err != nil {
		t.Fatal(err)
	}
	var mounts []string
	for _, a := range cfg.Main.Scripts {
		mounts = append(mounts, a.Prefix)
	}
	if got := strings.Join(mounts, ","); got != "/app,/inc1,/inc2,/ifmod" {
		t.Errorf("mounts %s", got)
	}
	if cfg.Main.Scripts[0].ApplicationGroup != "%{GLOBAL}" {
		t.Errorf("continuation lost the option: %+v", cfg.Main.Scripts[0])
	}
	if len(cfg.Main.Settings.SetEnv) != 1 || cfg.Main.Settings.SetEnv[0][1] != "a value with spaces" {
		t.Errorf("SetEnv %v", cfg.Main.Settings.SetEnv)
	}
	d := cfg.Daemons["site"]
	if d == nil || d.Processes != 2 || d.Threads != 4 || d.MaximumRequests != 100 || d.InactivityTimeout.Seconds() != 30 ||
		d.DeadlockTimeout.Seconds() != 60 || d.StackSize != 524288 || len(d.PythonPath) != 2 || d.SendBufferSize != 1000 ||
		d.ReceiveBufferSize != 2000 || d.User != "www-data" || d.RequestTimeout.Seconds() != 10 {
		t.Errorf("daemon %+v", d)
	}
	if len(cfg.Warnings) != 1 || !strings.Contains(cfg.Warnings[0], "WSGISocketPrefix") {
		t.Errorf("warnings %v", cfg.Warnings)
	}
	if cfg.PythonOptimize != 1 {
		t.Errorf("optimize %d", cfg.PythonOptimize)
	}
}

func TestResolvePrecedence(t *testing.T) {
	dir := site(t)
	conf := `ServerName main.example
WSGIApplicationGroup server-level
WSGIScriptAlias / app.wsgi
WSGIScriptAlias /app/admin other.wsgi application-group=from-alias
WSGIScriptAlias /dir/ apps/
Alias /static /srv/static
<Directory ` + dir + `>
  WSGIApplicationGroup from-directory
  WSGICallableObject dircall
</Directory>
<Location /app>
  WSGIApplicationGroup first-location
</Location>
<Location /app>
  WSGIApplicationGroup later-location
</Location>
<VirtualHost *:80>
  ServerName vhost.example
  ServerAlias alias.example
  WSGIScriptAlias / other.wsgi
</VirtualHost>
`
	cfg, err := Parse("site.conf", dir, conf)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		host, path, script, scriptName, pathInfo, group, callable, static string
	}{
		{"main.example", "/x", "app.wsgi", "", "/x", "from-directory", "dircall", ""},
		{"main.example", "/app/y", "app.wsgi", "", "/app/y", "later-location", "dircall", ""},
		{"main.example", "/app/admin/z", "other.wsgi", "/app/admin", "/z", "from-alias", "dircall", ""},
		{"main.example", "/dir/x.wsgi/more", "apps/x.wsgi", "/dir/x.wsgi", "/more", "from-directory", "dircall", ""},
		{"main.example", "/static/a.css", "", "", "", "", "", "/srv/static/a.css"},
		{"vhost.example", "/q", "other.wsgi", "", "/q", "from-directory", "dircall", ""},
		{"alias.example:8080", "/q", "other.wsgi", "", "/q", "from-directory", "dircall", ""},
	} {
		e := cfg.Resolve(tc.host, tc.path)
		script := strings.TrimPrefix(e.Script, dir+"/")
		if script != tc.script || e.ScriptName != tc.scriptName || e.PathInfo != tc.pathInfo || e.Static != tc.static {
			t.Errorf("%s%s: script %q name %q info %q static %q", tc.host, tc.path, script, e.ScriptName, e.PathInfo, e.Static)
		}
		if tc.script != "" && (e.ApplicationGroup != tc.group || e.CallableObject != tc.callable) {
			t.Errorf("%s%s: group %q callable %q, want %q %q", tc.host, tc.path, e.ApplicationGroup, e.CallableObject, tc.group, tc.callable)
		}
	}
	if e := cfg.Resolve("main.example", "/dir/missing.wsgi"); !e.Missing {
		t.Error("missing script in a directory mount not reported")
	}
}

func TestDirectiveTable(t *testing.T) {
	for _, d := range Directives() {
		if d.Doc == "" || d.Scopes == 0 {
			t.Errorf("%s: missing doc or scopes", d.Name)
		}
		if d.Parse == nil && d.Removed == "" && d.Warn == "" {
			t.Errorf("%s: no parser", d.Name)
		}
	}
	for _, name := range []string{"WSGIScriptAlias", "WSGIScriptAliasMatch", "WSGIApplicationGroup", "WSGIProcessGroup", "WSGIDaemonProcess",
		"WSGICallableObject", "WSGIReloadMechanism", "WSGIPythonPath", "WSGIPythonHome", "WSGIPythonEggs", "WSGIPythonOptimize",
		"WSGICaseSensitivity", "WSGIPassAuthorization", "WSGIRestrictEmbedded", "WSGIImportScript", "WSGIDispatchScript",
		"WSGIAccessScript", "WSGIAuthUserScript", "WSGIAuthGroupScript", "WSGIMapHEADToGET", "WSGIChunkedRequest",
		"WSGIScriptReloading", "WSGITrustedProxyHeaders", "WSGITrustedProxies", "WSGIErrorOverride"} {
		if _, ok := lookup(name); !ok {
			t.Errorf("%s missing from the table", name)
		}
	}
}

func FuzzParse(f *testing.F) {
	dir := f.TempDir()
	os.WriteFile(filepath.Join(dir, "app.wsgi"), []byte(""), 0o644)
	f.Add("WSGIScriptAlias / app.wsgi\n<Location />\nSetEnv a b\n</Location>\n")
	f.Add("<VirtualHost *:80>\nServerName x\nWSGIDaemonProcess d processes=2\n</VirtualHost>\n")
	f.Add("SetEnv \"a\\\" b\n<IfModule !x>\\\n</IfModule>")
	f.Fuzz(func(t *testing.T, text string) {
		cfg, err := Parse("fuzz.conf", dir, text)
		if err == nil {
			cfg.Resolve("host", "/some/path")
		}
	})
}
