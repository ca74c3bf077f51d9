package bridge

import (
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

// startResponseType is the type of the start_response callable.
var startResponseType = py.NewType("start_response", "start_response(status, response_headers, exc_info=None) -> write")

// writeType is the type of the write() callable start_response returns.
var writeType = py.NewType("write", "write(data): queue bytes to send before the returned iterable's")

// startResponse is PEP 3333's start_response for one call.
//
//	status    str "NNN Reason", no control characters
//	headers   list of (name, value) tuples of str; names are tokens, values
//	          carry no CR/LF; Content-Length must be a non-negative integer
//	exc_info  if given and the headers went out already, it is re-raised;
//	          otherwise status and headers replace those set before
//
// A second call without exc_info is an error. Any violation raises in the
// application, which ends in a 500 response with the reason logged.
type startResponse struct{ c *call }

func (s *startResponse) Type() *py.Type { return startResponseType }

// M__call__ implements start_response(status, response_headers, exc_info=None).
func (s *startResponse) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	c := s.c
	var status, headers, excInfo py.Object = nil, nil, py.None
	err := py.ParseTupleAndKeywords(args, kwargs, "OO|O:start_response",
		[]string{"status", "response_headers", "exc_info"}, &status, &headers, &excInfo)
	if err != nil {
		return nil, err
	}
	if excInfo != py.None {
		if c.headersSent {
			return nil, reraise(excInfo)
		}
	} else if c.started {
		return nil, py.ExceptionNewf(py.RuntimeError, "headers have already been set")
	}
	st, ok := status.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "expected unicode object for status, value of type %s found", status.Type().Name)
	}
	if err := checkStatus(string(st)); err != nil {
		return nil, err
	}
	hs, clen, err := checkHeaders(headers)
	if err != nil {
		return nil, err
	}
	c.status, c.headers, c.clen, c.started = string(st), hs, clen, true
	return &writer{c: c}, nil
}

// reraise turns an exc_info tuple back into the exception it describes.
func reraise(excInfo py.Object) error {
	t, ok := excInfo.(py.Tuple)
	if !ok || len(t) != 3 {
		return py.ExceptionNewf(py.TypeError, "exc_info must be a tuple of 3 items")
	}
	info := py.ExceptionInfo{Value: t[1]}
	if typ, ok := t[0].(*py.Type); ok {
		info.Type = typ
	}
	if tb, ok := t[2].(*py.Traceback); ok {
		info.Traceback = tb
	}
	if info.Type == nil && info.Value != nil {
		info.Type = info.Value.Type()
	}
	return info
}

func checkStatus(s string) error {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] == 0x7f {
			return py.ExceptionNewf(py.ValueError, "control character present in status line")
		}
	}
	_, _, err := parseStatus(s)
	return err
}

// checkHeaders validates response headers and returns them with the
// Content-Length they declare (-1 if none).
func checkHeaders(obj py.Object) ([][2]string, int64, error) {
	l, ok := obj.(*py.List)
	if !ok {
		return nil, -1, py.ExceptionNewf(py.TypeError, "response headers must be a list")
	}
	clen := int64(-1)
	out := make([][2]string, 0, len(l.Items))
	for _, item := range l.Items {
		t, ok := item.(py.Tuple)
		if !ok || len(t) != 2 {
			return nil, -1, py.ExceptionNewf(py.TypeError, "list of tuple values expected, value of type %s found", item.Type().Name)
		}
		name, ok1 := t[0].(py.String)
		value, ok2 := t[1].(py.String)
		if !ok1 || !ok2 {
			bad := t[0]
			if ok1 {
				bad = t[1]
			}
			return nil, -1, py.ExceptionNewf(py.TypeError, "expected unicode object for header name and value, value of type %s found", bad.Type().Name)
		}
		if !isToken(string(name)) {
			return nil, -1, py.ExceptionNewf(py.ValueError, "invalid header name %q", string(name))
		}
		if strings.ContainsAny(string(value), "\r\n\x00") {
			return nil, -1, py.ExceptionNewf(py.ValueError, "carriage return/line feed character present in header value of %s", string(name))
		}
		v, err := latin1(string(value))
		if err != nil {
			return nil, -1, py.ExceptionNewf(py.ValueError, "header value of %s is not latin-1", string(name))
		}
		if strings.EqualFold(string(name), "Content-Length") {
			n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			if err != nil || n < 0 {
				return nil, -1, py.ExceptionNewf(py.ValueError, "invalid Content-Length header value %q", v)
			}
			clen = n
			continue
		}
		out = append(out, [2]string{string(name), v})
	}
	return out, clen, nil
}

// latin1 maps a str whose code points are all < 256 to the bytes they stand
// for (PEP 3333: header values are latin-1).
func latin1(s string) (string, error) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s, nil
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xff {
			return "", strconv.ErrRange
		}
		b = append(b, byte(r))
	}
	return string(b), nil
}

func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= 0x20 || c >= 0x7f || strings.IndexByte("()<>@,;:\\\"/[]?={}", c) >= 0 {
			return false
		}
	}
	return true
}

// writer is the write(data) callable. Data is queued and sent, in order,
// before the pieces of the returned iterable (PEP 3333 allows buffering
// until the application returns; it keeps the lock rules simple).
type writer struct{ c *call }

func (w *writer) Type() *py.Type { return writeType }

// M__call__ implements write(data).
func (w *writer) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 1 || len(kwargs) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "write() takes exactly one argument (%d given)", len(args))
	}
	b, ok := compat.BytesOf(args[0])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "byte string value expected, value of type %s found", args[0].Type().Name)
	}
	if !w.c.started {
		return nil, py.ExceptionNewf(py.RuntimeError, "response has not been started")
	}
	if len(b) > 0 {
		w.c.pending = append(w.c.pending, b)
	}
	return py.None, nil
}
