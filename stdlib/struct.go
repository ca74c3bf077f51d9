package stdlib

// struct.go is the struct module: pack, pack_into, unpack, calcsize,
// unpack_from, iter_unpack, Struct (format, size, pack, pack_into,
// unpack, unpack_from, iter_unpack) and
// struct.error, with CPython's format language: byte order @ = < > !,
// native alignment for @, and the codes x c b B ? h H i I l L q Q n N f d
// s p P e (e is IEEE 754 binary16, rounded half to even as CPython does).

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

var structError = compat.NewExceptionType(py.ExceptionType, "error", "struct.error")

type structItem struct {
	code  byte
	count int // for s and p: the byte length; others repeat count times
	size  int
	align int
}

type structFormat struct {
	order  orderAppender
	native bool
	items  []structItem
	size   int
	format py.Object
}

func parseStructFormat(fmtObj py.Object) (*structFormat, error) {
	var f string
	switch v := fmtObj.(type) {
	case py.String:
		f = string(v)
	default:
		b, ok := compat.BytesOf(fmtObj)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "Struct() argument 1 must be a str or bytes object, not %s", fmtObj.Type().Name)
		}
		f = string(b)
	}
	sf := &structFormat{order: binary.LittleEndian, native: true, format: fmtObj}
	if len(f) > 0 {
		switch f[0] {
		case '@':
			f = f[1:]
		case '=', '<':
			sf.native = false
			f = f[1:]
		case '>', '!':
			sf.native, sf.order = false, binary.BigEndian
			f = f[1:]
		}
	}
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c == ' ' || c == '\t' || c == '\n' {
			continue
		}
		count := 1
		hasCount := false
		if c >= '0' && c <= '9' {
			j := i
			for j < len(f) && f[j] >= '0' && f[j] <= '9' {
				j++
			}
			n := 0
			for _, d := range f[i:j] {
				n = n*10 + int(d-'0')
			}
			count, hasCount = n, true
			if j >= len(f) {
				return nil, py.ExceptionNewf(structError, "repeat count given without format specifier")
			}
			i = j
			c = f[i]
		}
		size := 0
		switch c {
		case 'x', 'c', 'b', 'B', '?', 's', 'p':
			size = 1
		case 'h', 'H', 'e':
			size = 2
		case 'i', 'I', 'f':
			size = 4
		case 'l', 'L':
			size = 4
			if sf.native {
				size = 8
			}
		case 'q', 'Q', 'd':
			size = 8
		case 'n', 'N', 'P':
			if !sf.native {
				return nil, py.ExceptionNewf(structError, "bad char in struct format")
			}
			size = 8
		default:
			return nil, py.ExceptionNewf(structError, "bad char in struct format")
		}
		align := 1
		if sf.native {
			align = size
		}
		if c == 's' || c == 'p' {
			sf.size = alignUp(sf.size, 1)
			sf.items = append(sf.items, structItem{code: c, count: count, size: count, align: 1})
			sf.size += count
			continue
		}
		_ = hasCount
		for k := 0; k < count; k++ {
			if c != 'x' {
				sf.size = alignUp(sf.size, align)
			}
			sf.items = append(sf.items, structItem{code: c, count: 1, size: size, align: align})
			sf.size += size
		}
	}
	return sf, nil
}

func alignUp(n, a int) int {
	if a <= 1 {
		return n
	}
	return (n + a - 1) / a * a
}

// values is the number of Python values the format packs.
func (sf *structFormat) values() int {
	n := 0
	for _, it := range sf.items {
		if it.code != 'x' {
			n++
		}
	}
	return n
}

func intRange(code byte, size int) (*big.Int, *big.Int) {
	bits := uint(size * 8)
	if code >= 'a' && code <= 'z' && code != 'p' {
		lo := new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), bits-1))
		hi := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits-1), big.NewInt(1))
		return lo, hi
	}
	return big.NewInt(0), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1))
}

func (sf *structFormat) pack(args py.Tuple) ([]byte, error) {
	if len(args) != sf.values() {
		return nil, py.ExceptionNewf(structError, "pack expected %d items for packing (got %d)", sf.values(), len(args))
	}
	out := make([]byte, 0, sf.size)
	ai := 0
	for _, it := range sf.items {
		for len(out)%max(it.align, 1) != 0 && it.code != 'x' {
			out = append(out, 0)
		}
		if it.code == 'x' {
			out = append(out, 0)
			continue
		}
		v := args[ai]
		ai++
		switch it.code {
		case 'c':
			b, ok := compat.BytesOf(v)
			if !ok || len(b) != 1 {
				return nil, py.ExceptionNewf(structError, "char format requires a bytes object of length 1")
			}
			out = append(out, b[0])
		case 's', 'p':
			b, ok := compat.BytesOf(v)
			if !ok {
				return nil, py.ExceptionNewf(structError, "argument for 's' must be a bytes object")
			}
			buf := make([]byte, it.count)
			if it.code == 'p' && it.count > 0 {
				n := min(len(b), it.count-1, 255)
				buf[0] = byte(n)
				copy(buf[1:], b[:n])
			} else {
				copy(buf, b)
			}
			out = append(out, buf...)
		case '?':
			t, err := compat.Truth(v)
			if err != nil {
				return nil, err
			}
			if t {
				out = append(out, 1)
			} else {
				out = append(out, 0)
			}
		case 'f', 'd', 'e':
			var f float64
			switch x := v.(type) {
			case py.Float:
				f = float64(x)
			case py.Int:
				f = float64(x)
			case py.Bool:
				if x {
					f = 1
				}
			default:
				return nil, py.ExceptionNewf(structError, "required argument is not a float")
			}
			if it.code == 'e' {
				h, ok := halfBits(f)
				if !ok {
					return nil, py.ExceptionNewf(py.OverflowError, "float too large to pack with e format")
				}
				out = sf.order.AppendUint16(out, h)
			} else if it.code == 'f' {
				if !math.IsInf(f, 0) && !math.IsNaN(f) && math.Abs(f) > math.MaxFloat32 {
					return nil, py.ExceptionNewf(py.OverflowError, "float too large to pack with f format")
				}
				out = sf.order.AppendUint32(out, math.Float32bits(float32(f)))
			} else {
				out = sf.order.AppendUint64(out, math.Float64bits(f))
			}
		default:
			n, ok := toBigInt(v)
			if !ok {
				return nil, py.ExceptionNewf(structError, "required argument is not an integer")
			}
			lo, hi := intRange(it.code, it.size)
			if n.Cmp(lo) < 0 || n.Cmp(hi) > 0 {
				return nil, sf.rangeError(it.code, n, lo, hi)
			}
			u := new(big.Int).Set(n)
			if u.Sign() < 0 {
				u.Add(u, new(big.Int).Lsh(big.NewInt(1), uint(it.size*8)))
			}
			buf := u.FillBytes(make([]byte, it.size))
			if sf.order == binary.LittleEndian {
				for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
					buf[i], buf[j] = buf[j], buf[i]
				}
			}
			out = append(out, buf...)
		}
	}
	return out, nil
}

func toBigInt(v py.Object) (*big.Int, bool) { return compat.BigInt(v) }

// rangeError is CPython 3.11's struct.error for n outside [lo, hi] for
// code: its wording depends on the code, the byte order and whether n
// fits a C long at all.
func (sf *structFormat) rangeError(code byte, n, lo, hi *big.Int) error {
	big := sf.order == binary.BigEndian && !sf.native
	signed := code >= 'a' && code <= 'z'
	if !n.IsInt64() && !(n.Sign() > 0 && n.IsUint64() && !signed) || !signed && n.Sign() < 0 && (code != 'H' || big) && code != 'B' {
		if big && (code == 'q' || code == 'Q') {
			return py.ExceptionNewf(structError, "int too large to convert")
		}
		return py.ExceptionNewf(structError, "argument out of range")
	}
	switch code {
	case 'b':
		return py.ExceptionNewf(structError, "byte format requires -128 <= number <= 127")
	case 'B':
		return py.ExceptionNewf(structError, "ubyte format requires 0 <= number <= 255")
	case 'h':
		if !big {
			return py.ExceptionNewf(structError, "short format requires -32768 <= number <= 32767")
		}
	case 'H':
		if !big {
			return py.ExceptionNewf(structError, "ushort format requires 0 <= number <= 65535")
		}
	case 'q', 'Q', 'n', 'N', 'P':
		return py.ExceptionNewf(structError, "argument out of range")
	}
	if signed {
		return py.ExceptionNewf(structError, "'%c' format requires %s <= number <= %s", code, lo, hi)
	}
	return py.ExceptionNewf(structError, "'%c' format requires 0 <= number <= %s", code, hi)
}

func (sf *structFormat) unpack(b []byte) (py.Tuple, error) {
	if len(b) != sf.size {
		return nil, py.ExceptionNewf(structError, "unpack requires a buffer of %d bytes", sf.size)
	}
	out := make(py.Tuple, 0, sf.values())
	pos := 0
	for _, it := range sf.items {
		if it.code != 'x' {
			pos = alignUp(pos, it.align)
		}
		chunk := b[pos : pos+it.size]
		pos += it.size
		switch it.code {
		case 'x':
		case 'c':
			out = append(out, compat.NewBytes([]byte{chunk[0]}))
		case 's':
			out = append(out, compat.NewBytes(append([]byte(nil), chunk...)))
		case 'p':
			n := 0
			if len(chunk) > 0 {
				n = min(int(chunk[0]), len(chunk)-1)
			}
			out = append(out, compat.NewBytes(append([]byte(nil), chunk[1:1+n]...)))
		case '?':
			out = append(out, py.NewBool(chunk[0] != 0))
		case 'e':
			out = append(out, py.Float(halfFloat(sf.order.Uint16(chunk))))
		case 'f':
			out = append(out, py.Float(math.Float32frombits(sf.order.Uint32(chunk))))
		case 'd':
			out = append(out, py.Float(math.Float64frombits(sf.order.Uint64(chunk))))
		default:
			buf := append([]byte(nil), chunk...)
			if sf.order == binary.LittleEndian {
				for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
					buf[i], buf[j] = buf[j], buf[i]
				}
			}
			n := new(big.Int).SetBytes(buf)
			if it.code >= 'a' && it.code <= 'z' && len(buf) > 0 && buf[0]&0x80 != 0 {
				n.Sub(n, new(big.Int).Lsh(big.NewInt(1), uint(it.size*8)))
			}
			if n.IsInt64() {
				out = append(out, py.Int(n.Int64()))
			} else {
				out = append(out, (*py.BigInt)(n))
			}
		}
	}
	return out, nil
}

// structObj is a struct.Struct.
type structObj struct{ sf *structFormat }

var structType = py.NewType("Struct", "Struct(fmt) --> compiled struct object")

func (s *structObj) Type() *py.Type { return structType }

func bufferArg(o py.Object) ([]byte, error) {
	b, ok := compat.BytesOf(o)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", o.Type().Name)
	}
	return b, nil
}

func unpackFrom(sf *structFormat, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var buffer, offset py.Object = nil, py.Int(0)
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:unpack_from", []string{"buffer", "offset"}, &buffer, &offset); err != nil {
		return nil, err
	}
	b, err := bufferArg(buffer)
	if err != nil {
		return nil, err
	}
	off, err := py.IndexInt(offset)
	if err != nil {
		return nil, err
	}
	if off < 0 {
		off += len(b)
	}
	if off < 0 || off+sf.size > len(b) {
		return nil, py.ExceptionNewf(structError, "unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", off+sf.size, sf.size, off, len(b))
	}
	return sf.unpack(b[off : off+sf.size])
}

func init() {
	structType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var f py.Object
		if err := py.ParseTupleAndKeywords(args, kwargs, "O:Struct", []string{"format"}, &f); err != nil {
			return nil, err
		}
		sf, err := parseStructFormat(f)
		if err != nil {
			return nil, err
		}
		return &structObj{sf}, nil
	}
	self := func(o py.Object, args py.Tuple) (*structObj, py.Tuple, error) {
		if s, ok := o.(*structObj); ok {
			return s, args, nil
		}
		if len(args) > 0 {
			if s, ok := args[0].(*structObj); ok {
				return s, args[1:], nil
			}
		}
		return nil, nil, py.ExceptionNewf(py.TypeError, "descriptor requires a 'Struct' object")
	}
	structType.Dict["pack"] = py.MustNewMethod("pack", func(o py.Object, args py.Tuple) (py.Object, error) {
		s, args, err := self(o, args)
		if err != nil {
			return nil, err
		}
		b, err := s.sf.pack(args)
		if err != nil {
			return nil, err
		}
		return compat.NewBytes(b), nil
	}, 0, "pack(v1, v2, ...) -> bytes")
	structType.Dict["unpack"] = py.MustNewMethod("unpack", func(o py.Object, args py.Tuple) (py.Object, error) {
		s, args, err := self(o, args)
		if err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "unpack() takes exactly one argument")
		}
		b, err := bufferArg(args[0])
		if err != nil {
			return nil, err
		}
		return s.sf.unpack(b)
	}, 0, "unpack(buffer) -> tuple")
	structType.Dict["unpack_from"] = py.MustNewMethod("unpack_from", func(o py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		s, args, err := self(o, args)
		if err != nil {
			return nil, err
		}
		return unpackFrom(s.sf, args, kwargs)
	}, 0, "unpack_from(buffer, offset=0) -> tuple")
	for name, fn := range map[string]func(sf *structFormat, args py.Tuple, kwargs py.StringDict) (py.Object, error){
		"iter_unpack": iterUnpack, "pack_into": packInto,
	} {
		fn := fn
		structType.Dict[name] = py.MustNewMethod(name, func(o py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			s, args, err := self(o, args)
			if err != nil {
				return nil, err
			}
			return fn(s.sf, args, kwargs)
		}, 0, name+" with the Struct's format")
	}
	structType.Dict["size"] = &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.Int(o.(*structObj).sf.size), nil }}
	structType.Dict["format"] = &py.Property{Fget: func(o py.Object) (py.Object, error) {
		f := o.(*structObj).sf.format
		if b, ok := compat.BytesOf(f); ok {
			return py.String(b), nil
		}
		return f, nil
	}}

	withFormat := func(name, doc string, fn func(sf *structFormat, args py.Tuple, kwargs py.StringDict) (py.Object, error)) *py.Method {
		return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() missing required argument 'format' (pos 1)", name)
			}
			sf, err := parseStructFormat(args[0])
			if err != nil {
				return nil, err
			}
			return fn(sf, args[1:], kwargs)
		}, 0, doc)
	}
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "struct", Doc: "Functions to convert between Python values and C structs."},
		Methods: []*py.Method{
			withFormat("pack", "pack(format, v1, v2, ...) -> bytes", func(sf *structFormat, args py.Tuple, kw py.StringDict) (py.Object, error) {
				b, err := sf.pack(args)
				if err != nil {
					return nil, err
				}
				return compat.NewBytes(b), nil
			}),
			withFormat("unpack", "unpack(format, buffer) -> tuple", func(sf *structFormat, args py.Tuple, kw py.StringDict) (py.Object, error) {
				if len(args) != 1 {
					return nil, py.ExceptionNewf(py.TypeError, "unpack expected 2 arguments, got %d", len(args)+1)
				}
				b, err := bufferArg(args[0])
				if err != nil {
					return nil, err
				}
				return sf.unpack(b)
			}),
			withFormat("unpack_from", "unpack_from(format, buffer, offset=0) -> tuple", unpackFrom),
			withFormat("iter_unpack", "iter_unpack(format, buffer) -> iterator of tuples", iterUnpack),
			withFormat("pack_into", "pack_into(format, buffer, offset, v1, v2, ...)", packInto),
			withFormat("calcsize", "calcsize(format) -> int", func(sf *structFormat, args py.Tuple, kw py.StringDict) (py.Object, error) {
				return py.Int(sf.size), nil
			}),
		},
		Globals: py.StringDict{"error": structError, "Struct": structType},
	})
}

// iterUnpack is iter_unpack(buffer): an iterator of the tuples unpacked
// from each size bytes.
func iterUnpack(sf *structFormat, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "iter_unpack expected 2 arguments")
	}
	b, err := bufferArg(args[0])
	if err != nil {
		return nil, err
	}
	if sf.size == 0 || len(b)%sf.size != 0 {
		return nil, py.ExceptionNewf(structError, "iterative unpacking requires a buffer of a multiple of %d bytes", sf.size)
	}
	var items py.Tuple
	for i := 0; i < len(b); i += sf.size {
		t, err := sf.unpack(b[i : i+sf.size])
		if err != nil {
			return nil, err
		}
		items = append(items, t)
	}
	return py.NewIterator(items), nil
}

// packInto is pack_into(buffer, offset, v1, ...): the packed bytes written
// into a writable buffer (a bytearray) at offset (negative from the end).
func packInto(sf *structFormat, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) < 2 {
		return nil, py.ExceptionNewf(py.TypeError, "pack_into expected buffer argument")
	}
	buf := args[0]
	off, err := py.IndexInt(args[1])
	if err != nil {
		return nil, err
	}
	data, err := sf.pack(args[2:])
	if err != nil {
		return nil, err
	}
	cur, ok := compat.BytesOf(buf)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "argument must be read-write bytes-like object, not %s", buf.Type().Name)
	}
	if off < 0 {
		if off+len(cur) < 0 {
			return nil, py.ExceptionNewf(structError, "offset %d out of range for %d-byte buffer", off, len(cur))
		}
		off += len(cur)
	}
	if len(cur)-off < len(data) {
		if off > len(cur) {
			return nil, py.ExceptionNewf(structError, "offset %d out of range for %d-byte buffer", off, len(cur))
		}
		return nil, py.ExceptionNewf(structError, "pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", len(data)+off, len(data), off, len(cur))
	}
	slice := py.Slice{Start: py.Int(off), Stop: py.Int(off + len(data)), Step: py.None}
	if _, err := py.SetItem(buf, &slice, compat.NewBytes(data)); err != nil {
		return nil, err
	}
	return py.None, nil
}

// orderAppender is a byte order that can also append.
type orderAppender interface {
	binary.ByteOrder
	binary.AppendByteOrder
}

// halfBits is f as an IEEE 754 half float (binary16), rounded half to
// even; ok is false when f is too large for one.
func halfBits(f float64) (uint16, bool) {
	var sign uint16
	if math.Signbit(f) {
		sign = 0x8000
	}
	a := math.Abs(f)
	switch {
	case math.IsNaN(f):
		return sign | 0x7e00, true
	case math.IsInf(f, 0):
		return sign | 0x7c00, true
	case a < 0x1p-14: // subnormal (or zero): units of 2**-24
		return sign | uint16(math.RoundToEven(a*0x1p24)), true
	}
	_, exp := math.Frexp(a)
	e := exp - 1 // a = 1.xxx * 2**e
	n := math.RoundToEven(math.Ldexp(a, 10-e))
	if n == 2048 {
		n, e = 1024, e+1
	}
	if e > 15 {
		return 0, false
	}
	return sign | uint16(e+15)<<10 | uint16(n-1024), true
}

// halfFloat is the value of the half float h.
func halfFloat(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e := int(h>>10) & 0x1f
	frac := float64(h & 0x3ff)
	switch e {
	case 0:
		return sign * math.Ldexp(frac, -24)
	case 0x1f:
		if frac != 0 {
			return math.NaN()
		}
		return sign * math.Inf(1)
	}
	return sign * math.Ldexp(1024+frac, e-25)
}
