package compat

// bytesobj.go gives Python programs a complete `bytes`.
//
// gpython's bytes (py.Bytes, a Go []byte) has no len(), indexing, slicing,
// `in`, truth value (b'' was true), repetition, hashing (a set or dict key
// panicked), decode() or join(); and gpython dispatches those operations
// through Go interfaces only, so methods added to its type Dict cannot fix
// them. compat therefore represents bytes as Bytes, a Go string with the
// whole protocol, whose type is still `bytes` (isinstance(b, bytes) and
// type(b) is bytes hold):
//   - bytes literals are turned into Bytes when code is compiled, and every
//     constructor and method here returns Bytes;
//   - files opened with gpython's open() read Bytes and write either form;
//   - Go code takes either form with BytesOf.
// Methods (CPython's semantics): decode, join, split, rsplit, strip, lstrip,
// rstrip, startswith, endswith, find, rfind, index, rindex, count, replace,
// lower, upper, partition, rpartition, splitlines, hex, isdigit, isalpha,
// isalnum, isspace, islower, isupper, title-less; bytes(), bytes(n),
// bytes(str, encoding[, errors]), bytes(iterable of ints), bytes.fromhex.

import (
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// Bytes is a Python bytes object.
type Bytes string

// Type is `bytes`.
func (b Bytes) Type() *py.Type { return py.BytesType }

// BytesOf returns the contents of a Python bytes object of either
// representation; ok is false for anything else.
func BytesOf(o py.Object) ([]byte, bool) {
	switch v := o.(type) {
	case Bytes:
		return []byte(v), true
	case py.Bytes:
		return []byte(v), true
	case *ByteArray:
		return append([]byte{}, v.b...), true
	case *MemoryView:
		if v.released {
			return nil, false
		}
		return append([]byte{}, v.data()...), true
	}
	return nil, false
}

// bytesStr is BytesOf without copying, as a Go string.
func bytesStr(o py.Object) (string, bool) {
	switch v := o.(type) {
	case Bytes:
		return string(v), true
	case py.Bytes:
		return string(v), true
	case *ByteArray:
		return string(v.b), true
	case *MemoryView:
		if v.released {
			return "", false
		}
		return string(v.data()), true
	}
	return "", false
}

// NewBytes makes a Python bytes object holding a copy of b.
func NewBytes(b []byte) py.Object { return Bytes(b) }

func (b Bytes) M__repr__() (py.Object, error) { return py.String(bytesRepr(string(b))), nil }
func (b Bytes) M__str__() (py.Object, error)  { return b.M__repr__() }
func (b Bytes) M__len__() (py.Object, error)  { return py.Int(len(b)), nil }
func (b Bytes) M__bool__() (py.Object, error) { return py.NewBool(len(b) > 0), nil }
func (b Bytes) M__hash__() (py.Object, error) { return py.Int(hashString(string(b))), nil }
func (b Bytes) M__iter__() (py.Object, error) {
	items := make([]py.Object, len(b))
	for i := 0; i < len(b); i++ {
		items[i] = py.Int(b[i])
	}
	return py.NewIterator(py.Tuple(items)), nil
}

func (b Bytes) M__getitem__(key py.Object) (py.Object, error) {
	if s, ok := key.(*py.Slice); ok {
		start, stop, step, n, err := s.GetIndices(len(b))
		if err != nil {
			return nil, err
		}
		if step == 1 {
			if stop < start {
				return Bytes(""), nil
			}
			return b[start:stop], nil
		}
		out := make([]byte, 0, n)
		for i, j := start, 0; j < n; i, j = i+step, j+1 {
			out = append(out, b[i])
		}
		return Bytes(out), nil
	}
	i, err := intArg(key)
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "byte indices must be integers or slices, not %s", key.Type().Name)
	}
	if i < 0 {
		i += len(b)
	}
	if i < 0 || i >= len(b) {
		return nil, withFinalMessage(py.ExceptionNewf(py.IndexError, "index out of range")) // not a list's (errorsite.go)
	}
	return py.Int(b[i]), nil
}

func (b Bytes) M__contains__(item py.Object) (py.Object, error) {
	if s, ok := bytesStr(item); ok {
		return py.NewBool(strings.Contains(string(b), s)), nil
	}
	if n, ok := item.(py.Int); ok {
		if n < 0 || n > 255 {
			return nil, py.ExceptionNewf(py.ValueError, "byte must be in range(0, 256)")
		}
		return py.NewBool(strings.IndexByte(string(b), byte(n)) >= 0), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", item.Type().Name)
}

func (b Bytes) M__add__(other py.Object) (py.Object, error) {
	if s, ok := bytesStr(other); ok {
		return b + Bytes(s), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "can't concat %s to bytes", other.Type().Name)
}

func (b Bytes) M__radd__(other py.Object) (py.Object, error) {
	if s, ok := bytesStr(other); ok {
		return Bytes(s) + b, nil
	}
	return py.NotImplemented, nil
}

func (b Bytes) M__iadd__(other py.Object) (py.Object, error) { return b.M__add__(other) }

func (b Bytes) M__mul__(other py.Object) (py.Object, error) {
	n, ok := other.(py.Int)
	if !ok {
		return py.NotImplemented, nil
	}
	if n <= 0 {
		return Bytes(""), nil
	}
	if int64(len(b))*int64(n) > 1<<31 {
		return nil, py.ExceptionNewf(py.MemoryError, "repeated bytes are too long")
	}
	return Bytes(strings.Repeat(string(b), int(n))), nil
}

func (b Bytes) M__rmul__(other py.Object) (py.Object, error) { return b.M__mul__(other) }
func (b Bytes) M__imul__(other py.Object) (py.Object, error) { return b.M__mul__(other) }

func (b Bytes) cmp(other py.Object) (int, bool) {
	s, ok := bytesStr(other)
	if !ok {
		return 0, false
	}
	return strings.Compare(string(b), s), true
}

func (b Bytes) M__eq__(other py.Object) (py.Object, error) {
	c, ok := b.cmp(other)
	if !ok {
		return py.False, nil
	}
	return py.NewBool(c == 0), nil
}

func (b Bytes) M__ne__(other py.Object) (py.Object, error) {
	c, ok := b.cmp(other)
	if !ok {
		return py.True, nil
	}
	return py.NewBool(c != 0), nil
}

func (b Bytes) order(other py.Object, op string, f func(int) bool) (py.Object, error) {
	c, ok := b.cmp(other)
	if !ok {
		// the reflected operation decides, then the comparison's TypeError
		return py.NotImplemented, nil
	}
	return py.NewBool(f(c)), nil
}

func (b Bytes) M__lt__(o py.Object) (py.Object, error) {
	return b.order(o, "<", func(c int) bool { return c < 0 })
}
func (b Bytes) M__le__(o py.Object) (py.Object, error) {
	return b.order(o, "<=", func(c int) bool { return c <= 0 })
}
func (b Bytes) M__gt__(o py.Object) (py.Object, error) {
	return b.order(o, ">", func(c int) bool { return c > 0 })
}
func (b Bytes) M__ge__(o py.Object) (py.Object, error) {
	return b.order(o, ">=", func(c int) bool { return c >= 0 })
}

// bytesRepr is CPython's repr of bytes.
func bytesRepr(s string) string { return bytesQuoted(s, false) }

// bytesQuoted quotes s as bytes' repr does; with alwaysQuote a ' is
// escaped even inside double quotes, as CPython's bytearray repr does.
func bytesQuoted(s string, alwaysQuote bool) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var out strings.Builder
	out.WriteByte('b')
	out.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\t':
			out.WriteString(`\t`)
		case c == '\n':
			out.WriteString(`\n`)
		case c == '\r':
			out.WriteString(`\r`)
		case c == '\\' || c == quote || (alwaysQuote && c == '\''):
			out.WriteByte('\\')
			out.WriteByte(c)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&out, `\x%02x`, c)
		default:
			out.WriteByte(c)
		}
	}
	out.WriteByte(quote)
	return out.String()
}

// hashString is a stable string hash (FNV-1a), the same for str and bytes
// of the same content as in CPython's equal-hash rule for equal values.
func hashString(s string) int64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return int64(h >> 1)
}

// bytesArg converts an argument that must be bytes-like.
func bytesArg(fn string, o py.Object) (string, error) {
	if s, ok := bytesStr(o); ok {
		return s, nil
	}
	switch fn {
	case "find", "rfind", "index", "rindex", "count":
		return "", py.ExceptionNewf(py.TypeError, "argument should be integer or bytes-like object, not '%s'", o.Type().Name)
	case "startswith", "endswith":
		return "", py.ExceptionNewf(py.TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", fn, o.Type().Name)
	}
	return "", py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", o.Type().Name)
}

// selfBytes extracts the receiver of a bytes method.
func selfBytes(fn string, self py.Object, args py.Tuple) (string, py.Tuple, error) {
	self, args = unbound(self, args)
	s, ok := bytesStr(self)
	if !ok {
		return "", nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'bytes' object but received a '%s'", fn, typeName(self))
	}
	return s, args, nil
}

func typeName(o py.Object) string {
	if o == nil {
		return "NULL"
	}
	return cTypeName(o.Type())
}

// bytesMethod registers a bytes method taking positional arguments.
func bytesMethod(name, doc string, fn func(s string, args py.Tuple) (py.Object, error)) {
	py.BytesType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		s, args, err := selfBytes(name, self, args)
		if err != nil {
			return nil, err
		}
		return fn(s, args)
	}, 0, doc)
}

// optBytesArg reads optional bytes argument i (None or missing gives ok=false).
func optBytesArg(fn string, args py.Tuple, i int) (string, bool, error) {
	if i >= len(args) || args[i] == py.None {
		return "", false, nil
	}
	s, err := bytesArg(fn, args[i])
	return s, true, err
}

func init() {
	py.BytesType.New = bytesNew
	bytesMethod("decode", "decode(encoding='utf-8', errors='strict') -> str", func(s string, args py.Tuple) (py.Object, error) {
		enc, errs := "utf-8", "strict"
		if len(args) > 0 {
			enc = string(args[0].(py.String))
		}
		if len(args) > 1 {
			errs = string(args[1].(py.String))
		}
		return Decode([]byte(s), enc, errs)
	})
	py.BytesType.Dict["decode"] = wrapKw(py.BytesType.Dict["decode"].(*py.Method), "decode", []string{"encoding", "errors"}, py.String("utf-8"))
	bytesMethod("join", "join(iterable_of_bytes) -> bytes", func(s string, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "join() takes exactly one argument (%d given)", len(args))
		}
		var parts []string
		i := 0
		err := py.Iterate(args[0], func(item py.Object) bool {
			p, ok := bytesStr(item)
			if !ok {
				parts = []string{item.Type().Name}
				i = -i - 1
				return true
			}
			parts = append(parts, p)
			i++
			return false
		})
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, py.ExceptionNewf(py.TypeError, "sequence item %d: expected a bytes-like object, %s found", -i-1, parts[0])
		}
		return Bytes(strings.Join(parts, s)), nil
	})
	for _, name := range []string{"strip", "lstrip", "rstrip"} {
		name := name
		bytesMethod(name, name+"([chars]) -> bytes", func(s string, args py.Tuple) (py.Object, error) {
			chars, ok, err := optBytesArg(name, args, 0)
			if err != nil {
				return nil, err
			}
			if !ok {
				chars = " \t\n\r\x0b\x0c"
			}
			switch name {
			case "strip":
				return Bytes(strings.Trim(s, chars)), nil
			case "lstrip":
				return Bytes(strings.TrimLeft(s, chars)), nil
			}
			return Bytes(strings.TrimRight(s, chars)), nil
		})
	}
	for _, name := range []string{"startswith", "endswith"} {
		name := name
		bytesMethod(name, name+"(prefix[, start[, end]]) -> bool", func(s string, args py.Tuple) (py.Object, error) {
			if len(args) < 1 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes at least 1 argument (0 given)", name)
			}
			past := startPast(len(s), args[1:])
			s, err := sliceArgs(s, args[1:])
			if err != nil {
				return nil, err
			}
			test := func(p string) bool {
				if past {
					return false
				}
				if name == "startswith" {
					return strings.HasPrefix(s, p)
				}
				return strings.HasSuffix(s, p)
			}
			if t, ok := args[0].(py.Tuple); ok {
				for _, item := range t {
					p, err := bytesArg("", item)
					if err != nil {
						return nil, err
					}
					if test(p) {
						return py.True, nil
					}
				}
				return py.False, nil
			}
			p, err := bytesArg(name, args[0])
			if err != nil {
				return nil, err
			}
			return py.NewBool(test(p)), nil
		})
	}
	for _, name := range []string{"find", "rfind", "index", "rindex", "count"} {
		name := name
		bytesMethod(name, name+"(sub[, start[, end]])", func(s string, args py.Tuple) (py.Object, error) {
			if len(args) < 1 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes at least 1 argument (0 given)", name)
			}
			var sub string
			if n, ok := args[0].(py.Int); ok {
				sub = string([]byte{byte(n)})
			} else {
				var err error
				if sub, err = bytesArg(name, args[0]); err != nil {
					return nil, err
				}
			}
			start, end, err := sliceBounds(len(s), args[1:])
			if err != nil {
				return nil, err
			}
			part := ""
			if start <= end {
				part = s[start:end]
			}
			if startPast(len(s), args[1:]) {
				start, end = 1, 0 // nothing is found past the end, not even b""
			}
			switch name {
			case "count":
				if start > end {
					return py.Int(0), nil
				}
				return py.Int(strings.Count(part, sub)), nil
			case "find", "index":
				i := strings.Index(part, sub)
				if i < 0 || start > end {
					if name == "index" {
						return nil, py.ExceptionNewf(py.ValueError, "subsection not found")
					}
					return py.Int(-1), nil
				}
				return py.Int(i + start), nil
			}
			i := strings.LastIndex(part, sub)
			if i < 0 || start > end {
				if name == "rindex" {
					return nil, py.ExceptionNewf(py.ValueError, "subsection not found")
				}
				return py.Int(-1), nil
			}
			return py.Int(i + start), nil
		})
	}
	bytesMethod("replace", "replace(old, new[, count]) -> bytes", func(s string, args py.Tuple) (py.Object, error) {
		if len(args) < 2 || len(args) > 3 {
			return nil, py.ExceptionNewf(py.TypeError, "replace() takes 2 or 3 arguments")
		}
		old, err := bytesArg("replace", args[0])
		if err != nil {
			return nil, err
		}
		nw, err := bytesArg("replace", args[1])
		if err != nil {
			return nil, err
		}
		n := -1
		if len(args) == 3 {
			c, ok := args[2].(py.Int)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "replace() count must be an int")
			}
			n = int(c)
		}
		return Bytes(strings.Replace(s, old, nw, n)), nil
	})
	bytesMethod("lower", "lower() -> bytes", func(s string, args py.Tuple) (py.Object, error) {
		return Bytes(asciiMap(s, 'A', 'Z', 'a'-'A')), nil
	})
	bytesMethod("upper", "upper() -> bytes", func(s string, args py.Tuple) (py.Object, error) {
		return Bytes(asciiMap(s, 'a', 'z', -('a' - 'A'))), nil
	})
	for _, name := range []string{"partition", "rpartition"} {
		name := name
		bytesMethod(name, name+"(sep) -> (head, sep, tail)", func(s string, args py.Tuple) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
			}
			sep, err := bytesArg(name, args[0])
			if err != nil {
				return nil, err
			}
			if sep == "" {
				return nil, py.ExceptionNewf(py.ValueError, "empty separator")
			}
			var i int
			if name == "partition" {
				i = strings.Index(s, sep)
				if i < 0 {
					return py.Tuple{Bytes(s), Bytes(""), Bytes("")}, nil
				}
			} else {
				i = strings.LastIndex(s, sep)
				if i < 0 {
					return py.Tuple{Bytes(""), Bytes(""), Bytes(s)}, nil
				}
			}
			return py.Tuple{Bytes(s[:i]), Bytes(sep), Bytes(s[i+len(sep):])}, nil
		})
	}
	for _, name := range []string{"split", "rsplit"} {
		name := name
		bytesMethod(name, name+"(sep=None, maxsplit=-1) -> list of bytes", func(s string, args py.Tuple) (py.Object, error) {
			sep, hasSep, err := optBytesArg(name, args, 0)
			if err != nil {
				return nil, err
			}
			max := -1
			if len(args) > 1 {
				m, ok := args[1].(py.Int)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "%s() maxsplit must be an int", name)
				}
				max = int(m)
			}
			var parts []string
			if hasSep {
				if sep == "" {
					return nil, py.ExceptionNewf(py.ValueError, "empty separator")
				}
				parts = splitSep(s, sep, max, name == "rsplit")
			} else {
				parts = splitWhite(s, max, name == "rsplit")
			}
			out := make([]py.Object, len(parts))
			for i, p := range parts {
				out[i] = Bytes(p)
			}
			return py.NewListFromItems(out), nil
		})
	}
	bytesMethod("splitlines", "splitlines(keepends=False) -> list of bytes", func(s string, args py.Tuple) (py.Object, error) {
		keep := false
		if len(args) > 0 {
			t, err := py.MakeBool(args[0])
			if err != nil {
				return nil, err
			}
			keep = t == py.True
		}
		var out []py.Object
		for len(s) > 0 {
			i := strings.IndexAny(s, "\r\n")
			if i < 0 {
				out = append(out, Bytes(s))
				break
			}
			end := i + 1
			if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				end = i + 2
			}
			if keep {
				out = append(out, Bytes(s[:end]))
			} else {
				out = append(out, Bytes(s[:i]))
			}
			s = s[end:]
		}
		return py.NewListFromItems(out), nil
	})
	py.BytesType.Dict["splitlines"] = wrapKw(py.BytesType.Dict["splitlines"].(*py.Method), "splitlines", []string{"keepends"}, py.False)
	bytesMethod("hex", "hex([sep[, bytes_per_sep]]) -> str", func(s string, args py.Tuple) (py.Object, error) {
		h := hex.EncodeToString([]byte(s))
		if len(args) == 0 || len(s) == 0 {
			return py.String(h), nil
		}
		var sep string
		switch v := args[0].(type) {
		case py.String:
			sep = string(v)
		default:
			b, ok := bytesStr(v)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "sep must be str or bytes.")
			}
			sep = b
		}
		if len(sep) != 1 {
			return nil, py.ExceptionNewf(py.ValueError, "sep must be length 1.")
		}
		per := 1
		if len(args) > 1 {
			n, err := intArg(args[1])
			if err != nil {
				return nil, err
			}
			per = n
		}
		// groups of |per| bytes, counted from the right when per > 0
		group := max(per, -per)
		if group == 0 {
			return py.String(h), nil
		}
		var parts []string
		if per > 0 {
			first := len(s) % group
			if first > 0 {
				parts = append(parts, h[:2*first])
			}
			for i := first; i < len(s); i += group {
				parts = append(parts, h[2*i:2*(i+group)])
			}
		} else {
			for i := 0; i < len(s); i += group {
				parts = append(parts, h[2*i:2*min(i+group, len(s))])
			}
		}
		return py.String(strings.Join(parts, sep)), nil
	})
	for name, test := range map[string]func(byte) bool{
		"isdigit": func(c byte) bool { return c >= '0' && c <= '9' },
		"isalpha": func(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' },
		"isalnum": func(c byte) bool { return (c >= '0' && c <= '9') || ((c|0x20) >= 'a' && (c|0x20) <= 'z') },
		"isspace": func(c byte) bool { return strings.IndexByte(" \t\n\r\x0b\x0c", c) >= 0 },
	} {
		test := test
		bytesMethod(name, name+"() -> bool", func(s string, args py.Tuple) (py.Object, error) {
			if s == "" {
				return py.False, nil
			}
			for i := 0; i < len(s); i++ {
				if !test(s[i]) {
					return py.False, nil
				}
			}
			return py.True, nil
		})
	}
	py.BytesType.Dict["fromhex"] = &py.ClassMethod{Callable: py.MustNewMethod("fromhex", func(self py.Object, args py.Tuple) (py.Object, error) {
		cls, args := unbound(self, args)
		if len(args) != 1 {
			name := "bytes"
			if t, ok := cls.(*py.Type); ok && t.IsSubtype(ByteArrayType) {
				name = "bytearray"
			}
			return nil, py.ExceptionNewf(py.TypeError, "%s.fromhex() takes exactly one argument (%d given)", name, len(args))
		}
		s, ok := args[len(args)-1].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "fromhex() argument must be str, not %s", args[len(args)-1].Type().Name)
		}
		b, err := fromHex(string(s))
		if err != nil {
			return nil, err
		}
		return Bytes(b), nil
	}, 0, "bytes.fromhex(string) -> bytes")}

	wrapFileMethods()
}

// bytesNew is bytes(...).
func bytesNew(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var src, encoding, errs py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OOO:bytes", []string{"source", "encoding", "errors"}, &src, &encoding, &errs); err != nil {
		return nil, err
	}
	if src == nil {
		return Bytes(""), nil
	}
	if s, ok := src.(py.String); ok {
		if encoding == nil {
			return nil, py.ExceptionNewf(py.TypeError, "string argument without an encoding")
		}
		e := "strict"
		if errs != nil {
			e = string(errs.(py.String))
		}
		return Encode(string(s), string(encoding.(py.String)), e)
	}
	if encoding != nil {
		return nil, py.ExceptionNewf(py.TypeError, "encoding without a string argument")
	}
	if b, ok := bytesStr(src); ok {
		return Bytes(b), nil
	}
	if n, ok := src.(py.Int); ok {
		if n < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "negative count")
		}
		return Bytes(make([]byte, n)), nil
	}
	var out []byte
	var ierr error
	err := py.Iterate(src, func(item py.Object) bool {
		n, ok := item.(py.Int)
		if !ok {
			ierr = py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", item.Type().Name)
			return true
		}
		if n < 0 || n > 255 {
			ierr = py.ExceptionNewf(py.ValueError, "bytes must be in range(0, 256)")
			return true
		}
		out = append(out, byte(n))
		return false
	})
	if ierr != nil {
		return nil, ierr
	}
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "cannot convert '%s' object to bytes", src.Type().Name)
	}
	return Bytes(out), nil
}

// sliceBounds reads optional start/end arguments against length n.
func sliceBounds(n int, args py.Tuple) (int, int, error) {
	start, end := 0, n
	norm := func(o py.Object) (int, error) {
		i, err := intArg(o)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		return i, nil
	}
	var err error
	if len(args) > 0 && args[0] != py.None {
		if start, err = norm(args[0]); err != nil {
			return 0, 0, err
		}
	}
	if len(args) > 1 && args[1] != py.None {
		if end, err = norm(args[1]); err != nil {
			return 0, 0, err
		}
	}
	return start, end, nil
}

// startPast reports whether the start argument is after the end of a
// sequence of length n.
func startPast(n int, args py.Tuple) bool {
	if len(args) > 0 {
		if i, ok := args[0].(py.Int); ok {
			return int(i) > n
		}
	}
	return false
}

func sliceArgs(s string, args py.Tuple) (string, error) {
	start, end, err := sliceBounds(len(s), args)
	if err != nil {
		return "", err
	}
	if start > end {
		return "", nil
	}
	return s[start:end], nil
}

func asciiMap(s string, lo, hi byte, delta int) string {
	b := []byte(s)
	for i, c := range b {
		if c >= lo && c <= hi {
			b[i] = byte(int(c) + delta)
		}
	}
	return string(b)
}

// splitSep splits on sep with CPython's maxsplit rule (from the right for
// rsplit).
func splitSep(s, sep string, max int, right bool) []string {
	if max < 0 {
		return strings.Split(s, sep)
	}
	if !right {
		return strings.SplitN(s, sep, max+1)
	}
	var parts []string
	for max > 0 {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		parts = append([]string{s[i+len(sep):]}, parts...)
		s = s[:i]
		max--
	}
	return append([]string{s}, parts...)
}

func isSpaceByte(c byte) bool { return strings.IndexByte(" \t\n\r\x0b\x0c", c) >= 0 }

// splitWhite splits on runs of ASCII whitespace, dropping empty fields.
func splitWhite(s string, max int, right bool) []string {
	return splitWhiteBy(s, max, right, func(r rune) bool { return r < 0x80 && isSpaceByte(byte(r)) })
}

// splitWhiteBy is CPython's split/rsplit with no separator: at most max
// splits (all when max < 0) on runs of space; what is left after the last
// split is kept as it is, but for the space before (after, for rsplit) it.
func splitWhiteBy(s string, max int, right bool, space func(rune) bool) []string {
	out := []string{}
	rest := s
	if !right {
		for max < 0 || len(out) < max {
			rest = strings.TrimLeftFunc(rest, space)
			j := strings.IndexFunc(rest, space)
			if j < 0 {
				break
			}
			out = append(out, rest[:j])
			rest = rest[j:]
		}
		if rest = strings.TrimLeftFunc(rest, space); rest != "" {
			out = append(out, rest)
		}
		return out
	}
	for max < 0 || len(out) < max {
		rest = strings.TrimRightFunc(rest, space)
		j := strings.LastIndexFunc(rest, space)
		if j < 0 {
			break
		}
		_, size := utf8.DecodeRuneInString(rest[j:])
		out = append(out, rest[j+size:])
		rest = rest[:j]
	}
	if rest = strings.TrimRightFunc(rest, space); rest != "" {
		out = append(out, rest)
	}
	for i, k := 0, len(out)-1; i < k; i, k = i+1, k-1 {
		out[i], out[k] = out[k], out[i]
	}
	return out
}

// wrapKw lets a positional method also take its arguments by keyword.
func wrapKw(m *py.Method, name string, kwlist []string, defaults ...py.Object) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			self, args = unbound(self, args)
			full := make(py.Tuple, len(args), len(kwlist))
			copy(full, args)
			for i := len(args); i < len(kwlist); i++ {
				v, ok := kwargs[kwlist[i]]
				if !ok {
					// a later keyword given: this one takes its default
					later := false
					for _, k := range kwlist[i+1:] {
						if _, has := kwargs[k]; has {
							later = true
						}
					}
					if !later || i >= len(defaults) {
						break
					}
					v = defaults[i]
				}
				full = append(full, v)
				delete(kwargs, kwlist[i])
			}
			for k := range kwargs {
				return nil, py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", name, k)
			}
			return m.Call(self, full)
		}
		return m.Call(self, args)
	}, 0, m.Doc)
}

// wrapFileMethods makes gpython's file objects read Bytes and write any
// bytes-like object.
func wrapFileMethods() {
	if read, ok := py.FileType.Dict["read"].(*py.Method); ok {
		py.FileType.Dict["read"] = py.MustNewMethod("read", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			res, err := read.CallWithKeywords(self, args, kwargs)
			if b, ok := res.(py.Bytes); ok {
				return Bytes(b), err
			}
			return res, err
		}, 0, read.Doc)
	}
	if write, ok := py.FileType.Dict["write"].(*py.Method); ok {
		py.FileType.Dict["write"] = py.MustNewMethod("write", func(self py.Object, value py.Object) (py.Object, error) {
			if b, ok := value.(Bytes); ok {
				value = py.Bytes(b)
			}
			return write.Call(self, py.Tuple{value})
		}, 0, write.Doc)
	}
}

// BytesView returns the contents of a bytes object without copying; the
// slice must not be modified (Bytes is an immutable Go string).
func BytesView(o py.Object) ([]byte, bool) {
	switch v := o.(type) {
	case Bytes:
		if len(v) == 0 {
			return nil, true
		}
		return unsafe.Slice(unsafe.StringData(string(v)), len(v)), true
	case py.Bytes:
		return []byte(v), true
	case *ByteArray:
		return append([]byte{}, v.b...), true // it may change
	case *MemoryView:
		if v.released {
			return nil, false
		}
		return append([]byte{}, v.data()...), true
	}
	return nil, false
}

// BytesOwned makes a bytes object of b without copying: the caller gives
// b up and must not change it afterwards.
func BytesOwned(b []byte) py.Object {
	if len(b) == 0 {
		return Bytes("")
	}
	return Bytes(unsafe.String(&b[0], len(b)))
}

// fromHex decodes bytes.fromhex's argument: pairs of hex digits, ASCII
// whitespace allowed between pairs; an error names the position of the
// offending character in the string, as CPython's does.
func fromHex(s string) ([]byte, error) {
	out := make([]byte, 0, len(s)/2)
	val := func(i int) (byte, error) {
		if i < len(s) {
			c := s[i]
			switch {
			case '0' <= c && c <= '9':
				return c - '0', nil
			case 'a' <= c && c <= 'f':
				return c - 'a' + 10, nil
			case 'A' <= c && c <= 'F':
				return c - 'A' + 10, nil
			}
		}
		return 0, py.ExceptionNewf(py.ValueError, "non-hexadecimal number found in fromhex() arg at position %d", utf8.RuneCountInString(s[:min(i, len(s))]))
	}
	for i := 0; i < len(s); i += 2 {
		for i < len(s) && strings.IndexByte(" \t\n\r\v\f", s[i]) >= 0 {
			i++
		}
		if i >= len(s) {
			break
		}
		hi, err := val(i)
		if err != nil {
			return nil, err
		}
		lo, err := val(i + 1)
		if err != nil {
			return nil, err
		}
		out = append(out, hi<<4|lo)
	}
	return out, nil
}
