package server

import (
	"fmt"
	"net/http"
	"os"

	"github.com/valyala/fasthttp"
	"github.com/valyala/fasthttp/fasthttpadaptor"

	"github.com/gowsgi/gowsgi/bridge"
)

// serveStatic sends a file an Alias maps to, as Apache's core handler does:
// Content-Type from the extension, Last-Modified and an ETag, conditional
// requests (304) and byte ranges (206), by way of net/http's ServeContent.
// A directory or a missing file is 404.
func (s *Server) serveStatic(ctx *fasthttp.RequestCtx, path string) {
	f, err := os.Open(path)
	if err != nil {
		s.sendError(ctx, bridge.NotFound())
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || fi.IsDir() {
		s.sendError(ctx, bridge.NotFound())
		return
	}
	etag := fmt.Sprintf(`"%x-%x"`, fi.Size(), fi.ModTime().UnixNano())
	fasthttpadaptor.NewFastHTTPHandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", etag)
		http.ServeContent(w, r, fi.Name(), fi.ModTime(), f)
	})(ctx)
}
