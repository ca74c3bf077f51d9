package main

// e2e_bottle_test.go serves examples/bottle/app.wsgi, a bottle 0.12
// application, with bottle taken unmodified from Debian's python3-bottle
// (`make testdeps` installs it; without it this test fails, it does not
// skip): routing, templates, query and form parsing, multipart uploads,
// JSON in and out, plain and signed cookies, redirects, static files,
// HTTPResponse, generators, error pages and HEAD.

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"
)

const bottleDir = "/usr/lib/python3/dist-packages"

func TestBottleApp(t *testing.T) {
	if _, err := os.Stat(bottleDir + "/bottle.py"); err != nil {
		t.Fatalf("bottle is not installed (run `make testdeps`, which installs Debian's python3-bottle): %v", err)
	}
	s := startServer(t, "examples/bottle/app.wsgi", "--python-path", bottleDir)

	expect := func(method, path string, body string, hdr map[string]string, wantStatus int, wantBody string) http.Header {
		t.Helper()
		var rd *strings.Reader
		if body != "" {
			rd = strings.NewReader(body)
		}
		var status int
		var got string
		var h http.Header
		if rd != nil {
			status, got, h = s.do(method, path, rd, hdr)
		} else {
			status, got, h = s.do(method, path, nil, hdr)
		}
		if status != wantStatus || (wantBody != "*" && got != wantBody) {
			t.Errorf("%s %s: got %d %q, want %d %q", method, path, status, got, wantStatus, wantBody)
		}
		return h
	}
	expectJSON := func(path string, status int, body []byte, hdr map[string]string, want map[string]any) {
		t.Helper()
		method := "GET"
		if body != nil {
			method = "POST"
		}
		code, got, _ := s.do(method, path, bytes.NewReader(body), hdr)
		var m map[string]any
		if err := json.Unmarshal([]byte(got), &m); err != nil || code != status {
			t.Fatalf("%s: got %d %q (%v)", path, code, got, err)
		}
		for k, v := range want {
			if gv, _ := json.Marshal(m[k]); string(gv) != mustJSON(v) {
				t.Errorf("%s: %s = %s, want %s (all: %s)", path, k, gv, mustJSON(v), got)
			}
		}
	}

	expect("GET", "/", "", nil, 200, "bottle 0.12.23 on gowsgi")
	h := expect("GET", "/hello/World", "", nil, 200, "<b>Hello World</b>, 5 letters!")
	if ct := h.Get("Content-Type"); ct != "text/html; charset=UTF-8" {
		t.Errorf("Content-Type %q", ct)
	}
	expect("GET", "/hello/%3Cscript%3E", "", nil, 200, "<b>Hello &lt;script&gt;</b>, 8 letters!")
	expectJSON("/items/21?q=x", 200, nil, nil, map[string]any{"id": 21, "double": 42, "q": "x"})
	expect("GET", "/items/abc", "", nil, 404, "custom 404: Not found: '/items/abc'")
	expect("GET", "/page?title=T&item=a&item=%3Cb%3E", "", nil, 200, "<h1>T</h1>\n<ul>\n  <li>a</li>\n  <li>&lt;b&gt;</li>\n</ul>\n")
	expect("GET", "/page", "", nil, 200, "<h1>Untitled</h1>\n<ul>\n</ul>\n<p>no items</p>\n")

	form := map[string]string{"Content-Type": "application/x-www-form-urlencoded"}
	h = expect("POST", "/notes", url.Values{"text": {"first note"}}.Encode(), form, 201, `{"count": 1, "last": "first note"}`)
	if loc := h.Get("Location"); loc != "/notes/0" {
		t.Errorf("Location %q", loc)
	}
	expect("POST", "/notes", "text=", form, 400, "*")
	expect("GET", "/notes/0", "", nil, 200, "first note")
	expect("GET", "/notes/7", "", nil, 404, "custom 404: no such note")

	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	_ = mw.WriteField("name", "doc")
	fw, _ := mw.CreateFormFile("file", "notes.txt")
	_, _ = fw.Write([]byte("hello upload\nsecond line\n"))
	_ = mw.Close()
	expectJSON("/upload", 200, buf.Bytes(), map[string]string{"Content-Type": mw.FormDataContentType()},
		map[string]any{"name": "doc", "filename": "notes.txt", "size": 25, "first_line": "hello upload", "content_type": "application/octet-stream"})
	expectJSON("/json", 200, []byte(`{"a": 1, "b": 2, "c": 39}`), map[string]string{"Content-Type": "application/json"},
		map[string]any{"keys": []string{"a", "b", "c"}, "sum": 42})

	h = expect("GET", "/cookie", "", map[string]string{"Cookie": "visits=4"}, 200, "visits=4")
	if sc := h.Get("Set-Cookie"); sc != "visits=5; Path=/" {
		t.Errorf("Set-Cookie %q", sc)
	}
	h = expect("GET", "/login/alice", "", nil, 200, "logged in")
	signed := h.Get("Set-Cookie")
	if !strings.HasPrefix(signed, `account="!`) {
		t.Fatalf("signed cookie %q", signed)
	}
	cookie := strings.SplitN(signed, ";", 2)[0]
	expectJSON("/whoami", 200, nil, map[string]string{"Cookie": cookie}, map[string]any{"user": "alice", "admin": false})
	expect("GET", "/whoami", "", map[string]string{"Cookie": strings.Replace(cookie, "!", "!x", 1)}, 401, "*")
	expect("GET", "/whoami", "", nil, 401, "*")

	expect("GET", "/old", "", nil, 200, "<b>Hello redirected</b>, 10 letters!") // 303 followed
	h = expect("GET", "/static/site.css", "", nil, 200, "body { color: teal; }\n")
	if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, "text/css") {
		t.Errorf("static Content-Type %q", ct)
	}
	expect("GET", "/static/../app.wsgi", "", nil, 404, "*")
	expectJSON("/headers", 200, nil, map[string]string{"User-Agent": "bottle-test"},
		map[string]any{"ua": "bottle-test", "method": "GET", "path": "/headers", "fullpath": "/headers", "remote": true})
	h = expect("GET", "/teapot", "", nil, 418, "short and stout")
	if h.Get("X-Pot") != "yes" {
		t.Errorf("X-Pot header missing: %v", h)
	}
	expect("GET", "/stream", "", nil, 200, "chunk 0\nchunk 1\nchunk 2\n")
	expect("GET", "/boom", "", nil, 500, "*")
	if !s.waitLog("ZeroDivisionError: division by zero") {
		t.Errorf("no traceback for /boom in the error log")
	}
	h = expect("HEAD", "/hello/x", "", nil, 200, "")
	if h.Get("Content-Length") != "26" {
		t.Errorf("HEAD Content-Length %q", h.Get("Content-Length"))
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
