package main

import (
	"io"
	"strings"
	"testing"
)

// TestServeConfigLaterDirectives covers the directives of later mod_wsgi
// versions and the dispatch script.
func TestServeConfigLaterDirectives(t *testing.T) {
	s := startServer(t, "--config", "testdata/site2/site.conf")
	// WSGIDispatchScript overrides the application group and callable.
	if _, body, _ := s.get("/show/special/x"); !strings.Contains(body, "group=special-group") {
		t.Errorf("dispatch application_group: %q", body)
	}
	if _, body, _ := s.get("/show/plain"); strings.Contains(body, "special-group") || !strings.Contains(body, "method=GET") {
		t.Errorf("dispatch returning None: %q", body)
	}
	if _, body, _ := s.get("/show?alt"); body != "alternative callable" {
		t.Errorf("dispatch callable_object: %q", body)
	}
	// WSGIMapHEADToGET On: the application sees GET, the client gets no body.
	c := s.dial()
	c.send("HEAD /head HTTP/1.1\r\nHost: x\r\n\r\nHEAD /body HTTP/1.1\r\nHost: x\r\n\r\n")
	if resp, body := c.readResponse("HEAD"); resp.StatusCode != 200 || body != "" || resp.ContentLength <= 0 {
		t.Errorf("HEAD mapped: %d %q %d", resp.StatusCode, body, resp.ContentLength)
	}
	// WSGITrustedProxyHeaders from a trusted proxy.
	_, body, _ := s.do("GET", "/proxy", nil, map[string]string{"X-Forwarded-For": "203.0.113.9, 10.0.0.1", "X-Forwarded-Proto": "https", "X-Forwarded-Host": "public.example:8443"})
	if !strings.Contains(body, "remote=203.0.113.9 scheme=https host=public.example port=8443") {
		t.Errorf("trusted proxy headers: %q", body)
	}
	// Not listed for /show: the header is passed through untouched.
	if _, body, _ := s.do("GET", "/show/plain", nil, map[string]string{"X-Forwarded-For": "203.0.113.9"}); !strings.Contains(body, "remote=127.0.0.1") || !strings.Contains(body, "fwd=203.0.113.9") {
		t.Errorf("untrusted location: %q", body)
	}
	// Chunked request bodies: refused with 411 unless WSGIChunkedRequest On.
	for _, tc := range []struct {
		path   string
		status int
		body   string
	}{{"/body", 411, ""}, {"/chunked", 200, "got hello world"}} {
		c := s.dial()
		c.send("POST " + tc.path + " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
		resp, body := c.readResponse("POST")
		if resp.StatusCode != tc.status || (tc.body != "" && body != tc.body) {
			t.Errorf("chunked %s: %d %q", tc.path, resp.StatusCode, body)
		}
	}
	// WSGIErrorOverride: the server's page replaces the application's body.
	if st, body, _ := s.get("/fail"); st != 403 || body != "the application's own text" {
		t.Errorf("/fail: %d %q", st, body)
	}
	if st, body, _ := s.get("/failover"); st != 403 || strings.Contains(body, "own text") || !strings.Contains(body, "Forbidden") {
		t.Errorf("/failover: %d %q", st, body)
	}
	// .htaccess: WSGIPassAuthorization On applies where AllowOverride
	// FileInfo allows it, is ignored without AllowOverride, and a directive
	// of a class not allowed makes the request fail (500), as in Apache.
	auth := map[string]string{"Authorization": "Basic eDp5"}
	if _, body, _ := s.do("GET", "/htok", nil, auth); body != "Basic eDp5" {
		t.Errorf(".htaccess with AllowOverride FileInfo: %q", body)
	}
	if _, body, _ := s.do("GET", "/htno", nil, auth); body != "none" {
		t.Errorf(".htaccess without AllowOverride: %q", body)
	}
	if st, _, _ := s.do("GET", "/htbad", nil, auth); st != 500 {
		t.Errorf(".htaccess with a forbidden directive: %d", st)
	}
	if !s.waitLog("AuthType: not allowed here (needs AllowOverride AuthConfig)") {
		t.Errorf("bad .htaccess not logged:\n%s", s.log)
	}
	_ = io.EOF
}

// TestPythonOptimize: WSGIPythonOptimize 1 drops assert statements and
// makes __debug__ False in the scripts and the modules they import, as
// python -O does; without it asserts run.
func TestPythonOptimize(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "helper.py", "def check():\n    assert False, 'helper assert ran'\n    return 'helper ok'\n")
	app := writeFile(t, dir, "app.wsgi", `import helper
def application(environ, start_response):
    assert False, 'script assert ran'
    body = ('debug=%s %s' % (__debug__, helper.check())).encode()
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [body]
`)
	for _, tc := range []struct {
		level  string
		status int
		body   string
	}{{"1", 200, "debug=False helper ok"}, {"0", 500, ""}} {
		conf := writeFile(t, dir, "site"+tc.level+".conf", "WSGIPythonOptimize "+tc.level+"\nWSGIPythonPath "+dir+"\nWSGIScriptAlias / "+app+"\n")
		s := startServer(t, "--config", conf)
		st, body, _ := s.get("/")
		if st != tc.status || (tc.body != "" && body != tc.body) {
			t.Errorf("WSGIPythonOptimize %s: %d %q", tc.level, st, body)
		}
		if tc.status == 500 && !s.waitLog("AssertionError: script assert ran") {
			t.Errorf("WSGIPythonOptimize %s: assert not reported:\n%s", tc.level, s.log)
		}
	}
}
