package stdlib

// json.go is _json, the Go half of the json module (stdlib/py/json
// holds the Python half: dumps/loads/dump/load, JSONEncoder, JSONDecoder).
//
// _json.encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan,
// indent, item_separator, key_separator, default, sort_keys) produces
// CPython's text exactly: dicts (any mapping compat knows, in insertion
// order unless sorted), lists, tuples (named tuples too), str, int, bool,
// None, floats as repr() (NaN, Infinity, -Infinity when allowed), keys
// converted from int/float/bool/None, default(obj) for anything else,
// "Circular reference detected".
//
// _json.decode(s, object_hook, object_pairs_hook, parse_float, parse_int,
// parse_constant, strict) parses RFC 8259 JSON plus NaN/Infinity, objects
// into ordered dicts, with CPython's JSONDecodeError messages and
// positions ("Expecting value: line 1 column 1 (char 0)").

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

// JSONDecodeError is json.JSONDecodeError, a ValueError.
var JSONDecodeError = compat.WithAttributes(compat.NewExceptionType(py.ValueError, "JSONDecodeError", "Subclass of ValueError with the following additional properties: msg, doc, pos, lineno, colno."), "msg", "doc", "pos", "lineno", "colno")

type jsonEncoder struct {
	b           strings.Builder
	skipkeys    bool
	ensureASCII bool
	checkCirc   bool
	allowNaN    bool
	indent      string
	hasIndent   bool
	itemSep     string
	keySep      string
	def         py.Object
	sortKeys    bool
	stack       []py.Object
	depth       int
}

func (e *jsonEncoder) newline() {
	if e.hasIndent {
		e.b.WriteByte('\n')
		for i := 0; i < e.depth; i++ {
			e.b.WriteString(e.indent)
		}
	}
}

func (e *jsonEncoder) enter(o py.Object) error {
	if !e.checkCirc {
		return nil
	}
	for _, s := range e.stack {
		if compatIdentical(s, o) {
			return py.ExceptionNewf(py.ValueError, "Circular reference detected")
		}
	}
	e.stack = append(e.stack, o)
	return nil
}

func (e *jsonEncoder) leave() {
	if e.checkCirc {
		e.stack = e.stack[:len(e.stack)-1]
	}
}

// compatIdentical is `is` for containers (pointer identity).
func compatIdentical(a, b py.Object) bool {
	switch x := a.(type) {
	case *py.List:
		y, ok := b.(*py.List)
		return ok && x == y
	case *compat.Dict:
		y, ok := b.(*compat.Dict)
		return ok && x == y
	case py.Tuple:
		y, ok := b.(py.Tuple)
		return ok && len(x) == len(y) && len(x) > 0 && &x[0] == &y[0]
	}
	return false
}

func (e *jsonEncoder) float(f float64) error {
	switch {
	case math.IsNaN(f):
		if !e.allowNaN {
			return py.ExceptionNewf(py.ValueError, "Out of range float values are not JSON compliant")
		}
		e.b.WriteString("NaN")
	case math.IsInf(f, 1):
		if !e.allowNaN {
			return py.ExceptionNewf(py.ValueError, "Out of range float values are not JSON compliant")
		}
		e.b.WriteString("Infinity")
	case math.IsInf(f, -1):
		if !e.allowNaN {
			return py.ExceptionNewf(py.ValueError, "Out of range float values are not JSON compliant")
		}
		e.b.WriteString("-Infinity")
	default:
		s, err := compat.Repr(py.Float(f))
		if err != nil {
			return err
		}
		e.b.WriteString(s)
	}
	return nil
}

func (e *jsonEncoder) str(s string) {
	e.b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && (c != 0x7f || !e.ensureASCII) {
				i++ // ensure_ascii escapes DEL too, as CPython (not in ' '..'~')
				continue
			}
			e.b.WriteString(s[start:i])
			switch c {
			case '"':
				e.b.WriteString(`\"`)
			case '\\':
				e.b.WriteString(`\\`)
			case '\n':
				e.b.WriteString(`\n`)
			case '\r':
				e.b.WriteString(`\r`)
			case '\t':
				e.b.WriteString(`\t`)
			case '\b':
				e.b.WriteString(`\b`)
			case '\f':
				e.b.WriteString(`\f`)
			default:
				e.b.WriteString(`\u00`)
				e.b.WriteByte("0123456789abcdef"[c>>4])
				e.b.WriteByte("0123456789abcdef"[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if e.ensureASCII {
			e.b.WriteString(s[start:i])
			if r >= 0x10000 {
				r1, r2 := utf16.EncodeRune(r)
				e.b.WriteString(`\u` + hex4(r1) + `\u` + hex4(r2))
			} else {
				e.b.WriteString(`\u` + hex4(r))
			}
			start = i + size
		}
		i += size
	}
	e.b.WriteString(s[start:])
	e.b.WriteByte('"')
}

func hex4(r rune) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[r>>12&0xf], digits[r>>8&0xf], digits[r>>4&0xf], digits[r&0xf]})
}

// key converts a dict key to its JSON string; ok false means skip it.
func (e *jsonEncoder) key(k py.Object) (string, bool, error) {
	switch v := compat.Unwrap(k).(type) { // subclasses of str, int … as their values
	case py.String:
		return string(v), true, nil
	case py.Bool:
		if v {
			return "true", true, nil
		}
		return "false", true, nil
	case py.NoneType:
		return "null", true, nil
	case py.Int:
		return strconv.FormatInt(int64(v), 10), true, nil
	case *py.BigInt:
		return (*big.Int)(v).String(), true, nil
	case py.Float:
		var sub jsonEncoder
		sub.allowNaN = e.allowNaN
		if err := sub.float(float64(v)); err != nil {
			return "", false, err
		}
		return sub.b.String(), true, nil
	}
	if e.skipkeys {
		return "", false, nil
	}
	return "", false, py.ExceptionNewf(py.TypeError, "keys must be str, int, float, bool or None, not %s", k.Type().Name)
}

func mappingPairs(o py.Object) ([]py.Object, []py.Object, bool) {
	var d *compat.Dict
	switch v := o.(type) {
	case *compat.Dict:
		d = v
	case py.StringDict:
		d = compat.DictFromStringDict(v)
	default:
		if o.Type() == compat.DictType {
			// a live namespace dict: copy through dict()
			c, err := py.Call(compat.DictType, py.Tuple{o}, nil)
			if err != nil {
				return nil, nil, false
			}
			d, _ = c.(*compat.Dict)
		}
	}
	if d == nil {
		return nil, nil, false
	}
	var ks, vs []py.Object
	d.Range(func(k, v py.Object) bool {
		ks = append(ks, k)
		vs = append(vs, v)
		return true
	})
	return ks, vs, true
}

func (e *jsonEncoder) encode(o py.Object) error {
	o = compat.Unwrap(o) // subclasses of str, int, float, list, tuple as their values
	switch v := o.(type) {
	case py.String:
		e.str(string(v))
		return nil
	case py.NoneType:
		e.b.WriteString("null")
		return nil
	case py.Bool:
		if v {
			e.b.WriteString("true")
		} else {
			e.b.WriteString("false")
		}
		return nil
	case py.Int:
		e.b.WriteString(strconv.FormatInt(int64(v), 10))
		return nil
	case *py.BigInt:
		e.b.WriteString((*big.Int)(v).String())
		return nil
	case py.Float:
		return e.float(float64(v))
	case *py.List:
		return e.array(o, v.Items)
	case py.Tuple:
		return e.array(o, v)
	case *compat.NamedTuple:
		items, err := py.SequenceTuple(v)
		if err != nil {
			return err
		}
		return e.array(o, items)
	}
	if ks, vs, ok := mappingPairs(o); ok {
		return e.object(o, ks, vs)
	}
	if e.def == nil || e.def == py.None {
		return py.ExceptionNewf(py.TypeError, "Object of type %s is not JSON serializable", o.Type().Name)
	}
	if err := e.enter(o); err != nil {
		return err
	}
	r, err := compat.Callback(e.def, py.Tuple{o})
	if err != nil {
		return err
	}
	err = e.encode(r)
	e.leave()
	return err
}

func (e *jsonEncoder) array(o py.Object, items []py.Object) error {
	if len(items) == 0 {
		e.b.WriteString("[]")
		return nil
	}
	if err := e.enter(o); err != nil {
		return err
	}
	e.b.WriteByte('[')
	e.depth++
	for i, it := range items {
		if i > 0 {
			e.b.WriteString(e.itemSep)
		}
		e.newline()
		if err := e.encode(it); err != nil {
			return err
		}
	}
	e.depth--
	e.newline()
	e.b.WriteByte(']')
	e.leave()
	return nil
}

func (e *jsonEncoder) object(o py.Object, ks, vs []py.Object) error {
	if len(ks) == 0 {
		e.b.WriteString("{}")
		return nil
	}
	if err := e.enter(o); err != nil {
		return err
	}
	if e.sortKeys {
		order, err := sortedOrder(ks)
		if err != nil {
			return err
		}
		nk, nv := make([]py.Object, len(ks)), make([]py.Object, len(vs))
		for i, j := range order {
			nk[i], nv[i] = ks[j], vs[j]
		}
		ks, vs = nk, nv
	}
	e.b.WriteByte('{')
	e.depth++
	first := true
	for i, k := range ks {
		key, ok, err := e.key(k)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if !first {
			e.b.WriteString(e.itemSep)
		}
		first = false
		e.newline()
		e.str(key)
		e.b.WriteString(e.keySep)
		if err := e.encode(vs[i]); err != nil {
			return err
		}
	}
	e.depth--
	e.newline()
	e.b.WriteByte('}')
	e.leave()
	return nil
}

// sortedOrder returns the indexes of items in sorted order (Python's <).
func sortedOrder(items []py.Object) ([]int, error) {
	pairs := make(py.Tuple, len(items))
	for i, it := range items {
		pairs[i] = py.Tuple{it, py.Int(i)}
	}
	l := py.NewListFromItems(pairs)
	if _, err := py.Call(py.ListType.Dict["sort"], py.Tuple{l}, nil); err != nil {
		return nil, err
	}
	out := make([]int, len(items))
	for i, p := range l.Items {
		out[i] = int(p.(py.Tuple)[1].(py.Int))
	}
	return out, nil
}

// Decoding. The decoder walks the UTF-8 text by bytes; positions in
// errors are converted to characters, as CPython counts them.

type jsonDecoder struct {
	s          string
	doc        py.Object // the document as a str, for errors; nil: s
	objectHook py.Object
	pairsHook  py.Object
	parseFloat py.Object
	parseInt   py.Object
	parseConst py.Object
	strict     bool
	depth      int
	// keys holds object keys seen, boxed once (CPython memoizes keys
	// too): a direct-mapped cache, a key whose slot another holds is
	// boxed again. The keys are copies (they keep no document alive),
	// and the cache outlives the call: the decoder returns to
	// jsonDecoders, and the next document's keys are mostly the same.
	keys [jsonKeySlots]jsonKey
	// stack holds the items of the arrays and the keys and values of the
	// objects being parsed, so each container is allocated once at its
	// final size; it starts in stackBuf, and a popped slot is cleared
	stack    []py.Object
	stackBuf [16]py.Object
	// the document's str values, and its floats and ints that Go would
	// allocate to box, are boxed in place in slabs (compat.StringAt,
	// FloatAt, IntAt): one allocation for up to jsonSlab values. The
	// number slabs outlive the call (a slot is written once, before its
	// object is handed out); the str slab is dropped at the end of the
	// call, as its headers point into the document.
	strSlab   []string
	floatSlab []float64
	intSlab   []int64
}

type jsonKey struct {
	s string
	k py.Object
}

// jsonKeySlots is the size of the key cache (a power of two), and
// jsonKeyMax the longest key it keeps.
const (
	jsonKeySlots = 64
	jsonKeyMax   = 64
)

// jsonSlab is the number of values in a slab.
const jsonSlab = 32

// jsonDecoders holds the decoders not in use: scratch memory and a key
// cache, nothing a Python program can see (a cached key is an immutable
// str equal to the one it stands for).
var jsonDecoders = sync.Pool{New: func() any {
	d := new(jsonDecoder)
	d.stack = d.stackBuf[:0]
	return d
}}

// slabSlot is a fresh slot of *slab, which gets a new backing array of
// size slots when it is full; the caller writes the slot once, then
// boxes it.
func slabSlot[T any](slab *[]T, size int) *T {
	n := len(*slab)
	if n == cap(*slab) {
		*slab, n = make([]T, 0, size), 0
	}
	*slab = (*slab)[:n+1]
	return &(*slab)[n]
}

// key is the str object for the object key s.
func (d *jsonDecoder) key(s string) py.Object {
	if len(s) > jsonKeyMax {
		return d.strValue(s)
	}
	h := uint(len(s))
	if len(s) > 0 {
		h = h*31 + uint(s[0])
		h = h*31 + uint(s[len(s)-1])
		h = h*31 + uint(s[len(s)/2])
	}
	e := &d.keys[h&(jsonKeySlots-1)]
	if e.k == nil || e.s != s {
		o, b := compat.NewStringBuf(len(s))
		copy(b, s)
		e.s, e.k = string(o.(py.String)), o
	}
	return e.k
}

// strValue boxes the str value s.
func (d *jsonDecoder) strValue(s string) py.Object {
	// a short document gets a slab its size: one str needs 16 bytes, not 512
	p := slabSlot(&d.strSlab, min(jsonSlab, 1+len(d.s)/16))
	*p = s
	return compat.StringAt(p)
}

func (d *jsonDecoder) fail(msg string, bytePos int) error {
	pos := utf8.RuneCountInString(d.s[:min(bytePos, len(d.s))])
	line, col := 1, pos+1
	if i := strings.LastIndexByte(d.s[:min(bytePos, len(d.s))], '\n'); i >= 0 {
		line = strings.Count(d.s[:i], "\n") + 2
		col = pos - utf8.RuneCountInString(d.s[:i+1]) + 1
	}
	e := py.ExceptionNewf(JSONDecodeError, "%s: line %d column %d (char %d)", msg, line, col, pos)
	if e.Dict == nil {
		e.Dict = py.StringDict{}
	}
	e.Dict["msg"] = py.String(msg)
	if d.doc == nil {
		d.doc = py.String(d.s)
	}
	e.Dict["doc"] = d.doc
	e.Dict["pos"] = py.Int(pos)
	e.Dict["lineno"] = py.Int(line)
	e.Dict["colno"] = py.Int(col)
	return e
}

func (d *jsonDecoder) ws(i int) int {
	for i < len(d.s) {
		switch d.s[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

func (d *jsonDecoder) value(i int) (py.Object, int, error) {
	if i >= len(d.s) {
		return nil, i, d.fail("Expecting value", i)
	}
	switch c := d.s[i]; {
	case c == '"':
		s, j, err := d.str(i + 1)
		return s, j, err
	case c == '{':
		return d.object(i + 1)
	case c == '[':
		return d.array(i + 1)
	case c == 'n' && strings.HasPrefix(d.s[i:], "null"):
		return py.None, i + 4, nil
	case c == 't' && strings.HasPrefix(d.s[i:], "true"):
		return py.True, i + 4, nil
	case c == 'f' && strings.HasPrefix(d.s[i:], "false"):
		return py.False, i + 5, nil
	case c == 'N' && strings.HasPrefix(d.s[i:], "NaN"):
		return d.constant("NaN", math.NaN(), i+3)
	case c == 'I' && strings.HasPrefix(d.s[i:], "Infinity"):
		return d.constant("Infinity", math.Inf(1), i+8)
	case c == '-' && strings.HasPrefix(d.s[i:], "-Infinity"):
		return d.constant("-Infinity", math.Inf(-1), i+9)
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number(i)
	}
	return nil, i, d.fail("Expecting value", i)
}

func (d *jsonDecoder) constant(name string, f float64, next int) (py.Object, int, error) {
	if d.parseConst != nil && d.parseConst != py.None {
		v, err := py.Call(d.parseConst, py.Tuple{py.String(name)}, nil)
		return v, next, err
	}
	return py.Float(f), next, nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func (d *jsonDecoder) number(i int) (py.Object, int, error) {
	start := i
	if d.s[i] == '-' {
		i++
	}
	if i >= len(d.s) || !isDigit(d.s[i]) {
		return nil, start, d.fail("Expecting value", start)
	}
	if d.s[i] == '0' {
		i++
	} else {
		for i < len(d.s) && isDigit(d.s[i]) {
			i++
		}
	}
	isFloat := false
	if i+1 < len(d.s) && d.s[i] == '.' && isDigit(d.s[i+1]) {
		isFloat = true
		i += 2
		for i < len(d.s) && isDigit(d.s[i]) {
			i++
		}
	}
	if i < len(d.s) && (d.s[i] == 'e' || d.s[i] == 'E') {
		j := i + 1
		if j < len(d.s) && (d.s[j] == '+' || d.s[j] == '-') {
			j++
		}
		if j < len(d.s) && isDigit(d.s[j]) {
			isFloat = true
			for j < len(d.s) && isDigit(d.s[j]) {
				j++
			}
			i = j
		}
	}
	text := d.s[start:i]
	if isFloat {
		if d.parseFloat != nil && d.parseFloat != py.None {
			v, err := py.Call(d.parseFloat, py.Tuple{py.String(text)}, nil)
			return v, i, err
		}
		p := slabSlot(&d.floatSlab, jsonSlab)
		*p, _ = strconv.ParseFloat(text, 64)
		return compat.FloatAt(p), i, nil
	}
	if d.parseInt != nil && d.parseInt != py.None {
		v, err := py.Call(d.parseInt, py.Tuple{py.String(text)}, nil)
		return v, i, err
	}
	if digits := text; len(digits) <= 19 {
		// up to 18 digits fit an int64 (the sign takes the 19th byte)
		neg := digits[0] == '-'
		if neg {
			digits = digits[1:]
		}
		if len(digits) <= 18 {
			var n int64
			for k := 0; k < len(digits); k++ {
				n = n*10 + int64(digits[k]-'0')
			}
			if neg {
				n = -n
			}
			if n >= 0 && n < 256 {
				return py.Int(n), i, nil // Go boxes these without allocating
			}
			p := slabSlot(&d.intSlab, jsonSlab)
			*p = n
			return compat.IntAt(p), i, nil
		}
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		return py.Int(n), i, nil
	}
	b, _ := new(big.Int).SetString(text, 10)
	return (*py.BigInt)(b), i, nil
}

// str parses the string whose opening quote is before i.
func (d *jsonDecoder) str(i int) (py.Object, int, error) {
	s, j, err := d.rawStr(i)
	if err != nil {
		return nil, j, err
	}
	if len(s) == 1 && s[0] < utf8.RuneSelf {
		return asciiChars[s[0]], j, nil
	}
	return d.strValue(s), j, nil
}

// asciiChars holds the one-character ASCII strings boxed once, as
// CPython keeps one object per such string.
var asciiChars = func() (t [utf8.RuneSelf]py.Object) {
	for c := range t {
		t[c] = py.String(rune(c))
	}
	return t
}()

// rawStr is str as a Go string.
func (d *jsonDecoder) rawStr(i int) (string, int, error) {
	start := i - 1
	// fast path: no escapes, no control characters
	for j := i; j < len(d.s); j++ {
		c := d.s[j]
		if c == '"' {
			return d.s[i:j], j + 1, nil
		}
		if c == '\\' || (c < 0x20 && d.strict) {
			break
		}
	}
	var b strings.Builder
	for {
		if i >= len(d.s) {
			return "", i, d.fail("Unterminated string starting at", start)
		}
		c := d.s[i]
		switch {
		case c == '"':
			return b.String(), i + 1, nil
		case c == '\\':
			if i+1 >= len(d.s) {
				return "", i, d.fail("Unterminated string starting at", start)
			}
			esc := d.s[i+1]
			switch esc {
			case '"', '\\', '/':
				b.WriteByte(esc)
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				r, ok := d.hex(i + 2)
				if !ok {
					return "", i, d.fail("Invalid \\uXXXX escape", i+1)
				}
				i += 4
				if utf16.IsSurrogate(r) && r < 0xdc00 && strings.HasPrefix(d.s[i+2:], `\u`) {
					if r2, ok := d.hex(i + 4); ok && r2 >= 0xdc00 && r2 <= 0xdfff {
						r = utf16.DecodeRune(r, r2)
						i += 6
					}
				}
				b.WriteRune(r)
			default:
				return "", i, d.fail("Invalid \\escape", i)
			}
			i += 2
		case c < 0x20 && d.strict:
			return "", i, d.fail("Invalid control character at", i)
		default:
			b.WriteByte(c)
			i++
		}
	}
}

func (d *jsonDecoder) hex(i int) (rune, bool) {
	if i+4 > len(d.s) {
		return 0, false
	}
	n, err := strconv.ParseUint(d.s[i:i+4], 16, 32)
	if err != nil {
		return 0, false
	}
	return rune(n), true
}

func (d *jsonDecoder) object(i int) (py.Object, int, error) {
	d.depth++
	if d.depth > 1000 {
		return nil, i, py.ExceptionNewf(compat.RecursionError, "maximum recursion depth exceeded while decoding a JSON object from a unicode string")
	}
	v, i, err := d.objectItems(i)
	d.depth--
	return v, i, err
}

// objectItems is object's body; the items of the object being parsed are
// pushed on d.stack and dropped when it is built (the decoder lives for
// one call, so the slots need no clearing).
func (d *jsonDecoder) objectItems(i int) (py.Object, int, error) {
	var pairs []py.Object
	i = d.ws(i)
	if i < len(d.s) && d.s[i] == '}' {
		return d.finishObject(compat.NewDict(), pairs, i+1)
	}
	hooked := d.pairsHook != nil && d.pairsHook != py.None
	mark := len(d.stack)
	for {
		if i >= len(d.s) || d.s[i] != '"' {
			return nil, i, d.fail("Expecting property name enclosed in double quotes", i)
		}
		ks, j, err := d.rawStr(i + 1)
		if err != nil {
			return nil, j, err
		}
		k := d.key(ks)
		j = d.ws(j)
		if j >= len(d.s) || d.s[j] != ':' {
			return nil, j, d.fail("Expecting ':' delimiter", j)
		}
		j = d.ws(j + 1)
		v, j, err := d.value(j)
		if err != nil {
			return nil, j, err
		}
		if hooked {
			pairs = append(pairs, py.Tuple{k, v})
		} else {
			d.stack = append(d.stack, k, v)
		}
		j = d.ws(j)
		if j < len(d.s) && d.s[j] == '}' {
			obj, err := compat.NewDictFromPairs(d.stack[mark:])
			clear(d.stack[mark:])
			d.stack = d.stack[:mark]
			if err != nil {
				return nil, j, err
			}
			return d.finishObject(obj, pairs, j+1)
		}
		if j >= len(d.s) || d.s[j] != ',' {
			return nil, j, d.fail("Expecting ',' delimiter", j)
		}
		i = d.ws(j + 1)
	}
}

func (d *jsonDecoder) finishObject(obj *compat.Dict, pairs []py.Object, next int) (py.Object, int, error) {
	if d.pairsHook != nil && d.pairsHook != py.None {
		v, err := compat.Callback(d.pairsHook, py.Tuple{py.NewListFromItems(pairs)})
		return v, next, err
	}
	if d.objectHook != nil && d.objectHook != py.None {
		v, err := compat.Callback(d.objectHook, py.Tuple{obj})
		return v, next, err
	}
	return obj, next, nil
}

func (d *jsonDecoder) array(i int) (py.Object, int, error) {
	d.depth++
	if d.depth > 1000 {
		return nil, i, py.ExceptionNewf(compat.RecursionError, "maximum recursion depth exceeded while decoding a JSON array from a unicode string")
	}
	v, i, err := d.arrayItems(i)
	d.depth--
	return v, i, err
}

// arrayItems is array's body, with the items on d.stack as objectItems.
func (d *jsonDecoder) arrayItems(i int) (py.Object, int, error) {
	i = d.ws(i)
	if i < len(d.s) && d.s[i] == ']' {
		return py.NewList(), i + 1, nil
	}
	mark := len(d.stack)
	for {
		v, j, err := d.value(i)
		if err != nil {
			return nil, j, err
		}
		d.stack = append(d.stack, v)
		j = d.ws(j)
		if j < len(d.s) && d.s[j] == ']' {
			l := compat.NewListCap(len(d.stack) - mark)
			l.Items = append(l.Items, d.stack[mark:]...)
			clear(d.stack[mark:])
			d.stack = d.stack[:mark]
			return l, j + 1, nil
		}
		if j >= len(d.s) || d.s[j] != ',' {
			return nil, j, d.fail("Expecting ',' delimiter", j)
		}
		i = d.ws(j + 1)
	}
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_json", Doc: "Go speedups for the json module."},
		Methods: []*py.Method{
			py.MustNewMethod("encode", func(self py.Object, args py.Tuple) (py.Object, error) {
				return jsonEncode(args)
			}, 0, "encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, indent, item_separator, key_separator, default, sort_keys, _) -> str"),
			py.MustNewMethod("decode", func(self py.Object, args py.Tuple) (py.Object, error) {
				return jsonDecode(args)
			}, 0, "decode(s, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, strict) -> object"),
			py.MustNewMethod("dumps", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				if len(args) == 1 && len(kwargs) == 0 {
					return jsonEncode(py.Tuple{args[0], py.False, py.True, py.True, py.True, py.None, py.String(", "), py.String(": "), py.None, py.False, py.None})
				}
				return jsonFallback(self, "_dumps", args, kwargs)
			}, 0, "Serialize obj to a JSON formatted str."),
			py.MustNewMethod("loads", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				if len(args) == 1 && len(kwargs) == 0 {
					return jsonDecode(py.Tuple{args[0], py.None, py.None, py.None, py.None, py.None, py.True})
				}
				return jsonFallback(self, "_loads", args, kwargs)
			}, 0, "Deserialize s (a str, bytes or bytearray instance containing a JSON document) to a Python object."),
			py.MustNewMethod("_set_fallbacks", func(self py.Object, args py.Tuple) (py.Object, error) {
				m, ok := self.(*py.Module)
				if !ok || len(args) != 2 {
					return nil, py.ExceptionNewf(py.TypeError, "_set_fallbacks(dumps, loads)")
				}
				m.Globals["_dumps"], m.Globals["_loads"] = args[0], args[1]
				return py.None, nil
			}, 0, "_set_fallbacks(dumps, loads): the Python functions that take every keyword argument"),
		},
		Globals: py.StringDict{"JSONDecodeError": JSONDecodeError},
	})
}

// jsonEncode is _json.encode.
func jsonEncode(args py.Tuple) (py.Object, error) {
	if len(args) != 11 {
		return nil, py.ExceptionNewf(py.TypeError, "encode takes 11 arguments")
	}
	t := func(o py.Object) bool { b, _ := compat.Truth(o); return b }
	e := &jsonEncoder{skipkeys: t(args[1]), ensureASCII: t(args[2]), checkCirc: t(args[3]), allowNaN: t(args[4]),
		itemSep: string(args[6].(py.String)), keySep: string(args[7].(py.String)), def: args[8], sortKeys: t(args[9])}
	switch ind := args[5].(type) {
	case py.NoneType:
	case py.String:
		e.indent, e.hasIndent = string(ind), true
	default:
		n, err := py.IndexInt(ind)
		if err != nil {
			return nil, err
		}
		e.indent, e.hasIndent = strings.Repeat(" ", max(n, 0)), true
	}
	_ = args[10]
	if err := e.encode(args[0]); err != nil {
		return nil, err
	}
	return py.String(e.b.String()), nil
}

// jsonDecode is _json.decode.
func jsonDecode(args py.Tuple) (py.Object, error) {
	if len(args) != 7 {
		return nil, py.ExceptionNewf(py.TypeError, "decode takes 7 arguments")
	}
	var text string
	switch s := args[0].(type) {
	case py.String:
		text = string(s)
	default:
		b, ok := compat.BytesOf(s)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "the JSON object must be str, bytes or bytearray, not %s", s.Type().Name)
		}
		text = strings.TrimPrefix(string(b), "\ufeff")
	}
	strict, _ := compat.Truth(args[6])
	d := jsonDecoders.Get().(*jsonDecoder)
	d.s, d.objectHook, d.pairsHook, d.parseFloat, d.parseInt, d.parseConst, d.strict = text, args[1], args[2], args[3], args[4], args[5], strict
	if s, ok := args[0].(py.String); ok {
		d.doc = s
	}
	v, err := d.decode()
	// nothing of this call stays in the decoder but its caches
	clear(d.stack)
	d.stack = d.stack[:0]
	if cap(d.stack) > 4096 {
		d.stack = d.stackBuf[:0]
	}
	d.s, d.doc, d.objectHook, d.pairsHook, d.parseFloat, d.parseInt, d.parseConst, d.strSlab, d.depth = "", nil, nil, nil, nil, nil, nil, nil, 0
	jsonDecoders.Put(d)
	return v, err
}

// decode is the document's value.
func (d *jsonDecoder) decode() (py.Object, error) {
	if strings.HasPrefix(d.s, "\ufeff") {
		return nil, d.fail("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0)
	}
	v, i, err := d.value(d.ws(0))
	if err != nil {
		return nil, err
	}
	if i = d.ws(i); i != len(d.s) {
		return nil, d.fail("Extra data", i)
	}
	return v, nil
}

// jsonFallback calls json's Python dumps or loads (set by
// _set_fallbacks), which take every keyword argument and give CPython's
// errors for wrong calls.
func jsonFallback(mod py.Object, name string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	m, ok := mod.(*py.Module)
	if !ok || m.Globals[name] == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "json: %s is not set", name)
	}
	return py.Call(m.Globals[name], args, kwargs)
}
