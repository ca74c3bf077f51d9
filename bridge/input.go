package bridge

import (
	"bytes"
	"errors"
	"io"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

// InputType is the Python type of wsgi.input.
//
//	read(size=-1)        up to size bytes, all that remain when size < 0
//	readline(size=-1)    one line including b"\n", at most size bytes
//	readlines(hint=-1)   lines until EOF or until hint bytes were read
//	__iter__/__next__    line by line
//
// The stream never reads past CONTENT_LENGTH (the server hands it a limited
// reader) and reads the network in pieces, so a large body is never held in
// memory whole unless the application asks for it whole. While a read waits
// for the network the interpreter's lock is released, like CPython's GIL
// around I/O.
var InputType = py.NewType("mod_wsgi.Input", "wsgi.input: the request body")

// Input is wsgi.input.
type Input struct {
	r       io.Reader
	buf     []byte // read ahead, not yet given to Python
	eof     bool
	release func() func() // unlocks the interpreter; the returned func relocks
	err     error
}

const inputChunk = 64 * 1024

// Type implements py.Object.
func (in *Input) Type() *py.Type { return InputType }

// fill reads more of the body into buf; false at end of body.
func (in *Input) fill(want int) bool {
	if in.eof {
		return false
	}
	if want < 4096 {
		want = 4096
	}
	if want > inputChunk {
		want = inputChunk
	}
	start := len(in.buf)
	if cap(in.buf)-start < want {
		nb := make([]byte, start, start+want)
		copy(nb, in.buf)
		in.buf = nb
	}
	relock := func() {}
	if in.release != nil {
		relock = in.release()
	}
	n, err := in.r.Read(in.buf[start : start+want])
	relock()
	in.buf = in.buf[:start+n]
	if err != nil {
		in.eof = true
		if !errors.Is(err, io.EOF) {
			in.err = err
		}
	}
	return n > 0 || !in.eof
}

func (in *Input) ioError() error {
	if in.err != nil {
		return py.ExceptionNewf(py.OSError, "request data read error: %v", in.err)
	}
	return nil
}

// take removes and returns the first n buffered bytes as a Python bytes.
func (in *Input) take(n int) compat.Bytes {
	out := compat.Bytes(in.buf[:n])
	in.buf = in.buf[n:]
	if len(in.buf) == 0 {
		in.buf = in.buf[:0:0]
	}
	return out
}

func (in *Input) read(size int) (py.Object, error) {
	if size < 0 {
		for in.fill(inputChunk) {
		}
		if err := in.ioError(); err != nil {
			return nil, err
		}
		return in.take(len(in.buf)), nil
	}
	for len(in.buf) < size && in.fill(size-len(in.buf)) {
	}
	if err := in.ioError(); err != nil {
		return nil, err
	}
	return in.take(min(size, len(in.buf))), nil
}

func (in *Input) readline(size int) (py.Object, error) {
	scanned := 0
	for {
		if i := bytes.IndexByte(in.buf[scanned:], '\n'); i >= 0 {
			n := scanned + i + 1
			if size >= 0 && n > size {
				n = size
			}
			return in.take(n), nil
		}
		scanned = len(in.buf)
		if size >= 0 && len(in.buf) >= size {
			return in.take(size), nil
		}
		if !in.fill(inputChunk) {
			break
		}
	}
	if err := in.ioError(); err != nil {
		return nil, err
	}
	n := len(in.buf)
	if size >= 0 && n > size {
		n = size
	}
	return in.take(n), nil
}

// sizeArg reads an optional size argument: None or absent mean -1.
func sizeArg(name string, args py.Tuple) (int, error) {
	if len(args) > 1 {
		return 0, py.ExceptionNewf(py.TypeError, "%s() takes at most 1 argument (%d given)", name, len(args))
	}
	if len(args) == 0 || args[0] == py.None {
		return -1, nil
	}
	n, ok := args[0].(py.Int)
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "%s() argument must be int or None, not %s", name, args[0].Type().Name)
	}
	return int(n), nil
}

func init() {
	InputType.Dict["read"] = py.MustNewMethod("read", func(self py.Object, args py.Tuple) (py.Object, error) {
		n, err := sizeArg("read", args)
		if err != nil {
			return nil, err
		}
		return self.(*Input).read(n)
	}, 0, "read(size=-1) -> bytes")
	InputType.Dict["readline"] = py.MustNewMethod("readline", func(self py.Object, args py.Tuple) (py.Object, error) {
		n, err := sizeArg("readline", args)
		if err != nil {
			return nil, err
		}
		return self.(*Input).readline(n)
	}, 0, "readline(size=-1) -> bytes")
	InputType.Dict["readlines"] = py.MustNewMethod("readlines", func(self py.Object, args py.Tuple) (py.Object, error) {
		hint, err := sizeArg("readlines", args)
		if err != nil {
			return nil, err
		}
		in := self.(*Input)
		lines := py.NewList()
		total := 0
		for {
			l, err := in.readline(-1)
			if err != nil {
				return nil, err
			}
			b := l.(compat.Bytes)
			if len(b) == 0 {
				break
			}
			lines.Append(b)
			total += len(b)
			if hint > 0 && total >= hint {
				break
			}
		}
		return lines, nil
	}, 0, "readlines(hint=-1) -> list of bytes")
	InputType.Dict["close"] = py.MustNewMethod("close", func(self py.Object) (py.Object, error) {
		return py.None, nil
	}, 0, "close(): does nothing; the server owns the connection")
}

// M__iter__ implements iter(wsgi.input).
func (in *Input) M__iter__() (py.Object, error) { return in, nil }

// M__next__ returns the next line, StopIteration at the end of the body.
func (in *Input) M__next__() (py.Object, error) {
	l, err := in.readline(-1)
	if err != nil {
		return nil, err
	}
	if len(l.(compat.Bytes)) == 0 {
		return nil, py.ExceptionNewf(py.StopIteration, "")
	}
	return l, nil
}
