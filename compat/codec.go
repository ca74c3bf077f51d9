package compat

// codec.go encodes str to bytes and decodes bytes to str, as str.encode and
// bytes.decode do in CPython, for the codecs web code uses: utf-8 (utf8,
// utf_8), latin-1 (latin1, iso-8859-1, iso8859-1, l1), ascii (us-ascii).
// Error handlers: strict, ignore, replace, backslashreplace, and for
// encoding xmlcharrefreplace. Other codecs raise LookupError: unknown
// encoding. gpython has neither str.encode nor bytes.decode.

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// UnicodeError and its subclasses, as in CPython (ValueError subclasses).
var (
	UnicodeError       = NewExceptionType(py.ValueError, "UnicodeError", "Unicode related error.")
	UnicodeDecodeError = NewExceptionType(UnicodeError, "UnicodeDecodeError", "Unicode decoding error.")
	UnicodeEncodeError = NewExceptionType(UnicodeError, "UnicodeEncodeError", "Unicode encoding error.")
	LookupError        = py.LookupError
)

func init() {
	setBuiltin("UnicodeError", UnicodeError)
	setBuiltin("UnicodeDecodeError", UnicodeDecodeError)
	setBuiltin("UnicodeEncodeError", UnicodeEncodeError)
}

// normCodec maps an encoding name to "utf-8", "latin-1" or "ascii".
func normCodec(name string) (string, error) {
	n := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(name), "_", "-"))
	switch n {
	case "utf-8", "utf8", "u8", "cp65001":
		return "utf-8", nil
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "l1", "cp819", "iso-ir-100":
		return "latin-1", nil
	case "ascii", "us-ascii", "646":
		return "ascii", nil
	}
	return "", py.ExceptionNewf(LookupError, "unknown encoding: %s", name)
}

// Encode is str.encode(encoding, errors).
func Encode(s, encoding, errors string) (py.Object, error) {
	codec, err := normCodec(encoding)
	if err != nil {
		return nil, err
	}
	limit := rune(0x10ffff)
	switch codec {
	case "utf-8":
		if !strings.ContainsRune(s, utf8.RuneError) || utf8.ValidString(s) {
			return Bytes(s), nil
		}
	case "latin-1":
		limit = 0xff
	case "ascii":
		limit = 0x7f
	}
	if codec != "utf-8" {
		ascii := true
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				ascii = false
				break
			}
		}
		if ascii {
			return Bytes(s), nil
		}
	}
	out := make([]byte, 0, len(s))
	pos := 0
	for _, r := range s {
		switch {
		case codec == "utf-8":
			out = utf8.AppendRune(out, r)
		case r <= limit:
			out = append(out, byte(r))
		default:
			switch errors {
			case "ignore":
			case "replace":
				out = append(out, '?')
			case "backslashreplace":
				out = append(out, escapeRune(r)...)
			case "xmlcharrefreplace":
				out = append(out, fmt.Sprintf("&#%d;", r)...)
			default:
				return nil, unicodeError(UnicodeEncodeError, codecDisplay(codec), py.String(s), pos, pos+1, fmt.Sprintf("ordinal not in range(%d)", limit+1),
					fmt.Sprintf("'%s' codec can't encode character '\\u%04x' in position %d: ordinal not in range(%d)", codecDisplay(codec), r, pos, limit+1))
			}
		}
		pos++
	}
	return Bytes(out), nil
}

func codecDisplay(codec string) string {
	if codec == "latin-1" {
		return "latin-1"
	}
	return codec
}

func escapeRune(r rune) string {
	switch {
	case r <= 0xff:
		return fmt.Sprintf("\\x%02x", r)
	case r <= 0xffff:
		return fmt.Sprintf("\\u%04x", r)
	}
	return fmt.Sprintf("\\U%08x", r)
}

// Decode is bytes.decode(encoding, errors).
func Decode(b []byte, encoding, errors string) (py.Object, error) {
	codec, err := normCodec(encoding)
	if err != nil {
		return nil, err
	}
	switch codec {
	case "latin-1":
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return py.String(string(r)), nil
	case "ascii":
		var sb strings.Builder
		for i, c := range b {
			if c < 0x80 {
				sb.WriteByte(c)
				continue
			}
			switch errors {
			case "ignore":
			case "replace":
				sb.WriteRune(utf8.RuneError)
			case "backslashreplace":
				fmt.Fprintf(&sb, "\\x%02x", c)
			default:
				return nil, unicodeError(UnicodeDecodeError, "ascii", Bytes(b), i, i+1, "ordinal not in range(128)",
					fmt.Sprintf("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", c, i))
			}
		}
		return py.String(sb.String()), nil
	}
	if utf8.Valid(b) {
		return py.String(b), nil
	}
	var sb strings.Builder
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			switch errors {
			case "ignore":
			case "replace":
				sb.WriteRune(utf8.RuneError)
			case "backslashreplace":
				fmt.Fprintf(&sb, "\\x%02x", b[i])
			default:
				return nil, unicodeError(UnicodeDecodeError, "utf-8", Bytes(b), i, i+1, "invalid start byte",
					fmt.Sprintf("'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", b[i], i))
			}
			i++
			continue
		}
		sb.WriteRune(r)
		i += size
	}
	return py.String(sb.String()), nil
}

// unicodeError makes a UnicodeEncodeError/UnicodeDecodeError with
// CPython's attributes (encoding, object, start, end, reason).
func unicodeError(t *py.Type, encoding string, object py.Object, start, end int, reason, msg string) error {
	e := py.ExceptionNewf(t, "%s", msg)
	if e.Dict == nil {
		e.Dict = py.StringDict{}
	}
	e.Dict["encoding"] = py.String(encoding)
	e.Dict["object"] = object
	e.Dict["start"] = py.Int(start)
	e.Dict["end"] = py.Int(end)
	e.Dict["reason"] = py.String(reason)
	return e
}

func init() {
	for _, t := range []*py.Type{UnicodeEncodeError, UnicodeDecodeError} {
		WithAttributes(t, "encoding", "object", "start", "end", "reason")
	}
}
