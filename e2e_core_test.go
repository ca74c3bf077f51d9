package main

// End-to-end tests of issue 2: `gowsgi serve SCRIPT` in embedded mode.

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

const kitchen = "testdata/apps/kitchen.wsgi"

func TestCLI(t *testing.T) {
	run := func(args ...string) (int, string, string) {
		cmd := exec.Command(gowsgiBin, args...)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return code, out.String(), errb.String()
	}
	if code, out, _ := run("version"); code != 0 || !strings.HasPrefix(out, "gowsgi ") {
		t.Errorf("version: %d %q", code, out)
	}
	if code, out, _ := run("help"); code != 0 || !strings.Contains(out, "gowsgi serve") {
		t.Errorf("help: %d %q", code, out)
	}
	if code, out, _ := run("serve", "--help"); code != 0 || !strings.Contains(out, "--python-path DIR") || !strings.Contains(out, "--limit-request-body") {
		t.Errorf("serve --help: %d %q", code, out)
	}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"missing script", []string{"serve", "/nonexistent/app.wsgi"}, "no such file"},
		{"directory", []string{"serve", "testdata"}, "is a directory"},
		{"unknown flag", []string{"serve", kitchen, "--bogus"}, "unknown flag --bogus"},
		{"no script", []string{"serve"}, "need exactly one SCRIPT"},
		{"unknown command", []string{"frobnicate"}, "unknown command"},
	} {
		code, _, errs := run(tc.args...)
		lines := strings.Split(strings.TrimSpace(errs), "\n")
		if code != 2 || !strings.Contains(errs, tc.want) || len(lines) != 1 {
			t.Errorf("%s: exit %d, stderr %q; want exit 2 and one line with %q", tc.name, code, errs, tc.want)
		}
	}
	// A port in use: exit 2 with one line.
	s := startServer(t, kitchen)
	code, _, errs := run("serve", kitchen, "--listen", s.addr)
	if code != 2 || !strings.Contains(errs, "address already in use") || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
		t.Errorf("port in use: exit %d, stderr %q", code, errs)
	}
	// Flags may stand before the script.
	s2 := startServer(t, "--callable-object", "application", kitchen)
	if st, body, _ := s2.get("/hi"); st != 200 || body != "kitchen: /hi" {
		t.Errorf("flags before script: %d %q", st, body)
	}
}

func TestPythonCommand(t *testing.T) {
	out, err := exec.Command(gowsgiBin, "python", "-c", "import sys; print('ok', sys.argv[1:])", "a", "b").CombinedOutput()
	if err != nil || string(out) != "ok ['a', 'b']\n" {
		t.Errorf("python -c: %v %q", err, out)
	}
	cmd := exec.Command(gowsgiBin, "python", "-c", "raise ValueError('bad')")
	var errb bytes.Buffer
	cmd.Stderr = &errb
	err = cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || !strings.Contains(errb.String(), "ValueError: bad") {
		t.Errorf("python raising: %v %q", err, errb.String())
	}
	if code := exitCode(exec.Command(gowsgiBin, "python", "-c", "import sys; sys.exit(3)").Run()); code != 3 {
		t.Errorf("sys.exit(3): exit %d", code)
	}
}

func exitCode(err error) int {
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	if err != nil {
		return -1
	}
	return 0
}

func TestEnviron(t *testing.T) {
	s := startServer(t, kitchen)
	st, body, _ := s.do("POST", "/environ?a=1&b=%20x", strings.NewReader("xyz"), map[string]string{
		"Content-Type":  "text/x-test",
		"X-Custom-Head": "v1",
		"Authorization": "Basic Zm9vOmJhcg==",
		"X_Underscore":  "dropped",
	})
	if st != 200 {
		t.Fatalf("status %d: %s\n%s", st, body, s.log)
	}
	env := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(body), "\n") {
		k, v, _ := strings.Cut(line, "=")
		env[k] = v
	}
	host, port, _ := strings.Cut(s.addr, ":")
	want := map[string]string{
		"REQUEST_METHOD":             "POST",
		"SCRIPT_NAME":                "",
		"PATH_INFO":                  "/environ",
		"QUERY_STRING":               "a=1&b=%20x",
		"REQUEST_URI":                "/environ?a=1&b=%20x",
		"CONTENT_TYPE":               "text/x-test",
		"CONTENT_LENGTH":             "3",
		"SERVER_NAME":                host,
		"SERVER_PORT":                port,
		"SERVER_PROTOCOL":            "HTTP/1.1",
		"REMOTE_ADDR":                "127.0.0.1",
		"HTTP_X_CUSTOM_HEAD":         "v1",
		"HTTP_HOST":                  s.addr,
		"wsgi.url_scheme":            "http",
		"wsgi.version":               "(1, 0)",
		"wsgi.multithread":           "True",
		"wsgi.multiprocess":          "False",
		"wsgi.run_once":              "False",
		"wsgi.input.read":            "True",
		"wsgi.errors.write":          "True",
		"wsgi.file_wrapper":          "True",
		"mod_wsgi.process_group":     "",
		"mod_wsgi.application_group": "localhost:" + port + "|",
		"mod_wsgi.callable_object":   "application",
		"mod_wsgi.reload_mechanism":  "Module",
		"mod_wsgi.version":           "(2, 0)",
	}
	for k, v := range want {
		if env[k] != v {
			t.Errorf("%s = %q, want %q", k, env[k], v)
		}
	}
	abs, _ := filepath.Abs(kitchen)
	if env["SCRIPT_FILENAME"] != abs {
		t.Errorf("SCRIPT_FILENAME = %q, want %q", env["SCRIPT_FILENAME"], abs)
	}
	if env["REMOTE_PORT"] == "" {
		t.Error("REMOTE_PORT missing")
	}
	for _, k := range []string{"HTTP_AUTHORIZATION", "HTTP_CONTENT_TYPE", "HTTP_CONTENT_LENGTH", "HTTP_X_UNDERSCORE"} {
		if _, ok := env[k]; ok {
			t.Errorf("%s must not be in the environ", k)
		}
	}
}

func TestPathInfoLatin1(t *testing.T) {
	s := startServer(t, kitchen)
	c := s.dial()
	// %C3%A9 is é in UTF-8: PATH_INFO holds the two bytes as two code
	// points, and encoding it with latin-1 gives the bytes back.
	c.send("GET /latin1/%C3%A9 HTTP/1.1\r\nHost: x\r\n\r\n")
	resp, body := c.readResponse("GET")
	if resp.StatusCode != 200 || body != "/latin1/\xc3\xa9" {
		t.Errorf("got %d %q", resp.StatusCode, body)
	}
}

func TestInput(t *testing.T) {
	s := startServer(t, kitchen)
	// 1 MiB read through readline() then read(n).
	big := bytes.Repeat(func() []byte {
		b := make([]byte, 256)
		for i := range b {
			b[i] = byte(i)
		}
		return b
	}(), 4096)
	st, body, _ := s.do("POST", "/echo", bytes.NewReader(big), nil)
	if st != 200 || sha256.Sum256([]byte(body)) != sha256.Sum256(big) {
		t.Errorf("1 MiB echo: status %d, %d bytes back", st, len(body))
	}
	for _, tc := range []struct{ path, in, want string }{
		{"/readall", "hello", "hello"},
		{"/readall", "", ""},
		{"/lines", "a\nbb\nccc", "3\na\n|bb\n|ccc"},
		{"/iterinput", "1\n2\n3\n4", "4"},
		{"/readline-limit", "abcdef\nxyz\n", "abc|def\n"},
	} {
		st, body, _ := s.do("POST", tc.path, strings.NewReader(tc.in), nil)
		if st != 200 || body != tc.want {
			t.Errorf("%s with %q: %d %q, want %q", tc.path, tc.in, st, body, tc.want)
		}
	}
	// The app reads only what CONTENT_LENGTH says, and the rest of the
	// bytes on the connection are the next request, not body.
	c := s.dial()
	c.send("POST /readall HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabcGET /hi HTTP/1.1\r\nHost: x\r\n\r\n")
	if resp, body := c.readResponse("POST"); resp.StatusCode != 200 || body != "abc" {
		t.Errorf("first: %d %q", resp.StatusCode, body)
	}
	if resp, body := c.readResponse("GET"); resp.StatusCode != 200 || body != "kitchen: /hi" {
		t.Errorf("second: %d %q", resp.StatusCode, body)
	}
	// An unread body is not taken for the next request.
	c2 := s.dial()
	c2.send("POST /hi HTTP/1.1\r\nHost: x\r\nContent-Length: 26\r\n\r\nGET /smuggled HTTP/1.1\r\n\r\nGET /after HTTP/1.1\r\nHost: x\r\n\r\n")
	if resp, body := c2.readResponse("POST"); resp.StatusCode != 200 || body != "kitchen: /hi" {
		t.Errorf("unread body: %d %q", resp.StatusCode, body)
	}
	if resp, body := c2.readResponse("GET"); resp.StatusCode != 200 || body != "kitchen: /after" {
		t.Errorf("after unread body: %d %q", resp.StatusCode, body)
	}
}

func TestErrorsStream(t *testing.T) {
	s := startServer(t, kitchen)
	if st, _, _ := s.get("/errors"); st != 200 {
		t.Fatalf("status %d", st)
	}
	for _, want := range []string{"note from the app", "line one", "line two"} {
		if !s.waitLog(want) {
			t.Errorf("error log lacks %q:\n%s", want, s.log)
		}
	}
	abs, _ := filepath.Abs(kitchen)
	if !strings.Contains(s.log.String(), "[client 127.0.0.1:") || !strings.Contains(s.log.String(), "[script "+abs+"] note from the app") {
		t.Errorf("wsgi.errors lines are not tagged with the client and script:\n%s", s.log)
	}
}

func TestResponses(t *testing.T) {
	s := startServer(t, kitchen)
	for _, tc := range []struct {
		path   string
		status int
		body   string
		log    string // expected in the error log
	}{
		{"/write", 200, "written and returned", ""},
		{"/generator", 200, "piece 0\npiece 1\npiece 2\npiece 3\npiece 4\n", ""},
		{"/bad-status", 500, "", "status"},
		{"/bad-header-crlf", 500, "", "carriage return/line feed"},
		{"/bad-header-type", 500, "", "expected unicode object for header name and value"},
		{"/bad-header-name", 500, "", "invalid header name"},
		{"/str-body", 500, "", "sequence of byte string values expected, value of type str found"},
		{"/no-start", 500, "", "response has not been started"},
		{"/twice", 500, "", "headers have already been set"},
		{"/exc-info", 503, "replaced", ""},
		{"/raise", 500, "", "ValueError: boom from the app"},
		{"/cl-negative", 500, "", "invalid Content-Length"},
		{"/cl-garbage", 500, "", "invalid Content-Length"},
		{"/status-reason", 418, "teapot", ""},
		{"/empty", 204, "", ""},
	} {
		st, body, _ := s.get(tc.path)
		if st != tc.status || (tc.status < 500 && body != tc.body) {
			t.Errorf("%s: %d %q, want %d %q", tc.path, st, body, tc.status, tc.body)
		}
		if tc.log != "" && !s.waitLog(tc.log) {
			t.Errorf("%s: error log lacks %q", tc.path, tc.log)
		}
	}
	if !strings.Contains(s.log.String(), `line `) || !strings.Contains(s.log.String(), "in application") {
		t.Errorf("traceback lacks file/line/function:\n%s", s.log)
	}
	_, _, h := s.get("/multi-cookie")
	if got := h.Values("Set-Cookie"); len(got) != 2 {
		t.Errorf("Set-Cookie values: %q", got)
	}
	c := s.dial()
	c.send("GET /status-reason HTTP/1.1\r\nHost: x\r\n\r\n")
	if resp, _ := c.readResponse("GET"); resp.Status != "418 I'm a teapot" {
		t.Errorf("status line reason: %q", resp.Status)
	}
}

func TestContentLength(t *testing.T) {
	s := startServer(t, kitchen)
	// Excess beyond Content-Length is discarded; the connection stays usable.
	c := s.dial()
	c.send("GET /cl-excess HTTP/1.1\r\nHost: x\r\n\r\n")
	resp, body := c.readResponse("GET")
	if resp.StatusCode != 200 || body != "12345" || resp.ContentLength != 5 {
		t.Errorf("excess: %d %q cl=%d", resp.StatusCode, body, resp.ContentLength)
	}
	c.send("GET /hi HTTP/1.1\r\nHost: x\r\n\r\n")
	if resp, body := c.readResponse("GET"); resp.StatusCode != 200 || body != "kitchen: /hi" {
		t.Errorf("keep-alive after truncated response: %d %q", resp.StatusCode, body)
	}
	// No Content-Length: chunked for HTTP/1.1 ...
	c.send("GET /generator HTTP/1.1\r\nHost: x\r\n\r\n")
	resp, body = c.readResponse("GET")
	if len(resp.TransferEncoding) != 1 || resp.TransferEncoding[0] != "chunked" || !strings.HasSuffix(body, "piece 4\n") {
		t.Errorf("HTTP/1.1 without Content-Length: te=%v body=%q", resp.TransferEncoding, body)
	}
	// ... and never chunked for HTTP/1.0.
	c10 := s.dial()
	c10.send("GET /generator HTTP/1.0\r\n\r\n")
	resp, body = c10.readResponse("GET")
	if len(resp.TransferEncoding) != 0 || !strings.HasSuffix(body, "piece 4\n") {
		t.Errorf("HTTP/1.0: te=%v body=%q", resp.TransferEncoding, body)
	}
	// A one-item list gets its Content-Length from the server.
	_, _, h := s.get("/write")
	if h.Get("Content-Length") != "" && h.Get("Content-Length") != "20" {
		t.Errorf("write: Content-Length %q", h.Get("Content-Length"))
	}
	// A response shorter than its Content-Length ends the connection.
	c3 := s.dial()
	c3.send("GET /cl-short HTTP/1.1\r\nHost: x\r\n\r\n")
	buf := make([]byte, 4096)
	var got []byte
	for {
		n, err := c3.Read(buf)
		got = append(got, buf[:n]...)
		if err != nil {
			break
		}
	}
	// The connection ends without a complete response: either nothing was
	// flushed yet or the head and the 5 bytes went out, never more.
	if len(got) > 0 && !(bytes.HasPrefix(got, []byte("HTTP/1.1 200 OK")) && bytes.HasSuffix(got, []byte("\r\n\r\n12345"))) {
		t.Errorf("short response: %q", got)
	}
	if !s.waitLog("short of its Content-Length") {
		t.Error("short response not logged")
	}
}

func TestHead(t *testing.T) {
	s := startServer(t, kitchen)
	_, getBody, getH := s.get("/hi")
	c := s.dial()
	c.send("HEAD /hi HTTP/1.1\r\nHost: x\r\n\r\nGET /hi HTTP/1.1\r\nHost: x\r\n\r\n")
	resp, body := c.readResponse("HEAD")
	if resp.StatusCode != 200 || body != "" {
		t.Errorf("HEAD: %d %q", resp.StatusCode, body)
	}
	for _, k := range []string{"Content-Type", "Content-Length"} {
		if resp.Header.Get(k) != getH.Get(k) {
			t.Errorf("HEAD %s = %q, GET has %q", k, resp.Header.Get(k), getH.Get(k))
		}
	}
	// No body bytes were sent: the next response parses cleanly.
	if resp, body := c.readResponse("GET"); resp.StatusCode != 200 || body != getBody {
		t.Errorf("GET after HEAD: %d %q", resp.StatusCode, body)
	}
	// HEAD of a generator: close() runs, nothing is sent.
	c.send("HEAD /close HTTP/1.1\r\nHost: x\r\n\r\n")
	if resp, body := c.readResponse("HEAD"); resp.StatusCode != 200 || body != "" {
		t.Errorf("HEAD generator: %d %q", resp.StatusCode, body)
	}
}

func TestClose(t *testing.T) {
	s := startServer(t, kitchen)
	count := func() string { _, b, _ := s.get("/closed"); return b }
	if got := count(); got != "0" {
		t.Fatalf("closed at start: %s", got)
	}
	// Normal end.
	if st, body, _ := s.get("/close"); st != 200 || body != "abc" {
		t.Errorf("/close: %d %q", st, body)
	}
	if got := count(); got != "1" {
		t.Errorf("after normal end: %s", got)
	}
	// Exception in the middle of the iterable: the chunked body is cut off.
	cf := s.dial()
	cf.send("GET /close-fail HTTP/1.1\r\nHost: x\r\n\r\n")
	if all, _ := io.ReadAll(cf); !bytes.Contains(all, []byte("HTTP/1.1 200 OK")) || bytes.HasSuffix(all, []byte("0\r\n\r\n")) {
		t.Errorf("/close-fail: %q (want a 200 head and a body cut short)", all)
	}
	if got := count(); got != "2" {
		t.Errorf("after exception: %s", got)
	}
	// Client gone in the middle of a 4 MiB body.
	c := s.dial()
	c.send("GET /close-big HTTP/1.1\r\nHost: x\r\n\r\n")
	b := make([]byte, 1024)
	if _, err := c.Read(b); err != nil {
		t.Fatal(err)
	}
	c.Close()
	deadline := time.Now().Add(5 * time.Second)
	for count() != "3" && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if got := count(); got != "3" {
		t.Errorf("after client gone: %s", got)
	}
}

func TestExpectContinue(t *testing.T) {
	s := startServer(t, kitchen)
	c := s.dial()
	c.send("POST /readall HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n")
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	line, err := c.r.ReadString('\n')
	if err != nil || line != "HTTP/1.1 100 Continue\r\n" {
		t.Fatalf("interim response: %q %v", line, err)
	}
	if blank, _ := c.r.ReadString('\n'); blank != "\r\n" {
		t.Fatalf("after 100: %q", blank)
	}
	c.send("hello")
	if resp, body := c.readResponse("POST"); resp.StatusCode != 200 || body != "hello" {
		t.Errorf("final: %d %q", resp.StatusCode, body)
	}
}

func TestExpectContinueRefused(t *testing.T) {
	s := startServer(t, kitchen, "--mount-point", "/app")
	c := s.dial()
	c.send("POST /elsewhere HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n")
	resp, _ := c.readResponse("POST")
	if resp.StatusCode != 404 {
		t.Errorf("refused: %d, want 404 without a 100", resp.StatusCode)
	}
	// The connection is closed after the final status.
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if n, err := c.r.Read(make([]byte, 1)); n != 0 || err == nil {
		t.Errorf("connection still open after refused Expect (n=%d err=%v)", n, err)
	}
	if st, body, _ := s.get("/app/x"); st != 200 || body != "kitchen: /x" {
		t.Errorf("mounted: %d %q", st, body)
	}
}

func TestMalformedAndPipelined(t *testing.T) {
	s := startServer(t, kitchen)
	c := s.dial()
	c.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\nGET /c HTTP/1.1\r\nHost: x\r\n\r\n")
	for _, want := range []string{"/a", "/b", "/c"} {
		if resp, body := c.readResponse("GET"); resp.StatusCode != 200 || body != "kitchen: "+want {
			t.Errorf("pipelined %s: %d %q", want, resp.StatusCode, body)
		}
	}
	bad := s.dial()
	bad.send("GARBAGE\r\n\r\n")
	if resp, _ := bad.readResponse("GET"); resp.StatusCode != 400 {
		t.Errorf("malformed request: %d, want 400", resp.StatusCode)
	}
	if st, _, _ := s.get("/still-alive"); st != 200 {
		t.Errorf("server after malformed request: %d", st)
	}
}

func TestFileWrapper(t *testing.T) {
	s := startServer(t, kitchen)
	data := make([]byte, 300*1024)
	for i := range data {
		data[i] = byte(i * 7)
	}
	p := filepath.Join(t.TempDir(), "blob.bin")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	st, body, h := s.get("/filewrap?" + p)
	if st != 200 || body != string(data) {
		t.Fatalf("file_wrapper: %d, %d bytes (want %d)", st, len(body), len(data))
	}
	if h.Get("Content-Length") != fmt.Sprint(len(data)) {
		t.Errorf("file_wrapper Content-Length %q", h.Get("Content-Length"))
	}
}

func TestReload(t *testing.T) {
	dir := t.TempDir()
	script := writeFile(t, dir, "app.wsgi", "n = []\ndef application(environ, start_response):\n    n.append(1)\n    start_response('200 OK', [])\n    return [('v1 %d' % len(n)).encode('ascii')]\n")
	s := startServer(t, script)
	s.get("/")
	if _, body, _ := s.get("/"); body != "v1 2" {
		t.Fatalf("before edit: %q", body)
	}
	writeFile(t, dir, "app.wsgi", "n = []\ndef application(environ, start_response):\n    n.append(1)\n    start_response('200 OK', [])\n    return [('v2 %d' % len(n)).encode('ascii')]\n")
	future := time.Now().Add(2 * time.Second)
	os.Chtimes(script, future, future)
	if _, body, _ := s.get("/"); body != "v2 1" {
		t.Errorf("after edit: %q (want the new code with fresh module state)", body)
	}
	// A syntax error in the new version: 500 with the error logged, and the
	// fixed version is picked up again.
	writeFile(t, dir, "app.wsgi", "def application(environ, start_response)\n    pass\n")
	future = future.Add(2 * time.Second)
	os.Chtimes(script, future, future)
	if st, _, _ := s.get("/"); st != 500 {
		t.Errorf("syntax error: %d", st)
	}
	if !s.waitLog("SyntaxError") {
		t.Errorf("no SyntaxError in log:\n%s", s.log)
	}
}

func TestPanicsDoNotKill(t *testing.T) {
	s := startServer(t, kitchen)
	st, body, _ := s.get("/panic")
	if st != 200 && st != 500 {
		t.Errorf("/panic: %d %q", st, body)
	}
	if st, _, _ := s.get("/hi"); st != 200 {
		t.Errorf("after panic: %d", st)
	}
}

func TestGracefulStop(t *testing.T) {
	s := startServer(t, kitchen)
	var wg sync.WaitGroup
	var st int
	var body string
	wg.Add(1)
	go func() {
		defer wg.Done()
		resp, err := http.Get(s.url("/sleep?1"))
		if err != nil {
			t.Errorf("in-flight request: %v", err)
			return
		}
		defer resp.Body.Close()
		b := new(bytes.Buffer)
		b.ReadFrom(resp.Body)
		st, body = resp.StatusCode, b.String()
	}()
	time.Sleep(300 * time.Millisecond)
	if err := s.stop(); err != nil {
		t.Errorf("exit after SIGTERM: %v", err)
	}
	wg.Wait()
	if st != 200 || body != "slept" {
		t.Errorf("in-flight request during stop: %d %q", st, body)
	}
}

// TestPythonPathFlag: --python-path puts a directory on sys.path the way
// site.addsitedir does, its .pth files' directories included.
func TestPythonPathFlag(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(dir+"/site/extra", 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir+"/site", "direct.py", "NAME = 'direct'\n")
	writeFile(t, dir+"/site", "more.pth", "# a comment\nextra\n\n/no/such/dir\n")
	writeFile(t, dir+"/site/extra", "viapth.py", "NAME = 'via .pth'\n")
	script := writeFile(t, dir, "app.wsgi", `import direct, viapth, sys
def application(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    n = len([p for p in sys.path if p.endswith('/extra')])
    return [('%s|%s|%d' % (direct.NAME, viapth.NAME, n)).encode()]
`)
	s := startServer(t, script, "--python-path", dir+"/site")
	if code, body, _ := s.get("/"); code != 200 || body != "direct|via .pth|1" {
		t.Fatalf("got %d %q\n%s", code, body, s.log)
	}
}
