package interp

import (
	"io"
	"sync"

	"github.com/go-python/gpython/py"
)

// StreamType is the Python type of Stream: a text output stream with
// write(s), writelines(seq), flush(), isatty(), writable() (True),
// readable() and seekable() (False), and the attributes closed, encoding,
// errors, mode, line_buffering, name. It is sys.stdout/sys.stderr of every interpreter and wsgi.errors.
var StreamType = py.NewType("TextIOStream", "text output stream writing to a Go io.Writer")

// Stream writes what Python prints into a Go io.Writer. Writes from several
// interpreters to one underlying writer are serialised by the writer's own
// lock (see LockedWriter); a Stream itself is used under its interpreter's lock.
type Stream struct {
	w    io.Writer
	name string
}

// NewStream makes a Python stream named name (e.g. "<stdout>") writing to w.
func NewStream(w io.Writer, name string) *Stream { return &Stream{w: w, name: name} }

// Type implements py.Object.
func (s *Stream) Type() *py.Type { return StreamType }

// Write writes bytes to the underlying writer.
func (s *Stream) Write(p []byte) (int, error) { return s.w.Write(p) }

func streamWrite(self py.Object, arg py.Object) (py.Object, error) {
	s := self.(*Stream)
	var n int
	switch v := arg.(type) {
	case py.String:
		n = len([]rune(string(v)))
		if _, err := io.WriteString(s.w, string(v)); err != nil {
			return nil, py.ExceptionNewf(py.OSError, "write: %v", err)
		}
	default:
		return nil, py.ExceptionNewf(py.TypeError, "write() argument must be str, not %s", arg.Type().Name)
	}
	return py.Int(n), nil
}

func init() {
	StreamType.Dict["write"] = py.MustNewMethod("write", streamWrite, 0, "write(s) -> number of characters written")
	StreamType.Dict["writelines"] = py.MustNewMethod("writelines", func(self py.Object, arg py.Object) (py.Object, error) {
		var werr error
		err := py.Iterate(arg, func(item py.Object) bool {
			_, werr = streamWrite(self, item)
			return werr != nil
		})
		if werr != nil {
			return nil, werr
		}
		return py.None, err
	}, 0, "writelines(lines): write each string of an iterable")
	StreamType.Dict["flush"] = py.MustNewMethod("flush", func(self py.Object) (py.Object, error) {
		if f, ok := self.(*Stream).w.(interface{ Flush() error }); ok {
			_ = f.Flush()
		}
		return py.None, nil
	}, 0, "flush()")
	StreamType.Dict["isatty"] = py.MustNewMethod("isatty", func(self py.Object) (py.Object, error) {
		return py.False, nil
	}, 0, "isatty() -> False")
	answer := func(name string, v py.Object, doc string) {
		StreamType.Dict[name] = py.MustNewMethod(name, func(self py.Object) (py.Object, error) { return v, nil }, 0, doc)
	}
	answer("writable", py.True, "writable() -> True")
	answer("readable", py.False, "readable() -> False")
	answer("seekable", py.False, "seekable() -> False")
	StreamType.Dict["errors"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		if self.(*Stream).name == "<stderr>" {
			return py.String("backslashreplace"), nil
		}
		return py.String("strict"), nil
	}}
	StreamType.Dict["line_buffering"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.False, nil }}
	StreamType.Dict["mode"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.String("w"), nil }}
	StreamType.Dict["closed"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.False, nil }}
	StreamType.Dict["encoding"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.String("utf-8"), nil }}
	StreamType.Dict["name"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.String(self.(*Stream).name), nil }}
}

// LockedWriter serialises writes from many goroutines into one writer, one
// Write call at a time, so that log lines from parallel interpreters never
// interleave inside a line.
type LockedWriter struct {
	mu sync.Mutex
	W  io.Writer
}

// Write implements io.Writer.
func (l *LockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.W.Write(p)
}
