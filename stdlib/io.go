package stdlib

// io.go is the io module, and the open() builtin (gpython's file object
// had only read, write, close and flush, and read text as if binary).
//
// Provides open(file, mode='r', buffering=-1, encoding=None,
// errors=None, newline=None, closefd=True) with modes r w a x and +, b
// and t; text files decode (utf-8 by default, latin-1, ascii) and read
// with universal newlines unless newline is given; BytesIO and StringIO
// (read, read1, readline, readlines, write, writelines, getvalue,
// getbuffer (BytesIO; a view that writes through), seek,
// tell, truncate, close, closed, iteration, with); TextIOWrapper over a
// binary stream (read, readline, iteration, write, flush, detach);
// SEEK_SET/CUR/END, DEFAULT_BUFFER_SIZE, UnsupportedOperation, and the
// IOBase/RawIOBase/BufferedIOBase/TextIOBase names.
// Differences from CPython: files are unbuffered Go files (writes reach
// the OS at once); seek/tell on text files count bytes.

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

// UnsupportedOperation is io.UnsupportedOperation, an OSError and a
// ValueError as in CPython.
var UnsupportedOperation = func() *py.Type {
	t := compat.NewExceptionType(py.OSError, "UnsupportedOperation", "Not supported operation.")
	t.Bases = py.Tuple{py.OSError, py.ValueError}
	t.Flags &^= py.TPFLAGS_READY | py.TPFLAGS_READYING
	t.Mro = nil
	if err := t.Ready(); err != nil {
		panic(err)
	}
	t.Dict["__module__"] = py.String("io")
	return t
}()

// stream is what the io objects share: a byte or text buffer in memory,
// or an OS file.
type stream struct {
	kind     *py.Type
	text     bool
	file     *os.File
	name     py.Object
	mode     string
	readable bool
	writable bool
	closed   bool
	// memory streams
	buf []byte // BytesIO
	str []rune // StringIO
	pos int
	// text decoding
	encoding, errors string
	newline          py.Object // None: universal newlines
	pending          []byte    // bytes read but not yet returned (files)
	inner            py.Object // TextIOWrapper: the binary stream
}

var (
	fileIOType       = py.NewType("TextIOWrapper", "Character and line based layer over a file.")
	bufferedType     = py.NewType("BufferedReader", "A buffered binary file.")
	bytesIOType      = py.NewType("BytesIO", "Buffered I/O implementation using an in-memory bytes buffer.")
	stringIOType     = py.NewType("StringIO", "Text I/O implementation using an in-memory buffer.")
	textWrapperType  = py.NewType("TextIOWrapper", "Character and line based layer over a BufferedIOBase object.")
	ioBaseType       = py.NewType("IOBase", "The abstract base class for all I/O classes.")
	rawIOBaseType    = py.NewType("RawIOBase", "Base class for raw binary I/O.")
	bufferedBaseType = py.NewType("BufferedIOBase", "Base class for buffered binary I/O.")
	textBaseType     = py.NewType("TextIOBase", "Base class for text I/O.")
)

func (s *stream) Type() *py.Type { return s.kind }

func (s *stream) closedError() error {
	if s.kind == stringIOType { // CPython's StringIO alone drops the period
		return py.ExceptionNewf(py.ValueError, "I/O operation on closed file")
	}
	return py.ExceptionNewf(py.ValueError, "I/O operation on closed file.")
}

func (s *stream) check(read bool) error {
	if s.closed {
		return s.closedError()
	}
	if read && !s.readable {
		return py.ExceptionNewf(UnsupportedOperation, "not readable")
	}
	if !read && !s.writable {
		return py.ExceptionNewf(UnsupportedOperation, "not writable")
	}
	return nil
}

// readAllBytes reads the rest of a binary source.
func (s *stream) readAllBytes() ([]byte, error) {
	switch {
	case s.file != nil:
		b, err := io.ReadAll(s.file)
		if err != nil {
			return nil, py.ExceptionNewf(py.OSError, "%v", err)
		}
		b = append(s.pending, b...)
		s.pending = nil
		return b, nil
	case s.inner != nil:
		r, err := callMethod(s.inner, "read")
		if err != nil {
			return nil, err
		}
		b, _ := compat.BytesOf(r)
		b = append(s.pending, b...)
		s.pending = nil
		return b, nil
	}
	b := s.buf[min(s.pos, len(s.buf)):]
	s.pos = len(s.buf)
	return b, nil
}

func callMethod(o py.Object, name string, args ...py.Object) (py.Object, error) {
	m, err := py.GetAttrString(o, name)
	if err != nil {
		return nil, err
	}
	return py.Call(m, py.Tuple(args), nil)
}

// readBytes reads up to n bytes of a binary source.
func (s *stream) readBytes(n int) ([]byte, error) {
	if n < 0 {
		return s.readAllBytes()
	}
	switch {
	case s.file != nil:
		out := s.pending
		s.pending = nil
		if len(out) >= n {
			s.pending = out[n:]
			return out[:n], nil
		}
		buf := make([]byte, n-len(out))
		k, err := io.ReadFull(s.file, buf)
		if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
			return nil, py.ExceptionNewf(py.OSError, "%v", err)
		}
		return append(out, buf[:k]...), nil
	case s.inner != nil:
		if len(s.pending) > 0 {
			k := min(n, len(s.pending))
			out := s.pending[:k:k]
			s.pending = s.pending[k:]
			return out, nil
		}
		r, err := callMethod(s.inner, "read", py.Int(n))
		if err != nil {
			return nil, err
		}
		b, _ := compat.BytesOf(r)
		return b, nil
	}
	start := min(s.pos, len(s.buf))
	end := min(start+n, len(s.buf))
	s.pos = end
	return s.buf[start:end], nil
}

// readLineBytes reads through the next \n (at most limit bytes).
func (s *stream) readLineBytes(limit int) ([]byte, error) {
	if s.file == nil && s.inner == nil {
		start := min(s.pos, len(s.buf))
		end := len(s.buf)
		if i := bytes.IndexByte(s.buf[start:], '\n'); i >= 0 {
			end = start + i + 1
		}
		if limit >= 0 && end-start > limit {
			end = start + limit
		}
		s.pos = end
		return s.buf[start:end], nil
	}
	// text files end lines as the newline mode says: None and '' at \n,
	// \r or \r\n; '\r' at \r; '\r\n' at \r\n; '\n' at \n
	nl, _ := s.newline.(py.String)
	universal := s.text && (s.newline == py.None || nl == "")
	var out []byte
	for limit < 0 || len(out) < limit {
		b, err := s.readBytes(1)
		if err != nil {
			return nil, err
		}
		if len(b) == 0 {
			break
		}
		out = append(out, b[0])
		switch {
		case !s.text || nl == "\n" || universal:
			if b[0] == '\n' {
				return out, nil
			}
			if universal && b[0] == '\r' {
				next, err := s.readBytes(1)
				if err != nil {
					return nil, err
				}
				if len(next) == 1 && next[0] == '\n' {
					out = append(out, '\n')
				} else if len(next) == 1 {
					s.unread(next[0])
				}
				return out, nil
			}
		case nl == "\r":
			if b[0] == '\r' {
				return out, nil
			}
		case nl == "\r\n":
			if b[0] == '\n' && len(out) >= 2 && out[len(out)-2] == '\r' {
				return out, nil
			}
		}
	}
	return out, nil
}

// unread gives c back to the next read (files and wrapped streams).
func (s *stream) unread(c byte) {
	s.pending = append([]byte{c}, s.pending...)
}

// decode turns bytes read from a file into text with the newline mode.
func (s *stream) decode(b []byte) (string, error) {
	o, err := compat.Decode(b, s.encoding, s.errors)
	if err != nil {
		return "", err
	}
	t := string(o.(py.String))
	if s.newline == py.None {
		t = strings.ReplaceAll(t, "\r\n", "\n")
		t = strings.ReplaceAll(t, "\r", "\n")
	}
	return t, nil
}

func (s *stream) read(n int) (py.Object, error) {
	if err := s.check(true); err != nil {
		return nil, err
	}
	if s.str != nil || s.kind == stringIOType {
		start := min(s.pos, len(s.str))
		end := len(s.str)
		if n >= 0 {
			end = min(start+n, end)
		}
		s.pos = end
		return py.String(string(s.str[start:end])), nil
	}
	if !s.text {
		b, err := s.readBytes(n)
		if err != nil {
			return nil, err
		}
		return compat.NewBytes(append([]byte(nil), b...)), nil
	}
	if n < 0 {
		b, err := s.readAllBytes()
		if err != nil {
			return nil, err
		}
		t, err := s.decode(b)
		return py.String(t), err
	}
	// n characters: read bytes until n runes decode
	var out []rune
	for len(out) < n {
		b, err := s.readBytes(1)
		if err != nil {
			return nil, err
		}
		if len(b) == 0 {
			break
		}
		raw := b
		for !fullRune(raw) && s.encoding == "utf-8" {
			more, err := s.readBytes(1)
			if err != nil || len(more) == 0 {
				break
			}
			raw = append(raw, more...)
		}
		if len(raw) == 1 && raw[0] == '\r' && s.newline == py.None {
			// \r\n is one newline even when read a character at a time
			next, err := s.readBytes(1)
			if err != nil {
				return nil, err
			}
			if len(next) == 1 && next[0] != '\n' {
				s.unread(next[0])
			}
		}
		t, err := s.decode(raw)
		if err != nil {
			return nil, err
		}
		out = append(out, []rune(t)...)
	}
	return py.String(string(out)), nil
}

func fullRune(b []byte) bool {
	return len(b) > 0 && (b[0] < 0x80 || (b[0] >= 0xc0 && len(b) >= utf8Len(b[0])) || b[0] < 0xc0)
}

func utf8Len(c byte) int {
	switch {
	case c >= 0xf0:
		return 4
	case c >= 0xe0:
		return 3
	case c >= 0xc0:
		return 2
	}
	return 1
}

func (s *stream) readline(limit int) (py.Object, error) {
	if err := s.check(true); err != nil {
		return nil, err
	}
	if s.kind == stringIOType {
		start := min(s.pos, len(s.str))
		end := len(s.str)
		for i := start; i < len(s.str); i++ {
			if s.str[i] == '\n' {
				end = i + 1
				break
			}
		}
		if limit >= 0 && end-start > limit {
			end = start + limit
		}
		s.pos = end
		return py.String(string(s.str[start:end])), nil
	}
	b, err := s.readLineBytes(limit)
	if err != nil {
		return nil, err
	}
	if !s.text {
		return compat.NewBytes(append([]byte(nil), b...)), nil
	}
	// a lone \r ends a line in universal newline mode
	t, err := s.decode(b)
	return py.String(t), err
}

func (s *stream) write(o py.Object) (py.Object, error) {
	if err := s.check(false); err != nil {
		return nil, err
	}
	if s.kind == stringIOType {
		str, ok := o.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "string argument expected, got '%s'", o.Type().Name)
		}
		r := []rune(string(str))
		if s.pos > len(s.str) {
			s.str = append(s.str, make([]rune, s.pos-len(s.str))...)
		}
		end := s.pos + len(r)
		if end > len(s.str) {
			s.str = append(s.str[:s.pos], r...)
		} else {
			copy(s.str[s.pos:], r)
		}
		s.pos = end
		return py.Int(len(r)), nil
	}
	var data []byte
	if s.text {
		str, ok := o.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "write() argument must be str, not %s", o.Type().Name)
		}
		enc, err := compat.Encode(string(str), s.encoding, s.errors)
		if err != nil {
			return nil, err
		}
		data, _ = compat.BytesOf(enc)
		if nl, ok := s.newline.(py.String); ok && nl != "" && nl != "\n" {
			data = bytes.ReplaceAll(data, []byte("\n"), []byte(nl))
		}
	} else {
		b, ok := compat.BytesOf(o)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", o.Type().Name)
		}
		data = b
	}
	switch {
	case s.file != nil:
		if _, err := s.file.Write(data); err != nil {
			return nil, py.ExceptionNewf(py.OSError, "%v", err)
		}
	case s.inner != nil:
		if _, err := callMethod(s.inner, "write", compat.NewBytes(data)); err != nil {
			return nil, err
		}
	default:
		if s.pos > len(s.buf) {
			s.buf = append(s.buf, make([]byte, s.pos-len(s.buf))...)
		}
		end := s.pos + len(data)
		if end > len(s.buf) {
			s.buf = append(s.buf[:s.pos], data...)
		} else {
			copy(s.buf[s.pos:], data)
		}
		s.pos = end
	}
	if s.text {
		return py.Int(len([]rune(string(o.(py.String))))), nil
	}
	return py.Int(len(data)), nil
}

func (s *stream) seek(off, whence int) (py.Object, error) {
	if s.closed {
		return nil, py.ExceptionNewf(py.ValueError, "I/O operation on closed file.")
	}
	if s.file != nil {
		s.pending = nil
		n, err := s.file.Seek(int64(off), whence)
		if err != nil {
			return nil, py.ExceptionNewf(py.OSError, "%v", err)
		}
		return py.Int(n), nil
	}
	size := len(s.buf)
	if s.kind == stringIOType {
		size = len(s.str)
		if whence != 0 && off != 0 {
			return nil, py.ExceptionNewf(py.OSError, "Can't do nonzero cur-relative seeks")
		}
	}
	switch whence {
	case 0:
	case 1:
		off += s.pos
	case 2:
		off += size
	default:
		return nil, py.ExceptionNewf(py.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if off < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "negative seek value %d", off)
	}
	s.pos = off
	return py.Int(off), nil
}

func (s *stream) tell() (py.Object, error) {
	if s.closed {
		return nil, py.ExceptionNewf(py.ValueError, "I/O operation on closed file.")
	}
	if s.file != nil {
		n, err := s.file.Seek(0, io.SeekCurrent)
		if err != nil {
			return nil, py.ExceptionNewf(py.OSError, "%v", err)
		}
		return py.Int(n - int64(len(s.pending))), nil
	}
	return py.Int(s.pos), nil
}

func (s *stream) close() error {
	if s.closed {
		return nil
	}
	s.closed = true
	if s.file != nil {
		if err := s.file.Close(); err != nil {
			return py.ExceptionNewf(py.OSError, "%v", err)
		}
	}
	return nil
}

func (s *stream) M__iter__() (py.Object, error) {
	if s.closed {
		return nil, py.ExceptionNewf(py.ValueError, "I/O operation on closed file.")
	}
	return s, nil
}

func (s *stream) M__next__() (py.Object, error) {
	line, err := s.readline(-1)
	if err != nil {
		return nil, err
	}
	if l, _ := py.Len(line); l == py.Int(0) {
		return nil, py.StopIteration
	}
	return line, nil
}

func (s *stream) M__enter__() (py.Object, error) {
	if s.closed {
		return nil, py.ExceptionNewf(py.ValueError, "I/O operation on closed file.")
	}
	return s, nil
}

func (s *stream) M__exit__(a, b, c py.Object) (py.Object, error) { return py.None, s.close() }

func (s *stream) M__repr__() (py.Object, error) {
	switch s.kind {
	case bytesIOType, stringIOType:
		return py.String("<_io." + s.kind.Name + " object>"), nil
	}
	name, _ := compat.Repr(s.name)
	if s.text {
		return py.String("<_io.TextIOWrapper name=" + name + " mode='" + s.mode + "' encoding='" + s.encoding + "'>"), nil
	}
	return py.String("<_io.BufferedReader name=" + name + ">"), nil
}

// openFile is io.open / open().
func openFile(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var file, mode, buffering, encoding, errs, newline, closefd, opener py.Object = nil, py.String("r"), py.Int(-1), py.None, py.None, py.None, py.True, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OOOOOOO:open", []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"},
		&file, &mode, &buffering, &encoding, &errs, &newline, &closefd, &opener); err != nil {
		return nil, err
	}
	m, ok := mode.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "open() argument 'mode' must be str, not %s", mode.Type().Name)
	}
	var path string
	switch f := file.(type) {
	case py.String:
		path = string(f)
	default:
		if b, ok := compat.BytesOf(file); ok {
			path = string(b)
		} else if fs, err := callMethod(file, "__fspath__"); err == nil {
			path = string(fs.(py.String))
		} else {
			return nil, py.ExceptionNewf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", file.Type().Name)
		}
	}
	ms := string(m)
	flagsSeen := map[rune]bool{}
	for _, c := range ms {
		if !strings.ContainsRune("rwaxbt+U", c) || flagsSeen[c] {
			return nil, py.ExceptionNewf(py.ValueError, "invalid mode: '%s'", ms)
		}
		flagsSeen[c] = true
	}
	binary, text := flagsSeen['b'], flagsSeen['t']
	if binary && text {
		return nil, py.ExceptionNewf(py.ValueError, "can't have text and binary mode at once")
	}
	switch nl := newline.(type) {
	case py.String:
		switch nl {
		case "", "\n", "\r", "\r\n":
		default:
			return nil, py.ExceptionNewf(py.ValueError, "illegal newline value: %s", string(nl))
		}
		if binary {
			return nil, py.ExceptionNewf(py.ValueError, "binary mode doesn't take a newline argument")
		}
	default:
		if newline != py.None {
			return nil, py.ExceptionNewf(py.TypeError, "open() argument 'newline' must be str or None, not %s", newline.Type().Name)
		}
	}
	var osFlags int
	s := &stream{name: file, mode: ms, text: !binary, encoding: "utf-8", errors: "strict", newline: newline}
	plus := flagsSeen['+']
	n := 0
	for _, c := range "rwax" {
		if flagsSeen[c] {
			n++
		}
	}
	if n != 1 {
		return nil, py.ExceptionNewf(py.ValueError, "must have exactly one of create/read/write/append mode")
	}
	switch {
	case flagsSeen['r']:
		osFlags = os.O_RDONLY
		s.readable = true
		if plus {
			osFlags = os.O_RDWR
			s.writable = true
		}
	case flagsSeen['w']:
		osFlags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
		s.writable = true
	case flagsSeen['a']:
		osFlags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
		s.writable = true
	case flagsSeen['x']:
		osFlags = os.O_WRONLY | os.O_CREATE | os.O_EXCL
		s.writable = true
	}
	if plus && !flagsSeen['r'] {
		osFlags = osFlags&^os.O_WRONLY | os.O_RDWR
		s.readable = true
	}
	if binary {
		if encoding != py.None {
			return nil, py.ExceptionNewf(py.ValueError, "binary mode doesn't take an encoding argument")
		}
		s.kind = bufferedType
	} else {
		s.kind = fileIOType
		if e, ok := encoding.(py.String); ok {
			s.encoding = normEncoding(string(e))
		}
		if e, ok := errs.(py.String); ok {
			s.errors = string(e)
		}
	}
	f, err := os.OpenFile(path, osFlags, 0o666)
	if err != nil {
		return nil, osError(err, path)
	}
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		f.Close() // Go opens a directory for reading; CPython's open() refuses it
		return nil, osError(syscall.EISDIR, path)
	}
	s.file = f
	if flagsSeen['a'] {
		f.Seek(0, io.SeekEnd) // reads with a+ start at the end too
	}
	return s, nil
}

func normEncoding(e string) string {
	switch strings.ReplaceAll(strings.ToLower(e), "_", "-") {
	case "utf8", "utf-8", "u8":
		return "utf-8"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1":
		return "latin-1"
	case "ascii", "us-ascii":
		return "ascii"
	}
	return e
}

// osError turns a Go file error into CPython's exception and message.
func osError(err error, path string) error {
	var errno py.Object = py.Int(0)
	msg := err.Error()
	t := py.OSError
	var en syscall.Errno
	switch {
	case errors.As(err, &en) && en != 0:
		// the OS's errno: its strerror, and the subclass CPython picks
		errno, msg = py.Int(en), en.Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
		if e, ok := py.Call(py.OSError, py.Tuple{errno, py.String(msg)}, nil); ok == nil {
			t = e.Type()
		}
	case os.IsNotExist(err):
		t, errno, msg = py.FileNotFoundError, py.Int(2), "No such file or directory"
	case os.IsExist(err):
		t, errno, msg = py.FileExistsError, py.Int(17), "File exists"
	case os.IsPermission(err):
		t, errno, msg = py.PermissionError, py.Int(13), "Permission denied"
	case strings.Contains(msg, "is a directory"):
		t, errno, msg = py.IsADirectoryError, py.Int(21), "Is a directory"
	}
	r, _ := compat.Repr(py.String(path))
	e := py.ExceptionNewf(t, "[Errno %d] %s: %s", errno, msg, r)
	e.Args = py.Tuple{errno, py.String(msg)}
	if e.Dict == nil {
		e.Dict = py.StringDict{}
	}
	e.Dict["errno"] = errno
	e.Dict["strerror"] = py.String(msg)
	e.Dict["filename"] = py.String(path)
	return e
}

// streamKey is where an instance of a Python subclass of BytesIO,
// StringIO or TextIOWrapper keeps its stream.
const streamKey = "__gowsgi_stream__"

// streamOf is o's stream: o itself, or the stream of an instance of a
// Python subclass (made on first use for BytesIO and StringIO, as
// CPython's __new__ makes it even when __init__ is not called).
func streamOf(o py.Object) (*stream, bool) {
	switch v := o.(type) {
	case *stream:
		return v, true
	case *py.Type:
		if v.Dict != nil {
			if s, ok := v.Dict[streamKey].(*stream); ok {
				return s, true
			}
		}
		kind := streamKind(v.Type())
		if kind != bytesIOType && kind != stringIOType {
			return nil, false
		}
		made, err := kind.New(kind, nil, nil)
		if err != nil {
			return nil, false
		}
		if v.Dict == nil {
			v.Dict = py.StringDict{}
		}
		v.Dict[streamKey] = made
		return made.(*stream), true
	}
	return nil, false
}

// streamKind is the io type along a class's MRO that can be subclassed.
func streamKind(cls *py.Type) *py.Type {
	if cls == nil {
		return nil
	}
	for _, c := range cls.Mro {
		switch c {
		case bytesIOType, stringIOType, textWrapperType:
			return c.(*py.Type)
		}
	}
	return nil
}

func ioMethod(types []*py.Type, name, doc string, fn func(s *stream, args py.Tuple) (py.Object, error)) {
	m := py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		s, ok := streamOf(self)
		if !ok && len(args) > 0 {
			s, ok = streamOf(args[0])
			args = args[1:]
		}
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires an io object", name)
		}
		return fn(s, args)
	}, 0, doc)
	for _, t := range types {
		t.Dict[name] = m
	}
}

func sizeArg(args py.Tuple) (int, error) {
	if len(args) == 0 || args[0] == py.None {
		return -1, nil
	}
	return py.IndexInt(args[0])
}

func init() {
	all := []*py.Type{fileIOType, bufferedType, bytesIOType, stringIOType, textWrapperType}
	for _, t := range []*py.Type{fileIOType, bufferedType, bytesIOType, stringIOType, textWrapperType} {
		t.Base = ioBaseType
		t.Mro = py.Tuple{t, ioBaseType, py.ObjectType}
	}
	ioMethod(all, "read", "read(size=-1) -> str or bytes", func(s *stream, args py.Tuple) (py.Object, error) {
		n, err := sizeArg(args)
		if err != nil {
			return nil, err
		}
		return s.read(n)
	})
	ioMethod(all, "read1", "read1(size=-1) -> bytes", func(s *stream, args py.Tuple) (py.Object, error) {
		n, err := sizeArg(args)
		if err != nil {
			return nil, err
		}
		return s.read(n)
	})
	ioMethod(all, "readline", "readline(size=-1) -> the next line", func(s *stream, args py.Tuple) (py.Object, error) {
		n, err := sizeArg(args)
		if err != nil {
			return nil, err
		}
		return s.readline(n)
	})
	ioMethod(all, "readlines", "readlines(hint=-1) -> list of lines", func(s *stream, args py.Tuple) (py.Object, error) {
		hint, err := sizeArg(args)
		if err != nil {
			return nil, err
		}
		out := py.NewList()
		total := 0
		for {
			line, err := s.readline(-1)
			if err != nil {
				return nil, err
			}
			n, _ := py.Len(line)
			if n == py.Int(0) {
				break
			}
			out.Append(line)
			total += int(n.(py.Int))
			if hint > 0 && total >= hint {
				break
			}
		}
		return out, nil
	})
	ioMethod(all, "write", "write(s) -> number written", func(s *stream, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "write() takes exactly one argument (%d given)", len(args))
		}
		return s.write(args[0])
	})
	ioMethod(all, "writelines", "writelines(lines)", func(s *stream, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "writelines() takes exactly one argument")
		}
		var werr error
		err := py.Iterate(args[0], func(o py.Object) bool {
			_, werr = s.write(o)
			return werr != nil
		})
		if err == nil {
			err = werr
		}
		return py.None, err
	})
	ioMethod(all, "seek", "seek(pos, whence=0) -> new position", func(s *stream, args py.Tuple) (py.Object, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, py.ExceptionNewf(py.TypeError, "seek expected 1 or 2 arguments")
		}
		off, err := py.IndexInt(args[0])
		if err != nil {
			return nil, err
		}
		whence := 0
		if len(args) == 2 {
			if whence, err = py.IndexInt(args[1]); err != nil {
				return nil, err
			}
		}
		return s.seek(off, whence)
	})
	ioMethod(all, "tell", "tell() -> current position", func(s *stream, args py.Tuple) (py.Object, error) { return s.tell() })
	ioMethod(all, "truncate", "truncate(size=None) -> new size", func(s *stream, args py.Tuple) (py.Object, error) {
		if err := s.check(false); err != nil {
			return nil, err
		}
		size := s.pos
		if len(args) > 0 && args[0] != py.None {
			n, err := py.IndexInt(args[0])
			if err != nil {
				return nil, err
			}
			size = n
		}
		switch {
		case s.file != nil:
			if size == s.pos {
				p, _ := s.file.Seek(0, io.SeekCurrent)
				size = int(p)
			}
			if err := s.file.Truncate(int64(size)); err != nil {
				return nil, py.ExceptionNewf(py.OSError, "%v", err)
			}
		case s.kind == stringIOType:
			if size < len(s.str) {
				s.str = s.str[:size]
			}
		default:
			if size < len(s.buf) {
				s.buf = s.buf[:size]
			}
		}
		return py.Int(size), nil
	})
	ioMethod(all, "flush", "flush()", func(s *stream, args py.Tuple) (py.Object, error) {
		if s.closed {
			return nil, py.ExceptionNewf(py.ValueError, "I/O operation on closed file.")
		}
		if s.inner != nil {
			if _, err := callMethod(s.inner, "flush"); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	ioMethod(all, "__enter__", "__enter__() -> the stream itself", func(s *stream, args py.Tuple) (py.Object, error) { return s.M__enter__() })
	ioMethod(all, "__exit__", "__exit__(*exc_info): close the stream", func(s *stream, args py.Tuple) (py.Object, error) { return py.None, s.close() })
	ioMethod(all, "__iter__", "__iter__() -> the stream itself", func(s *stream, args py.Tuple) (py.Object, error) { return s.M__iter__() })
	ioMethod(all, "__next__", "__next__() -> the next line", func(s *stream, args py.Tuple) (py.Object, error) { return s.M__next__() })
	ioMethod(all, "close", "close()", func(s *stream, args py.Tuple) (py.Object, error) { return py.None, s.close() })
	ioMethod(all, "readable", "readable() -> bool", func(s *stream, args py.Tuple) (py.Object, error) { return py.NewBool(s.readable), nil })
	ioMethod(all, "writable", "writable() -> bool", func(s *stream, args py.Tuple) (py.Object, error) { return py.NewBool(s.writable), nil })
	ioMethod(all, "seekable", "seekable() -> bool", func(s *stream, args py.Tuple) (py.Object, error) { return py.NewBool(s.inner == nil), nil })
	ioMethod(all, "isatty", "isatty() -> bool", func(s *stream, args py.Tuple) (py.Object, error) { return py.False, nil })
	ioMethod(all, "fileno", "fileno() -> int", func(s *stream, args py.Tuple) (py.Object, error) {
		if s.file == nil {
			return nil, py.ExceptionNewf(UnsupportedOperation, "fileno")
		}
		return py.Int(s.file.Fd()), nil
	})
	ioMethod([]*py.Type{bytesIOType, stringIOType}, "getvalue", "getvalue() -> the whole buffer", func(s *stream, args py.Tuple) (py.Object, error) {
		if s.closed {
			return nil, s.closedError()
		}
		if s.kind == stringIOType {
			return py.String(string(s.str)), nil
		}
		return compat.NewBytes(append([]byte(nil), s.buf...)), nil
	})
	ioMethod([]*py.Type{bytesIOType}, "getbuffer", "getbuffer() -> a read-write view of the buffer", func(s *stream, args py.Tuple) (py.Object, error) {
		if s.closed {
			return nil, s.closedError()
		}
		return compat.NewMemoryViewOf(s.buf), nil
	})
	ioMethod([]*py.Type{textWrapperType}, "detach", "detach() -> the underlying binary buffer", func(s *stream, args py.Tuple) (py.Object, error) {
		s.closed = true
		return s.inner, nil
	})
	prop := func(types []*py.Type, name string, fn func(s *stream) py.Object) {
		for _, t := range types {
			t.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
				s, ok := streamOf(self)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires an io object", name)
				}
				return fn(s), nil
			}}
		}
	}
	prop(all, "closed", func(s *stream) py.Object { return py.NewBool(s.closed) })
	prop([]*py.Type{fileIOType, bufferedType}, "name", func(s *stream) py.Object { return s.name })
	prop([]*py.Type{fileIOType, bufferedType}, "mode", func(s *stream) py.Object { return py.String(s.mode) })
	prop([]*py.Type{fileIOType, textWrapperType}, "encoding", func(s *stream) py.Object { return py.String(s.encoding) })
	prop([]*py.Type{fileIOType, textWrapperType}, "buffer", func(s *stream) py.Object {
		if s.inner != nil {
			return s.inner
		}
		return &stream{kind: bufferedType, file: s.file, name: s.name, mode: s.mode, readable: s.readable, writable: s.writable}
	})

	bytesIOType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var initial py.Object = py.None
		if err := py.ParseTupleAndKeywords(args, kwargs, "|O:BytesIO", []string{"initial_bytes"}, &initial); err != nil {
			return nil, err
		}
		s := &stream{kind: bytesIOType, readable: true, writable: true}
		if initial != py.None {
			b, ok := compat.BytesOf(initial)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", initial.Type().Name)
			}
			s.buf = append([]byte(nil), b...)
		}
		return s, nil
	}
	stringIOType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var initial, newline py.Object = py.String(""), py.String("\n")
		if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:StringIO", []string{"initial_value", "newline"}, &initial, &newline); err != nil {
			return nil, err
		}
		s := &stream{kind: stringIOType, text: true, readable: true, writable: true, str: []rune{}, newline: newline}
		if initial != py.None {
			str, ok := initial.(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "initial_value must be str or None, not %s", initial.Type().Name)
			}
			s.str = []rune(string(str))
		}
		return s, nil
	}
	textWrapperType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var buffer, encoding, errs, newline, lineBuffering, writeThrough py.Object = nil, py.None, py.None, py.None, py.False, py.False
		if err := py.ParseTupleAndKeywords(args, kwargs, "O|OOOOO:TextIOWrapper", []string{"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"},
			&buffer, &encoding, &errs, &newline, &lineBuffering, &writeThrough); err != nil {
			return nil, err
		}
		s := &stream{kind: textWrapperType, text: true, inner: buffer, readable: true, writable: true, encoding: "utf-8", errors: "strict", newline: newline}
		if e, ok := encoding.(py.String); ok {
			s.encoding = normEncoding(string(e))
		}
		if e, ok := errs.(py.String); ok {
			s.errors = string(e)
		}
		return s, nil
	}
	for _, t := range []*py.Type{bytesIOType, stringIOType, textWrapperType} {
		t.Flags |= py.TPFLAGS_BASETYPE
		kind := t
		// a Python subclass's instance is not a stream: __init__ makes its
		// stream (super().__init__(initial) included)
		t.Dict["__init__"] = py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			inst, ok := self.(*py.Type)
			if !ok {
				return py.None, nil
			}
			made, err := kind.New(kind, args, kwargs)
			if err != nil {
				return nil, err
			}
			if inst.Dict == nil {
				inst.Dict = py.StringDict{}
			}
			inst.Dict[streamKey] = made
			return py.None, nil
		}, 0, "__init__(...): initialise the stream")
	}

	open := py.MustNewMethod("open", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return openFile(args, kwargs)
	}, 0, "open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None) -> file object")
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "io", Doc: "The io module provides the Python interfaces to stream handling."},
		Methods: []*py.Method{open},
		// io.open is the builtin open itself, as in CPython
		CodeSrc: "from builtins import open\n",
		Globals: py.StringDict{
			"BytesIO": bytesIOType, "StringIO": stringIOType, "TextIOWrapper": textWrapperType,
			"IOBase": ioBaseType, "RawIOBase": rawIOBaseType, "BufferedIOBase": bufferedBaseType, "TextIOBase": textBaseType,
			"BufferedReader": bufferedType, "FileIO": bufferedType,
			"SEEK_SET": py.Int(0), "SEEK_CUR": py.Int(1), "SEEK_END": py.Int(2), "DEFAULT_BUFFER_SIZE": py.Int(8192),
			"UnsupportedOperation": UnsupportedOperation,
		},
	})
	replaceBuiltinOpen(open)
}

// replaceBuiltinOpen makes the open() builtin io.open.
func replaceBuiltinOpen(open *py.Method) {
	compat.SetModuleMethod(py.GetModuleImpl("builtins"), open)
}

// OSFile gives the OS file under a binary file object with nothing
// buffered ahead, so wsgi.file_wrapper can send it with sendfile.
func (s *stream) OSFile() *os.File {
	if s.text || s.closed || len(s.pending) > 0 {
		return nil
	}
	return s.file
}
