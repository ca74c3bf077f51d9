package main

// End-to-end tests of issue 5: `gowsgi check` and `gowsgi serve --config`.

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const siteConf = "testdata/site/site.conf"

func runGowsgi(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(gowsgiBin, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	return exitCode(cmd.Run()), out.String(), errb.String()
}

func TestCheckCommand(t *testing.T) {
	code, out, errs := runGowsgi(t, "check", "--config", siteConf)
	if code != 0 || !strings.Contains(out, "mount /a -> ") || !strings.Contains(out, "static /static -> ") || errs != "" {
		t.Errorf("check good config: exit %d\n%s\n%s", code, out, errs)
	}
	dir := t.TempDir()
	bad := writeFile(t, dir, "bad.conf", "WSGIScriptAlias / nothere.wsgi\nWSGIDaemonProcess d processes=two\n<VirtualHost *:80>\nWSGICaseSensitivity Off\n</VirtualHost>\nWSGIOutputBuffering On\nNoSuchThing 1\n")
	code, out, errs = runGowsgi(t, "check", "--config", bad)
	want := []string{
		bad + ":1: WSGIScriptAlias: target " + dir + "/nothere.wsgi does not exist",
		bad + ":2: WSGIDaemonProcess: invalid value for option processes: \"two\" is not a positive integer",
		bad + ":4: WSGICaseSensitivity: not allowed here (allowed in: server config)",
		bad + ":6: WSGIOutputBuffering: removed in mod_wsgi 2.0",
		bad + ":7: NoSuchThing: unknown directive",
	}
	if code != 1 || out != "" {
		t.Errorf("check bad config: exit %d, stdout %q", code, out)
	}
	for _, w := range want {
		if !strings.Contains(errs, w) {
			t.Errorf("check bad config: stderr lacks %q:\n%s", w, errs)
		}
	}
	if code, _, errs := runGowsgi(t, "check", "--config", filepath.Join(dir, "missing.conf")); code != 1 || !strings.Contains(errs, "no such file") {
		t.Errorf("missing config file: exit %d %q", code, errs)
	}
	code, out, _ = runGowsgi(t, "help", "directives")
	if code != 0 || !strings.Contains(out, "WSGIDaemonProcess") || !strings.Contains(out, "allowed in: server config, virtual host") {
		t.Errorf("help directives: exit %d\n%.300s", code, out)
	}
}

func TestServeConfigRefusesBadConfig(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "bad.conf", "Listen 127.0.0.1:0\nBogus x\n")
	code, out, errs := runGowsgi(t, "serve", "--config", bad)
	if code != 1 || strings.Contains(out, "listening") || !strings.Contains(errs, ":2: Bogus: unknown directive") {
		t.Errorf("serve bad config: exit %d out %q err %q", code, out, errs)
	}
}

func TestServeConfig(t *testing.T) {
	s := startServer(t, "--config", siteConf)
	get := func(path string) (int, string) { st, body, _ := s.get(path); return st, body }
	// Two scripts in one application group share module state; another
	// group does not see it.
	_, a1 := get("/a")
	_, a2 := get("/a")
	_, b1 := get("/b")
	_, c1 := get("/c/x")
	for _, tc := range []struct{ got, want string }{
		{a1, "group=shared hits=1 shared=1 script=/a path= env=-"},
		{a2, "group=shared hits=2 shared=2 script=/a path= env=-"},
		{b1, "group=shared hits=1 shared=3 script=/b path= env=-"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
	_, port, _ := strings.Cut(s.addr, ":")
	if want := "group=localhost:" + port + "|/c hits=1 shared=1 script=/c path=/x env=blue"; c1 != want {
		t.Errorf("/c/x: %q, want %q (own group, SetEnv from <Location>)", c1, want)
	}
	// A script with a syntax error beside good ones: 500, logged, others fine.
	if st, _ := get("/broken"); st != 500 {
		t.Errorf("/broken: %d", st)
	}
	if !s.waitLog("SyntaxError") {
		t.Errorf("syntax error not logged:\n%s", s.log)
	}
	if st, body := get("/a"); st != 200 || !strings.Contains(body, "hits=3") {
		t.Errorf("/a after /broken: %d %q", st, body)
	}
	// WSGIPythonPath with a .pth file; WSGIImportScript ran before the first request.
	if _, body := get("/lib"); body != "from extramod via .pth" {
		t.Errorf("/lib: %q", body)
	}
	if _, body := get("/imported"); body != "imported=1" {
		t.Errorf("/imported: %q", body)
	}
	// Directory mount and WSGIScriptAliasMatch.
	if st, body := get("/dir/one.wsgi/more"); st != 200 || body != "one script=/dir/one.wsgi path=/more" {
		t.Errorf("/dir/one.wsgi/more: %d %q", st, body)
	}
	if st, _ := get("/dir/nope.wsgi"); st != 404 {
		t.Errorf("/dir/nope.wsgi: %d", st)
	}
	if _, body := get("/match/abc/tail"); !strings.Contains(body, "script=/match/abc path=/tail") {
		t.Errorf("/match: %q", body)
	}
	// WSGIPassAuthorization On in a <Location>.
	if _, body, _ := s.do("GET", "/auth", nil, map[string]string{"Authorization": "Basic eDp5"}); body != "Basic eDp5" {
		t.Errorf("/auth with pass-authorization: %q", body)
	}
	// Static files: type, ETag, conditional and range requests.
	st, body, h := s.get("/static/site.css")
	if st != 200 || body != "body { color: red; }\n" || !strings.HasPrefix(h.Get("Content-Type"), "text/css") || h.Get("ETag") == "" || h.Get("Last-Modified") == "" {
		t.Errorf("static: %d %q %v", st, body, h)
	}
	if st, _, _ := s.do("GET", "/static/site.css", nil, map[string]string{"If-None-Match": h.Get("ETag")}); st != 304 {
		t.Errorf("static If-None-Match: %d", st)
	}
	if st, body, _ := s.do("GET", "/static/site.css", nil, map[string]string{"Range": "bytes=0-3"}); st != 206 || body != "body" {
		t.Errorf("static range: %d %q", st, body)
	}
	if st, _ := get("/static/none.css"); st != 404 {
		t.Errorf("missing static: %d", st)
	}
	if st, _ := get("/nowhere"); st != 404 {
		t.Errorf("unmapped: %d", st)
	}
}

func TestRestrictEmbedded(t *testing.T) {
	dir := t.TempDir()
	app, _ := filepath.Abs("testdata/site/apps/counter.wsgi")
	conf := writeFile(t, dir, "r.conf", "WSGIRestrictEmbedded On\nWSGIScriptAlias / "+app+"\n")
	s := startServer(t, "--config", conf)
	if st, _, _ := s.get("/"); st != 500 {
		t.Errorf("restricted embedded request: %d", st)
	}
	if !s.waitLog("Embedded mode of mod_wsgi disabled by runtime configuration") {
		t.Errorf("no log line:\n%s", s.log)
	}
}

func TestExampleSiteConfig(t *testing.T) {
	if _, err := os.Stat("examples/site.conf"); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := runGowsgi(t, "check", "--config", "examples/site.conf"); code != 0 {
		t.Errorf("examples/site.conf: exit %d\n%s%s", code, out, errs)
	}
}
