package stdlib

// binascii.go completes gpython's binascii module, whose functions took
// only its own bytes representation (compat's bytes and bytearray were
// refused as "not bytes-like") and whose Error was not a ValueError:
// hexlify/b2a_hex(data[, sep[, bytes_per_sep]]), unhexlify/a2b_hex (str
// or bytes), a2b_base64, b2a_base64(data, *, newline=True),
// crc32(data[, value]), crc_hqx(data, crc); Error is binascii.Error, a
// ValueError.

import (
	"encoding/base64"
	"encoding/hex"
	"hash/crc32"
	"strings"

	"github.com/go-python/gpython/py"
	gbinascii "github.com/go-python/gpython/stdlib/binascii"

	"github.com/gowsgi/gowsgi/compat"
)

// asciiData reads an argument that may be bytes-like or an ASCII str.
func asciiData(fn string, o py.Object) ([]byte, error) {
	if b, ok := compat.BytesView(o); ok {
		return b, nil
	}
	if s, ok := o.(py.String); ok {
		for _, r := range string(s) {
			if r > 127 {
				return nil, py.ExceptionNewf(py.ValueError, "string argument should contain only ASCII characters")
			}
		}
		return []byte(string(s)), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", o.Type().Name)
}

func dataArg(fn string, o py.Object) ([]byte, error) {
	if b, ok := compat.BytesView(o); ok {
		return b, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", o.Type().Name)
}

func init() {
	impl := py.GetModuleImpl("binascii")
	if impl == nil {
		return
	}
	hexlify := func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var data, sep, per py.Object = nil, py.None, py.Int(1)
		if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:hexlify", []string{"data", "sep", "bytes_per_sep"}, &data, &sep, &per); err != nil {
			return nil, err
		}
		b, err := dataArg("hexlify", data)
		if err != nil {
			return nil, err
		}
		if sep == py.None {
			r, buf := compat.NewBytesBuf(2 * len(b))
			hexEncode(buf, b)
			return r, nil
		}
		// bytes.hex does the grouping
		h, err := py.Call(py.BytesType.Dict["hex"], py.Tuple{compat.NewBytes(b), sep, per}, nil)
		if err != nil {
			return nil, err
		}
		return compat.NewBytes([]byte(string(h.(py.String)))), nil
	}
	unhexlify := func(self py.Object, arg py.Object) (py.Object, error) {
		b, err := asciiData("unhexlify", arg)
		if err != nil {
			return nil, err
		}
		if len(b)%2 != 0 {
			return nil, py.ExceptionNewf(gbinascii.Error, "Odd-length string")
		}
		out := make([]byte, len(b)/2)
		if _, err := hex.Decode(out, b); err != nil {
			return nil, py.ExceptionNewf(gbinascii.Error, "Non-hexadecimal digit found")
		}
		return compat.BytesOwned(out), nil
	}
	for _, name := range []string{"hexlify", "b2a_hex"} {
		compat.SetModuleMethod(impl, py.MustNewMethod(name, hexlify, 0, name+"(data, sep=None, bytes_per_sep=1) -> the hexadecimal representation of data"))
	}
	for _, name := range []string{"unhexlify", "a2b_hex"} {
		compat.SetModuleMethod(impl, py.MustNewMethod(name, unhexlify, 0, name+"(hexstr) -> the binary data represented by hexstr"))
	}
	compat.SetModuleMethod(impl, py.MustNewMethod("a2b_base64", func(self py.Object, arg py.Object) (py.Object, error) {
		b, err := asciiData("a2b_base64", arg)
		if err != nil {
			return nil, err
		}
		// non-alphabet characters are skipped, as CPython does by default
		var clean strings.Builder
		for _, c := range b {
			if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=' {
				clean.WriteByte(c)
			}
		}
		s := strings.TrimRight(clean.String(), "=")
		if len(s)%4 == 1 {
			return nil, py.ExceptionNewf(gbinascii.Error, "Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", len(s))
		}
		out, err := base64.RawStdEncoding.DecodeString(s)
		if err != nil {
			return nil, py.ExceptionNewf(gbinascii.Error, "Incorrect padding")
		}
		return compat.BytesOwned(out), nil
	}, 0, "a2b_base64(data) -> the binary data of base64 data"))
	compat.SetModuleMethod(impl, py.MustNewMethod("b2a_base64", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var data py.Object
		var newline py.Object = py.True
		if err := py.ParseTupleAndKeywords(args, kwargs, "O|$O:b2a_base64", []string{"data", "newline"}, &data, &newline); err != nil {
			return nil, err
		}
		b, err := dataArg("b2a_base64", data)
		if err != nil {
			return nil, err
		}
		s := base64.StdEncoding.EncodeToString(b)
		if t, err := compat.Truth(newline); err == nil && t {
			s += "\n"
		}
		return compat.NewBytes([]byte(s)), nil
	}, 0, "b2a_base64(data, *, newline=True) -> base64 line"))
	compat.SetModuleMethod(impl, py.MustNewMethod("crc32", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, py.ExceptionNewf(py.TypeError, "crc32() takes 1 or 2 arguments (%d given)", len(args))
		}
		b, err := dataArg("crc32", args[0])
		if err != nil {
			return nil, err
		}
		var start uint32
		if len(args) == 2 {
			n, err := py.IndexInt(args[1])
			if err != nil {
				return nil, err
			}
			start = uint32(n)
		}
		return py.Int(crc32.Update(start, crc32.IEEETable, b)), nil
	}, 0, "crc32(data, value=0) -> the CRC-32 of data, starting from value"))
	compat.SetModuleMethod(impl, py.MustNewMethod("crc_hqx", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "crc_hqx expected 2 arguments, got %d", len(args))
		}
		b, err := dataArg("crc_hqx", args[0])
		if err != nil {
			return nil, err
		}
		n, err := py.IndexInt(args[1])
		if err != nil {
			return nil, err
		}
		// CRC-CCITT: polynomial 0x1021, most significant bit first
		crc := uint16(n)
		for _, c := range b {
			crc ^= uint16(c) << 8
			for i := 0; i < 8; i++ {
				if crc&0x8000 != 0 {
					crc = crc<<1 ^ 0x1021
				} else {
					crc <<= 1
				}
			}
		}
		return py.Int(crc), nil
	}, 0, "crc_hqx(data, crc) -> the CRC-CCITT of data, starting from crc"))
}
