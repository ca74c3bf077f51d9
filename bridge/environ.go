package bridge

import (
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
	"github.com/gowsgi/gowsgi/interp"
)

// Version is mod_wsgi.version in the environ: the mod_wsgi release whose
// semantics gowsgi follows.
var modWSGIVersion = py.Tuple{py.Int(2), py.Int(0)}

// Header is one request header as received.
type Header struct{ Name, Value []byte }

// Request is one HTTP request in the terms of the CGI and WSGI specs. The
// server fills it; byte slices may point into the server's buffers and are
// only read during Environ.
type Request struct {
	Method      string
	ScriptName  string // decoded, the mount point ("" for /)
	PathInfo    []byte // decoded path below ScriptName, raw bytes (latin-1 in the environ)
	QueryString []byte
	RequestURI  []byte // as sent, not decoded
	Protocol    string // "HTTP/1.1"
	Scheme      string // "http" or "https"
	ServerName  string
	ServerPort  string
	RemoteAddr  string
	RemotePort  string
	ContentType []byte
	// ContentLength is the body's length, -1 when unknown (chunked) and 0
	// when there is none; CONTENT_LENGTH is omitted when not positive.
	ContentLength  int64
	ScriptFilename string
	DocumentRoot   string
	// Headers are the request headers; Content-Type and Content-Length go to
	// the CGI keys, Authorization only when PassAuthorization.
	Headers           []Header
	PassAuthorization bool
	// Vars are further environ strings (SetEnv, AUTH_TYPE, REMOTE_USER…).
	Vars [][2]string

	// Body is the request body, already limited to its length.
	Body io.Reader
	// Errors receives what the application writes to wsgi.errors.
	Errors io.Writer

	// HeadOnly is set for a HEAD request: the body is run but not sent
	// (Method may say GET with WSGIMapHEADToGET On).
	HeadOnly bool

	ProcessGroup     string // "" in embedded mode
	ApplicationGroup string
	CallableObject   string
	ReloadMechanism  string // "Module" or "Process"
	Multiprocess     bool
}

// native turns raw bytes into the str PEP 3333 asks for: each byte one code
// point (latin-1), so no byte is lost and the application can re-encode.
func native(b []byte) py.String {
	ascii := true
	for _, c := range b {
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return py.String(b)
	}
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return py.String(string(r))
}

// cgiName maps a header name to its HTTP_* key; ok is false for names that
// CGI cannot carry unambiguously (an underscore, as Apache 2.4 drops them).
func cgiName(buf []byte, name []byte) ([]byte, bool) {
	buf = append(buf[:0], "HTTP_"...)
	for _, c := range name {
		switch {
		case c == '-':
			c = '_'
		case c == '_':
			return nil, false
		case 'a' <= c && c <= 'z':
			c -= 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, true
}

// Environ builds an environ for req outside an application call (dispatch
// scripts): wsgi.input is empty and wsgi.errors goes to log.
func Environ(req *Request, log *ErrorLog) *compat.Dict {
	c := &call{input: &Input{r: eofReader{}}, errors: interp.NewStream(NewLineWriter(log, "", ""), "wsgi.errors")}
	return c.environ(req)
}

// environ builds the WSGI environ of req for a call in interpreter in.
// The returned dict belongs to the request only.
func (c *call) environ(req *Request) *compat.Dict {
	env := compat.NewDictSized(32 + len(req.Headers) + len(req.Vars))
	env.SetStr("REQUEST_METHOD", py.String(req.Method))
	env.SetStr("SCRIPT_NAME", py.String(req.ScriptName))
	env.SetStr("PATH_INFO", native(req.PathInfo))
	env.SetStr("QUERY_STRING", native(req.QueryString))
	env.SetStr("REQUEST_URI", native(req.RequestURI))
	env.SetStr("SERVER_PROTOCOL", py.String(req.Protocol))
	env.SetStr("SERVER_NAME", py.String(req.ServerName))
	env.SetStr("SERVER_PORT", py.String(req.ServerPort))
	env.SetStr("REMOTE_ADDR", py.String(req.RemoteAddr))
	env.SetStr("REMOTE_PORT", py.String(req.RemotePort))
	env.SetStr("SCRIPT_FILENAME", py.String(req.ScriptFilename))
	env.SetStr("GATEWAY_INTERFACE", py.String("CGI/1.1"))
	env.SetStr("SERVER_SOFTWARE", py.String("gowsgi"))
	if req.DocumentRoot != "" {
		env.SetStr("DOCUMENT_ROOT", py.String(req.DocumentRoot))
	}
	if len(req.ContentType) > 0 {
		env.SetStr("CONTENT_TYPE", native(req.ContentType))
	}
	if req.ContentLength > 0 {
		env.SetStr("CONTENT_LENGTH", py.String(strconv.FormatInt(req.ContentLength, 10)))
	}
	var kb []byte
	for _, h := range req.Headers {
		if equalFold(h.Name, "Content-Type") || equalFold(h.Name, "Content-Length") {
			continue
		}
		if !req.PassAuthorization && equalFold(h.Name, "Authorization") {
			continue
		}
		var ok bool
		kb, ok = cgiName(kb, h.Name)
		if !ok {
			continue
		}
		key := string(kb)
		if prev, dup := env.GetStr(key); dup {
			if key == "HTTP_COOKIE" {
				env.SetStr(key, prev.(py.String)+"; "+native(h.Value))
			} else {
				env.SetStr(key, prev.(py.String)+", "+native(h.Value))
			}
			continue
		}
		env.SetStr(key, native(h.Value))
	}
	for _, kv := range req.Vars {
		env.SetStr(kv[0], py.String(kv[1]))
	}

	env.SetStr("wsgi.version", py.Tuple{py.Int(1), py.Int(0)})
	env.SetStr("wsgi.url_scheme", py.String(req.Scheme))
	env.SetStr("wsgi.input", c.input)
	env.SetStr("wsgi.errors", c.errors)
	env.SetStr("wsgi.multithread", py.True)
	env.SetStr("wsgi.multiprocess", py.NewBool(req.Multiprocess))
	env.SetStr("wsgi.run_once", py.False)
	env.SetStr("wsgi.file_wrapper", FileWrapperType)
	env.SetStr("mod_wsgi.process_group", py.String(req.ProcessGroup))
	env.SetStr("mod_wsgi.application_group", py.String(req.ApplicationGroup))
	env.SetStr("mod_wsgi.callable_object", py.String(req.CallableObject))
	env.SetStr("mod_wsgi.reload_mechanism", py.String(req.ReloadMechanism))
	env.SetStr("mod_wsgi.script_reloading", py.String("1"))
	env.SetStr("mod_wsgi.version", modWSGIVersion)
	return env
}

func equalFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range b {
		x, y := b[i], s[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
