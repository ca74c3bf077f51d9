package stdlib

// struct.go is the struct module: pack, unpack, calcsize, unpack_from,
// iter_unpack, Struct (format, size, pack, unpack, unpack_from) and
// struct.error, with CPython's format language: byte order @ = < > !,
// native alignment for @, and the codes x c b B ? h H i I l L q Q n N f d
// s p P (e, the half float, is not provided).

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
		case 'h', 'H':
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
		case 'f', 'd':
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
			if it.code == 'f' {
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
				switch it.code {
				case 'b':
					return nil, py.ExceptionNewf(structError, "byte format requires -128 <= number <= 127")
				case 'B':
					return nil, py.ExceptionNewf(structError, "ubyte format requires 0 <= number <= 255")
				case 'q', 'Q', 'n', 'N', 'P':
					return nil, py.ExceptionNewf(structError, "argument out of range")
				}
				if it.code >= 'a' && it.code <= 'z' {
					return nil, py.ExceptionNewf(structError, "'%c' format requires %s <= number <= %s", it.code, lo, hi)
				}
				return nil, py.ExceptionNewf(structError, "'%c' format requires 0 <= number <= %s", it.code, hi)
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
			withFormat("iter_unpack", "iter_unpack(format, buffer) -> iterator of tuples", func(sf *structFormat, args py.Tuple, kw py.StringDict) (py.Object, error) {
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
			}),
			withFormat("calcsize", "calcsize(format) -> int", func(sf *structFormat, args py.Tuple, kw py.StringDict) (py.Object, error) {
				return py.Int(sf.size), nil
			}),
		},
		Globals: py.StringDict{"error": structError, "Struct": structType},
	})
}

// orderAppender is a byte order that can also append.
type orderAppender interface {
	binary.ByteOrder
	binary.AppendByteOrder
}
