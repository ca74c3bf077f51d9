package stdlib

// zlib.go is the zlib module on Go's compress packages: crc32(data,
// value=0), adler32(data, value=1), compress(data, /, level=-1, wbits=15),
// decompress(data, /, wbits=15, bufsize=16384) and error.
// wbits chooses the container as in CPython: 9..15 zlib, -9..-15 raw
// deflate, 25..31 gzip (decompress also takes 40..47, either of zlib or
// gzip).
// Differences from CPython: no compressobj/decompressobj streaming objects;
// Go's deflate gives other (valid) compressed bytes than C zlib for the
// same level, so compress output is not byte-identical to CPython's.

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"hash/crc32"
	"io"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

func init() {
	zlibError := compat.NewExceptionType(py.ExceptionType, "error", "")
	zlibError.Dict["__module__"] = py.String("zlib")
	checksum := func(name string, initial uint32, update func(uint32, []byte) uint32) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) < 1 || len(args) > 2 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes 1 or 2 arguments (%d given)", name, len(args))
			}
			b, err := dataArg(name, args[0])
			if err != nil {
				return nil, err
			}
			start := initial
			if len(args) == 2 {
				n, err := py.IndexInt(args[1])
				if err != nil {
					return nil, err
				}
				start = uint32(n)
			}
			return py.Int(update(start, b)), nil
		}, 0, name+"(data, value) -> the running checksum of data")
	}
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "zlib", Doc: "zlib compression (on Go's compress packages)."},
		Methods: []*py.Method{
			checksum("crc32", 0, func(v uint32, b []byte) uint32 { return crc32.Update(v, crc32.IEEETable, b) }),
			checksum("adler32", 1, adler32Update),
			py.MustNewMethod("compress", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				var data, level, wbits py.Object = nil, py.Int(-1), py.Int(15)
				if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:compress", []string{"data", "level", "wbits"}, &data, &level, &wbits); err != nil {
					return nil, err
				}
				b, err := dataArg("compress", data)
				if err != nil {
					return nil, err
				}
				lv, err := py.IndexInt(level)
				if err != nil {
					return nil, err
				}
				wb, err := py.IndexInt(wbits)
				if err != nil {
					return nil, err
				}
				var buf bytes.Buffer
				var w io.WriteCloser
				switch {
				case wb >= 9 && wb <= 15:
					w, err = zlib.NewWriterLevel(&buf, lv)
				case wb >= -15 && wb <= -9:
					w, err = flate.NewWriter(&buf, lv)
				case wb >= 25 && wb <= 31:
					w, err = gzip.NewWriterLevel(&buf, lv)
				default:
					return nil, py.ExceptionNewf(py.ValueError, "Invalid initialization option")
				}
				if err != nil {
					return nil, py.ExceptionNewf(zlibError, "Bad compression level")
				}
				w.Write(b)
				w.Close()
				return compat.NewBytes(buf.Bytes()), nil
			}, 0, "compress(data, /, level=-1, wbits=15) -> compressed bytes"),
			py.MustNewMethod("decompress", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				var data, wbits, bufsize py.Object = nil, py.Int(15), py.Int(16384)
				if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:decompress", []string{"data", "wbits", "bufsize"}, &data, &wbits, &bufsize); err != nil {
					return nil, err
				}
				b, err := dataArg("decompress", data)
				if err != nil {
					return nil, err
				}
				wb, err := py.IndexInt(wbits)
				if err != nil {
					return nil, err
				}
				var r io.Reader
				switch {
				case wb >= 8 && wb <= 15 || wb == 0:
					r, err = zlib.NewReader(bytes.NewReader(b))
				case wb >= -15 && wb <= -8:
					r = flate.NewReader(bytes.NewReader(b))
				case wb >= 24 && wb <= 31:
					r, err = gzip.NewReader(bytes.NewReader(b))
				case wb >= 40 && wb <= 47:
					if len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b {
						r, err = gzip.NewReader(bytes.NewReader(b))
					} else {
						r, err = zlib.NewReader(bytes.NewReader(b))
					}
				default:
					return nil, py.ExceptionNewf(py.ValueError, "Invalid initialization option")
				}
				if err != nil {
					return nil, py.ExceptionNewf(zlibError, "Error -3 while decompressing data: incorrect header check")
				}
				out, err := io.ReadAll(r)
				if err != nil {
					return nil, py.ExceptionNewf(zlibError, "Error -3 while decompressing data: %v", err)
				}
				return compat.NewBytes(out), nil
			}, 0, "decompress(data, /, wbits=15, bufsize=16384) -> decompressed bytes"),
		},
		Globals: py.StringDict{
			"error": zlibError, "MAX_WBITS": py.Int(15), "DEFLATED": py.Int(8), "DEF_MEM_LEVEL": py.Int(8),
			"Z_DEFAULT_COMPRESSION": py.Int(-1), "Z_NO_COMPRESSION": py.Int(0), "Z_BEST_SPEED": py.Int(1),
			"Z_BEST_COMPRESSION": py.Int(9), "ZLIB_VERSION": py.String("1.2.13"), "ZLIB_RUNTIME_VERSION": py.String("1.2.13"),
		},
	})
}

// adler32Update continues an Adler-32 checksum from value v.
func adler32Update(v uint32, b []byte) uint32 {
	const mod = 65521
	s1, s2 := v&0xffff, v>>16
	for len(b) > 0 {
		n := min(len(b), 5552) // the most bytes before s2 can overflow
		for _, c := range b[:n] {
			s1 += uint32(c)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
		b = b[n:]
	}
	return s2<<16 | s1
}
