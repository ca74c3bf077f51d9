package compat

// opcodes.go rewrites compiled code (with rewrite.go) to fix what gpython's
// compiler and fixed opcodes get wrong:
//
//   - Closure cells: in a function that has both cell variables (its locals
//     captured by inner functions) and free variables (captured from outer
//     functions), gpython numbers the free variables from 0 instead of after
//     the cells, so `def tag(name): def deco(fn): def wrapper(): name…`
//     read fn where it meant name. LOAD_CLOSURE indices are recomputed from
//     the inner function's free variable names; LOAD_DEREF/STORE_DEREF
//     indices name a cell or a free variable, told apart by derefs.go from
//     the parsed source, or, where that walk does not line up, by the names
//     on the instruction's source line.
//   - `%` on str and bytes (printf-style formatting) goes through
//     format.go's Modulo: %r gave Go's %q, %(name)s ignored the mapping,
//     '%s' % b'x' dropped the b''.
//   - <, <=, >, >= go through compare.go's Compare (tuples and lists).
//   - seq[a:b], seq[a:b] = v and del seq[a:b] go through slice.go, and so
//     does every subscript in code that may hold slice objects.
//   - The exception being handled: the start of every except handler and
//     every POP_EXCEPT (its normal end) call excstate.go, which keeps the
//     handled exceptions for sys.exc_info() and __context__; at the start
//     the exception first goes through unbound.go's fixUnboundLocal.
//   - Attribute stores and deletes on objects other than self, and loads
//     of the names so stored, go through excattrs.go (exception instances
//     keep any attribute).
//   - The manager of a with statement goes through withstmt.go's
//     withManager before SETUP_WITH.
//
// The helpers are called with helperop.go's CALL_HELPER opcode (hcall
// below), and truth tests before a jump are its TRUTH_JUMP_* opcodes;
// where those are not installed, with LOAD_CONST/LOAD_GLOBAL and
// CALL_FUNCTION.

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// rewriteCode applies the rewrites to one code object; srcLines are the
// lines of the source it was compiled from (index 0 = line 1).
func rewriteCode(code *py.Code, srcLines []string, owners kwDefaultOwners, block *scopeBlock, attrs map[string]*attrHelpers) {
	ins, ok := decode(code)
	if !ok {
		return
	}
	varKeywordsToDict(code, ins)
	fixDerefs(code, ins, srcLines, block)
	consts := map[py.Object]int{}
	constIndex := func(o py.Object) int {
		if k, ok := consts[o]; ok {
			return k
		}
		k := addConst(code, o)
		consts[o] = k
		return k
	}
	ins = finallyContinues(code, ins, constIndex) // finallycont.go
	ins = stopIterationGuard(code, ins, constIndex)
	// accumulator: a comprehension whose result is built as a list first
	var finish *py.Method
	if len(ins) > 0 {
		switch {
		case code.Name == "<dictcomp>" && ins[0].op == opBuildMap:
			finish = pairsToDict
		case code.Name == "<setcomp>" && ins[0].op == opBuildSet:
			finish = listToSet
		}
	}
	var displays []int // pairs still to come for each open dict display
	loopExits := map[int]bool{}
	for _, in := range ins {
		if in.op == opForIter {
			loopExits[in.target] = true
		}
	}
	exitCheck := map[int]int{} // FOR_ITER target → index of its exit check
	jumpTargets := map[int]bool{}
	for _, in := range ins {
		if in.target >= 0 {
			jumpTargets[in.target] = true
		}
	}
	// afterCompare: the value tested is a comparison's bool
	afterCompare := func(i int) bool {
		return i > 0 && ins[i-1].op == opCompareOp && !jumpTargets[i]
	}
	allSubscripts := sliceAware(code)
	handlers := map[int]bool{}
	finallies := map[int]bool{}
	for _, in := range ins {
		switch in.op {
		case opSetupExcept:
			handlers[in.target] = true
		case opSetupFinally:
			finallies[in.target] = true
		}
	}
	finallyCheck := map[int]int{} // finally handler → index of its exception check
	finallyEnds := map[int]bool{} // the END_FINALLY of each finally clause
	for h := range finallies {
		if !handlers[h] {
			if z := matchingEndFinally(ins, h); z > 0 {
				finallyEnds[z] = true
			}
		}
	}
	walrusStore := walrusStores(code, ins)
	exceptVars := exceptVarLoads(ins) // excattrs.go
	exceptVarHelpers := map[string]*attrHelpers{}
	fresh := freshLoops(code, ins) // loopclose.go
	var freshAt map[int]*freshLoop // by SETUP_LOOP index
	var freshEnds map[int][]*freshLoop
	var finallyPatch []int // out indices of inserted SETUP_FINALLYs, in fresh order
	var finallyLoops []*freshLoop
	hideAfter := -1 // the locals() call whose result hideLoopLocals filters
	if fresh != nil {
		freshAt = map[int]*freshLoop{}
		for _, l := range fresh {
			if !l.genexpr {
				freshAt[l.setup] = l
			}
		}
		freshEnds = loopEnds(fresh)
	}
	out := make([]instr, 0, len(ins)+8)
	newIndex := make([]int, len(ins))
	extra := 0
	if fresh != nil {
		extra = 8 + len(fresh) // finally handlers, iterators kept on the stack
	}
	// hcall calls helper m (or compat's builtin name) on the nargs values
	// on top of the stack, dropping its result unless push: one
	// CALL_HELPER (helperop.go), else the call sequence
	hcall := func(m *py.Method, name string, nargs int, push bool, line int32) []instr {
		var h instr
		var ok bool
		if m != nil {
			h, ok = helperCall(m, nargs, push)
		} else {
			h, ok = builtinHelperCall(name, nargs, push)
		}
		if ok {
			h.line = line
			return []instr{h}
		}
		seq := []instr{{op: opLoadGlobal, arg: -1}}
		if m != nil {
			seq[0] = instr{op: opLoadConst, arg: constIndex(m)}
		} else {
			seq[0].arg = addName(code, name)
		}
		switch nargs {
		case 1:
			seq = append(seq, instr{op: opRotTwo})
		case 2:
			seq = append(seq, instr{op: opRotThree})
		}
		seq = append(seq, instr{op: opCallFunction, arg: nargs})
		if !push {
			seq = append(seq, instr{op: opPopTop})
		}
		for k := range seq {
			seq[k].target, seq[k].line = -1, line
		}
		extra = max(extra, 1)
		return seq
	}
	for i, in := range ins {
		for _, l := range freshEnds[i] {
			// the end of a loop whose fresh generator is closed
			l.endOut = len(out)
			if l.local >= 0 {
				out = append(out, instr{op: opPopBlock, target: -1, line: in.line},
					instr{op: opLoadConst, arg: constIndex(py.None), target: -1, line: in.line})
				l.finallyOut = len(out)
				out = append(out, instr{op: opLoadFast, arg: l.local, target: -1, line: in.line})
				out = append(out, hcall(loopCloser, "", 1, false, in.line)...)
				out = append(out, instr{op: opEndFinally, target: -1, line: in.line})
			} else {
				out = append(out, hcall(loopCloser, "", 1, false, in.line)...)
			}
		}
		if freshAt[i] != nil {
			newIndex[i] = len(out) // SETUP_LOOP moves after the iterable (at GET_ITER)
			continue
		}
		if loopExits[i] {
			exitCheck[i] = len(out)
			out = append(out, hcall(nil, loopExitName, 0, false, in.line)...)
		}
		if finallies[i] && !handlers[i] {
			// A finally clause run by an exception is handling it
			// (sys.exc_info(), __context__): the six values gpython
			// pushes then go through the recorder as at an except
			// handler. Falling into the clause skips the check.
			out = append(out, instr{op: opJumpForward, target: i, line: in.line})
			finallyCheck[i] = len(out)
			out = append(out, instr{op: opDupTop, target: -1, line: in.line})
			out = append(out, hcall(isExceptionClass, "", 1, true, in.line)...)
			out = append(out, instr{op: opPopJumpIfFalse, target: i, line: in.line},
				instr{op: opBuildTuple, arg: 6, target: -1, line: in.line})
			out = append(out, hcall(nil, excRecorderName, 1, true, in.line)...)
			out = append(out, instr{op: opUnpackSequence, arg: 6, target: -1, line: in.line})
			extra = max(extra, 1)
		}
		newIndex[i] = len(out)
		if finallyEnds[i] {
			// the end of a finally clause: one entered by an exception
			// no longer handles it (excstate.go)
			out = append(out, instr{op: opDupTop, target: -1, line: in.line})
			out = append(out, hcall(nil, excFinallyEndName, 1, false, in.line)...)
			extra = max(extra, 1)
		}
		if handlers[i] {
			// Stack at a handler: the previously handled exception's tb,
			// value, type, then the new one's. excstate.go records them.
			out = append(out, instr{op: opBuildTuple, arg: 6, target: -1, line: in.line})
			out = append(out, hcall(fixUnboundLocal, "", 1, true, in.line)...)
			out = append(out, hcall(nil, excRecorderName, 1, true, in.line)...)
			out = append(out, instr{op: opUnpackSequence, arg: 6, target: -1, line: in.line})
		}
		add := func(more ...instr) {
			for _, m := range more {
				m.target = -1
				m.line = in.line
				out = append(out, m)
			}
		}
		if fresh != nil && (in.op == opLoadGlobal || in.op == opLoadName) && code.Names[in.arg] == "locals" &&
			i+1 < len(ins) && ins[i+1].op == opCallFunction && ins[i+1].arg == 0 && !jumpTargets[i+1] {
			// locals() does not show the loops' hidden locals
			add(instr{op: opLoadConst, arg: constIndex(hideLoopLocals)}, in)
			hideAfter = i + 1
			continue
		}
		if i == hideAfter {
			add(in, instr{op: opCallFunction, arg: 1})
			continue
		}
		if in.op == opMakeFunction || in.op == opMakeClosure {
			if total, d := decoratedOrder(code, ins, i); d > 0 {
				// gpython pushes a def's decorators after its defaults:
				// move them below (see decoratorOrder)
				add(instr{op: opBuildTuple, arg: total},
					instr{op: opLoadConst, arg: constIndex(decoratorOrder)},
					instr{op: opRotTwo},
					instr{op: opLoadConst, arg: constIndex(py.Int(d | b2i(in.op == opMakeClosure)<<16))},
					instr{op: opCallFunction, arg: 2},
					instr{op: opUnpackSequence, arg: total})
				extra = max(extra, 2)
			}
			fix := kwDefaultsFixFor(code, ins, i, owners)
			if fix != nil {
				add(in, instr{op: opLoadConst, arg: constIndex(fix)}, instr{op: opRotTwo}, instr{op: opCallFunction, arg: 1})
				extra = max(extra, 1)
				continue
			}
		}
		if op, ok := binOps[in.op]; ok {
			add(hcall(op.method, "", 2, true, in.line)...)
			continue
		}
		if in.op == opCallFunction && in.arg == 0 && i > 0 && ins[i-1].op == opLoadGlobal && code.Names[ins[i-1].arg] == superName && !jumpTargets[i] {
			if more := superCallArgs(code, constIndex); more != nil {
				add(more...)
				extra = max(extra, 2)
				continue
			}
		}
		if (in.op == opLoadName || in.op == opLoadGlobal) && (code.Names[in.arg] == "dir" || code.Names[in.arg] == "vars") {
			// see execeval.go: dir() and vars() without arguments
			add(instr{op: opLoadGlobal, arg: addName(code, nsFactoryName)}, in,
				instr{op: opLoadGlobal, arg: addName(code, "locals")}, instr{op: opCallFunction, arg: 0},
				instr{op: opCallFunction, arg: 2})
			extra = max(extra, 3)
			continue
		}
		if (in.op == opLoadName || in.op == opLoadGlobal) && (code.Names[in.arg] == "exec" || code.Names[in.arg] == "eval") {
			// see execeval.go
			add(instr{op: opLoadGlobal, arg: addName(code, execFactoryName)}, in,
				instr{op: opLoadGlobal, arg: addName(code, "globals")}, instr{op: opCallFunction, arg: 0},
				instr{op: opLoadGlobal, arg: addName(code, "locals")}, instr{op: opCallFunction, arg: 0},
				instr{op: opCallFunction, arg: 3})
			extra = max(extra, 4)
			continue
		}
		if (in.op == opLoadName || in.op == opLoadGlobal) && strings.Contains(code.Names[in.arg], ".") {
			// gpython compiles `@a.b` as a load of the name "a.b"
			parts := strings.Split(code.Names[in.arg], ".")
			add(instr{op: in.op, arg: addName(code, parts[0])})
			for _, p := range parts[1:] {
				add(instr{op: opLoadAttr, arg: addName(code, p)})
			}
			continue
		}
		if in.op == opLoadAttr && dunderLoads[code.Names[in.arg]] != nil {
			// x.__add__ and friends: see dunders.go
			add(hcall(dunderLoads[code.Names[in.arg]], "", 1, true, in.line)...)
			continue
		}
		if in.op == opLoadAttr && strings.HasPrefix(code.Names[in.arg], walrusPrefix) {
			add(instr{op: opDupTop}, walrusStore[strings.TrimPrefix(code.Names[in.arg], walrusPrefix)])
			extra = max(extra, 1)
			continue
		}
		if l := fresh[i]; l != nil && l.genexpr {
			finallyPatch = append(finallyPatch, len(out))
			finallyLoops = append(finallyLoops, l)
			add(instr{op: opSetupFinally}, in) // its handler is appended at the end
			continue
		}
		if in.op == opLoadAttr || in.op == opStoreAttr || in.op == opDeleteAttr {
			// attributes stored on exceptions: see excattrs.go
			h := attrs[code.Names[in.arg]]
			if h == nil && in.op == opLoadAttr && i > 0 && !jumpTargets[i] && exceptVars[[2]int{int(ins[i-1].op), ins[i-1].arg}] &&
				!strings.HasPrefix(code.Names[in.arg], "__") {
				if h = exceptVarHelpers[code.Names[in.arg]]; h == nil {
					h = newAttrHelpers(code.Names[in.arg])
					exceptVarHelpers[code.Names[in.arg]] = h
				}
			}
			if h != nil && (in.op == opDeleteAttr || !onSelf(code, ins, i) || jumpTargets[i]) {
				switch in.op {
				case opLoadAttr:
					add(instr{op: opLoadConst, arg: constIndex(h.load)}, instr{op: opRotTwo}, instr{op: opCallFunction, arg: 1})
				case opStoreAttr:
					add(instr{op: opLoadConst, arg: constIndex(h.store)}, instr{op: opRotThree}, instr{op: opCallFunction, arg: 2}, instr{op: opPopTop})
				default:
					add(instr{op: opLoadConst, arg: constIndex(h.del)}, instr{op: opRotTwo}, instr{op: opCallFunction, arg: 1}, instr{op: opPopTop})
				}
				extra = max(extra, 1)
				continue
			}
		}
		if in.op == opLoadGlobal {
			if st, ok := walrusStore[code.Names[in.arg]]; ok && st.op == opStoreFast {
				add(instr{op: opLoadFast, arg: st.arg}) // a local only the walrus assigns
				continue
			}
		}
		if in.op == opBinarySubscr || in.op == opStoreSubscr || in.op == opDeleteSubscr {
			// seq[a:b] (and any subscript where a slice object may come):
			// gpython's tuple slicing panicked when a > b, its list slice
			// assignment and deletion went wrong (slice.go)
			if allSubscripts || (i > 0 && ins[i-1].op == opBuildSlice && !jumpTargets[i]) {
				switch in.op {
				case opBinarySubscr:
					add(hcall(sliceGetFunc, "", 2, true, in.line)...)
				case opStoreSubscr:
					add(instr{op: opBuildTuple, arg: 3})
					add(hcall(sliceStoreFunc, "", 1, false, in.line)...)
				default:
					add(instr{op: opBuildTuple, arg: 2})
					add(hcall(sliceDelFunc, "", 1, false, in.line)...)
				}
				continue
			}
		}
		if in.op == opSetupWith {
			// see withstmt.go
			add(hcall(withManager, "", 1, true, in.line)...)
			out = append(out, in)
			continue
		}
		if in.op == opPopExcept {
			add(in)
			add(hcall(nil, excRecorderName, 0, false, in.line)...)
			continue
		}
		if in.op == opImportFrom {
			add(instr{op: opDupTop}, instr{op: opLoadGlobal, arg: addName(code, importFromName)}, instr{op: opRotTwo},
				instr{op: opLoadConst, arg: constIndex(py.String(code.Names[in.arg]))}, instr{op: opCallFunction, arg: 2})
			extra = max(extra, 3)
			continue
		}
		if in.op == opYieldFrom {
			add(in)
			add(hcall(yieldFromResult, "", 1, true, in.line)...)
			continue
		}
		if in.op == opYieldValue {
			add(in)
			add(hcall(yieldResult, "", 1, true, in.line)...)
			continue
		}
		switch in.op {
		case opUnaryNegative, opUnaryPositive, opUnaryInvert:
			add(hcall(unaryFuncs[in.op], "", 1, true, in.line)...)
			continue
		case opUnaryNot:
			if afterCompare(i) {
				break
			}
			add(hcall(notFunc, "", 1, true, in.line)...)
			continue
		case opPopJumpIfFalse, opPopJumpIfTrue:
			if afterCompare(i) {
				break
			}
			if helperOpsOK {
				// the truth test and the jump in one (helperop.go)
				out = append(out, instr{op: truthJump(in.op), target: in.target, line: in.line})
				continue
			}
			add(instr{op: opLoadConst, arg: constIndex(truthFunc)}, instr{op: opRotTwo}, instr{op: opCallFunction, arg: 1})
			out = append(out, in)
			extra = max(extra, 1)
			continue
		case opJumpIfFalseOr, opJumpIfTrueOr:
			if helperOpsOK {
				out = append(out, instr{op: truthJump(in.op), target: in.target, line: in.line})
				continue
			}
			jump := byte(opPopJumpIfFalse)
			if in.op == opJumpIfTrueOr {
				jump = opPopJumpIfTrue
			}
			add(instr{op: opDupTop}, instr{op: opLoadConst, arg: constIndex(truthFunc)}, instr{op: opRotTwo}, instr{op: opCallFunction, arg: 1})
			out = append(out, instr{op: jump, target: in.target, line: in.line})
			add(instr{op: opPopTop})
			extra = max(extra, 2)
			continue
		case opGetIter:
			if i+2 < len(ins) && ins[i+2].op == opYieldFrom {
				break
			}
			if l := fresh[i]; l != nil && !l.genexpr {
				setup := ins[l.setup]
				add(hcall(nil, iterFreshName, 1, true, in.line)...)
				if l.local >= 0 {
					add(instr{op: opStoreFast, arg: l.local})
					finallyPatch = append(finallyPatch, len(out))
					finallyLoops = append(finallyLoops, l)
					add(instr{op: opSetupFinally})
					out = append(out, instr{op: opSetupLoop, target: setup.target, line: in.line})
					add(instr{op: opLoadFast, arg: l.local}, in)
				} else {
					out = append(out, instr{op: opSetupLoop, target: setup.target, line: in.line})
					add(instr{op: opDupTop}, in)
				}
				continue
			}
			if i > 0 && i+1 < len(ins) && ins[i+1].op == opCallFunction && !jumpTargets[i] {
				switch ins[i-1].op {
				case opCallFunction, opCallFunVar, opCallFunKw, opCallFunVarKw:
					// a call's result given to a generator expression:
					// see loopclose.go
					add(hcall(nil, iterFreshName, 1, true, in.line)...)
					add(in)
					continue
				}
			}
			// __gowsgi_iter__(obj) makes the iterator itself; GET_ITER
			// then takes the wrapper as it is
			add(hcall(nil, iterWrapName, 1, true, in.line)...)
			add(in)
			continue
		case opJumpAbsolute, opContinueLoop:
			if in.target > i || ins[in.target].op == opForIter {
				break
			}
			add(hcall(nil, tickName, 0, false, in.line)...)
		case opBuildMap:
			if i == 0 && finish != nil {
				add(instr{op: opBuildList, arg: 0})
				continue
			}
			if in.arg == 0 {
				add(hcall(newDictFunc, "", 0, true, in.line)...)
				continue
			}
			displays = append(displays, in.arg)
			add(instr{op: opBuildList, arg: 0})
			continue
		case opStoreMap:
			add(instr{op: opBuildTuple, arg: 2}, instr{op: opListAppend, arg: 1})
			if n := len(displays); n > 0 {
				displays[n-1]--
				if displays[n-1] == 0 {
					displays = displays[:n-1]
					add(hcall(pairsToDict, "", 1, true, in.line)...)
				}
			}
			continue
		case opMapAdd:
			if finish == nil {
				break
			}
			add(instr{op: opBuildTuple, arg: 2}, instr{op: opListAppend, arg: in.arg})
			continue
		case opBuildSet:
			if i == 0 && finish != nil {
				add(instr{op: opBuildList, arg: 0})
				continue
			}
			toSet := listToSet
			if constDisplay(ins, i, jumpTargets) {
				toSet = constListToSet // set.go
			}
			add(instr{op: opBuildList, arg: in.arg})
			add(hcall(toSet, "", 1, true, in.line)...)
			continue
		case opSetAdd:
			if finish == nil {
				break
			}
			add(instr{op: opListAppend, arg: in.arg})
			continue
		case opReturnValue:
			if finish == nil {
				break
			}
			add(hcall(finish, "", 1, true, in.line)...)
			add(in)
			continue
		case opCallFunction, opCallFunVar, opCallFunKw, opCallFunVarKw:
			nargs, nkw := in.arg&0xff, (in.arg>>8)&0xff
			star := in.op == opCallFunVar || in.op == opCallFunVarKw
			dstar := in.op == opCallFunKw || in.op == opCallFunVarKw
			if nkw == 0 && !dstar && !star {
				break
			}
			n := nargs + 2*nkw
			if star {
				n++
			}
			if dstar {
				n++
			}
			info := instr{op: opLoadConst, arg: constIndex(py.Int(callInfo(nargs, nkw, star, dstar)))}
			if h, ok := helperCall(callHelper, 3, true); ok {
				// callHelper(fn, args, info): see errorsite.go's calledValue
				add(instr{op: opBuildTuple, arg: n}, info, h)
				extra = max(extra, 1)
				continue
			}
			add(instr{op: opBuildTuple, arg: n},
				instr{op: opLoadConst, arg: constIndex(callHelper)},
				instr{op: opRotThree},
				info,
				instr{op: opCallFunction, arg: 3})
			extra = max(extra, 2)
			continue
		case opCompareOp:
			fn, ok := compareFuncs[in.arg]
			if !ok {
				break
			}
			if (in.arg == cmpIs || in.arg == cmpIsNot) && i > 0 && ins[i-1].op == opLoadConst && !jumpTargets[i] {
				if _, isTuple := code.Consts[ins[i-1].arg].(py.Tuple); !isTuple {
					break // `x is None`: gpython's own test cannot fail on a constant
				}
			}
			add(hcall(fn, "", 2, true, in.line)...)
			continue
		case opBinaryModulo, opInplaceModulo:
			add(hcall(moduloFunc, "", 2, true, in.line)...)
			continue
		}
		out = append(out, in)
	}
	for _, l := range fresh {
		if l.genexpr {
			// the generator expression's finally handler: reached only
			// by unwinding (it ends with a return)
			line := ins[len(ins)-1].line
			l.finallyOut = len(out)
			out = append(out, instr{op: opLoadFast, arg: l.local, target: -1, line: line})
			out = append(out, hcall(loopCloser, "", 1, false, line)...)
			out = append(out, instr{op: opEndFinally, target: -1, line: line})
		}
	}
	for i := range out {
		if t := out[i].target; t >= 0 {
			if c, ok := exitCheck[t]; ok && out[i].op == opForIter {
				out[i].target = c
			} else if c, ok := finallyCheck[t]; ok && out[i].op == opSetupFinally {
				out[i].target = c
			} else {
				out[i].target = newIndex[t]
				for _, l := range freshEnds[t] {
					// from inside the loop: to the closing code before t
					if i >= newIndex[l.setup] && i < l.endOut {
						out[i].target = l.endOut
						break
					}
				}
			}
		}
	}
	for k, at := range finallyPatch {
		out[at].target = finallyLoops[k].finallyOut
	}
	encode(code, out, extra)
}

// walrusStores decides, for each name an assignment expression (`n :=
// …`, see syntax.go) binds in code, the instruction that stores it: as in
// CPython, the name belongs to the enclosing function. gpython's compiler
// never saw the assignment, so a name nothing else assigns is added to
// the function's locals here (its loads, compiled as globals, are turned
// into local loads by the caller). In a comprehension the name is bound
// as the function's cell or free variable when it is one, else as a
// global (exact at module level).
func walrusStores(code *py.Code, ins []instr) map[string]instr {
	var stores map[string]instr
	for _, in := range ins {
		if in.op != opLoadAttr || !strings.HasPrefix(code.Names[in.arg], walrusPrefix) {
			continue
		}
		name := strings.TrimPrefix(code.Names[in.arg], walrusPrefix)
		if stores == nil {
			stores = map[string]instr{}
		}
		if _, done := stores[name]; done {
			continue
		}
		stores[name] = walrusStore(code, ins, name)
	}
	return stores
}

// nestedUses reports whether a code object nested in code names name.
func nestedUses(code *py.Code, name string) bool {
	for _, c := range code.Consts {
		if inner, ok := c.(*py.Code); ok {
			for _, n := range inner.Names {
				if n == name {
					return true
				}
			}
			if nestedUses(inner, name) {
				return true
			}
		}
	}
	return false
}

var comprehensionNames = map[string]bool{"<listcomp>": true, "<setcomp>": true, "<dictcomp>": true, "<genexpr>": true}

func walrusStore(code *py.Code, ins []instr, name string) instr {
	if code.Flags&py.CO_OPTIMIZED == 0 {
		return instr{op: opStoreName, arg: addName(code, name)}
	}
	for _, in := range ins {
		if in.op == opStoreGlobal && code.Names[in.arg] == name {
			return instr{op: opStoreGlobal, arg: in.arg} // declared global
		}
	}
	for i, v := range code.Varnames {
		if v == name {
			return instr{op: opStoreFast, arg: i}
		}
	}
	for i, v := range code.Cellvars {
		if v == name {
			return instr{op: opStoreDeref, arg: i}
		}
	}
	for i, v := range code.Freevars {
		if v == name {
			return instr{op: opStoreDeref, arg: len(code.Cellvars) + i}
		}
	}
	if comprehensionNames[code.Name] {
		return instr{op: opStoreGlobal, arg: addName(code, name)}
	}
	if nestedUses(code, name) {
		// read by an inner function or comprehension, which gpython
		// compiled as a global load: bind it there too
		return instr{op: opStoreGlobal, arg: addName(code, name)}
	}
	code.Varnames = append(code.Varnames, name)
	code.Nlocals = int32(len(code.Varnames))
	return instr{op: opStoreFast, arg: len(code.Varnames) - 1}
}

// fixDerefs renumbers closure-variable instructions (see the file comment).
func fixDerefs(code *py.Code, ins []instr, srcLines []string, block *scopeBlock) {
	nc, nf := len(code.Cellvars), len(code.Freevars)
	if nf == 0 {
		return
	}
	index := func(name string) int {
		for i, c := range code.Cellvars {
			if c == name {
				return i
			}
		}
		for i, f := range code.Freevars {
			if f == name {
				return nc + i
			}
		}
		return -1
	}
	fixed := make([]bool, len(ins))
	// LOAD_CLOSURE runs are followed by BUILD_TUPLE n, LOAD_CONST <code>:
	// the i-th loads the inner code's i-th free variable.
	for i := 0; i < len(ins); i++ {
		if ins[i].op != opBuildTuple {
			continue
		}
		n := ins[i].arg
		if n == 0 || i < n || i+1 >= len(ins) || ins[i+1].op != opLoadConst {
			continue
		}
		inner, ok := code.Consts[ins[i+1].arg].(*py.Code)
		if !ok || len(inner.Freevars) != n {
			continue
		}
		run := true
		for k := i - n; k < i; k++ {
			if ins[k].op != opLoadClosure {
				run = false
			}
		}
		if !run {
			continue
		}
		for k := 0; k < n; k++ {
			if idx := index(inner.Freevars[k]); idx >= 0 {
				ins[i-n+k].arg = idx
				fixed[i-n+k] = true
			}
		}
	}
	if block != nil && nc > 0 {
		if args, ok := exactDerefs(code, ins, fixed, block); ok {
			for i, a := range args {
				ins[i].arg = a
				fixed[i] = true
			}
		}
	}
	for i := range ins {
		in := &ins[i]
		if fixed[i] {
			continue
		}
		switch in.op {
		case opLoadClosure, opLoadDeref, opStoreDeref, opDeleteDeref, opLoadClassDeref:
		default:
			continue
		}
		j := in.arg
		hasCell, hasFree := j < nc, j < nf
		switch {
		case hasCell && !hasFree:
			// a cell: index right as it is
		case hasFree && !hasCell:
			in.arg = nc + j
		case hasCell && hasFree:
			if pickFree(code.Cellvars[j], code.Freevars[j], in.op, lineOf(srcLines, in.line)) {
				in.arg = nc + j
			}
		}
	}
}

func lineOf(lines []string, n int32) string {
	if n < 1 || int(n) > len(lines) {
		return ""
	}
	return lines[n-1]
}

// pickFree decides whether an ambiguous closure instruction means the free
// variable (true) or the cell, from the identifiers on its source line.
func pickFree(cell, free string, op byte, line string) bool {
	names := identifiers(line)
	hasCell, hasFree := false, false
	target := ""
	for k, t := range names {
		if t.name == cell {
			hasCell = true
		}
		if t.name == free {
			hasFree = true
		}
		if t.assigned && k == 0 {
			target = t.name
		}
	}
	switch {
	case hasFree && !hasCell:
		return true
	case hasCell && !hasFree:
		return false
	}
	// Both on the line: a store goes to the assignment's target, a load to
	// the other name.
	if op == opStoreDeref {
		return target == free
	}
	if target == cell {
		return true
	}
	if target == free {
		return false
	}
	for _, t := range names {
		if t.name == cell || t.name == free {
			return t.name == free
		}
	}
	return false
}

type ident struct {
	name     string
	assigned bool // followed by a lone '='
}

// identifiers lists the identifiers of a source line outside string
// literals and comments.
func identifiers(line string) []ident {
	var out []ident
	for i := 0; i < len(line); {
		c := line[i]
		switch {
		case c == '#':
			return out
		case c == '\'' || c == '"':
			q := c
			i++
			for i < len(line) && line[i] != q {
				if line[i] == '\\' {
					i++
				}
				i++
			}
			i++
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80:
			j := i
			for j < len(line) && (line[j] == '_' || line[j] >= 'a' && line[j] <= 'z' || line[j] >= 'A' && line[j] <= 'Z' || line[j] >= '0' && line[j] <= '9' || line[j] >= 0x80) {
				j++
			}
			rest := strings.TrimLeft(line[j:], " \t")
			assigned := strings.HasPrefix(rest, "=") && !strings.HasPrefix(rest, "==") ||
				len(rest) > 1 && rest[1] == '=' && strings.IndexByte("+-*/%&|^", rest[0]) >= 0
			out = append(out, ident{name: line[i:j], assigned: assigned})
			i = j
		default:
			i++
		}
	}
	return out
}

// addName appends name to code's names and returns its index.
func addName(code *py.Code, name string) int {
	for i, n := range code.Names {
		if n == name {
			return i
		}
	}
	code.Names = append(code.Names, name)
	return len(code.Names) - 1
}
