package bridge

import (
	"io"
	"os"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

// FileWrapperType is wsgi.file_wrapper: FileWrapperType(filelike,
// blksize=8192) makes an iterable over filelike.read(blksize) whose close()
// closes filelike. When the application returns it unchanged and filelike is
// a regular file, the server sends the file from its current position with
// sendfile, never copying it through Python.
var FileWrapperType = py.NewType("mod_wsgi.FileWrapper", "wsgi.file_wrapper(filelike, blksize=8192)")

// OSFiler is implemented by Python file objects that stand on an *os.File
// (stdlib's open()); gpython's own *py.File is recognised directly.
type OSFiler interface{ OSFile() *os.File }

// FileWrapper is a wsgi.file_wrapper object.
type FileWrapper struct {
	filelike py.Object
	blksize  int
}

// Type implements py.Object.
func (fw *FileWrapper) Type() *py.Type { return FileWrapperType }

func init() {
	FileWrapperType.New = func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var filelike py.Object
		var blksize py.Object = py.Int(8192)
		if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:file_wrapper", []string{"filelike", "blksize"}, &filelike, &blksize); err != nil {
			return nil, err
		}
		n, ok := blksize.(py.Int)
		if !ok || n <= 0 {
			return nil, py.ExceptionNewf(py.ValueError, "file_wrapper() blksize must be a positive int")
		}
		return &FileWrapper{filelike: filelike, blksize: int(n)}, nil
	}
	FileWrapperType.Dict["close"] = py.MustNewMethod("close", func(self py.Object) (py.Object, error) {
		fw := self.(*FileWrapper)
		closer, err := py.GetAttrString(fw.filelike, "close")
		if err != nil {
			return py.None, nil
		}
		return py.Call(closer, nil, nil)
	}, 0, "close(): close the wrapped file")
}

// M__iter__ implements iter(wrapper).
func (fw *FileWrapper) M__iter__() (py.Object, error) { return fw, nil }

// M__next__ returns the next block read from the file.
func (fw *FileWrapper) M__next__() (py.Object, error) {
	read, err := py.GetAttrString(fw.filelike, "read")
	if err != nil {
		return nil, err
	}
	data, err := py.Call(read, py.Tuple{py.Int(fw.blksize)}, nil)
	if err != nil {
		return nil, err
	}
	if b, ok := compat.BytesOf(data); ok && len(b) == 0 {
		return nil, py.ExceptionNewf(py.StopIteration, "")
	}
	if s, ok := data.(py.String); ok && len(s) == 0 {
		return nil, py.ExceptionNewf(py.StopIteration, "")
	}
	return data, nil
}

// fileSource is the regular file under a FileWrapper.
type fileSource struct{ f *os.File }

// file returns the regular file the wrapper stands on, or nil.
func (fw *FileWrapper) file() *fileSource {
	var f *os.File
	switch v := fw.filelike.(type) {
	case *py.File:
		f = v.File
	case OSFiler:
		f = v.OSFile()
	}
	if f == nil {
		return nil
	}
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return nil
	}
	return &fileSource{f: f}
}

// remaining is the number of bytes from the current position to the end.
func (s *fileSource) remaining() (int64, bool) {
	fi, err := s.f.Stat()
	if err != nil {
		return 0, false
	}
	pos, err := s.f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, false
	}
	return max(fi.Size()-pos, 0), true
}

// sendTo copies the file from its position to w, at most limit bytes when
// limit >= 0. When w can take a reader (fasthttp's connection writer) an
// *io.LimitedReader over the *os.File lets it use sendfile.
func (s *fileSource) sendTo(w io.Writer, limit int64) (int64, error) {
	n, ok := s.remaining()
	if !ok {
		n = 1<<63 - 1
	}
	if limit >= 0 && limit < n {
		n = limit
	}
	lr := &io.LimitedReader{R: s.f, N: n}
	if rf, ok := w.(io.ReaderFrom); ok {
		return rf.ReadFrom(lr)
	}
	return io.Copy(w, lr)
}
