package compat

// generators.go gives generators throw() and close() (gpython:
// NotImplementedError). Every `yield` expression is followed (opcodes.go)
// by a call to yieldResult, so a generator resumed with a throwMarker
// raises its exception at the paused yield, as CPython does:
//   - gen.throw(exc) raises exc inside the generator and returns what it
//     yields next (StopIteration when it returns); a generator not started
//     or finished raises exc at once;
//   - gen.close() raises GeneratorExit inside it, so its finally blocks and
//     context managers run; a generator that yields again raises
//     RuntimeError("generator ignored GeneratorExit").
//   - next(x) of an iterable that is not an iterator is CPython's
//     "'list' object is not an iterator" (gpython: "... is not iterable").
//   - PEP 479 (CPython 3.7): a StopIteration that escapes a generator's
//     body (a stray next() on an exhausted iterator) becomes
//     RuntimeError("generator raised StopIteration") with the
//     StopIteration as __cause__; gpython let it end the iteration
//     silently. The body of every generator is wrapped (stopIterationGuard)
//     in a handler that converts it; other exceptions pass unchanged.
//   - gi_running, gi_frame (None once the generator has finished), gi_code
//     and gi_yieldfrom, as CPython's generators have them.

import (
	"github.com/go-python/gpython/py"
)

type throwMarker struct{ err error }

var throwMarkerType = py.NewType("throw_marker", "")

func (t *throwMarker) Type() *py.Type { return throwMarkerType }

var yieldResult = py.MustNewMethod("__gowsgi_yield__", func(self py.Object, v py.Object) (py.Object, error) {
	if t, ok := v.(*throwMarker); ok {
		return nil, t.err
	}
	return v, nil
}, 0, "the value of a yield expression (compat)")

// exceptionFrom makes the exception throw() raises from its arguments.
func exceptionFrom(args py.Tuple) (error, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "throw expected at least 1 argument, got 0")
	}
	switch v := args[0].(type) {
	case *py.Exception:
		return v, nil
	case *py.Type:
		if !v.IsSubtype(py.BaseException) {
			break
		}
		var cargs py.Tuple
		if len(args) > 1 && args[1] != py.None {
			if t, ok := args[1].(py.Tuple); ok {
				cargs = t
			} else {
				cargs = py.Tuple{args[1]}
			}
		}
		e, err := py.Call(v, cargs, nil)
		if err != nil {
			return nil, err
		}
		if ex, ok := e.(*py.Exception); ok {
			return ex, nil
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", args[0].Type().Name)
}

func finish(g *py.Generator) {
	if g.Frame != nil {
		g.Frame.Yielded = false
	}
}

func started(g *py.Generator) bool { return g.Frame != nil && g.Frame.Lasti != 0 && g.Frame.Yielded }

func genThrow(g *py.Generator, exc error) (py.Object, error) {
	if g.Running {
		return nil, py.ExceptionNewf(py.ValueError, "generator already executing")
	}
	if !started(g) {
		if g.Frame != nil && g.Frame.Lasti == 0 {
			g.Frame.Lasti = -1 // never started: it is finished now
		}
		finish(g)
		return nil, exc
	}
	return g.Send(&throwMarker{err: exc})
}

// returned holds a generator's return value, kept in its finished frame's
// stack (which nothing reads once the frame is done): gpython drops it, so
// `x = yield from gen()` got the generator instead of what it returned.
type returned struct{ value py.Object }

func (r *returned) Type() *py.Type { return py.NoneType{}.Type() }

// yieldFromResult is called after YIELD_FROM (opcodes.go) with what
// gpython leaves on the stack, the finished sub-iterator, and gives the
// value of the yield from expression.
var yieldFromResult = py.MustNewMethod("__gowsgi_yield_from__", func(self py.Object, it py.Object) (py.Object, error) {
	if g, ok := it.(*py.Generator); ok && g.Frame != nil && len(g.Frame.Stack) == 1 {
		if r, ok := g.Frame.Stack[0].(*returned); ok {
			return r.value, nil
		}
	}
	return py.None, nil
}, 0, "the value of a yield from expression (compat)")

// newGenerator is the generator a call of generator code returns, as
// EvalCode makes it, when simpleFrame binds the arguments (nil
// otherwise: EvalCode binds them, with its errors). The frame is one
// allocation, and the generator and room for its first two blocks (the
// stopIterationGuard's handler and a loop) another.
func newGenerator(ctx py.Context, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, closure py.Tuple) *py.Generator {
	frame, _, _ := simpleFrame(ctx, nil, code, globals, locals, args, kws, defs, closure)
	if frame == nil {
		return nil
	}
	b := new(struct {
		g      py.Generator
		blocks [2]py.TryBlock
	})
	frame.Blockstack = b.blocks[:0]
	b.g = py.Generator{Frame: frame, Code: code}
	return &b.g
}

// noneReturned is the returned value of a generator that returned None
// (most do), shared: nothing changes a returned once it is made.
var noneReturned = &returned{value: py.None}

// generatorRan records, after a generator's frame ran (the py.VmRunFrame
// wrapper in frames.go), how it ended: its return value, kept in its
// stack, when it returned; an exception ends a generator, so later next()
// calls stop.
func generatorRan(frame *py.Frame, res py.Object, err error) {
	switch {
	case err == nil && !frame.Yielded:
		r := noneReturned
		if res != py.None {
			r = &returned{value: res}
		}
		frame.Stack = append(frame.Stack[:0], r)
	case err != nil:
		frame.Yielded = false
		frame.Stack = append(frame.Stack[:0], noneReturned)
	}
}

func init() {
	genAttr := func(name string, get func(g *py.Generator) py.Object) {
		py.GeneratorType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			g, ok := self.(*py.Generator)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'generator' objects doesn't apply to a '%s' object", name, typeName(self))
			}
			return get(g), nil
		}}
	}
	genAttr("gi_running", func(g *py.Generator) py.Object { return py.NewBool(g.Running) })
	genAttr("gi_code", func(g *py.Generator) py.Object { return g.Code })
	genAttr("gi_yieldfrom", func(g *py.Generator) py.Object { return py.None })
	genAttr("gi_frame", func(g *py.Generator) py.Object {
		if g.Frame == nil || g.Frame.Lasti != 0 && !g.Frame.Yielded {
			return py.None
		}
		return g.Frame
	})
	py.GeneratorType.Dict["throw"] = py.MustNewMethod("throw", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args = unbound(self, args)
		g, ok := self.(*py.Generator)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "throw() requires a generator")
		}
		exc, err := exceptionFrom(args)
		if err != nil {
			return nil, err
		}
		res, err := genThrow(g, exc)
		if err != nil {
			// a generator that returns on the thrown exception stops
			// with its return value, as send() does
			err = stopWithValue(g, err)
		}
		return res, err
	}, 0, "throw(typ[,val[,tb]]) -> raise exception in generator, return next yielded value or raise StopIteration.")
	py.GeneratorType.Dict["close"] = py.MustNewMethod("close", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, _ = unbound(self, args)
		g, ok := self.(*py.Generator)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "close() requires a generator")
		}
		if !started(g) {
			if g.Frame != nil && g.Frame.Lasti == 0 {
				g.Frame.Lasti = -1
			}
			finish(g)
			return py.None, nil
		}
		_, err := genThrow(g, py.ExceptionNewf(py.GeneratorExit, ""))
		if err == nil {
			finish(g)
			return nil, py.ExceptionNewf(py.RuntimeError, "generator ignored GeneratorExit")
		}
		finish(g)
		if py.IsException(py.GeneratorExit, err) || isStopIteration(err) {
			return py.None, nil
		}
		return nil, err
	}, 0, "close() -> raise GeneratorExit inside generator.")
}

// stopWithValue turns the bare StopIteration gpython raises when g
// finishes into StopIteration(value) carrying g's return value, as
// CPython's next() and send() raise it.
func stopWithValue(g *py.Generator, err error) error {
	if err != py.StopIteration || g.Frame == nil || len(g.Frame.Stack) != 1 {
		return err
	}
	r, ok := g.Frame.Stack[0].(*returned)
	if !ok || r.value == py.None || r.value == nil {
		return err
	}
	g.Frame.Stack[0] = noneReturned // only the first stop carries it
	return &py.Exception{Base: py.StopIteration, Args: py.Tuple{r.value}}
}

// StopIteration.value; next(gen) and gen.send(x) raise StopIteration with
// the generator's return value.
func init() {
	py.StopIteration.Dict["value"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			e, ok := self.(*py.Exception)
			if !ok {
				return py.None, nil
			}
			if args, ok := e.Args.(py.Tuple); ok && len(args) > 0 {
				return args[0], nil
			}
			return py.None, nil
		},
	}
	send := py.GeneratorType.Dict["send"].(*py.Method)
	py.GeneratorType.Dict["send"] = py.MustNewMethod("send", func(self py.Object, args py.Tuple) (py.Object, error) {
		res, err := send.Call(self, args)
		if g, ok := self.(*py.Generator); ok && err != nil {
			err = stopWithValue(g, err)
		}
		return res, err
	}, 0, send.Doc)
	for _, m := range builtinsImpl().Methods {
		if m.Name != "next" {
			continue
		}
		orig := m
		setBuiltinFunc("next", func(self py.Object, args py.Tuple) (py.Object, error) {
			res, err := orig.Call(self, args)
			if len(args) == 1 && err != nil {
				if g, ok := args[0].(*py.Generator); ok {
					err = stopWithValue(g, err)
				}
			}
			if len(args) >= 1 && err != nil {
				// next([]) is "'list' object is not an iterator" in CPython
				if e, ok := err.(*py.Exception); ok && e.Base == py.TypeError {
					if a, ok := e.Args.(py.Tuple); ok && len(a) == 1 && a[0] == py.String("'"+args[0].Type().Name+"' object is not iterable") {
						err = py.ExceptionNewf(py.TypeError, "'%s' object is not an iterator", args[0].Type().Name)
					}
				}
			}
			return res, err
		}, orig.Doc)
	}
}

const (
	opEndFinally = 88
	cmpExcMatch  = 10
)

// stopIterationGuard wraps a generator's instructions in
//
//	SETUP_EXCEPT H; <body>
//	H: DUP_TOP; LOAD_CONST StopIteration; COMPARE_OP exception-match
//	   POP_JUMP_IF_FALSE R; POP_TOP; LOAD_CONST pep479; ROT_TWO
//	   CALL_FUNCTION 1 (raises the RuntimeError)
//	R: END_FINALLY (re-raises anything else)
func stopIterationGuard(code *py.Code, ins []instr, constIndex func(py.Object) int) []instr {
	if code.Flags&py.CO_GENERATOR == 0 || len(ins) == 0 {
		return ins
	}
	n := len(ins)
	out := make([]instr, 0, n+10)
	h := n + 1 // index of H in out
	out = append(out, instr{op: opSetupExcept, target: h, line: ins[0].line})
	for _, in := range ins {
		if in.target >= 0 {
			in.target++
		}
		out = append(out, in)
	}
	line := ins[n-1].line
	mk := func(op byte, arg, target int) instr { return instr{op: op, arg: arg, target: target, line: line} }
	r := h + 8
	out = append(out,
		mk(opDupTop, 0, -1),
		mk(opLoadConst, constIndex(py.StopIteration), -1),
		mk(opCompareOp, cmpExcMatch, -1),
		mk(opPopJumpIfFalse, 0, r),
		mk(opPopTop, 0, -1),
		mk(opLoadConst, constIndex(pep479Error), -1),
		mk(opRotTwo, 0, -1),
		mk(opCallFunction, 1, -1),
		mk(opEndFinally, 0, -1),
	)
	return out
}

// pep479Error raises the RuntimeError a generator's StopIteration becomes.
var pep479Error = py.MustNewMethod("__gowsgi_pep479__", func(self py.Object, v py.Object) (py.Object, error) {
	e := py.ExceptionNewf(py.RuntimeError, "generator raised StopIteration")
	e.Cause, e.Context, e.SuppressContext = v, v, true
	return nil, e
}, 0, "raises RuntimeError for a StopIteration leaving a generator (compat)")
