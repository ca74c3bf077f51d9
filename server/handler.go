package server

import (
	"io"
	"net"
	"strconv"

	"github.com/go-python/gpython/py"
	"github.com/valyala/fasthttp"

	"github.com/gowsgi/gowsgi/bridge"
	"github.com/gowsgi/gowsgi/interp"
)

// expect decides an "Expect: 100-continue" request before its body is read:
// 100 when a script will take it, else the final status, without the 100,
// and fasthttp closes the connection after it.
func (s *Server) expect(ctx *fasthttp.RequestCtx) int {
	rt, ok := s.router.Route(string(ctx.Request.Header.Host()), ctx.Path())
	if !ok {
		return fasthttp.StatusNotFound
	}
	if rt.Script != "" && s.opts.RestrictEmbedded && rt.ProcessGroup == "" {
		return fasthttp.StatusInternalServerError
	}
	if requestLength(&ctx.Request.Header) < 0 && !rt.ChunkedRequest {
		return fasthttp.StatusLengthRequired
	}
	return fasthttp.StatusContinue
}

// handle serves one request.
func (s *Server) handle(ctx *fasthttp.RequestCtx) {
	rt, ok := s.router.Route(string(ctx.Request.Header.Host()), ctx.Path())
	if !ok {
		s.sendError(ctx, bridge.NotFound())
		return
	}
	if rt.HtaccessError != nil {
		s.log.Errorf("", "%v", rt.HtaccessError)
		s.sendError(ctx, bridge.InternalError())
		return
	}
	if rt.Static != "" {
		s.serveStatic(ctx, rt.Static)
		return
	}
	req := s.request(ctx, &rt)
	client := req.RemoteAddr + ":" + req.RemotePort
	if req.ContentLength < 0 && !rt.ChunkedRequest {
		s.log.Errorf(client, "mod_wsgi (pid=%d): Unable to process WSGI request for '%s' as chunked request content not enabled (WSGIChunkedRequest).", pid, rt.Script)
		ctx.SetConnectionClose()
		s.sendError(ctx, bridge.ErrorPage(411, "Length Required", "A request of the requested method POST requires a valid Content-length."))
		return
	}
	if rt.Dispatch != nil {
		if err := s.dispatch(&rt, req); err != nil {
			s.log.Errorf(client, "mod_wsgi (pid=%d): Exception occurred processing WSGI script '%s'.\n%s", pid, rt.Dispatch.Path, interp.FormatError(err))
			s.sendError(ctx, bridge.InternalError())
			return
		}
	}
	if s.opts.RestrictEmbedded && rt.ProcessGroup == "" {
		s.log.Errorf(client, "mod_wsgi (pid=%d): Embedded mode of mod_wsgi disabled by runtime configuration: %s", pid, rt.Script)
		s.sendError(ctx, bridge.InternalError())
		return
	}
	host := rt.ServerName
	if host == "" {
		host = s.canonicalHost(ctx)
	}
	groupName := groupName(rt.ApplicationGroup, host, req.ServerPort, rt.ScriptName, req.Vars)
	req.ApplicationGroup = groupName
	group, err := s.groups.Group(groupName)
	if err != nil {
		s.log.Errorf(client, "%v", err)
		s.sendError(ctx, bridge.InternalError())
		return
	}
	req.Multiprocess = group.Replicas() > 1
	in := group.Acquire()
	script, err := in.LoadScript(rt.Script, interp.LoadOptions{Cache: &s.groups.Code, CaseInsensitive: s.opts.CaseInsensitive, NoReload: rt.NoReload})
	var app py.Object
	if err == nil {
		app, err = script.Callable(rt.CallableObject)
	}
	if err != nil {
		in.Unlock()
		s.log.Errorf(client, "mod_wsgi (pid=%d): Target WSGI script '%s' cannot be loaded as Python module.\n%s", pid, rt.Script, interp.FormatError(err))
		s.sendError(ctx, bridge.InternalError())
		return
	}
	resp := bridge.Serve(in, app, req, bridge.Options{Log: s.log, Client: client, Script: rt.Script})
	if rt.ErrorOverride && resp.Status >= 400 {
		if resp.Body != nil {
			resp.Body.Close()
		}
		resp = bridge.ErrorPage(resp.Status, fasthttp.StatusMessage(resp.Status), "The server answered this request with an error.")
	}
	s.send(ctx, resp)
}

// canonicalHost is the host that names %{RESOURCE} and %{SERVER} groups when
// the site has no ServerName: the configured --server-name, else the
// listening address's host, so that a client cannot create interpreters by
// sending made-up Host headers.
func (s *Server) canonicalHost(ctx *fasthttp.RequestCtx) string {
	if s.opts.ServerName != "" {
		return s.opts.ServerName
	}
	if a, ok := ctx.LocalAddr().(*net.TCPAddr); ok {
		if a.IP.IsLoopback() {
			return "localhost"
		}
		return a.IP.String()
	}
	return "localhost"
}

// request builds the bridge's view of the request.
func (s *Server) request(ctx *fasthttp.RequestCtx, rt *Route) *bridge.Request {
	h := &ctx.Request.Header
	req := &bridge.Request{
		Method:            string(h.Method()),
		ScriptName:        rt.ScriptName,
		PathInfo:          rt.PathInfo,
		QueryString:       ctx.URI().QueryString(),
		RequestURI:        h.RequestURI(),
		Protocol:          string(h.Protocol()),
		Scheme:            "http",
		ScriptFilename:    rt.Script,
		DocumentRoot:      rt.DocumentRoot,
		ContentType:       h.ContentType(),
		ContentLength:     requestLength(h),
		PassAuthorization: rt.PassAuthorization,
		CallableObject:    rt.CallableObject,
		ReloadMechanism:   rt.ReloadMechanism,
		Vars:              rt.Vars,
		HeadOnly:          ctx.IsHead(),
	}
	if req.HeadOnly && rt.MapHEADToGET {
		req.Method = "GET"
	}
	if ctx.IsTLS() {
		req.Scheme = "https"
	}
	if ra, ok := ctx.RemoteAddr().(*net.TCPAddr); ok {
		req.RemoteAddr, req.RemotePort = ra.IP.String(), strconv.Itoa(ra.Port)
	}
	host, port := splitHostPort(string(h.Host()))
	if s.opts.ServerName != "" {
		host = s.opts.ServerName
	}
	if port == "" {
		if la, ok := ctx.LocalAddr().(*net.TCPAddr); ok {
			port = strconv.Itoa(la.Port)
		}
	}
	if host == "" {
		host = s.canonicalHost(ctx)
	}
	req.ServerName, req.ServerPort = host, port
	for k, v := range h.All() {
		req.Headers = append(req.Headers, bridge.Header{Name: k, Value: v})
	}
	if len(rt.TrustedProxyHeaders) > 0 {
		applyProxyHeaders(req, rt)
	}
	if req.ContentLength != 0 {
		if body := ctx.RequestBodyStream(); body != nil {
			req.Body = body
		} else {
			req.Body = bytesReader(ctx.Request.Body())
		}
		if req.ContentLength > 0 {
			req.Body = io.LimitReader(req.Body, req.ContentLength)
		}
	}
	return req
}

// requestLength is the request body's length: -1 for a chunked body, 0
// when there is none (fasthttp says -2, "identity", for a request without
// Content-Length or chunking).
func requestLength(h *fasthttp.RequestHeader) int64 {
	n := h.ContentLength()
	if n == -2 {
		return 0
	}
	return int64(n)
}

func bytesReader(b []byte) io.Reader { return &byteReader{b: b} }

type byteReader struct{ b []byte }

func (r *byteReader) Read(p []byte) (int, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.b)
	r.b = r.b[n:]
	return n, nil
}

// hopByHop are response headers the server owns: the application may not
// set the connection's framing.
var hopByHop = map[string]bool{
	"connection": true, "keep-alive": true, "transfer-encoding": true,
	"te": true, "trailer": true, "upgrade": true, "proxy-connection": true,
}

// send writes the bridge's response into fasthttp's.
func (s *Server) send(ctx *fasthttp.RequestCtx, resp *bridge.Response) {
	rh := &ctx.Response.Header
	rh.SetStatusCode(resp.Status)
	if resp.Reason != "" {
		rh.SetStatusMessage([]byte(resp.Reason))
	}
	for _, kv := range resp.Headers {
		if hopByHop[lower(kv[0])] {
			if lower(kv[0]) == "connection" && lower(kv[1]) == "close" {
				ctx.SetConnectionClose()
			}
			continue
		}
		rh.Add(kv[0], kv[1])
	}
	if resp.Body == nil {
		rh.SetContentLength(int(max(resp.ContentLength, 0)))
		return
	}
	if resp.ContentLength < 0 && !ctx.Request.Header.IsHTTP11() {
		// An HTTP/1.0 client cannot take chunks: collect the body.
		body, err := resp.Body.Collect()
		resp.Body.Close()
		if err != nil {
			ctx.SetConnectionClose()
		}
		ctx.Response.SetBody(body)
		return
	}
	ctx.Response.SetBodyStream(resp.Body, int(resp.ContentLength))
}

func (s *Server) sendError(ctx *fasthttp.RequestCtx, resp *bridge.Response) {
	s.send(ctx, resp)
}

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
