package compat

// errorsite.go gives errors raised by gpython's built-in operations
// CPython's messages where those name the operand's type, which gpython's
// messages do not:
//
//	(1, 2)[5]       IndexError: tuple index out of range        (gpython: "index out of range",
//	'abc'[9]        IndexError: string index out of range        shown as "list index out of range")
//	b'ab'[5]        IndexError: index out of range
//	(1, 2)['x']     TypeError: tuple indices must be integers or slices, not str
//	'abc'[1.5]      TypeError: string indices must be integers, not 'float'
//	[1][None]       TypeError: list indices must be integers or slices, not NoneType
//	range(3)['x']   TypeError: range indices must be integers or slices, not str
//	math.nope       AttributeError: module 'math' has no attribute 'nope'
//	(5).real = 3    AttributeError: attribute 'real' of 'int' objects is not writable
//	'abc'.upper = 1 AttributeError: 'str' object attribute 'upper' is read-only
//	print(bad=1)    TypeError: 'bad' is an invalid keyword argument for print()
//	                (a built-in's; gpython words it as a Python function's
//	                "print() got an unexpected keyword argument 'bad'")
//
// Cost: nothing on the happy path. BINARY_SUBSCR, LOAD_ATTR and STORE_ATTR
// run as gpython compiled them (measured: 1M iterations of four
// subscripts, tuple/str/list/dict, 0.18-0.20 s before and after); a
// caught "tuple index out of range" costs ~2.0 us instead of ~1.2 us (the
// bytecode scan up to the failed instruction; other exceptions are
// turned away by their type and message first); only when one of them has raised does
// siteError look at it, from the same two places as unbound.go (the
// except handler's entry and the frame's exit): the traceback gives the
// failed instruction, and when the operands were pushed by the
// instructions right before it (LOAD_FAST, LOAD_NAME, LOAD_GLOBAL,
// LOAD_DEREF, LOAD_CONST, or attribute reads of modules along such a
// chain) the frame still holds their values: the message is made from
// the container's type, after checking that the index really is out of
// range for it (or not an integer). When the operand is not statically
// known (f()[5], self.items[5]) the message stays gpython's, with
// NormalizeMessage's "list index out of range". (Routing every subscript
// through a compat function instead cost ~25 ns a subscript, see
// testdata/pending/BACKLOG.md.) seqGetItem, which compat's own subscript
// paths use (slices, x.__getitem__), knows its container and uses
// subscriptError directly.

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// finalMessageKey marks (in an exception's Dict) a message that is
// already CPython's, so NormalizeMessage leaves it: bytes' "index out of
// range" is not a list's.
const finalMessageKey = "\x00gowsgi_final_message"

// withFinalMessage returns e marked as having its final message.
func withFinalMessage(e *py.Exception) *py.Exception {
	if e.Dict == nil {
		e.Dict = py.StringDict{}
	}
	e.Dict[finalMessageKey] = py.True
	return e
}

func hasFinalMessage(e *py.Exception) bool {
	_, ok := e.Dict[finalMessageKey]
	return ok
}

// seqKind is the name CPython's subscript messages give container c's
// type ("string" for str, "byte" for bytes in the TypeError), or "" for
// a type other than the built-in sequences.
func seqKind(c py.Object) (index, indices string) {
	switch c.(type) {
	case py.Tuple:
		return "tuple index out of range", "tuple indices must be integers or slices, not %s"
	case py.String:
		return "string index out of range", "string indices must be integers, not '%s'"
	case *py.List:
		return "list index out of range", "list indices must be integers or slices, not %s"
	case Bytes, py.Bytes:
		return "index out of range", "byte indices must be integers or slices, not %s"
	case *ByteArray:
		return "bytearray index out of range", "bytearray indices must be integers or slices, not %s"
	case *py.Range:
		return "range object index out of range", "range indices must be integers or slices, not %s"
	}
	return "", ""
}

// notAnIndex reports whether key is a built-in value that is not an
// integer (nor a slice): str, float, None, tuple, list, dict, bytes,
// complex; or an instance of a class without __index__.
func notAnIndex(key py.Object) bool {
	switch key.(type) {
	case py.String, py.Float, py.NoneType, py.Tuple, *py.List, *Dict, py.StringDict, Bytes, py.Bytes, py.Complex:
		return true
	}
	if _, isInstance := userInstance(key); isInstance {
		return pyMethod(key, "__index__") == nil // an instance of a class without __index__
	}
	return false
}

// subscriptError is the error CPython raises for c[key] where gpython
// raised err, or nil when err is not one it rewrites.
func subscriptError(c, key py.Object, err error) *py.Exception {
	e := exceptionOf(err)
	if e == nil || e.Base.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		return nil
	}
	index, indices := seqKind(c)
	if index == "" {
		return nil
	}
	switch {
	case e.Base == py.IndexError:
		var i int
		switch k := key.(type) {
		case py.Int:
			i = int(k)
		case py.Bool:
			i = int(boolInt(k).(py.Int))
		default:
			return nil
		}
		n, lerr := py.Len(c)
		if lerr != nil {
			return nil
		}
		if ln, ok := n.(py.Int); !ok || (i >= -int(ln) && i < int(ln)) {
			return nil
		}
		return withFinalMessage(py.ExceptionNewf(py.IndexError, "%s", index))
	case e.Base == py.TypeError && notAnIndex(key):
		return withFinalMessage(py.ExceptionNewf(py.TypeError, indices, key.Type().Name))
	}
	return nil
}

// computedIndexError is subscriptError for an index whose value is not
// known: gpython's message names the index's type in a TypeError.
func computedIndexError(c py.Object, e *py.Exception, msg string) *py.Exception {
	index, indices := seqKind(c)
	switch {
	case index == "":
	case e.Base == py.IndexError:
		return withFinalMessage(py.ExceptionNewf(py.IndexError, "%s", index))
	case e.Base == py.TypeError:
		const prefix = "unsupported operand type(s) for index: '"
		if name := strings.TrimSuffix(strings.TrimPrefix(msg, prefix), "'"); len(name) < len(msg)-len(prefix) {
			return withFinalMessage(py.ExceptionNewf(py.TypeError, indices, name))
		}
	}
	return nil
}

// scanTo decodes code's instructions up to the one ending at offset end
// (the failed one, last in the result). (Not rewrite.go's decode, which
// also computes lines and jump targets: a caught exception must stay
// cheap.)
func scanTo(code *py.Code, end int) ([]instr, bool) {
	b := code.Code
	ins := make([]instr, 0, 32)
	for i := 0; i < len(b) && i < end; {
		start, op, arg, next, ok := nextInstr(b, i)
		if !ok {
			return nil, false
		}
		i = next
		ins = append(ins, instr{op: op, arg: arg, target: -1, start: start})
		if i == end {
			return ins, true
		}
	}
	return nil, false
}

// jumpsInto reports whether an instruction of code jumps to an offset in
// (lo, hi].
func jumpsInto(code *py.Code, lo, hi int) bool {
	b := code.Code
	ext := 0
	for i := 0; i < len(b); {
		op := b[i]
		i++
		if op < haveArgument {
			ext = 0
			continue
		}
		if i+2 > len(b) {
			return true
		}
		arg := int(b[i]) | int(b[i+1])<<8 | ext<<16
		i += 2
		if op == opExtendedArg {
			ext = arg
			continue
		}
		ext = 0
		target := -1
		switch {
		case isRelJump(op):
			target = i + arg
		case isAbsJump(op):
			target = arg
		}
		if target > lo && target <= hi {
			return true
		}
	}
	return false
}

// exprStart is the index of the first instruction of the expression
// whose code ends with ins[end] and pushes one value, found by walking
// back over the instructions' stack effects; ok is false at any
// instruction it does not know (jumps, function definitions...).
func exprStart(ins []instr, end int) (int, bool) {
	need := 1
	for j := end; j >= 0; j-- {
		pops, pushes, ok := stackEffect(ins[j])
		if !ok {
			return 0, false
		}
		need += pops - pushes
		if need == 0 {
			return j, true
		}
		if need < 0 {
			return 0, false
		}
	}
	return 0, false
}

// stackEffect is how many values instruction in pops and pushes, for the
// instructions that make up ordinary expressions.
func stackEffect(in instr) (pops, pushes int, ok bool) {
	switch op := in.op; {
	case op == opLoadConst || op == opLoadFast || op == opLoadName || op == opLoadGlobal || op == opLoadDeref || op == opLoadClassDeref:
		return 0, 1, true
	case op == opLoadAttr || op == opUnaryPositive || op == opUnaryNegative || op == opUnaryNot || op == opUnaryInvert:
		return 1, 1, true
	case op >= 19 && op <= 29 || op >= 62 && op <= 66 || op == opCompareOp: // binary operators, subscript
		return 2, 1, true
	case op == opCallHelper: // helperop.go
		if h := helperAt(in.arg); h != nil {
			return h.nargs, b2i(h.push), true
		}
	case op == opRotTwo:
		return 2, 2, true
	case op == opRotThree:
		return 3, 3, true
	case op == opBuildTuple || op == opBuildList || op == opBuildSet || op == opBuildSlice:
		return in.arg, 1, true
	case op == opCallFunction || op == opCallFunVar || op == opCallFunKw || op == opCallFunVarKw:
		n := 1 + in.arg&0xff + 2*(in.arg>>8&0xff)
		switch op {
		case opCallFunVar, opCallFunKw:
			n++
		case opCallFunVarKw:
			n += 2
		}
		return n, 1, true
	}
	return 0, 0, false
}

// exceptionOf is the exception err carries.
func exceptionOf(err error) *py.Exception {
	switch v := err.(type) {
	case *py.Exception:
		return v
	case py.ExceptionInfo:
		e, _ := v.Value.(*py.Exception)
		return e
	}
	return nil
}

// fixAtSite gives e (raised with traceback tb, message msg) CPython's
// message when siteError finds one, in place; it reports whether it did.
// unbound.go calls it for every exception an except handler catches and
// every error leaving a frame.
func fixAtSite(e *py.Exception, msg string, tb *py.Traceback) bool {
	u := siteError(e, msg, tb)
	if u == nil {
		return false
	}
	e.Args = u.Args
	if hasFinalMessage(u) {
		withFinalMessage(e)
	}
	return true
}

// fixAtSiteOf is fixAtSite for an exception being printed with its
// traceback (one raised by module-level code reaches only the printer).
func fixAtSiteOf(e *py.Exception, tb *py.Traceback) {
	if args, ok := e.Args.(py.Tuple); ok && len(args) == 1 && e.Base.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		if msg, ok := args[0].(py.String); ok {
			fixAtSite(e, string(msg), tb)
		}
	}
}

// siteError returns the exception CPython would have raised instead of
// e (raised with traceback tb), or nil: see the file comment.
func siteError(e *py.Exception, msg string, tb *py.Traceback) *py.Exception {
	switch {
	case e.Base == py.IndexError && msg == "index out of range":
	case e.Base == py.TypeError && strings.HasPrefix(msg, "unsupported operand type(s) for index: '"):
	case e.Base == py.AttributeError && (msg == "can't set attribute" || strings.Contains(msg, "has no attribute '")):
	case e.Base == py.TypeError && (strings.Contains(msg, "() got an unexpected keyword argument '") || strings.HasSuffix(msg, "() takes no keyword arguments")):
	default:
		return nil // (cheap tests first: most caught exceptions stop here)
	}
	if tb == nil {
		return nil
	}
	for tb.Next != nil {
		tb = tb.Next
	}
	frame := tb.Frame
	if frame == nil || frame.Code == nil {
		return nil
	}
	ins, ok := scanTo(frame.Code, int(tb.Lasti))
	if !ok || len(ins) < 2 {
		return nil
	}
	k := len(ins) - 1 // the failed instruction
	in := ins[k]
	// first is where the operands' code starts; a jump into it or to the
	// instruction means another path may have pushed them
	jumpedInto := func(first int) bool {
		return jumpsInto(frame.Code, ins[first].start, in.start)
	}
	switch {
	case in.op == opBinarySubscr && e.Base != py.AttributeError:
		key, first, ok := operandValue(frame, ins, k-1)
		if !ok {
			// an index computed otherwise: the container's load precedes
			// its code; the message stands for the check (a built-in
			// sequence raises these only for its index)
			if first, ok = exprStart(ins, k-1); !ok {
				return nil
			}
			key = nil
		}
		c, first, ok := operandValue(frame, ins, first-1)
		if !ok || jumpedInto(first) {
			return nil
		}
		if key == nil {
			return computedIndexError(c, e, msg)
		}
		return subscriptError(c, key, e)
	case in.op == opLoadAttr && e.Base == py.AttributeError:
		obj, first, ok := operandValue(frame, ins, k-1)
		if !ok || jumpedInto(first) {
			return nil
		}
		if u := exceptionOf(moduleAttrError(obj, py.String(frame.Code.Names[in.arg]), e)); u != e {
			return u
		}
	case (in.op == opCallFunction || in.op == opCallFunVar || in.op == opCallFunKw || in.op == opCallFunVarKw || isKeywordCall(in)) && e.Base == py.TypeError:
		fn, first, ok := calledValue(frame, ins, k)
		if !ok || jumpedInto(first) {
			return nil
		}
		return builtinKeywordError(fn, msg)
	case in.op == opStoreAttr && e.Base == py.AttributeError:
		obj, first, ok := operandValue(frame, ins, k-1)
		if !ok || jumpedInto(first) {
			return nil
		}
		return storeAttrError(obj, frame.Code.Names[in.arg], msg)
	}
	return nil
}

// calledValue is the callable of the call ins[k], when the frame still
// holds it (operandValue), or a built-in value's method ('a'.split).
// ins[k] is a call opcode or a keyword call (isKeywordCall).
func calledValue(frame *py.Frame, ins []instr, k int) (py.Object, int, bool) {
	in := ins[k]
	n := in.arg&0xff + 2*(in.arg>>8&0xff) // the arguments above the callable
	switch in.op {
	case opCallFunVar, opCallFunKw:
		n++
	case opCallFunVarKw:
		n += 2
	case opCallHelper:
		n = 2 // callHelper(fn, args, info)
	}
	j := k - 1
	for ; n > 0; n-- {
		first, ok := exprStart(ins, j)
		if !ok {
			return nil, 0, false
		}
		j = first - 1
	}
	if v, first, ok := operandValue(frame, ins, j); ok {
		return v, first, true
	}
	if j < 1 || ins[j].op != opLoadAttr || ins[j].arg >= len(frame.Code.Names) {
		return nil, 0, false
	}
	var t *py.Type
	base, first, ok := operandValue(frame, ins, j-1)
	switch {
	case ok:
		if _, isInst := userInstance(base); isInst {
			return nil, 0, false
		}
		if _, isType := base.(*py.Type); isType {
			return nil, 0, false
		}
		t = base.Type()
	case ins[j-1].op == opCallFunction || isKeywordCall(ins[j-1]):
		// a built-in type's new value: dict(d).pop(...), set().add(...)
		cls, cfirst, ok := calledValue(frame, ins, j-1)
		ct, isType := cls.(*py.Type)
		if !ok || !isType || ct.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			return nil, 0, false
		}
		t, first = ct, cfirst
	default:
		return nil, 0, false
	}
	m, isMethod := lookupMro(t, frame.Code.Names[ins[j].arg]).(*py.Method)
	return m, first, isMethod
}

// builtinKeywordError is CPython's message for a keyword a built-in
// function, method or type does not take: "'bad' is an invalid keyword
// argument for print()" (gpython's ParseTupleAndKeywords words it as a
// Python function's "print() got an unexpected keyword argument 'bad'",
// which stays for Python functions), or nil.
func builtinKeywordError(fn py.Object, msg string) *py.Exception {
	if strings.HasSuffix(msg, "() takes no keyword arguments") {
		return noKeywordsError(fn, strings.TrimSuffix(msg, "() takes no keyword arguments"))
	}
	i := strings.Index(msg, "() got an unexpected keyword argument '")
	if i <= 0 || !strings.HasSuffix(msg, "'") {
		return nil
	}
	name, kw := msg[:i], msg[i+len("() got an unexpected keyword argument '"):len(msg)-1]
	// the builtins and the built-in types' methods (the stdlib's Go
	// functions stand for what are Python functions in CPython)
	builtin := func(m *py.Method) bool {
		if m.Module != nil && m.Module.Globals["__name__"] == py.String("builtins") {
			return true
		}
		return methodOwners[m] != nil // methodnames.go
	}
	var own string
	switch f := fn.(type) {
	case *py.Method:
		if builtin(f) {
			own = f.Name
		}
	case *py.BoundMethod:
		if m, ok := f.Method.(*py.Method); ok && builtin(m) {
			own = m.Name
		}
	case *py.Type:
		if f.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			own = f.Name
		}
	}
	if own != name {
		return nil // raised by another function the call ran
	}
	if name == "sorted" {
		name = "sort" // sorted() hands its keywords to list.sort
	}
	return withFinalMessage(py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for %s()", kw, name))
}

// noKeywordsError is CPython's message for keywords given to a built-in
// method that takes none ("str.upper() takes no keyword arguments";
// gpython: "upper() takes ..."), or nil.
func noKeywordsError(fn py.Object, name string) *py.Exception {
	m, ok := fn.(*py.Method)
	if bm, isBound := fn.(*py.BoundMethod); isBound {
		m, ok = bm.Method.(*py.Method)
	}
	if !ok || m.Name != name || noKeywords[m] == "" {
		return nil
	}
	return withFinalMessage(py.ExceptionNewf(py.TypeError, "%s", noKeywords[m]))
}

// storeAttrError is CPython's error for obj.name = v where gpython raised
// AttributeError(msg), or nil: a built-in value's read-only attribute.
func storeAttrError(obj py.Object, name, msg string) *py.Exception {
	t := obj.Type()
	if _, isType := obj.(*py.Type); isType || t.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		return nil
	}
	v := lookupMro(t, name)
	switch {
	case v == nil:
		return nil
	case msg == "can't set attribute":
		if _, isProp := v.(*py.Property); isProp {
			return py.ExceptionNewf(py.AttributeError, "attribute '%s' of '%s' objects is not writable", name, t.Name)
		}
	case msg == "'"+t.Name+"' object has no attribute '"+name+"'" || msg == "'"+t.Name+"' has no attribute '"+name+"'":
		return py.ExceptionNewf(py.AttributeError, "'%s' object attribute '%s' is read-only", t.Name, name)
	}
	return nil
}

// moduleAttrError is err, gpython's error for getattr(obj, name), or
// CPython's when obj is a module: "module 'math' has no attribute 'x'".
func moduleAttrError(obj, name py.Object, err error) error {
	m, isModule := obj.(*py.Module)
	s, isStr := name.(py.String)
	e := exceptionOf(err)
	if !isModule || !isStr || e == nil || e.Base != py.AttributeError {
		return err
	}
	if args, ok := e.Args.(py.Tuple); !ok || len(args) != 1 || args[0] != py.String("'module' has no attribute '"+string(s)+"'") {
		return err
	}
	modName, ok := m.Globals["__name__"].(py.String)
	if !ok {
		return err
	}
	return py.ExceptionNewf(py.AttributeError, "module '%s' has no attribute '%s'", string(modName), string(s))
}

// operandValue is the value the instructions ending with ins[i] pushed,
// and the index of the first of them, when it is a load whose value the
// frame still holds, a module attribute or an instance's own attribute
// read from one, or a tuple or list display of such values.
func operandValue(frame *py.Frame, ins []instr, i int) (py.Object, int, bool) {
	if i < 0 {
		return nil, 0, false
	}
	in := ins[i]
	code := frame.Code
	var v py.Object
	switch in.op {
	case opLoadConst:
		if in.arg < len(code.Consts) {
			v = code.Consts[in.arg]
		}
	case opLoadFast:
		if in.arg < len(frame.LocalVars) {
			v = frame.LocalVars[in.arg]
		}
	case opLoadName:
		if in.arg < len(code.Names) {
			v, _ = frame.Lookup(code.Names[in.arg])
		}
	case opLoadGlobal:
		if in.arg < len(code.Names) {
			v, _ = frame.LookupGlobal(code.Names[in.arg])
		}
	case opLoadDeref:
		if in.arg < len(frame.CellAndFreeVars) {
			if c, ok := frame.CellAndFreeVars[in.arg].(*py.Cell); ok {
				v = c.Get()
			}
		}
	case opLoadAttr:
		if in.arg >= len(code.Names) {
			return nil, 0, false
		}
		base, first, ok := operandValue(frame, ins, i-1)
		if !ok {
			return nil, 0, false
		}
		name := code.Names[in.arg]
		if m, isModule := base.(*py.Module); isModule {
			if v, ok := m.Globals[name]; ok {
				return v, first, true
			}
		}
		if cls, isInstance := userInstance(base); isInstance {
			// an instance's own attribute (self.items), when no descriptor or
			// __getattribute__ of its class has a say
			_, data := lookupMro(cls, name).(py.I__set__)
			if !data && isObjectHook(lookupMro(cls, "__getattribute__"), "__getattribute__") {
				if v, ok := instanceDict(base)[name]; ok {
					return v, first, true
				}
			}
		}
	case opBuildTuple, opBuildList:
		t := make(py.Tuple, in.arg)
		first := i
		for j := in.arg - 1; j >= 0; j-- {
			var ok bool
			t[j], first, ok = operandValue(frame, ins, first-1)
			if !ok {
				return nil, 0, false
			}
		}
		if in.op == opBuildList {
			return py.NewListFromItems(t), first, true
		}
		return t, first, true
	}
	return v, i, v != nil
}
