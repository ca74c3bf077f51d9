package compat

// compile.go wraps py.Compile.
//
// Fixes, each measured broken in raw gpython v0.2.0:
//   - Source whose last line is inside an indented block and has no trailing
//     newline is a SyntaxError there; CPython compiles it. We append "\n".
//   - bytes literals become compat's Bytes (bytesobj.go).
//   - Closures over a function's parameters fail with "NameError: free
//     variable referenced before assignment": gpython's compiler leaves
//     Code.Cell2arg nil. CPython maps each cell variable that is also an
//     argument to that argument's slot; we fill Cell2arg the same way, for
//     every code object reachable through Consts.

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// optimizeShift places WSGIPythonOptimize's level (python -O) in the flags
// of py.Compile (bits gpython does not use): level 1 and up drop assert
// statements, as CPython does.
const optimizeShift = 20

// OptimizeFlags are the py.Compile flags for code run in ctx, carrying
// its optimization level (SetOptimize).
func OptimizeFlags(ctx py.Context) int {
	return stateOf(ctx).optimize << optimizeShift
}

// SetOptimize sets ctx's optimization level (python -O, -OO): asserts are
// dropped from code compiled for it and __debug__ is False.
func SetOptimize(ctx py.Context, level int) {
	stateOf(ctx).optimize = level
	if b, err := ctx.GetModule("builtins"); err == nil {
		b.Globals["__debug__"] = py.NewBool(level == 0)
	}
}

func init() {
	setBuiltin("__debug__", py.True)
	inner := py.Compile
	py.Compile = func(src, srcDesc string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error) {
		if mode == py.ExecMode && len(src) > 0 && src[len(src)-1] != '\n' {
			src += "\n"
		}
		optimize := (flags >> optimizeShift) & 3
		flags &^= 3 << optimizeShift
		src, notes := rewriteSyntaxNotes(src, optimize > 0)
		code, err := inner(src, srcDesc, mode, flags, dontInherit)
		for tries := 0; err != nil && tries < 1000; tries++ {
			// `continue` in a finally clause: see finallycont.go
			fixed, ok := markFinallyContinue(src, err)
			if !ok {
				break
			}
			src = fixed
			code, err = inner(src, srcDesc, mode, flags, dontInherit)
		}
		if err != nil {
			fixSyntaxPlace(src, err) // syntaxerr.go
			return nil, err
		}
		fixCode(code, src, mode)
		if notes.posOnly != nil {
			markPosOnly(code, notes.posOnly)
		}
		return code, nil
	}
}

// fixCode applies the per-code-object fixes to code and every code object
// nested in its constants.
func fixCode(code *py.Code, src string, mode py.CompileMode) {
	fixConsts(code)
	srcLines := strings.Split(src, "\n")
	var owners kwDefaultOwners
	if needsKwDefaultsFix(code) {
		owners = findKwDefaultOwners(src)
	}
	var blocks map[*py.Code]*scopeBlock
	if ambiguousDerefs(code) {
		blocks = sourceBlocks(code, src, mode)
	}
	attrs := map[string]*attrHelpers{}
	foreignAttrs(code, attrs) // excattrs.go
	rewriteAll(code, srcLines, owners, blocks, attrs)
	fixCell2arg(code)       // after rewriteAll, which may reorder Varnames
	mangleClasses(code, "") // mangle.go
}

// rewriteAll applies opcodes.go's rewrites to code and its nested code.
func rewriteAll(code *py.Code, srcLines []string, owners kwDefaultOwners, blocks map[*py.Code]*scopeBlock, attrs map[string]*attrHelpers) {
	markQualnames(code) // calls.go, on the bytecode as compiled
	for _, c := range code.Consts {
		if inner, ok := c.(*py.Code); ok {
			rewriteAll(inner, srcLines, owners, blocks, attrs)
		}
	}
	rewriteCode(code, srcLines, owners, blocks[code], attrs)
	markNoHandlers(code) // frames.go, on the bytecode as rewritten
}

// fixConsts turns bytes constants into compat's Bytes (see bytesobj.go),
// also inside constant tuples and nested code.
func fixConsts(code *py.Code) {
	for i, c := range code.Consts {
		code.Consts[i] = fixConst(c)
	}
}

func fixConst(c py.Object) py.Object {
	switch v := c.(type) {
	case py.Bytes:
		return Bytes(v)
	case py.Tuple:
		out := make(py.Tuple, len(v))
		for i, item := range v {
			out[i] = fixConst(item)
		}
		return out
	case *py.Code:
		fixConsts(v)
	}
	return c
}

// fixCell2arg fills code.Cell2arg (and that of nested code objects) so that
// a cell variable which is also an argument starts out holding the argument.
func fixCell2arg(code *py.Code) {
	for _, c := range code.Consts {
		if inner, ok := c.(*py.Code); ok {
			fixCell2arg(inner)
		}
	}
	if len(code.Cell2arg) != 0 || len(code.Cellvars) == 0 {
		return
	}
	nargs := int(code.Argcount + code.Kwonlyargcount)
	if code.Flags&py.CO_VARARGS != 0 {
		nargs++
	}
	if code.Flags&py.CO_VARKEYWORDS != 0 {
		nargs++
	}
	var cell2arg []byte
	for i, cell := range code.Cellvars {
		for j := 0; j < nargs && j < len(code.Varnames); j++ {
			if code.Varnames[j] == cell {
				if cell2arg == nil {
					cell2arg = make([]byte, len(code.Cellvars))
					for k := range cell2arg {
						cell2arg[k] = py.CO_CELL_NOT_AN_ARG
					}
				}
				cell2arg[i] = byte(j)
				break
			}
		}
	}
	code.Cell2arg = cell2arg
}

// compile(): gpython's builtin called its compiler directly, so code made
// by compile() (then exec'd) skipped every fix above, the syntax rewrites
// included. This one goes through py.Compile like all other code.
func init() {
	setBuiltinFunc("compile", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var src, filename, mode py.Object
		var flags, dontInherit py.Object = py.Int(0), py.Int(0)
		var optimize py.Object = py.Int(-1)
		kwlist := []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize"}
		if err := py.ParseTupleAndKeywords(args, kwargs, "OOO|OOO:compile", kwlist, &src, &filename, &mode, &flags, &dontInherit, &optimize); err != nil {
			return nil, err
		}
		var text string
		switch s := src.(type) {
		case py.String:
			text = string(s)
		case Bytes:
			text = string(s)
		case py.Bytes:
			text = string(s)
		default:
			return nil, py.ExceptionNewf(py.TypeError, "compile() arg 1 must be a string, bytes or AST object")
		}
		name, ok := filename.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "compile() argument 'filename' must be str, not %s", filename.Type().Name)
		}
		m, _ := mode.(py.String)
		switch m {
		case "exec", "eval", "single":
		default:
			return nil, py.ExceptionNewf(py.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
		}
		fl, ok1 := flags.(py.Int)
		opt, ok2 := optimize.(py.Int)
		if !ok1 || !ok2 {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", flags.Type().Name)
		}
		if opt < -1 || opt > 2 {
			return nil, py.ExceptionNewf(py.ValueError, "compile(): invalid optimize value")
		}
		level := int(opt)
		if level < 0 {
			if mod, ok := self.(*py.Module); ok && mod.Context != nil {
				level = stateOf(mod.Context).optimize
			} else {
				level = 0
			}
		}
		di, _ := py.MakeBool(dontInherit)
		f := int(fl)&^(3<<optimizeShift) | level<<optimizeShift
		return py.Compile(text, string(name), py.CompileMode(m), f, di == py.True)
	}, "compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)\n\nCompile source into a code object that can be executed by exec() or eval().")
}
