package compat

// boxed.go makes str and bytes objects in fewer allocations than Go's
// conversion to an interface.
//
// A py.String or Bytes is a Go string; putting one in a py.Object copies
// its 16-byte header into an allocation of its own, so a new str of n
// bytes costs two: its bytes and the header. For the stdlib's small hot
// results (h.hexdigest(), base64.b64encode(b), m.group()) that second
// allocation is a fifth of the call. Here:
//   - NewStringBuf and NewBytesBuf allocate the header and the bytes as
//     one block (the header first, pointing at the bytes after it) and
//     return the object with its bytes for the caller to fill;
//   - StringAt and BytesAt box a header that already lives in a larger
//     object (a re.Match keeps its groups' headers inline), allocating
//     nothing;
//   - IntString is str(i) in one allocation, none for 0 <= i < 1000 (a
//     table of headers, like CPython's cached one-character strings);
//   - FloatAt and IntAt box a float or int that lives in a larger object
//     (the JSON decoder's slabs of numbers), as StringAt does a str.
//
// The object is the same Go value a conversion gives (o.(py.String),
// type switches and reflection see no difference); only where its header
// lives differs. The block of NewStringBuf is noscan: the one pointer in
// it points into the block itself, which the object's reference keeps
// alive.

import (
	"strconv"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// iface is the layout of a non-empty interface value.
type iface struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

// strHeader is the size of a string header.
const strHeader = int(unsafe.Sizeof(""))

// strTab and bytesTab are the interface tables of py.String and Bytes as
// py.Object.
var (
	strTab   = tabOf(py.String(""))
	bytesTab = tabOf(Bytes(""))
	floatTab = tabOf(py.Float(0))
	intTab   = tabOf(py.Int(0))
)

func tabOf(o py.Object) unsafe.Pointer { return (*iface)(unsafe.Pointer(&o)).tab }

// boxAt is the object of type tab (a string type) whose header is *p.
func boxAt(tab unsafe.Pointer, p *string) (o py.Object) {
	*(*iface)(unsafe.Pointer(&o)) = iface{tab: tab, data: unsafe.Pointer(p)}
	return o
}

// newBuf is an object of type tab of n bytes, in one allocation, and its
// bytes, which the caller fills before the object is used.
func newBuf(tab unsafe.Pointer, n int) (py.Object, []byte) {
	mem := make([]byte, strHeader+n) // 8-aligned: more than the tiny allocator takes
	b := mem[strHeader:]
	h := (*string)(unsafe.Pointer(&mem[0]))
	*h = unsafe.String(&b[0], n)
	return boxAt(tab, h), b
}

// NewStringBuf is a new str of n bytes in one allocation, and those bytes:
// the caller writes valid UTF-8 into them before the str is used, and
// never afterwards.
func NewStringBuf(n int) (py.Object, []byte) {
	if n == 0 {
		return py.String(""), nil
	}
	return newBuf(strTab, n)
}

// NewBytesBuf is NewStringBuf for a bytes object.
func NewBytesBuf(n int) (py.Object, []byte) {
	if n == 0 {
		return Bytes(""), nil
	}
	return newBuf(bytesTab, n)
}

// StringAt is the str whose header is *p, without allocating: *p must be
// in a heap object (the str keeps it alive) or a global, and must never
// change afterwards.
func StringAt(p *string) py.Object { return boxAt(strTab, p) }

// BytesAt is StringAt for a bytes object.
func BytesAt(p *string) py.Object { return boxAt(bytesTab, p) }

// FloatAt is the float *p, without allocating, under StringAt's rules.
func FloatAt(p *float64) (o py.Object) {
	*(*iface)(unsafe.Pointer(&o)) = iface{tab: floatTab, data: unsafe.Pointer(p)}
	return o
}

// IntAt is the int *p, without allocating, under StringAt's rules.
func IntAt(p *int64) (o py.Object) {
	*(*iface)(unsafe.Pointer(&o)) = iface{tab: intTab, data: unsafe.Pointer(p)}
	return o
}

// smallInts holds the headers of str(i) for 0 <= i < len(smallInts),
// substrings of one string, so that IntString boxes them in place.
var smallInts = func() (h [1000]string) {
	var b []byte
	for i := range h {
		b = strconv.AppendInt(b, int64(i), 10)
	}
	all := string(b)
	at := 0
	for i := range h {
		n := len(strconv.Itoa(i))
		h[i] = all[at : at+n]
		at += n
	}
	return h
}()

// IntString is str(v) for an int: no allocation below 1000, else one.
func IntString(v int64) py.Object {
	if v >= 0 && v < int64(len(smallInts)) {
		return StringAt(&smallInts[v])
	}
	var buf [20]byte
	d := strconv.AppendInt(buf[:0], v, 10)
	o, b := NewStringBuf(len(d))
	copy(b, d)
	return o
}
