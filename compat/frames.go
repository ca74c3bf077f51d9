package compat

// frames.go keeps each Python thread's stack of running frames, as
// CPython's thread state does; gpython's frames have no f_back and no
// Python code can reach a caller's frame. With the stack:
//
//   - sys._getframe([depth]) returns the running frame, or the one depth
//     calls out ("ValueError: call stack is not deep enough" past the
//     outermost), and frame.f_back is the frame that called it (None for
//     the outermost, and for a frame that has finished: gpython frees the
//     link when the call returns, CPython keeps it);
//   - so logging records carry the caller's file, line and function,
//     warnings.warn(stacklevel=n) names the right line, and
//     traceback.extract_stack/print_stack/format_stack, inspect.stack and
//     inspect.currentframe work.
//
// gpython's EvalCode builds the frame and runs it without a hook; only a
// generator's frame is run through py.VmRunFrame. A call whose arguments
// simpleFrame binds gets a frame of compat's (below); for the others
// evalFrame asks EvalCode for a generator twin of the code (the same code
// with CO_GENERATOR set: EvalCode binds the arguments into a new frame
// and hands it back unrun), restores the frame's code and runs the frame
// itself. Both run in runloop.go's loop, pushed on the thread's frame
// stack while they run; generators' frames run through the py.VmRunFrame
// wrapper below, which pushes them and runs them in the loop too, as it
// does module bodies and exec/eval code (RunCode).

import (
	"github.com/go-python/gpython/py"
)

type evalFunc func(ctx py.Context, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (py.Object, error)

// evalFrame is EvalCode through a frame compat sees (see the file
// comment); st is the calling context's state.
func evalFrame(st *interpState, inner evalFunc, ctx py.Context, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (py.Object, error) {
	if code.Flags&py.CO_GENERATOR != 0 {
		if g := newGenerator(ctx, code, globals, locals, args, kws, defs, closure); g != nil {
			return g, nil
		}
		return inner(ctx, code, globals, locals, args, kws, defs, kwdefs, closure)
	}
	if frame, slots, v := simpleFrame(ctx, st.ThreadState, code, globals, locals, args, kws, defs, closure); frame != nil {
		return st.ThreadState.runOwnFrame(frame, slots, v)
	}
	twin := st.twins[code]
	if twin == nil {
		if st.twins == nil {
			st.twins = map[*py.Code]*py.Code{}
		}
		c := *code
		c.Flags |= py.CO_GENERATOR
		twin = &c
		st.twins[code] = twin
	}
	res, err := inner(ctx, twin, globals, locals, args, kws, defs, kwdefs, closure)
	if err != nil {
		return nil, err
	}
	g, ok := res.(*py.Generator)
	if !ok || g.Frame == nil {
		return res, nil
	}
	g.Frame.Code = code
	ts := st.ThreadState
	n := len(ts.frames)
	ts.frames = append(ts.frames, g.Frame)
	defer ts.popFrames(n)
	res, err, _ = ts.runNested(g.Frame)
	return res, err
}

// popFrames drops the frames from the n-th on (a returning call's).
func (ts *ThreadState) popFrames(n int) {
	clear(ts.frames[n:])
	ts.frames = ts.frames[:n]
	if ts.pinned > n {
		ts.pinned = n
	}
}

// runOwnFrame runs a frame simpleFrame built, on the thread's frame stack
// while it runs, in runloop.go's loop with v as its machine state (or,
// for a large frame, which has none in its block, with a nested one).
// Then, if nothing outside can hold the frame, its memory serves a later
// call (see spareFrame).
func (ts *ThreadState) runOwnFrame(frame *py.Frame, slots []py.Object, v *vmState) (res py.Object, err error) {
	n := len(ts.frames)
	ts.frames = append(ts.frames, frame)
	ran, clean := false, false
	defer func() {
		reuse := ran && err == nil && clean && n >= ts.pinned
		ts.popFrames(n)
		if reuse {
			ts.spareFrame(frame, slots, v)
		}
	}()
	if v != nil && ownLoopOK {
		res, err, clean = runLoop(frame, v)
	} else {
		res, err, clean = ts.runNested(frame)
	}
	ran = true
	return res, err
}

// pin marks every running frame as reachable from Python (sys._getframe,
// f_back), so none of them is reused when it returns.
func (ts *ThreadState) pin() { ts.pinned = len(ts.frames) }

// rawRunFrame is gpython's own RunFrame, for frames whose caller pushes
// them (runNested and the py.VmRunFrame wrapper below).
var rawRunFrame = py.VmRunFrame

// runNested runs frame, pushed by the caller, in runloop.go's loop with
// the machine state of the thread's next nested run (a frame whose block
// has none: an EvalCode-bound call's, a large one's, a generator's
// resume, a module body). Where the loop is off (vmState's layout is not
// vm.Vm's), or the frame has run to its end (RunFrame's error), it runs
// in gpython's RunFrame, and clean is true only for coNoHandlers code
// that returned (see spareFrame).
func (ts *ThreadState) runNested(frame *py.Frame) (res py.Object, err error, clean bool) {
	if !ownLoopOK || int(frame.Lasti) >= len(frame.Code.Code) {
		res, err = rawRunFrame(frame)
		return res, err, err == nil && frame.Code.Flags&coNoHandlers != 0
	}
	v := ts.nestedState()
	defer ts.doneNestedState()
	return runLoop(frame, v)
}

// RunCode runs code (a module body, exec'd or eval'd code) in globals and
// locals, as ctx.RunCode does, with its frame on the thread's frame stack.
func RunCode(ctx py.Context, code *py.Code, globals, locals py.StringDict) (py.Object, error) {
	if code.Flags&py.CO_GENERATOR != 0 {
		return ctx.RunCode(code, globals, locals, nil)
	}
	twin := *code
	twin.Flags |= py.CO_GENERATOR
	res, err := ctx.RunCode(&twin, globals, locals, nil)
	if err != nil {
		return nil, err
	}
	g, ok := res.(*py.Generator)
	if !ok || g.Frame == nil {
		return res, nil
	}
	g.Frame.Code = code
	return py.VmRunFrame(g.Frame)
}

// callerFrame is the frame depth calls out from the running one (0: the
// running frame), or nil.
func callerFrame(ctx py.Context, depth int) *py.Frame {
	ts := stateOf(ctx).ThreadState
	i := len(ts.frames) - 1 - depth
	if depth < 0 || i < 0 {
		return nil
	}
	ts.pin()
	return ts.frames[i]
}

func init() {
	// every frame run through py.VmRunFrame (generators' resumes, module
	// bodies) is on the thread's frame stack while it runs; a generator
	// also runs as a call of its own: the handlers it enters end when it
	// yields or returns (excstate.go), so that an exception caught inside
	// is not the caller's, and how it ended is kept (generatorRan)
	py.VmRunFrame = func(frame *py.Frame) (res py.Object, err error) {
		gen := frame.Code.Flags&py.CO_GENERATOR != 0
		if frame.Context == nil {
			res, err = rawRunFrame(frame)
			if gen {
				generatorRan(frame, res, err)
			}
			return res, err
		}
		st := stateOf(frame.Context)
		ts := st.ThreadState
		n := len(ts.frames)
		ts.frames = append(ts.frames, frame)
		if !gen {
			defer ts.popFrames(n)
			res, err, _ = ts.runNested(frame)
			return res, err
		}
		st.depth++
		defer func() {
			ts.popFrames(n)
			if h := st.handled; len(h) > 0 && h[len(h)-1].depth >= st.depth {
				st.leaveFrame(err)
			}
			st.depth--
		}()
		res, err, _ = ts.runNested(frame)
		generatorRan(frame, res, err)
		return res, err
	}

	py.FrameType.Dict["f_back"] = readOnly(func(self py.Object) (py.Object, error) {
		f, ok := self.(*py.Frame)
		if !ok || f.Context == nil {
			return py.None, nil
		}
		ts := stateOf(f.Context).ThreadState
		frames := ts.frames
		for i := len(frames) - 1; i > 0; i-- {
			if frames[i] == f {
				ts.pin()
				return frames[i-1], nil
			}
		}
		return py.None, nil
	})
}

// sysGetframe is sys._getframe.
func sysGetframe(ctx py.Context) *py.Method {
	return py.MustNewMethod("_getframe", func(self py.Object, args py.Tuple) (py.Object, error) {
		depth := 0
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "_getframe expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 1 {
			n, ok := args[0].(py.Int)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
			}
			depth = int(n)
		}
		f := callerFrame(ctx, depth)
		if f == nil {
			return nil, py.ExceptionNewf(py.ValueError, "call stack is not deep enough")
		}
		return f, nil
	}, 0, "_getframe([depth]) -> the frame depth calls out from the running one")
}

// simpleFrame binds a call's arguments into a new frame for code, as
// EvalCode does, when the binding is plain: no *args, **kwargs or
// keyword-only parameters, positional arguments then keywords naming the
// others, the missing ones from defs. Otherwise (and for every call that
// must fail) it returns nil and EvalCode binds them, with its errors.
func simpleFrame(ctx py.Context, ts *ThreadState, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, closure py.Tuple) (*py.Frame, []py.Object, *vmState) {
	argc := int(code.Argcount)
	if code.Flags&(py.CO_VARARGS|py.CO_VARKEYWORDS) != 0 || code.Kwonlyargcount != 0 ||
		len(args)+len(kws) > argc || len(args)+len(kws)+len(defs) < argc || len(closure) != len(code.Freevars) || globals == nil {
		return nil, nil, nil
	}
	nlocals, ncells := int(code.Nlocals), len(code.Cellvars)
	if nlocals < argc || len(code.Varnames) < argc {
		return nil, nil, nil
	}
	// one allocation: the frame, then its locals, cells and free
	// variables, then its stack
	size := nlocals + ncells + len(code.Freevars)
	frame, block, v := ts.takeFrame(size + int(code.Stacksize))
	blocks := frame.Blockstack[:0]
	vars := block[:size:size]
	copy(vars, args)
	// (gpython passes empty maps, and ranging over one costs a call)
	if len(kws) > 0 && !bindKeywords(code, vars, len(args), kws) {
		return nil, nil, nil
	}
	m := argc - len(defs)
	for i := len(args); i < argc; i++ {
		if vars[i] == nil {
			if i < m {
				return nil, nil, nil // missing
			}
			vars[i] = defs[i-m]
		}
	}
	for i := 0; i < ncells; i++ {
		var c *py.Cell
		if code.Cell2arg != nil && code.Cell2arg[i] != py.CO_CELL_NOT_AN_ARG {
			a := code.Cell2arg[i]
			c = py.NewCell(vars[a])
			vars[a] = nil
		} else {
			c = py.NewCell(nil)
		}
		vars[nlocals+i] = c
	}
	copy(vars[nlocals+ncells:], closure)
	*frame = py.Frame{
		Context:         ctx,
		Globals:         globals,
		Locals:          locals,
		Code:            code,
		LocalVars:       vars[:nlocals:nlocals],
		CellAndFreeVars: vars[nlocals:],
		Builtins:        ctx.Store().Builtins.Globals,
		Localsplus:      vars,
		Stack:           block[size:size],
		Blockstack:      blocks,
	}
	return frame, block, v
}

// bindKeywords sets the parameters kws names in vars (the first given
// are positional); false when one is not a parameter or is given twice.
func bindKeywords(code *py.Code, vars []py.Object, given int, kws py.StringDict) bool {
	argc := int(code.Argcount)
	for k, v := range kws {
		j := given
		for j < argc && code.Varnames[j] != k {
			j++
		}
		if j == argc || vars[j] != nil {
			return false
		}
		vars[j] = v
	}
	return true
}

// frameClasses are the slot counts of the frame blocks newFrameBlock
// allocates in one piece (a frame and its slots together).
var frameClasses = [...]int{8, 16, 32}

// maxSpare bounds the frames a thread keeps for reuse per size class
// (the depth of calls whose frames it can serve without allocating).
const maxSpare = 32

// spareFrame is a frame free for reuse, its block's slots (empty, their
// capacity the block's) and machine state (runloop.go).
type spareFrame struct {
	f     *py.Frame
	slots []py.Object
	v     *vmState
}

// frameClass is the index in frameClasses of the smallest block with n
// slots, or -1.
func frameClass(n int) int {
	for c, size := range frameClasses {
		if n <= size {
			return c
		}
	}
	return -1
}

// takeFrame returns a cleared frame, n slots and a clear machine state
// (nil for a large frame) for it: a spare of the thread's (ts may be nil)
// or a new block.
func (ts *ThreadState) takeFrame(n int) (*py.Frame, []py.Object, *vmState) {
	if c := frameClass(n); c >= 0 && ts != nil {
		if s := ts.spare[c]; len(s) > 0 {
			e := s[len(s)-1]
			ts.spare[c] = s[:len(s)-1]
			return e.f, e.slots[:n], e.v
		}
	}
	return newFrameBlock(n)
}

// spareFrame keeps a returned frame that simpleFrame built for reuse by
// a later call, when nothing can still refer to it:
//
//   - no exception reached it while it ran, so no traceback holds it (a
//     traceback entry for a frame is made when an exception reaches it):
//     runloop.go's loop sees every exception that does; for a frame run
//     by gpython's RunFrame (where vmState's layout is not vm.Vm's), it
//     returned without an error and its code is coNoHandlers, with no
//     except, finally or with block that could have stopped one there;
//   - it is not pinned: sys._getframe and f_back pin the running frames.
//
// Generators' frames are never reused; a closure holds cells, not the
// frame; locals() copies into a dict of its own.
func (ts *ThreadState) spareFrame(f *py.Frame, slots []py.Object, v *vmState) {
	c := frameClass(cap(slots))
	if c < 0 || cap(slots) != frameClasses[c] || len(ts.spare[c]) >= maxSpare {
		return
	}
	slots = slots[:cap(slots)]
	clear(slots)
	*f = py.Frame{Blockstack: f.Blockstack[:0]} // (runLoop leaves v clear)
	ts.spare[c] = append(ts.spare[c], spareFrame{f, slots[:0], v})
}

// coNoHandlers marks code with no except, finally or with block, whose
// frames spareFrame may reuse. (A flag bit CPython does not use.)
const coNoHandlers = 1 << 30

// markNoHandlers sets coNoHandlers on code (compiled, and rewritten by
// compat) when no exception can be stopped inside its frames.
func markNoHandlers(code *py.Code) {
	for i := 0; i < len(code.Code); {
		_, op, _, next, ok := nextInstr(code.Code, i)
		if !ok || op == opSetupExcept || op == opSetupFinally || op == opSetupWith {
			return
		}
		i = next
	}
	code.Flags |= coNoHandlers
}

// newFrameBlock allocates a frame, n slots and a machine state for it
// together, for the common small sizes (frameClasses).
func newFrameBlock(n int) (*py.Frame, []py.Object, *vmState) {
	switch frameClass(n) {
	case 0:
		b := new(struct {
			f py.Frame
			v vmState
			s [8]py.Object
		})
		return &b.f, b.s[:n], &b.v
	case 1:
		b := new(struct {
			f py.Frame
			v vmState
			s [16]py.Object
		})
		return &b.f, b.s[:n], &b.v
	case 2:
		b := new(struct {
			f py.Frame
			v vmState
			s [32]py.Object
		})
		return &b.f, b.s[:n], &b.v
	}
	return new(py.Frame), make([]py.Object, n), nil
}
