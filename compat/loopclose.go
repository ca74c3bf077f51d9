package compat

// loopclose.go closes the generator of a `for` loop left early, as CPython's
// reference counting does:
//
//	for v in gen():
//	    break          # CPython: gen's finally runs here, before the next line
//
// In CPython the loop's iterator dies when the loop is left (break, return,
// an exception, the enclosing generator closed), and a generator that dies
// unfinished is closed: its finally blocks and `with` exits run at once.
// gpython collects garbage later, so they never ran.
//
// Only a generator made by the loop header's own call and not yet started
// (so nothing else holds it: `for line in read(f)`, `for x in (genexpr)`)
// is closed (loops over range(), enumerate(), d.items() and other built-in
// calls are not rewritten); so is the one a generator expression loops over when the
// expression is closed (any(f(x) for x in gen())). A loop over a name or an attribute (`for x in self.gen`), or
// over iter(...), is left alone. The rewrite (opcodes.go calls
// freshLoops and emits the code) is, in a function:
//
//	SETUP_LOOP T; <expr>; GET_ITER …            (as compiled)
//	→ <expr>; __gowsgi_iterfresh__(it); STORE_FAST h
//	  SETUP_FINALLY F; SETUP_LOOP T'; LOAD_FAST h; GET_ITER …
//	  T': POP_BLOCK; LOAD_CONST None
//	  F:  __gowsgi_loopclose__(h); END_FINALLY
//	  T:  …
//
// a try/finally around the loop, so break, return, exceptions and
// GeneratorExit all close the generator. At module and class level (no
// fast locals) the iterator is kept on the stack below the loop instead and
// closed at T' (break and normal exit only). A loop whose else clause jumps
// out of the loop (continue or break of an outer loop) is not rewritten.
// Normal loops pay nothing per iteration; a rewritten loop pays one call at
// its end. Closing never raises: CPython reports an error of a generator's
// finalization as "Exception ignored" and goes on.

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
)

const (
	iterFreshName = "__gowsgi_iterfresh__"
	opBreakLoop   = 80
	opPopBlock    = 87
)

// freshLoop is a for loop whose fresh generator is closed on exit.
type freshLoop struct {
	setup, getIter, end int  // SETUP_LOOP, GET_ITER, the loop's end (SETUP_LOOP's target)
	local               int  // hidden local holding the iterator; -1: kept on the stack
	genexpr             bool // a generator expression's loop over its argument (.0)
	endOut, finallyOut  int  // out indices of the inserted code (filled by the rewrite)
}

// freshLoops finds the loops of code to rewrite, by GET_ITER index (for a
// generator expression's loop, the LOAD_FAST of its argument).
func freshLoops(code *py.Code, ins []instr) map[int]*freshLoop {
	var loops map[int]*freshLoop
	if code.Name == "<genexpr>" && len(code.Varnames) > 0 && code.Varnames[0] == ".0" {
		// its argument is the iterator of the caller's iterable (made
		// with __gowsgi_iterfresh__ when that was a call): closing the
		// generator expression closes it, as its frame's death does in
		// CPython
		// (gpython compiles it with no SETUP_LOOP: LOAD_FAST .0; FOR_ITER)
		for k := 0; k+1 < len(ins); k++ {
			if ins[k].op == opLoadFast && ins[k].arg == 0 && ins[k+1].op == opForIter {
				loops = map[int]*freshLoop{k: {setup: -1, getIter: k, end: -1, local: 0, genexpr: true}}
				break
			}
		}
	}
	for g := 1; g+1 < len(ins); g++ {
		if ins[g].op != opGetIter || ins[g+1].op != opForIter {
			continue
		}
		switch ins[g-1].op {
		case opCallFunction, opCallFunVar, opCallFunKw, opCallFunVarKw:
		default:
			continue
		}
		s := -1
		for k := g - 1; k >= 0; k-- {
			if op := ins[k].op; op == opSetupLoop {
				s = k
				break
			} else if op == opSetupExcept || op == opSetupFinally || op == opSetupWith || op == opForIter {
				break
			}
		}
		if s < 0 {
			continue
		}
		end, exit := ins[s].target, ins[g+1].target
		if end <= exit || exit <= g || ins[exit].op != opPopBlock {
			continue
		}
		if op := ins[s+1].op; (op == opLoadGlobal || op == opLoadName) && notGenerators[code.Names[ins[s+1].arg]] {
			continue // for i in range(n): nothing to close, no cost
		}
		if n := ins[g-1].arg; ins[g-1].op == opCallFunction && n <= 1 && g-2-n > s && ins[g-2-n].op == opLoadAttr &&
			(n == 0 || ins[g-2].op == opLoadConst) && notGeneratorMethods[code.Names[ins[g-2-n].arg]] {
			continue // for k, v in d.items()
		}
		if !loopSelfContained(ins, s, exit, end) {
			continue
		}
		if loops == nil {
			loops = map[int]*freshLoop{}
		}
		l := &freshLoop{setup: s, getIter: g, end: end, local: -1}
		if code.Flags&py.CO_OPTIMIZED != 0 {
			code.Varnames = append(code.Varnames, fmt.Sprintf("__gowsgi_loop%d__", s))
			code.Nlocals = int32(len(code.Varnames))
			l.local = len(code.Varnames) - 1
		}
		loops[g] = l
	}
	return loops
}

// loopSelfContained reports whether the loop from SETUP_LOOP s to its end
// is entered only at s and its else clause (after the POP_BLOCK at exit)
// leaves it only by falling through or return.
func loopSelfContained(ins []instr, s, exit, end int) bool {
	for i, in := range ins {
		inside := i > s && i < end
		if !inside && in.target > s && in.target < end {
			return false // a jump into the loop
		}
		if i > exit && i < end {
			if in.op == opBreakLoop || in.op == opContinueLoop || (in.target >= 0 && (in.target < s || in.target > end)) {
				return false
			}
		}
	}
	return true
}

// loopEnds groups the loops by end, innermost (latest setup) first.
func loopEnds(loops map[int]*freshLoop) map[int][]*freshLoop {
	ends := map[int][]*freshLoop{}
	for _, l := range loops {
		if l.genexpr {
			continue
		}
		ends[l.end] = append(ends[l.end], l)
	}
	for _, ls := range ends {
		for i := 1; i < len(ls); i++ {
			for j := i; j > 0 && ls[j].setup > ls[j-1].setup; j-- {
				ls[j], ls[j-1] = ls[j-1], ls[j]
			}
		}
	}
	return ends
}

// notGenerators are builtins whose call never gives a fresh generator
// (iter(g) gives g itself, which must stay open).
var notGenerators = map[string]bool{"iter": true, "range": true, "enumerate": true, "zip": true, "sorted": true,
	"reversed": true, "list": true, "tuple": true, "dict": true, "set": true, "frozenset": true, "map": true,
	"filter": true, "str": true, "bytes": true}

// notGeneratorMethods are methods of built-in types that loops call in
// their header (d.items(), s.split(',')).
var notGeneratorMethods = map[string]bool{"items": true, "keys": true, "values": true, "split": true,
	"rsplit": true, "splitlines": true, "readlines": true, "copy": true}

// loopCloser closes a loop's fresh generator (see the file comment).
var loopCloser = py.MustNewMethod("__gowsgi_loopclose__", func(_ py.Object, it py.Object) (py.Object, error) {
	if li, ok := it.(*loopIter); ok && li.gen != nil {
		g := li.gen
		li.gen = nil
		if closeFn, err := py.GetAttrString(g, "close"); err == nil {
			_, _ = py.Call(closeFn, nil, nil) // "Exception ignored" in CPython
		}
	}
	return py.None, nil
}, 0, "closes a for loop's generator (compat)")

// hideLoopLocals takes the hidden loop locals out of what locals() gives.
var hideLoopLocals = py.MustNewMethod("__gowsgi_hidelocals__", func(_ py.Object, d py.Object) (py.Object, error) {
	if sd, ok := d.(py.StringDict); ok {
		for k := range sd {
			if strings.HasPrefix(k, "__gowsgi_loop") {
				delete(sd, k)
			}
		}
	}
	return d, nil
}, 0, "locals() without compat's hidden loop locals (compat)")

func init() {
	setBuiltinFunc(iterFreshName, func(self py.Object, obj py.Object) (py.Object, error) {
		it, err := newLoopIter(self, obj)
		li, ok := it.(*loopIter)
		if !ok {
			return it, err
		}
		if g, ok := obj.(*py.Generator); ok && li.inner == obj && !started(g) && !g.Running && g.Frame != nil && g.Frame.Lasti == 0 {
			li.gen = g
		}
		return li, nil
	}, "wraps a for loop's iterator, remembering a fresh generator (compat)")
}
