package compat

// memoryview.go adds `memoryview` (gpython has none) for bytes and
// bytearray, format 'B': len, indexing (ints), slicing (a view of the same
// memory), item assignment on a bytearray's view (which changes the
// bytearray), tobytes, tolist, hex, release, with-blocks, ==, bytes(mv),
// and the attributes obj, nbytes, readonly, itemsize, format, ndim, shape.
// Not supported: other formats, cast, multi-dimensional views.
// NewMemoryViewOf gives Go code (io.BytesIO.getbuffer) a writable view of
// its own buffer.

import (
	"encoding/hex"

	"github.com/go-python/gpython/py"
)

// MemoryView is a view of [start, start+length) of a bytes or bytearray.
type MemoryView struct {
	obj           py.Object
	ro            Bytes      // the bytes viewed, when obj is bytes
	rw            *ByteArray // the bytearray viewed
	start, length int
	step          int  // between items, in the underlying bytes; 0 is 1
	readOnly      bool // toreadonly() of a bytearray's view
	released      bool
}

func (m *MemoryView) stride() int {
	if m.step == 0 {
		return 1
	}
	return m.step
}

// buf is the whole underlying memory.
func (m *MemoryView) buf() []byte {
	if m.rw != nil {
		return m.rw.b
	}
	return []byte(m.ro)
}

// at is item i's offset in buf.
func (m *MemoryView) at(i int) int { return m.start + i*m.stride() }

// MemoryViewType is `memoryview`.
var MemoryViewType = py.NewTypeX("memoryview", "Create a new memoryview object which references the given object.", memoryViewNew, nil)

func (m *MemoryView) Type() *py.Type { return MemoryViewType }

func memoryViewNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var obj py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:memoryview", []string{"object"}, &obj); err != nil {
		return nil, err
	}
	switch v := obj.(type) {
	case *MemoryView:
		if err := v.check(); err != nil {
			return nil, err
		}
		c := *v
		return &c, nil
	case *ByteArray:
		return &MemoryView{obj: v, rw: v, length: len(v.b)}, nil
	}
	if s, ok := bytesStr(obj); ok {
		return &MemoryView{obj: obj, ro: Bytes(s), length: len(s)}, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "memoryview: a bytes-like object is required, not '%s'", obj.Type().Name)
}

// NewMemoryViewOf is a writable memoryview of b itself: item assignment
// through it changes b's bytes (as BytesIO.getbuffer's view does).
func NewMemoryViewOf(b []byte) *MemoryView {
	ba := &ByteArray{b: b}
	return &MemoryView{obj: ba, rw: ba, length: len(b)}
}

func (m *MemoryView) check() error {
	if m.released {
		return py.ExceptionNewf(py.ValueError, "operation forbidden on released memoryview object")
	}
	return nil
}

// data is the viewed bytes now (a bytearray may have been resized).
func (m *MemoryView) data() []byte {
	if m.stride() != 1 {
		b := m.buf()
		out := make([]byte, 0, m.length)
		for i := 0; i < m.length; i++ {
			if p := m.at(i); p >= 0 && p < len(b) {
				out = append(out, b[p])
			}
		}
		return out
	}
	if m.rw != nil {
		end := min(m.start+m.length, len(m.rw.b))
		if m.start >= end {
			return nil
		}
		return m.rw.b[m.start:end]
	}
	return []byte(m.ro[m.start : m.start+m.length])
}

func (m *MemoryView) M__len__() (py.Object, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	return py.Int(m.length), nil
}

func (m *MemoryView) M__getitem__(key py.Object) (py.Object, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	if s, ok := key.(*py.Slice); ok {
		start, _, step, n, err := s.GetIndices(m.length)
		if err != nil {
			return nil, err
		}
		return &MemoryView{obj: m.obj, ro: m.ro, rw: m.rw, start: m.at(start), length: n, step: m.stride() * step, readOnly: m.readOnly}, nil
	}
	i, err := py.IndexInt(key)
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "memoryview: invalid slice key")
	}
	if i < 0 {
		i += m.length
	}
	b := m.buf()
	if i < 0 || i >= m.length || m.at(i) >= len(b) {
		return nil, py.ExceptionNewf(py.IndexError, "index out of bounds on dimension 1")
	}
	return py.Int(b[m.at(i)]), nil
}

func (m *MemoryView) M__setitem__(key, value py.Object) (py.Object, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	if m.rw == nil || m.readOnly {
		return nil, py.ExceptionNewf(py.TypeError, "cannot modify read-only memory")
	}
	d := m.rw.b
	if s, ok := key.(*py.Slice); ok {
		start, _, step, n, err := s.GetIndices(m.length)
		if err != nil {
			return nil, err
		}
		src, ok := bytesStr(value)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", value.Type().Name)
		}
		if n != len(src) {
			return nil, py.ExceptionNewf(py.ValueError, "memoryview assignment: lvalue and rvalue have different structures")
		}
		for j := 0; j < n; j++ {
			if p := m.at(start + j*step); p >= 0 && p < len(d) {
				d[p] = src[j]
			}
		}
		return py.None, nil
	}
	i, err := py.IndexInt(key)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		i += m.length
	}
	if i < 0 || i >= m.length || m.at(i) >= len(d) {
		return nil, py.ExceptionNewf(py.IndexError, "index out of bounds on dimension 1")
	}
	c, err := byteValue(value)
	if err != nil {
		return nil, err
	}
	d[m.at(i)] = c
	return py.None, nil
}

func (m *MemoryView) M__iter__() (py.Object, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	d := m.data()
	items := make(py.Tuple, len(d))
	for i, c := range d {
		items[i] = py.Int(c)
	}
	return py.NewIterator(items), nil
}

func (m *MemoryView) M__eq__(o py.Object) (py.Object, error) {
	if m.released {
		return py.NewBool(o == py.Object(m)), nil
	}
	var other string
	switch v := o.(type) {
	case *MemoryView:
		if v.released {
			return py.False, nil
		}
		other = string(v.data())
	default:
		s, ok := bytesStr(o)
		if !ok {
			return py.NotImplemented, nil
		}
		other = s
	}
	return py.NewBool(string(m.data()) == other), nil
}

func (m *MemoryView) M__ne__(o py.Object) (py.Object, error) {
	r, err := m.M__eq__(o)
	if err != nil || r == py.NotImplemented {
		return r, err
	}
	return py.Not(r)
}

func (m *MemoryView) M__repr__() (py.Object, error) {
	if m.released {
		return py.String("<released memory>"), nil
	}
	return py.String("<memory>"), nil
}

func (m *MemoryView) M__enter__() (py.Object, error) { return m, m.check() }
func (m *MemoryView) M__exit__(a, b, c py.Object) (py.Object, error) {
	m.released = true
	return py.False, nil
}

func memoryViewMethod(name, doc string, fn func(m *MemoryView, args py.Tuple) (py.Object, error)) {
	MemoryViewType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args = unbound(self, args)
		m, ok := self.(*MemoryView)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'memoryview' object", name)
		}
		if name != "release" {
			if err := m.check(); err != nil {
				return nil, err
			}
		}
		return fn(m, args)
	}, 0, doc)
}

func init() {
	setBuiltin("memoryview", MemoryViewType)
	memoryViewMethod("tobytes", "Return the data in the buffer as a byte string.", func(m *MemoryView, args py.Tuple) (py.Object, error) {
		return Bytes(m.data()), nil
	})
	memoryViewMethod("tolist", "Return the data in the buffer as a list of elements.", func(m *MemoryView, args py.Tuple) (py.Object, error) {
		d := m.data()
		out := make([]py.Object, len(d))
		for i, c := range d {
			out[i] = py.Int(c)
		}
		return py.NewListFromItems(out), nil
	})
	memoryViewMethod("hex", "Return the data in the buffer as a str of hexadecimal numbers.", func(m *MemoryView, args py.Tuple) (py.Object, error) {
		return py.String(hex.EncodeToString(m.data())), nil
	})
	memoryViewMethod("release", "Release the underlying buffer exposed by the memoryview object.", func(m *MemoryView, args py.Tuple) (py.Object, error) {
		m.released = true
		return py.None, nil
	})
	attr := func(name string, get func(m *MemoryView) py.Object) {
		MemoryViewType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			m, ok := self.(*MemoryView)
			if !ok {
				return py.None, nil
			}
			if err := m.check(); err != nil {
				return nil, err
			}
			return get(m), nil
		}}
	}
	attr("obj", func(m *MemoryView) py.Object { return m.obj })
	attr("nbytes", func(m *MemoryView) py.Object { return py.Int(m.length) })
	attr("readonly", func(m *MemoryView) py.Object { return py.NewBool(m.rw == nil || m.readOnly) })
	attr("itemsize", func(m *MemoryView) py.Object { return py.Int(1) })
	attr("format", func(m *MemoryView) py.Object { return py.String("B") })
	attr("ndim", func(m *MemoryView) py.Object { return py.Int(1) })
	attr("shape", func(m *MemoryView) py.Object { return py.Tuple{py.Int(m.length)} })
	attr("strides", func(m *MemoryView) py.Object { return py.Tuple{py.Int(m.stride())} })
	attr("suboffsets", func(m *MemoryView) py.Object { return py.Tuple{} })
	contiguous := func(m *MemoryView) py.Object { return py.NewBool(m.stride() == 1 || m.length <= 1) }
	attr("contiguous", contiguous)
	attr("c_contiguous", contiguous)
	attr("f_contiguous", contiguous)
	memoryViewMethod("toreadonly", "Return a readonly version of the memoryview.", func(m *MemoryView, args py.Tuple) (py.Object, error) {
		c := *m
		c.readOnly = true
		return &c, nil
	})
}
