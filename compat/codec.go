package compat

// codec.go encodes str to bytes and decodes bytes to str, as str.encode and
// bytes.decode do in CPython, for the codecs web code uses: utf-8 (utf8,
// utf_8, u8), utf-8-sig (BOM written on encode, skipped on decode),
// utf-16 and utf-32 (BOM + little-endian on encode; BOM-selected byte order
// on decode, little-endian without one) and their -le/-be forms,
// latin-1 (latin1, iso-8859-1, l1), ascii (us-ascii), cp1252
// (windows-1252) and iso8859-15 (latin9, l9). Error handlers: strict,
// ignore, replace, backslashreplace, and for encoding xmlcharrefreplace;
// an unknown handler name acts as strict. Errors carry CPython's messages
// and attributes: an encode error covers the whole run of unencodable
// characters ("characters in position 0-1"), the character is shown
// escaped as CPython shows it ('\xe9', '\u20ac', '\U0001f600'), a utf-8
// decode error distinguishes "invalid start byte", "invalid continuation
// byte" and "unexpected end of data" and spans the bytes of the bad
// sequence (one U+FFFD per sequence with 'replace'); the single-byte
// tables name themselves 'charmap' ("character maps to <undefined>").
// Other codecs raise LookupError: unknown encoding. gpython has neither
// str.encode nor bytes.decode.

import (
	"encoding/binary"
	"fmt"
	"strings"
	"unicode/utf16"
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

// codecNames maps a normalized encoding name (lower case, '_' and ' ' as
// '-') to CPython's canonical codec name.
var codecNames = map[string]string{
	"utf-8": "utf-8", "utf8": "utf-8", "u8": "utf-8", "utf": "utf-8", "cp65001": "utf-8",
	"utf-8-sig": "utf-8-sig",
	"latin-1":   "latin-1", "latin1": "latin-1", "latin": "latin-1", "iso-8859-1": "latin-1", "iso8859-1": "latin-1",
	"8859": "latin-1", "l1": "latin-1", "cp819": "latin-1", "iso-ir-100": "latin-1", "iso-8859-1:1987": "latin-1",
	"ascii": "ascii", "us-ascii": "ascii", "646": "ascii", "us": "ascii", "ansi-x3.4-1968": "ascii",
	"utf-16": "utf-16", "utf16": "utf-16", "u16": "utf-16",
	"utf-16-le": "utf-16-le", "utf-16le": "utf-16-le", "unicodelittleunmarked": "utf-16-le",
	"utf-16-be": "utf-16-be", "utf-16be": "utf-16-be", "unicodebigunmarked": "utf-16-be",
	"utf-32": "utf-32", "utf32": "utf-32", "u32": "utf-32",
	"utf-32-le": "utf-32-le", "utf-32le": "utf-32-le",
	"utf-32-be": "utf-32-be", "utf-32be": "utf-32-be",
	"cp1252": "cp1252", "windows-1252": "cp1252", "1252": "cp1252",
	"iso8859-15": "iso8859-15", "iso-8859-15": "iso8859-15", "latin9": "iso8859-15", "latin-9": "iso8859-15", "l9": "iso8859-15",
}

// codecSpelling makes "UTF_8" and "utf 8" the "utf-8" of codecNames.
var codecSpelling = strings.NewReplacer("_", "-", " ", "-")

// normCodec maps an encoding name to its canonical codec name.

func normCodec(name string) (string, error) {
	if c, ok := codecNames[name]; ok {
		return c, nil // already normal: "utf-8", "ascii" (s.encode() says "utf-8")
	}
	n := codecSpelling.Replace(strings.ToLower(strings.TrimSpace(name)))
	if c, ok := codecNames[n]; ok {
		return c, nil
	}
	return "", py.ExceptionNewf(LookupError, "unknown encoding: %s", name)
}

// cp1252High is cp1252's 0x80..0x9f (0 = undefined); the rest is latin-1.
var cp1252High = [32]rune{
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
}

// latin9Diff is where iso8859-15 differs from latin-1.
var latin9Diff = map[byte]rune{0xa4: 0x20ac, 0xa6: 0x0160, 0xa8: 0x0161, 0xb4: 0x017d, 0xb8: 0x017e, 0xbc: 0x0152, 0xbd: 0x0153, 0xbe: 0x0178}

// charmapDecode is the character a single-byte codec gives byte c (-1 if
// undefined).
func charmapDecode(codec string, c byte) rune {
	switch codec {
	case "cp1252":
		if c >= 0x80 && c < 0xa0 {
			if r := cp1252High[c-0x80]; r != 0 {
				return r
			}
			return -1
		}
	case "iso8859-15":
		if r, ok := latin9Diff[c]; ok {
			return r
		}
		if c == 0xa4 || c == 0xa6 || c == 0xa8 || c == 0xb4 || c == 0xb8 || c == 0xbc || c == 0xbd || c == 0xbe {
			return -1
		}
	case "ascii":
		if c >= 0x80 {
			return -1
		}
	}
	return rune(c)
}

// charmapEncode is the byte a single-byte codec gives r.
func charmapEncode(codec string, r rune) (byte, bool) {
	switch codec {
	case "ascii":
		return byte(r), r < 0x80
	case "latin-1":
		return byte(r), r <= 0xff
	}
	if r < 0x80 || (r >= 0xa0 && r <= 0xff && charmapDecode(codec, byte(r)) == r) {
		return byte(r), true
	}
	if r < 0xa0 && codec == "iso8859-15" {
		return byte(r), r <= 0xff
	}
	for c := 0x80; c <= 0xff; c++ {
		if charmapDecode(codec, byte(c)) == r {
			return byte(c), true
		}
	}
	return 0, false
}

// encodeRune appends r in a multi-byte codec's form.
func encodeRune(codec string, out []byte, r rune) []byte {
	switch codec {
	case "utf-16-le", "utf-16-be":
		var units []uint16
		if r >= 0x10000 {
			a, b := utf16.EncodeRune(r)
			units = []uint16{uint16(a), uint16(b)}
		} else {
			units = []uint16{uint16(r)}
		}
		for _, u := range units {
			if codec == "utf-16-le" {
				out = binary.LittleEndian.AppendUint16(out, u)
			} else {
				out = binary.BigEndian.AppendUint16(out, u)
			}
		}
		return out
	case "utf-32-le":
		return binary.LittleEndian.AppendUint32(out, uint32(r))
	case "utf-32-be":
		return binary.BigEndian.AppendUint32(out, uint32(r))
	}
	return utf8.AppendRune(out, r)
}

// Encode is str.encode(encoding, errors).
func Encode(s, encoding, errors string) (py.Object, error) {
	codec, err := normCodec(encoding)
	if err != nil {
		return nil, err
	}
	var out []byte
	switch codec {
	case "utf-8":
		if !strings.ContainsRune(s, utf8.RuneError) || utf8.ValidString(s) {
			return Bytes(s), nil
		}
		fallthrough
	case "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be":
		switch codec {
		case "utf-8-sig":
			out, codec = append(out, 0xef, 0xbb, 0xbf), "utf-8"
		case "utf-16":
			out, codec = append(out, 0xff, 0xfe), "utf-16-le"
		case "utf-32":
			out, codec = append(out, 0xff, 0xfe, 0, 0), "utf-32-le"
		}
		for _, r := range s {
			out = encodeRune(codec, out, r)
		}
		return Bytes(out), nil
	}
	if isASCII(s) {
		return Bytes(s), nil
	}
	display, reason := codec, "character maps to <undefined>"
	switch codec {
	case "ascii":
		reason = "ordinal not in range(128)"
	case "latin-1":
		reason = "ordinal not in range(256)"
	default:
		display = "charmap"
	}
	rs := []rune(s)
	out = make([]byte, 0, len(s))
	for pos := 0; pos < len(rs); pos++ {
		r := rs[pos]
		if c, ok := charmapEncode(codec, r); ok {
			out = append(out, c)
			continue
		}
		switch errors {
		case "ignore":
		case "replace":
			out = append(out, '?')
		case "backslashreplace":
			out = append(out, escapeRune(r)...)
		case "xmlcharrefreplace":
			out = append(out, fmt.Sprintf("&#%d;", r)...)
		default:
			end := pos + 1
			for end < len(rs) {
				if _, ok := charmapEncode(codec, rs[end]); ok {
					break
				}
				end++
			}
			msg := fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", display, escapeRune(r), pos, reason)
			if end-pos > 1 {
				msg = fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", display, pos, end-1, reason)
			}
			return nil, unicodeError(UnicodeEncodeError, display, py.String(s), pos, end, reason, msg)
		}
	}
	return Bytes(out), nil
}

// escapeRune is how CPython shows a character in escapes and messages.
func escapeRune(r rune) string {
	switch {
	case r <= 0xff:
		return fmt.Sprintf("\\x%02x", r)
	case r <= 0xffff:
		return fmt.Sprintf("\\u%04x", r)
	}
	return fmt.Sprintf("\\U%08x", r)
}

// decodeError is one bad byte sequence b[start:end] met while decoding.
type decodeError struct {
	start, end int
	reason     string
}

// Decode is bytes.decode(encoding, errors).
func Decode(b []byte, encoding, errors string) (py.Object, error) {
	codec, err := normCodec(encoding)
	if err != nil {
		return nil, err
	}
	// A skipped BOM still counts in error positions and e.object.
	whole, off := b, 0
	switch codec {
	case "utf-8-sig":
		codec = "utf-8"
		if len(b) >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf {
			b, off = b[3:], 3
		}
	case "utf-16":
		codec = "utf-16-le"
		if len(b) >= 2 && b[0] == 0xfe && b[1] == 0xff {
			b, off, codec = b[2:], 2, "utf-16-be"
		} else if len(b) >= 2 && b[0] == 0xff && b[1] == 0xfe {
			b, off = b[2:], 2
		}
	case "utf-32":
		codec = "utf-32-le"
		if len(b) >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xfe && b[3] == 0xff {
			b, off, codec = b[4:], 4, "utf-32-be"
		} else if len(b) >= 4 && b[0] == 0xff && b[1] == 0xfe && b[2] == 0 && b[3] == 0 {
			b, off = b[4:], 4
		}
	case "latin-1":
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return py.String(string(r)), nil
	case "utf-8":
		if utf8.Valid(b) {
			return py.String(b), nil
		}
	}
	var next func(i int) (rune, int, *decodeError)
	display := codec
	switch codec {
	case "utf-8":
		next = func(i int) (rune, int, *decodeError) { return utf8Next(b, i) }
	case "utf-16-le", "utf-16-be":
		next = func(i int) (rune, int, *decodeError) { return utf16Next(b, i, codec == "utf-16-le") }
	case "utf-32-le", "utf-32-be":
		next = func(i int) (rune, int, *decodeError) { return utf32Next(b, i, codec == "utf-32-le") }
	default:
		reason := "character maps to <undefined>"
		if codec == "ascii" {
			reason = "ordinal not in range(128)"
		} else {
			display = "charmap"
		}
		next = func(i int) (rune, int, *decodeError) {
			if r := charmapDecode(codec, b[i]); r >= 0 {
				return r, 1, nil
			}
			return 0, 1, &decodeError{i, i + 1, reason}
		}
	}
	var sb strings.Builder
	for i := 0; i < len(b); {
		r, n, de := next(i)
		if de == nil {
			sb.WriteRune(r)
			i += n
			continue
		}
		switch errors {
		case "ignore":
		case "replace":
			sb.WriteRune(utf8.RuneError)
		case "backslashreplace":
			for _, c := range b[de.start:de.end] {
				fmt.Fprintf(&sb, "\\x%02x", c)
			}
		default:
			msg := fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", display, b[de.start], off+de.start, de.reason)
			if de.end-de.start > 1 {
				msg = fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", display, off+de.start, off+de.end-1, de.reason)
			}
			return nil, unicodeError(UnicodeDecodeError, display, Bytes(whole), off+de.start, off+de.end, de.reason, msg)
		}
		i = de.end
	}
	return py.String(sb.String()), nil
}

// utf8Next decodes the UTF-8 sequence at b[i], reporting a bad one the way
// CPython's decoder does.
func utf8Next(b []byte, i int) (rune, int, *decodeError) {
	c := b[i]
	if c < 0x80 {
		return rune(c), 1, nil
	}
	var n int
	lo, hi := byte(0x80), byte(0xbf)
	switch {
	case c >= 0xc2 && c <= 0xdf:
		n = 2
	case c >= 0xe0 && c <= 0xef:
		n = 3
		if c == 0xe0 {
			lo = 0xa0
		} else if c == 0xed {
			hi = 0x9f
		}
	case c >= 0xf0 && c <= 0xf4:
		n = 4
		if c == 0xf0 {
			lo = 0x90
		} else if c == 0xf4 {
			hi = 0x8f
		}
	default:
		return 0, 1, &decodeError{i, i + 1, "invalid start byte"}
	}
	for k := 1; k < n; k++ {
		if i+k >= len(b) {
			return 0, 0, &decodeError{i, len(b), "unexpected end of data"}
		}
		x := b[i+k]
		if k > 1 {
			lo, hi = 0x80, 0xbf
		}
		if x < lo || x > hi {
			return 0, 0, &decodeError{i, i + k, "invalid continuation byte"}
		}
	}
	r, size := utf8.DecodeRune(b[i:])
	return r, size, nil
}

// utf16Next decodes the UTF-16 code unit(s) at b[i].
func utf16Next(b []byte, i int, le bool) (rune, int, *decodeError) {
	unit := func(j int) uint16 {
		if le {
			return binary.LittleEndian.Uint16(b[j:])
		}
		return binary.BigEndian.Uint16(b[j:])
	}
	if i+2 > len(b) {
		return 0, 0, &decodeError{i, len(b), "truncated data"}
	}
	u := unit(i)
	switch {
	case u < 0xd800 || u >= 0xe000:
		return rune(u), 2, nil
	case u >= 0xdc00:
		return 0, 0, &decodeError{i, i + 2, "illegal encoding"}
	}
	if i+4 > len(b) {
		return 0, 0, &decodeError{i, len(b), "unexpected end of data"}
	}
	v := unit(i + 2)
	if v < 0xdc00 || v >= 0xe000 {
		return 0, 0, &decodeError{i, i + 2, "illegal UTF-16 surrogate"}
	}
	return utf16.DecodeRune(rune(u), rune(v)), 4, nil
}

// utf32Next decodes the UTF-32 code unit at b[i].
func utf32Next(b []byte, i int, le bool) (rune, int, *decodeError) {
	if i+4 > len(b) {
		return 0, 0, &decodeError{i, len(b), "truncated data"}
	}
	var u uint32
	if le {
		u = binary.LittleEndian.Uint32(b[i:])
	} else {
		u = binary.BigEndian.Uint32(b[i:])
	}
	switch {
	case u >= 0x110000:
		return 0, 0, &decodeError{i, i + 4, "code point not in range(0x110000)"}
	case u >= 0xd800 && u < 0xe000:
		return 0, 0, &decodeError{i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)"}
	}
	return rune(u), 4, nil
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
