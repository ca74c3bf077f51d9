package compat

// finallycont.go allows `continue` inside a `finally` clause (CPython 3.8):
//
//	for i in range(3):
//	    try:
//	        risky(i)
//	    finally:
//	        continue     # drops the pending exception or return, next i
//
// gpython's compiler refuses it ("'continue' not supported inside 'finally'
// clause", as CPython 3.4 did): a plain CONTINUE_LOOP would leave the
// finally clause's state (None, a return value, an exception) on the stack.
// compile.go retries such a compilation with each refused `continue`
// replaced by the marker name __gowsgi_fcontinue__, and the rewrite here
// turns the marker into a BREAK_LOOP out of an artificial loop put around
// the outermost try statement W (inside the loop) that holds it. BREAK_LOOP
// unwinds whatever the finally clause holds, as for `break` in finally;
// the code after the artificial loop then continues the real loop:
//
//	SETUP_LOOP X; <W, markers → BREAK_LOOP>; POP_BLOCK; JUMP_FORWARD after
//	X: CONTINUE_LOOP <the loop's start>
//	after: …
//
// Inside W, a `continue` of the real loop becomes the same BREAK_LOOP, and
// a `break` of it sets a hidden flag first, which X tests to break the
// real loop instead. X also ends the handling of the exceptions the
// clauses left were handling (excstate.go: sys.exc_info() is empty again),
// back to the count taken when W started.

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
)

const (
	finallyContinueMarker  = "__gowsgi_fcontinue__"
	finallyContinueMessage = "'continue' not supported inside 'finally' clause"
	opDeleteName           = 91
)

// finallyWrap is one try statement W wrapped in an artificial loop.
type finallyWrap struct {
	setup, end int // W's SETUP_FINALLY and the END_FINALLY closing it
	loopStart  int // where a continue of the enclosing loop goes
	flag       bool
	xOut       int // out index of X
	popOut     int // out index of the POP_BLOCK after W
}

// finallyContinues applies the rewrite to code's instructions.
func finallyContinues(code *py.Code, ins []instr, constIndex func(py.Object) int) []instr {
	var markers []int
	for k := 0; k+1 < len(ins); k++ {
		if op := ins[k].op; (op == opLoadGlobal || op == opLoadName) && code.Names[ins[k].arg] == finallyContinueMarker && ins[k+1].op == opPopTop {
			markers = append(markers, k)
		}
	}
	if markers == nil {
		return ins
	}
	type region struct{ from, to int } // [from, to]
	var loops, finallies []region
	for i, in := range ins {
		switch in.op {
		case opSetupLoop:
			loops = append(loops, region{i, in.target - 1})
		case opSetupFinally:
			if z := matchingEndFinally(ins, in.target); z > 0 {
				finallies = append(finallies, region{i, z})
			}
		}
	}
	innerLoop := func(k int) (region, bool) {
		best, ok := region{}, false
		for _, l := range loops {
			if l.from < k && k <= l.to && (!ok || l.from > best.from) {
				best, ok = l, true
			}
		}
		return best, ok
	}
	wraps := map[int]*finallyWrap{} // by setup
	var order []*finallyWrap
	for _, k := range markers {
		l, ok := innerLoop(k)
		if !ok {
			continue
		}
		w := region{-1, -1}
		for _, f := range finallies {
			if f.from > l.from && f.from < k && k <= f.to && (w.from < 0 || f.from < w.from) {
				w = f
			}
		}
		if w.from < 0 || wraps[w.from] != nil {
			continue
		}
		start := loopContinueTarget(ins, l.from)
		if start < 0 {
			continue
		}
		fw := &finallyWrap{setup: w.from, end: w.to, loopStart: start}
		wraps[w.from] = fw
		order = append(order, fw)
	}
	if len(order) == 0 {
		return ins
	}
	// what each instruction inside a W becomes
	const (
		keep = iota
		toBreak
		toFlagBreak
		drop
	)
	action := make([]int, len(ins))
	for _, fw := range order {
		depth0 := func(i int) bool {
			for _, l := range loops {
				if l.from > fw.setup && l.from < i && i <= l.to {
					return false
				}
			}
			return true
		}
		for i := fw.setup; i <= fw.end; i++ {
			in := ins[i]
			switch {
			case (in.op == opLoadGlobal || in.op == opLoadName) && code.Names[in.arg] == finallyContinueMarker && ins[i+1].op == opPopTop && depth0(i):
				action[i], action[i+1] = toBreak, drop
			case in.op == opContinueLoop && (in.target < fw.setup || in.target > fw.end) && depth0(i):
				action[i] = toBreak
			case in.op == opBreakLoop && depth0(i):
				action[i] = toFlagBreak
				fw.flag = true
			}
		}
	}
	local := code.Flags&py.CO_OPTIMIZED != 0
	newVar := func(name string) int {
		if local {
			code.Varnames = append(code.Varnames, name)
			code.Nlocals = int32(len(code.Varnames))
			return len(code.Varnames) - 1
		}
		return addName(code, name)
	}
	flagIdx := map[*finallyWrap]int{} // the break flag
	markIdx := map[*finallyWrap]int{} // how many exceptions were handled at W's start
	for _, fw := range order {
		markIdx[fw] = newVar(fmt.Sprintf("__gowsgi_loopmark%d__", fw.setup))
		if fw.flag {
			flagIdx[fw] = newVar(fmt.Sprintf("__gowsgi_loopflag%d__", fw.setup))
		}
	}
	store := func(v int, line int32) instr {
		if local {
			return instr{op: opStoreFast, arg: v, target: -1, line: line}
		}
		return instr{op: opStoreName, arg: v, target: -1, line: line}
	}
	load := func(v int, line int32) instr {
		if local {
			return instr{op: opLoadFast, arg: v, target: -1, line: line}
		}
		return instr{op: opLoadName, arg: v, target: -1, line: line}
	}
	// forget drops a module-level variable (locals stay)
	forget := func(v int, line int32) []instr {
		if local {
			return nil
		}
		return []instr{{op: opDeleteName, arg: v, target: -1, line: line}}
	}
	// wrapOf finds the innermost W an instruction is in
	wrapOf := func(i int) *finallyWrap {
		var best *finallyWrap
		for _, fw := range order {
			if fw.setup <= i && i <= fw.end && (best == nil || fw.setup > best.setup) {
				best = fw
			}
		}
		return best
	}
	out := make([]instr, 0, len(ins)+16)
	newIndex := make([]int, len(ins)+1)
	var fixed []int // out indices whose target is already an out index
	type patch struct {
		at int
		fw *finallyWrap
		x  bool // to X, else to after
	}
	var patches []patch
	for i, in := range ins {
		newIndex[i] = len(out)
		mk := func(op byte, arg int) instr { return instr{op: op, arg: arg, target: -1, line: in.line} }
		if fw := wraps[i]; fw != nil {
			out = append(out, mk(opLoadGlobal, addName(code, excMarkName)), mk(opCallFunction, 0), store(markIdx[fw], in.line))
			if fw.flag {
				out = append(out, mk(opLoadConst, constIndex(py.False)), store(flagIdx[fw], in.line))
			}
			patches = append(patches, patch{len(out), fw, true})
			out = append(out, mk(opSetupLoop, 0))
		}
		switch action[i] {
		case toBreak:
			out = append(out, mk(opBreakLoop, 0))
		case toFlagBreak:
			out = append(out, mk(opLoadConst, constIndex(py.True)), store(flagIdx[wrapOf(i)], in.line), mk(opBreakLoop, 0))
		case drop:
		default:
			out = append(out, in)
		}
		for _, fw := range order {
			if fw.end != i {
				continue
			}
			fw.popOut = len(out)
			out = append(out, mk(opPopBlock, 0))
			out = append(out, forget(markIdx[fw], in.line)...)
			if fw.flag {
				out = append(out, forget(flagIdx[fw], in.line)...)
			}
			patches = append(patches, patch{len(out), fw, false})
			out = append(out, mk(opJumpForward, 0))
			fw.xOut = len(out)
			// X: the handlers W was left from have ended
			out = append(out, mk(opLoadGlobal, addName(code, excRestoreName)), load(markIdx[fw], in.line), mk(opCallFunction, 1), mk(opPopTop, 0))
			out = append(out, forget(markIdx[fw], in.line)...)
			if fw.flag {
				// a break of the real loop, or its continue
				out = append(out, load(flagIdx[fw], in.line))
				out = append(out, forget(flagIdx[fw], in.line)...)
				fixed = append(fixed, len(out))
				out = append(out, instr{op: opPopJumpIfFalse, target: len(out) + 2, line: in.line}, mk(opBreakLoop, 0))
			}
			out = append(out, instr{op: opContinueLoop, target: fw.loopStart, line: in.line})
		}
	}
	newIndex[len(ins)] = len(out)
	isFixed := map[int]bool{}
	for _, at := range fixed {
		isFixed[at] = true
	}
	for _, p := range patches {
		isFixed[p.at] = true
	}
	for i := range out {
		t := out[i].target
		if t < 0 || isFixed[i] {
			continue
		}
		out[i].target = newIndex[t]
		for _, fw := range order {
			// from inside W to just after it: through the POP_BLOCK
			if t == fw.end+1 && i >= newIndex[fw.setup] && i < fw.popOut {
				out[i].target = fw.popOut
			}
		}
	}
	for _, p := range patches {
		if p.x {
			out[p.at].target = p.fw.xOut
		} else {
			out[p.at].target = newIndex[p.fw.end+1]
		}
	}
	return out
}

// matchingEndFinally finds the END_FINALLY ending the finally handler that
// starts at h (nested statements each end with one of their own).
func matchingEndFinally(ins []instr, h int) int {
	depth := 0
	for k := h; k < len(ins); k++ {
		switch ins[k].op {
		case opSetupExcept, opSetupFinally, opSetupWith:
			depth++
		case opEndFinally:
			if depth == 0 {
				return k
			}
			depth--
		}
	}
	return -1
}

// loopContinueTarget is where `continue` goes in the loop set up at s: the
// target of the back jump just before the loop's POP_BLOCK.
func loopContinueTarget(ins []instr, s int) int {
	depth := 0
	for k := s + 1; k < len(ins); k++ {
		switch ins[k].op {
		case opSetupLoop, opSetupExcept, opSetupFinally, opSetupWith:
			depth++
		case opPopBlock:
			if depth == 0 {
				if k > 0 && ins[k-1].op == opJumpAbsolute && ins[k-1].target > s && ins[k-1].target < k {
					return ins[k-1].target
				}
				return -1
			}
			depth--
		}
	}
	return -1
}

// markFinallyContinue replaces the `continue` a compile error refused as
// being in a finally clause by the marker; ok is false for other errors.
func markFinallyContinue(src string, err error) (string, bool) {
	e, ok := err.(*py.Exception)
	if !ok || !e.Base.IsSubtype(py.SyntaxError) {
		return src, false
	}
	if args, ok := e.Args.(py.Tuple); !ok || len(args) == 0 || args[0] != py.String(finallyContinueMessage) {
		return src, false
	}
	line, ok1 := e.Dict["lineno"].(py.Int)
	col, ok2 := e.Dict["offset"].(py.Int)
	if !ok1 || !ok2 || line < 1 {
		return src, false
	}
	pos := 0
	for n := 1; n < int(line); n++ {
		i := strings.IndexByte(src[pos:], '\n')
		if i < 0 {
			return src, false
		}
		pos += i + 1
	}
	pos += int(col)
	if pos < 0 || !strings.HasPrefix(src[pos:], "continue") || (pos+8 < len(src) && isIdentChar(src[pos+8])) {
		return src, false
	}
	return src[:pos] + finallyContinueMarker + src[pos+8:], true
}
