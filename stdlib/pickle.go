package stdlib

// pickle.go is _pickle_accel, the Go fast path of pickle.dumps (stdlib/py/
// pickle.py) for protocols 4 and 5: dumps(obj, protocol) returns the pickle
// when obj is made only of None, bool, int, float, str, bytes, bytearray
// (protocol 5), tuple, list, dict, set and frozenset of exactly those types,
// else None and pickle.py's Pickler does the work. The bytes are the
// Pickler's (CPython's C pickler's): MEMOIZE after each str, bytes and
// container, BINGET for objects seen before (str and bytes by value, as
// pickle.py's memo), APPENDS/SETITEMS/ADDITEMS batches of 1000, 64 KiB
// frames, large str and bytes outside frames. Nesting deeper than 1000
// levels also returns None (pickle.py raises RecursionError as CPython).

import (
	"encoding/binary"
	"math"
	"math/big"
	"reflect"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
	"github.com/gowsgi/gowsgi/compat"
)

const (
	pkFrameTarget = 64 * 1024
	pkBatch       = 1000
)

type pkMemoKey struct {
	kind byte
	s    string
	p    uintptr
	n    int
}

type pkEncoder struct {
	proto int
	done  []byte // committed output
	frame []byte // current frame
	memo  map[pkMemoKey]int
	depth int
}

// errFallback makes dumps return None.
type pkFallback struct{}

func (pkFallback) Error() string { return "fallback" }

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_pickle_accel", Doc: "Go fast path of pickle.dumps (protocols 4 and 5)"},
		Methods: []*py.Method{
			py.MustNewMethod("dumps", func(self py.Object, args py.Tuple) (py.Object, error) {
				if len(args) != 2 {
					return nil, py.ExceptionNewf(py.TypeError, "dumps(obj, protocol)")
				}
				proto, err := py.MakeGoInt(args[1])
				if err != nil {
					return nil, err
				}
				if proto < 4 || proto > 5 {
					return py.None, nil
				}
				e := &pkEncoder{proto: proto, memo: map[pkMemoKey]int{}}
				e.done = append(e.done, 0x80, byte(proto))
				if err := e.save(args[0]); err != nil {
					if _, ok := err.(pkFallback); ok {
						return py.None, nil
					}
					return nil, err
				}
				e.frame = append(e.frame, '.')
				e.commit()
				return compat.NewBytes(e.done), nil
			}, 0, "dumps(obj, protocol) -> bytes, or None when pickle.py must do it"),
			py.MustNewMethod("loads", func(self py.Object, arg py.Object) (py.Object, error) {
				data, ok := compat.BytesOf(arg)
				if !ok || len(data) < 2 || data[0] != 0x80 || data[1] < 2 {
					return py.None, nil
				}
				d := &pkDecoder{data: data}
				if v, ok := d.run(); ok {
					return py.Tuple{v}, nil
				}
				return py.None, nil
			}, 0, "loads(data) -> (obj,), or None when pickle.py must read it"),
		},
	})
}

func (e *pkEncoder) commit() {
	if n := len(e.frame); n > 0 {
		if n >= 4 {
			var h [9]byte
			h[0] = 0x95
			binary.LittleEndian.PutUint64(h[1:], uint64(n))
			e.done = append(e.done, h[:]...)
		}
		e.done = append(e.done, e.frame...)
		e.frame = e.frame[:0]
	}
}

func (e *pkEncoder) memoize(k pkMemoKey) {
	e.frame = append(e.frame, 0x94)
	e.memo[k] = len(e.memo)
}

// recall writes a memo GET when k was pickled before.
func (e *pkEncoder) recall(k pkMemoKey) bool {
	i, ok := e.memo[k]
	if ok {
		e.get(i)
	}
	return ok
}

func (e *pkEncoder) get(i int) {
	if i < 256 {
		e.frame = append(e.frame, 'h', byte(i))
		return
	}
	e.frame = append(e.frame, 'j', byte(i), byte(i>>8), byte(i>>16), byte(i>>24))
}

// sized writes an opcode with a length and its payload; large payloads go
// outside frames as the C pickler writes them.
func (e *pkEncoder) sized(short, op4, op8 byte, payload []byte) {
	n := len(payload)
	switch {
	case n <= 0xff && short != 0:
		e.frame = append(e.frame, short, byte(n))
		e.frame = append(e.frame, payload...)
		return
	case n > 0xffffffff:
		e.commit()
		var h [9]byte
		h[0] = op8
		binary.LittleEndian.PutUint64(h[1:], uint64(n))
		e.done = append(e.done, h[:]...)
		e.done = append(e.done, payload...)
		return
	}
	var h [5]byte
	h[0] = op4
	binary.LittleEndian.PutUint32(h[1:], uint32(n))
	if n >= pkFrameTarget {
		e.commit()
		e.done = append(e.done, h[:]...)
		e.done = append(e.done, payload...)
		return
	}
	e.frame = append(e.frame, h[:]...)
	e.frame = append(e.frame, payload...)
}

func (e *pkEncoder) long(x *big.Int) {
	var enc []byte
	if x.Sign() != 0 {
		nbytes := x.BitLen()/8 + 1
		// two's complement, little-endian, nbytes long
		v := new(big.Int).Set(x)
		if x.Sign() < 0 {
			v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(nbytes*8)))
		}
		be := v.Bytes()
		enc = make([]byte, nbytes)
		for i := 0; i < len(be) && i < nbytes; i++ {
			enc[i] = be[len(be)-1-i]
		}
		if x.Sign() < 0 && nbytes > 1 && enc[nbytes-1] == 0xff && enc[nbytes-2]&0x80 != 0 {
			enc = enc[:nbytes-1]
		}
	}
	if len(enc) < 256 {
		e.frame = append(e.frame, 0x8a, byte(len(enc)))
	} else {
		var h [5]byte
		h[0] = 0x8b
		binary.LittleEndian.PutUint32(h[1:], uint32(len(enc)))
		e.frame = append(e.frame, h[:]...)
	}
	e.frame = append(e.frame, enc...)
}

func (e *pkEncoder) save(obj py.Object) error {
	if len(e.frame) >= pkFrameTarget {
		e.commit()
	}
	switch v := obj.(type) {
	case py.NoneType:
		e.frame = append(e.frame, 'N')
		return nil
	case py.Bool:
		if v {
			e.frame = append(e.frame, 0x88)
		} else {
			e.frame = append(e.frame, 0x89)
		}
		return nil
	case py.Int:
		switch {
		case v >= 0 && v <= 0xff:
			e.frame = append(e.frame, 'K', byte(v))
		case v >= 0 && v <= 0xffff:
			e.frame = append(e.frame, 'M', byte(v), byte(v>>8))
		case v >= -0x80000000 && v <= 0x7fffffff:
			e.frame = append(e.frame, 'J', byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
		default:
			e.long(big.NewInt(int64(v)))
		}
		return nil
	case *py.BigInt:
		b := (*big.Int)(v)
		if b.IsInt64() {
			return e.save(py.Int(b.Int64()))
		}
		e.long(b)
		return nil
	case py.Float:
		bits := math.Float64bits(float64(v))
		if bits == 0x7ff8000000000001 { // Go's NaN, CPython's bits
			bits = 0x7ff8000000000000
		}
		var h [9]byte
		h[0] = 'G'
		binary.BigEndian.PutUint64(h[1:], bits)
		e.frame = append(e.frame, h[:]...)
		return nil
	case py.String:
		k := pkMemoKey{kind: 's', s: string(v)}
		if e.recall(k) {
			return nil
		}
		e.sized(0x8c, 'X', 0x8d, []byte(v))
		e.memoize(k)
		return nil
	case compat.Bytes:
		k := pkMemoKey{kind: 'b', s: string(v)}
		if e.recall(k) {
			return nil
		}
		e.sized('C', 'B', 0x8e, []byte(v))
		e.memoize(k)
		return nil
	case py.Bytes:
		k := pkMemoKey{kind: 'b', s: string(v)}
		if e.recall(k) {
			return nil
		}
		e.sized('C', 'B', 0x8e, v)
		e.memoize(k)
		return nil
	}
	e.depth++
	defer func() { e.depth-- }()
	if e.depth > 1000 {
		return pkFallback{}
	}
	t := obj.Type()
	switch v := obj.(type) {
	case py.Tuple:
		if t != py.TupleType {
			return pkFallback{}
		}
		n := len(v)
		if n == 0 {
			e.frame = append(e.frame, ')')
			return nil
		}
		k := pkMemoKey{kind: 't', p: reflect.ValueOf(v).Pointer(), n: n}
		if e.recall(k) {
			return nil
		}
		if n > 3 {
			e.frame = append(e.frame, '(')
		}
		for _, it := range v {
			if err := e.save(it); err != nil {
				return err
			}
		}
		if i, ok := e.memo[k]; ok { // recursive tuple
			if n > 3 {
				e.frame = append(e.frame, '1')
			} else {
				for j := 0; j < n; j++ {
					e.frame = append(e.frame, '0')
				}
			}
			e.get(i)
			return nil
		}
		switch n {
		case 1:
			e.frame = append(e.frame, 0x85)
		case 2:
			e.frame = append(e.frame, 0x86)
		case 3:
			e.frame = append(e.frame, 0x87)
		default:
			e.frame = append(e.frame, 't')
		}
		e.memoize(k)
		return nil
	case *py.List:
		if t != py.ListType {
			return pkFallback{}
		}
		k := pkMemoKey{kind: 'p', p: reflect.ValueOf(v).Pointer()}
		if e.recall(k) {
			return nil
		}
		e.frame = append(e.frame, ']')
		e.memoize(k)
		return e.batch(v.Items, 'e', 'a', false)
	case *compat.Dict:
		if t != compat.DictType {
			return pkFallback{}
		}
		k := pkMemoKey{kind: 'p', p: reflect.ValueOf(v).Pointer()}
		if e.recall(k) {
			return nil
		}
		e.frame = append(e.frame, '}')
		e.memoize(k)
		items := make([]py.Object, 0, 2*v.Len())
		v.Range(func(key, val py.Object) bool {
			items = append(items, key, val)
			return true
		})
		return e.batch(items, 'u', 's', true)
	}
	switch t {
	case compat.SetType, compat.FrozenSetType:
		k := pkMemoKey{kind: 'p', p: reflect.ValueOf(obj).Pointer()}
		if e.recall(k) {
			return nil
		}
		var items []py.Object
		if err := py.Iterate(obj, func(o py.Object) bool { items = append(items, o); return false }); err != nil {
			return err
		}
		if t == compat.FrozenSetType {
			e.frame = append(e.frame, '(')
			for _, it := range items {
				if err := e.save(it); err != nil {
					return err
				}
			}
			if i, ok := e.memo[k]; ok {
				e.frame = append(e.frame, '1')
				e.get(i)
				return nil
			}
			e.frame = append(e.frame, 0x91)
			e.memoize(k)
			return nil
		}
		e.frame = append(e.frame, 0x8f)
		e.memoize(k)
		for start := 0; start < len(items); start += pkBatch {
			end := start + pkBatch
			if end > len(items) {
				end = len(items)
			}
			e.frame = append(e.frame, '(')
			for _, it := range items[start:end] {
				if err := e.save(it); err != nil {
					return err
				}
			}
			e.frame = append(e.frame, 0x90)
		}
		return nil
	case compat.ByteArrayType:
		if e.proto < 5 {
			return pkFallback{}
		}
		k := pkMemoKey{kind: 'p', p: reflect.ValueOf(obj).Pointer()}
		if e.recall(k) {
			return nil
		}
		b, ok := compat.BytesOf(obj)
		if !ok {
			return pkFallback{}
		}
		var h [9]byte
		h[0] = 0x96
		binary.LittleEndian.PutUint64(h[1:], uint64(len(b)))
		if len(b) >= pkFrameTarget {
			e.commit()
			e.done = append(e.done, h[:]...)
			e.done = append(e.done, b...)
		} else {
			e.frame = append(e.frame, h[:]...)
			e.frame = append(e.frame, b...)
		}
		e.memoize(k)
		return nil
	}
	return pkFallback{}
}

// batch writes list items (pairs when pairs) as the Pickler's
// _batch_appends/_batch_setitems: MARK … many, or one … single.
func (e *pkEncoder) batch(items []py.Object, many, single byte, pairs bool) error {
	step := 1
	if pairs {
		step = 2
	}
	total := len(items) / step
	for start := 0; start < total; start += pkBatch {
		end := start + pkBatch
		if end > total {
			end = total
		}
		if end-start > 1 {
			e.frame = append(e.frame, '(')
		}
		for _, it := range items[start*step : end*step] {
			if err := e.save(it); err != nil {
				return err
			}
		}
		if end-start > 1 {
			e.frame = append(e.frame, many)
		} else {
			e.frame = append(e.frame, single)
		}
		if end-start < pkBatch {
			break
		}
	}
	return nil
}

// pkDecoder is _pickle_accel.loads(data): the pickle when data holds only
// the opcodes dumps writes for built-in values (protocols 2 to 5: atoms,
// str, bytes, bytearray, tuples, lists, dicts, sets, frozensets, memo and
// frames); else None and pickle.py's Unpickler reads it (with CPython's
// errors for bad data).
type pkDecoder struct {
	data  []byte
	pos   int
	stack []py.Object
	marks []int
	memo  []py.Object
}

func (d *pkDecoder) take(n int) ([]byte, bool) {
	if n < 0 || d.pos+n > len(d.data) {
		return nil, false
	}
	b := d.data[d.pos : d.pos+n]
	d.pos += n
	return b, true
}

// memoIndex reads a memo index: one byte (BINPUT, BINGET) or four
// little-endian ones (LONG_BINPUT, LONG_BINGET).
func (d *pkDecoder) memoIndex(short bool) (int, bool) {
	if short {
		b, ok := d.take(1)
		if !ok {
			return 0, false
		}
		return int(b[0]), true
	}
	b, ok := d.take(4)
	if !ok {
		return 0, false
	}
	return int(binary.LittleEndian.Uint32(b)), true
}

func (d *pkDecoder) pop() (py.Object, bool) {
	n := len(d.stack)
	if n == 0 || len(d.marks) > 0 && d.marks[len(d.marks)-1] >= n {
		return nil, false
	}
	o := d.stack[n-1]
	d.stack = d.stack[:n-1]
	return o, true
}

func (d *pkDecoder) popMark() ([]py.Object, bool) {
	if len(d.marks) == 0 {
		return nil, false
	}
	m := d.marks[len(d.marks)-1]
	d.marks = d.marks[:len(d.marks)-1]
	items := append([]py.Object(nil), d.stack[m:]...)
	d.stack = d.stack[:m]
	return items, true
}

func (d *pkDecoder) top() (py.Object, bool) {
	n := len(d.stack)
	if n == 0 || len(d.marks) > 0 && d.marks[len(d.marks)-1] >= n {
		return nil, false
	}
	return d.stack[n-1], true
}

func pkInt(b []byte) py.Object {
	if len(b) == 0 {
		return py.Int(0)
	}
	be := make([]byte, len(b))
	for i := range b {
		be[i] = b[len(b)-1-i]
	}
	x := new(big.Int).SetBytes(be)
	if b[len(b)-1]&0x80 != 0 {
		x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	if x.IsInt64() {
		return py.Int(x.Int64())
	}
	return (*py.BigInt)(x)
}

func (d *pkDecoder) run() (py.Object, bool) {
	for {
		op, ok := d.take(1)
		if !ok {
			return nil, false
		}
		var push py.Object
		switch op[0] {
		case 0x80: // PROTO
			b, ok := d.take(1)
			if !ok || b[0] > 5 {
				return nil, false
			}
			continue
		case 0x95: // FRAME
			if _, ok := d.take(8); !ok {
				return nil, false
			}
			continue
		case '.':
			if len(d.marks) > 0 || len(d.stack) == 0 {
				return nil, false
			}
			return d.stack[len(d.stack)-1], true
		case 'N':
			push = py.None
		case 0x88:
			push = py.True
		case 0x89:
			push = py.False
		case 'K':
			b, ok := d.take(1)
			if !ok {
				return nil, false
			}
			push = py.Int(b[0])
		case 'M':
			b, ok := d.take(2)
			if !ok {
				return nil, false
			}
			push = py.Int(binary.LittleEndian.Uint16(b))
		case 'J':
			b, ok := d.take(4)
			if !ok {
				return nil, false
			}
			push = py.Int(int32(binary.LittleEndian.Uint32(b)))
		case 0x8a, 0x8b: // LONG1, LONG4
			var n int
			if op[0] == 0x8a {
				b, ok := d.take(1)
				if !ok {
					return nil, false
				}
				n = int(b[0])
			} else {
				b, ok := d.take(4)
				if !ok {
					return nil, false
				}
				n = int(int32(binary.LittleEndian.Uint32(b)))
			}
			b, ok := d.take(n)
			if !ok {
				return nil, false
			}
			push = pkInt(b)
		case 'G':
			b, ok := d.take(8)
			if !ok {
				return nil, false
			}
			push = py.Float(math.Float64frombits(binary.BigEndian.Uint64(b)))
		case 0x8c, 'X', 0x8d, 'C', 'B', 0x8e, 0x96:
			var n uint64
			switch op[0] {
			case 0x8c, 'C':
				b, ok := d.take(1)
				if !ok {
					return nil, false
				}
				n = uint64(b[0])
			case 'X', 'B':
				b, ok := d.take(4)
				if !ok {
					return nil, false
				}
				n = uint64(binary.LittleEndian.Uint32(b))
			default:
				b, ok := d.take(8)
				if !ok {
					return nil, false
				}
				n = binary.LittleEndian.Uint64(b)
			}
			if n > uint64(len(d.data)) {
				return nil, false
			}
			b, ok := d.take(int(n))
			if !ok {
				return nil, false
			}
			switch op[0] {
			case 0x8c, 'X', 0x8d:
				if !utf8.Valid(b) {
					return nil, false
				}
				push = py.String(b)
			case 0x96:
				ba, err := py.Call(compat.ByteArrayType, py.Tuple{compat.NewBytes(append([]byte(nil), b...))}, nil)
				if err != nil {
					return nil, false
				}
				push = ba
			default:
				push = compat.NewBytes(append([]byte(nil), b...))
			}
		case ')':
			push = py.Tuple{}
		case 0x85, 0x86, 0x87:
			n := int(op[0] - 0x84)
			if len(d.stack) < n || len(d.marks) > 0 && d.marks[len(d.marks)-1] > len(d.stack)-n {
				return nil, false
			}
			t := append(py.Tuple(nil), d.stack[len(d.stack)-n:]...)
			d.stack = d.stack[:len(d.stack)-n]
			push = t
		case '(':
			d.marks = append(d.marks, len(d.stack))
			continue
		case 't':
			items, ok := d.popMark()
			if !ok {
				return nil, false
			}
			push = py.Tuple(items)
		case ']':
			push = py.NewList()
		case '}':
			push = compat.NewDict()
		case 0x8f:
			s, err := py.Call(compat.SetType, nil, nil)
			if err != nil {
				return nil, false
			}
			push = s
		case 0x91:
			items, ok := d.popMark()
			if !ok {
				return nil, false
			}
			fs, err := py.Call(compat.FrozenSetType, py.Tuple{py.NewListFromItems(items)}, nil)
			if err != nil {
				return nil, false
			}
			push = fs
		case 'a':
			v, ok := d.pop()
			if !ok {
				return nil, false
			}
			t, ok := d.top()
			l, isList := t.(*py.List)
			if !ok || !isList {
				return nil, false
			}
			l.Append(v)
			continue
		case 'e':
			items, ok := d.popMark()
			if !ok {
				return nil, false
			}
			t, ok := d.top()
			l, isList := t.(*py.List)
			if !ok || !isList {
				return nil, false
			}
			l.Items = append(l.Items, items...)
			continue
		case 's', 'u':
			var items []py.Object
			if op[0] == 's' {
				v, ok1 := d.pop()
				k, ok2 := d.pop()
				if !ok1 || !ok2 {
					return nil, false
				}
				items = []py.Object{k, v}
			} else {
				var ok bool
				if items, ok = d.popMark(); !ok {
					return nil, false
				}
			}
			t, ok := d.top()
			m, isDict := t.(*compat.Dict)
			if !ok || !isDict || m.Type() != compat.DictType {
				return nil, false
			}
			for i := 0; i+1 < len(items); i += 2 {
				if err := m.Set(items[i], items[i+1]); err != nil {
					return nil, false
				}
			}
			continue
		case 0x90:
			items, ok := d.popMark()
			if !ok {
				return nil, false
			}
			t, ok := d.top()
			if !ok || t.Type() != compat.SetType {
				return nil, false
			}
			upd, err := py.GetAttrString(t, "update")
			if err != nil {
				return nil, false
			}
			if _, err := py.Call(upd, py.Tuple{py.NewListFromItems(items)}, nil); err != nil {
				return nil, false
			}
			continue
		case 0x94:
			t, ok := d.top()
			if !ok {
				return nil, false
			}
			d.memo = append(d.memo, t)
			continue
		case 'q', 'r':
			i, ok := d.memoIndex(op[0] == 'q')
			if !ok {
				return nil, false
			}
			t, ok := d.top()
			if !ok || i > len(d.memo) {
				return nil, false
			}
			if i == len(d.memo) {
				d.memo = append(d.memo, t)
			} else {
				d.memo[i] = t
			}
			continue
		case 'h', 'j':
			i, ok := d.memoIndex(op[0] == 'h')
			if !ok {
				return nil, false
			}
			if i >= len(d.memo) || d.memo[i] == nil {
				return nil, false
			}
			push = d.memo[i]
		case '0':
			if _, ok := d.pop(); !ok {
				return nil, false
			}
			continue
		case '1':
			if _, ok := d.popMark(); !ok {
				return nil, false
			}
			continue
		case '2':
			t, ok := d.top()
			if !ok {
				return nil, false
			}
			push = t
		default:
			return nil, false
		}
		d.stack = append(d.stack, push)
	}
}
