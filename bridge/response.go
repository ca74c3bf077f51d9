package bridge

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
	"github.com/gowsgi/gowsgi/interp"
)

// Response is what the application answered: status, headers and a body.
// The server writes Status and Headers, then Body (nil when there is none)
// as the body stream: Body calls back into Python for each piece with the
// interpreter's lock held only while Python runs.
type Response struct {
	Status  int
	Reason  string
	Headers [][2]string
	// ContentLength is the body's length as the application declared it (or
	// as known because the whole body is already at hand), -1 if unknown.
	ContentLength int64
	Body          *Body
}

// Options tune a call.
type Options struct {
	// Log receives tracebacks and protocol errors.
	Log *ErrorLog
	// Client is "addr:port", for log lines.
	Client string
	// Script names the script in log lines.
	Script string
}

// call is the state of one application call.
type call struct {
	in     *interp.Interpreter
	opts   Options
	input  *Input
	errors *interp.Stream
	lines  *LineWriter

	status      string
	headers     [][2]string
	clen        int64 // from the Content-Length header, -1 if none
	started     bool  // start_response called
	headersSent bool  // the server has the headers

	pending [][]byte // write() output and the first piece, not yet sent

	result py.Object // what the application returned
	items  []py.Object
	iter   py.Object
	fw     *FileWrapper
	closed bool
	thread *interp.Thread // the request's Python thread, between pieces
}

// Serve calls app(environ, start_response) in the interpreter in, which the
// caller has locked; Serve releases the lock before it returns, in every case.
// Serve runs the application until the first piece of the body (so status and
// headers are final), then hands the rest to the returned Response's Body.
//
// A Python exception, a Go panic inside gpython or a protocol error by the
// application gives a 500 response, with the traceback or the reason in
// the error log; Serve never returns an error.
func Serve(in *interp.Interpreter, app py.Object, req *Request, opts Options) *Response {
	c := &call{in: in, opts: opts, clen: -1}
	c.lines = NewLineWriter(opts.Log, opts.Client, "[script "+opts.Script+"] ")
	c.errors = interp.NewStream(c.lines, "wsgi.errors")
	c.input = &Input{r: req.Body, release: func() func() {
		t := in.Pause()
		return func() { in.Resume(t) }
	}}
	if req.Body == nil {
		c.input.r = eofReader{}
	}
	resp, err := c.start(app, req)
	if err != nil {
		c.logException(err)
		c.closeResult()
		resp = InternalError()
	}
	if (req.HeadOnly || req.Method == "HEAD") && resp.Body != nil {
		if resp.Body.c != nil {
			resp.ContentLength = c.drain(resp.ContentLength)
		}
		resp.Body = nil
	}
	c.thread = in.Pause() // the body's iteration goes on as the same Python thread
	c.lines.Flush()
	return resp
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }

// InternalError is the 500 response sent when the application failed.
func InternalError() *Response {
	return errorResponse(500, "Internal Server Error",
		"The server encountered an internal error or misconfiguration and was unable to complete your request.")
}

func errorResponse(code int, reason, text string) *Response {
	body := []byte(fmt.Sprintf("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>%d %s</title>\n</head><body>\n<h1>%s</h1>\n<p>%s</p>\n</body></html>\n", code, reason, reason, text))
	return &Response{
		Status:        code,
		Reason:        reason,
		Headers:       [][2]string{{"Content-Type", "text/html; charset=iso-8859-1"}},
		ContentLength: int64(len(body)),
		Body:          &Body{static: body},
	}
}

// start runs the application up to the first non-empty piece of the body.
func (c *call) start(app py.Object, req *Request) (*Response, error) {
	env := c.environ(req)
	sr := &startResponse{c: c}
	var result py.Object
	err := interp.Guard(func() error {
		var err error
		result, err = py.Call(app, py.Tuple{env, sr}, nil)
		return err
	})
	if err != nil {
		return nil, err
	}
	c.result = result
	if fw, ok := result.(*FileWrapper); ok {
		c.fw = fw
	}
	switch r := result.(type) {
	case *py.List:
		c.items = r.Items
	case py.Tuple:
		c.items = r
	}
	// Pull pieces until one is non-empty or the body ends: the headers are
	// final only then (PEP 3333: an application may call start_response
	// again with exc_info before its first output).
	first, done, err := c.firstPiece()
	if err != nil {
		return nil, err
	}
	if !c.started {
		return nil, py.ExceptionNewf(py.RuntimeError, "response has not been started")
	}
	resp := &Response{ContentLength: c.clen}
	if resp.Status, resp.Reason, err = parseStatus(c.status); err != nil {
		return nil, err
	}
	resp.Headers = c.headers
	if first != nil {
		c.pending = append(c.pending, first)
	}
	if f := c.fwFile(); f != nil && resp.ContentLength < 0 {
		if n, ok := f.remaining(); ok {
			resp.ContentLength = n
		}
	}
	if done {
		c.closeResult()
		if resp.ContentLength < 0 && len(c.items) <= 1 && c.fw == nil {
			// The whole body is at hand: say how long it is (mod_wsgi does
			// this for a one-item sequence).
			n := 0
			for _, p := range c.pending {
				n += len(p)
			}
			resp.ContentLength = int64(n)
		}
	}
	c.headersSent = true
	resp.Body = &Body{c: c, done: done, remaining: resp.ContentLength}
	return resp, nil
}

// firstPiece returns the first non-empty piece of output, or done at the end.
func (c *call) firstPiece() (piece []byte, done bool, err error) {
	if c.fw != nil && c.fw.file() != nil {
		return nil, false, nil // streamed from the file later
	}
	if c.items == nil {
		err = interp.Guard(func() error {
			var err error
			c.iter, err = py.Iter(c.result)
			return err
		})
		if err != nil {
			return nil, false, err
		}
	}
	for {
		piece, done, err = c.next()
		if err != nil || done || len(piece) > 0 {
			return piece, done, err
		}
	}
}

// next returns the next piece of output (maybe empty) or done; the caller
// holds the interpreter's lock.
func (c *call) next() (piece []byte, done bool, err error) {
	var item py.Object
	if c.items != nil {
		if len(c.items) == 0 {
			return nil, true, nil
		}
		item, c.items = c.items[0], c.items[1:]
		if len(c.items) == 0 {
			c.items = []py.Object{} // keep non-nil: still the list path
		}
	} else {
		err = interp.Guard(func() error {
			var err error
			item, err = py.Next(c.iter)
			return err
		})
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				return nil, true, nil
			}
			return nil, false, err
		}
	}
	b, ok := compat.BytesOf(item)
	if !ok {
		return nil, false, py.ExceptionNewf(py.TypeError, "sequence of byte string values expected, value of type %s found", item.Type().Name)
	}
	if !c.started {
		return nil, false, py.ExceptionNewf(py.RuntimeError, "response has not been started")
	}
	return b, false, nil
}

// closeResult calls the result's close() once, as PEP 3333 requires whatever
// happened; the caller holds the interpreter's lock.
func (c *call) closeResult() {
	if c.closed || c.result == nil {
		return
	}
	c.closed = true
	err := interp.Guard(func() error {
		closer, err := py.GetAttrString(c.result, "close")
		if err != nil {
			return nil // no close(): nothing to do
		}
		_, err = py.Call(closer, nil, nil)
		return err
	})
	if err != nil {
		c.logException(err)
	}
}

// drain runs a HEAD request's body to its end without sending it and closes
// it; the caller holds the lock. It returns the Content-Length to announce.
func (c *call) drain(clen int64) int64 {
	var n int64
	for _, p := range c.pending {
		n += int64(len(p))
	}
	c.pending = nil
	if f := c.fwFile(); f != nil {
		if size, ok := f.remaining(); ok {
			n += size
		}
	} else if !c.closed {
		for {
			piece, done, err := c.next()
			if err != nil {
				c.logException(err)
				break
			}
			if done {
				break
			}
			n += int64(len(piece))
		}
	}
	c.closeResult()
	if clen >= 0 {
		return clen
	}
	return n
}

func (c *call) fwFile() *fileSource {
	if c.fw == nil {
		return nil
	}
	return c.fw.file()
}

// logException writes err's traceback to the error log.
func (c *call) logException(err error) {
	if c.opts.Log == nil {
		return
	}
	c.opts.Log.Errorf(c.opts.Client, "mod_wsgi (pid=%d): Exception occurred processing WSGI script '%s'.\n%s",
		c.opts.Log.pid, c.opts.Script, interp.FormatError(err))
}

// parseStatus splits "200 OK" into code and reason.
func parseStatus(s string) (int, string, error) {
	if len(s) < 3 {
		return 0, "", py.ExceptionNewf(py.ValueError, "status line too short: %q", s)
	}
	code, err := strconv.Atoi(s[:3])
	if err != nil || code < 100 || code > 999 {
		return 0, "", py.ExceptionNewf(py.ValueError, "status code is not a 3 digit integer: %q", s)
	}
	if len(s) > 3 && s[3] != ' ' {
		return 0, "", py.ExceptionNewf(py.ValueError, "status code must be followed by a space: %q", s)
	}
	reason := strings.TrimPrefix(s[3:], " ")
	return code, reason, nil
}

// Body is the rest of a response body: the pieces the application has not
// produced yet are pulled from Python as the server writes, the lock held
// only for each next(). fasthttp calls WriteTo, then Close (also when the
// client went away), and Close calls the result's close().
type Body struct {
	c         *call
	static    []byte // a body known in full (error pages)
	done      bool   // the iterable is exhausted
	remaining int64  // bytes still allowed by Content-Length, -1 if none
	err       error
	rbuf      []byte // for Read
}

// SupportsBodyWriteTo tells fasthttp to use WriteTo.
func (b *Body) SupportsBodyWriteTo() bool { return true }

// errShort is returned when the application produced less than its
// Content-Length: the connection cannot be reused.
var errShort = errors.New("response shorter than its Content-Length")

// WriteTo writes the body to w, the server's connection writer.
func (b *Body) WriteTo(w io.Writer) (int64, error) {
	if b.c == nil {
		n, err := w.Write(b.static)
		return int64(n), err
	}
	c := b.c
	var total int64
	put := func(p []byte) error {
		if b.remaining >= 0 && int64(len(p)) > b.remaining {
			p = p[:b.remaining]
		}
		if len(p) == 0 {
			return nil
		}
		n, err := w.Write(p)
		total += int64(n)
		if b.remaining >= 0 {
			b.remaining -= int64(n)
		}
		return err
	}
	for _, p := range c.pending {
		if err := put(p); err != nil {
			return total, err
		}
	}
	c.pending = nil
	if f := c.fwFile(); f != nil && !b.done {
		n, err := f.sendTo(w, b.remaining)
		total += n
		if b.remaining >= 0 {
			b.remaining -= n
		}
		b.done = true
		if err != nil {
			return total, err
		}
	}
	for !b.done && b.remaining != 0 {
		c.in.Resume(c.thread)
		piece, done, err := c.next()
		if err != nil {
			c.logException(err)
			c.closeResult()
			c.thread = c.in.Pause()
			return total, err
		}
		if done {
			b.done = true
			c.closeResult()
		}
		c.thread = c.in.Pause()
		if err := put(piece); err != nil {
			return total, err
		}
	}
	if b.remaining > 0 {
		c.opts.Log.Errorf(c.opts.Client, "mod_wsgi (pid=%d): Response of script '%s' ended %d bytes short of its Content-Length.", c.opts.Log.pid, c.opts.Script, b.remaining)
		return total, errShort
	}
	return total, nil
}

// Read implements io.Reader for writers that do not use WriteTo.
func (b *Body) Read(p []byte) (int, error) {
	if b.rbuf == nil && b.err == nil {
		var buf strings.Builder
		_, b.err = b.WriteTo(&buf)
		b.rbuf = []byte(buf.String())
		if b.err == nil {
			b.err = io.EOF
		}
	}
	n := copy(p, b.rbuf)
	b.rbuf = b.rbuf[n:]
	if n == 0 {
		return 0, b.err
	}
	return n, nil
}

// Close ends the call: the result's close() runs (once) whether the body was
// sent in full, cut short by Content-Length, or abandoned by the client.
func (b *Body) Close() error {
	if b.c == nil {
		return nil
	}
	c := b.c
	if !c.closed {
		c.in.Resume(c.thread)
		c.closeResult()
		c.in.Unlock()
	}
	c.lines.Flush()
	return nil
}

// ErrorPage is the server's own response for status code (WSGIErrorOverride,
// 411 for refused chunked bodies…).
func ErrorPage(code int, reason, text string) *Response { return errorResponse(code, reason, text) }

// NotFound is the 404 response for a URL no script serves.
func NotFound() *Response {
	return errorResponse(404, "Not Found", "The requested URL was not found on this server.")
}

// Collect runs the body to its end and returns it whole (for clients that
// cannot take a chunked body), then the caller closes it.
func (b *Body) Collect() ([]byte, error) {
	var buf bytes.Buffer
	_, err := b.WriteTo(&buf)
	return buf.Bytes(), err
}
