package compat

// derefs.go tells cell variables from free variables exactly, for
// opcodes.go's fixDerefs. gpython numbers LOAD_DEREF/STORE_DEREF/
// DELETE_DEREF/LOAD_CLASSDEREF by the index in Cellvars for a cell and by
// the index in Freevars for a free variable, with no offset, so in a block
// that has both (e.g. the outer list comprehension of
// `[[r[c] for c in cols] for r in rows]`, where r is a cell and cols free)
// index 0 can mean either name. CPython numbers free variables after the
// cells and never needs to guess.
//
// When a compiled module has such a block, its source is parsed again and
// every block's closure-variable uses are listed in the order gpython's
// compiler emits them (the value of an assignment before its targets,
// function defaults before decorators, a comprehension's first iterable in
// the enclosing block after its closure, dict values before keys, …). The
// n-th closure instruction of the block then names the n-th use, and its
// index is rewritten to Cellvars or Freevars accordingly. If the two lists
// disagree anywhere (a construct this walk orders differently), the block
// keeps the line-based guess of pickFree.

import (
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/parser"
	"github.com/go-python/gpython/py"
)

// scopeBlock is one code block of the parsed source: its name as gpython
// names the code object, the uses of names in compile order, and its
// nested blocks in the order their code objects are made.
type scopeBlock struct {
	name     string
	uses     []nameUse
	children []*scopeBlock
}

type nameUse struct {
	name string
	ctx  ast.ExprContext // Load, Store or Del
}

// ambiguousDerefs reports whether code or a nested code object has both
// cell and free variables, the case where gpython's indices are ambiguous.
func ambiguousDerefs(code *py.Code) bool {
	if len(code.Cellvars) > 0 && len(code.Freevars) > 0 {
		return true
	}
	for _, c := range code.Consts {
		if inner, ok := c.(*py.Code); ok && ambiguousDerefs(inner) {
			return true
		}
	}
	return false
}

// sourceBlocks parses src and pairs every code object under code with its
// block; nil when the source does not parse or the shapes differ.
func sourceBlocks(code *py.Code, src string, mode py.CompileMode) map[*py.Code]*scopeBlock {
	tree, err := parser.ParseString(src, mode)
	if err != nil {
		return nil
	}
	w := &blockWalker{}
	top := &scopeBlock{name: code.Name}
	w.cur = top
	switch m := tree.(type) {
	case *ast.Module:
		w.stmts(m.Body)
	case *ast.Interactive:
		w.stmts(m.Body)
	case *ast.Expression:
		w.expr(m.Body)
	case *ast.Suite:
		w.stmts(m.Body)
	default:
		return nil
	}
	out := map[*py.Code]*scopeBlock{}
	pairBlocks(code, top, out)
	return out
}

// pairBlocks pairs code with b, and their children in order, as long as
// the names agree.
func pairBlocks(code *py.Code, b *scopeBlock, out map[*py.Code]*scopeBlock) {
	out[code] = b
	k := 0
	for _, c := range code.Consts {
		inner, ok := c.(*py.Code)
		if !ok {
			continue
		}
		if k >= len(b.children) || b.children[k].name != inner.Name {
			return
		}
		pairBlocks(inner, b.children[k], out)
		k++
	}
}

// blockWalker lists name uses in gpython's compile order.
type blockWalker struct {
	cur     *scopeBlock
	private string // enclosing class name, for name mangling
}

func (w *blockWalker) use(name ast.Identifier, ctx ast.ExprContext) {
	n := string(name)
	if w.private != "" && strings.HasPrefix(n, "__") && !strings.HasSuffix(n, "__") && !strings.Contains(n, ".") {
		if p := strings.TrimLeft(w.private, "_"); p != "" {
			n = "_" + p + n
		}
	}
	switch ctx {
	case ast.AugLoad, ast.Param:
		ctx = ast.Load
	case ast.AugStore:
		ctx = ast.Store
	}
	w.cur.uses = append(w.cur.uses, nameUse{n, ctx})
}

// child walks a nested block with body.
func (w *blockWalker) child(name string, private string, body func()) {
	b := &scopeBlock{name: name}
	w.cur.children = append(w.cur.children, b)
	saved, savedPrivate := w.cur, w.private
	w.cur, w.private = b, private
	body()
	w.cur, w.private = saved, savedPrivate
}

func (w *blockWalker) stmts(list []ast.Stmt) {
	for _, s := range list {
		w.stmt(s)
	}
}

func (w *blockWalker) exprs(list []ast.Expr) {
	for _, e := range list {
		w.expr(e)
	}
}

// arguments walks what a def or lambda evaluates in the enclosing block.
func (w *blockWalker) arguments(a *ast.Arguments, returns ast.Expr) {
	if a == nil {
		return
	}
	w.exprs(a.Defaults)
	w.exprs(a.KwDefaults)
	annotate := func(args ...*ast.Arg) {
		for _, arg := range args {
			if arg != nil && arg.Annotation != nil {
				w.expr(arg.Annotation)
			}
		}
	}
	annotate(a.Args...)
	annotate(a.Vararg)
	annotate(a.Kwonlyargs...)
	annotate(a.Kwarg)
	if returns != nil {
		w.expr(returns)
	}
}

func (w *blockWalker) stmt(s ast.Stmt) {
	switch n := s.(type) {
	case *ast.FunctionDef:
		w.arguments(n.Args, n.Returns)
		w.exprs(n.DecoratorList)
		w.child(string(n.Name), w.private, func() { w.stmts(n.Body) })
		w.use(n.Name, ast.Store)
	case *ast.ClassDef:
		w.exprs(n.DecoratorList)
		w.child(string(n.Name), string(n.Name), func() { w.stmts(n.Body) })
		w.exprs(n.Bases)
		for _, k := range n.Keywords {
			w.expr(k.Value)
		}
		w.expr(n.Starargs)
		w.expr(n.Kwargs)
		w.use(n.Name, ast.Store)
	case *ast.Return:
		w.expr(n.Value)
	case *ast.Delete:
		w.exprs(n.Targets)
	case *ast.Assign:
		w.expr(n.Value)
		w.exprs(n.Targets)
	case *ast.AugAssign:
		if name, ok := n.Target.(*ast.Name); ok {
			w.use(name.Id, ast.Load)
			w.expr(n.Value)
			w.use(name.Id, ast.Store)
			break
		}
		w.targetParts(n.Target)
		w.expr(n.Value)
	case *ast.For:
		w.expr(n.Iter)
		w.expr(n.Target)
		w.stmts(n.Body)
		w.stmts(n.Orelse)
	case *ast.While:
		w.expr(n.Test)
		w.stmts(n.Body)
		w.stmts(n.Orelse)
	case *ast.If:
		w.expr(n.Test)
		w.stmts(n.Body)
		w.stmts(n.Orelse)
	case *ast.With:
		for _, item := range n.Items {
			w.expr(item.ContextExpr)
			w.expr(item.OptionalVars)
		}
		w.stmts(n.Body)
	case *ast.Raise:
		w.expr(n.Exc)
		w.expr(n.Cause)
	case *ast.Try:
		w.stmts(n.Body)
		for _, h := range n.Handlers {
			w.expr(h.ExprType)
			if h.Name != "" {
				w.use(h.Name, ast.Store)
			}
			w.stmts(h.Body)
			if h.Name != "" {
				w.use(h.Name, ast.Store)
				w.use(h.Name, ast.Del)
			}
		}
		w.stmts(n.Orelse)
		w.stmts(n.Finalbody)
	case *ast.Assert:
		w.expr(n.Test)
		w.expr(n.Msg)
	case *ast.Import:
		for _, a := range n.Names {
			name := a.AsName
			if name == "" {
				name = a.Name
				if dot := strings.IndexByte(string(name), '.'); dot >= 0 {
					name = name[:dot]
				}
			}
			w.use(name, ast.Store)
		}
	case *ast.ImportFrom:
		for _, a := range n.Names {
			if a.Name == "*" {
				break
			}
			name := a.AsName
			if name == "" {
				name = a.Name
			}
			w.use(name, ast.Store)
		}
	case *ast.ExprStmt:
		w.expr(n.Value)
	}
}

// targetParts walks the parts of an augmented assignment's attribute or
// subscript target, evaluated once.
func (w *blockWalker) targetParts(e ast.Expr) {
	switch n := e.(type) {
	case *ast.Attribute:
		w.expr(n.Value)
	case *ast.Subscript:
		w.expr(n.Value)
		w.slice(n.Slice)
	default:
		w.expr(e)
	}
}

func (w *blockWalker) slice(s ast.Slicer) {
	switch n := s.(type) {
	case *ast.Index:
		w.expr(n.Value)
	case *ast.Slice:
		w.expr(n.Lower)
		w.expr(n.Upper)
		w.expr(n.Step)
	case *ast.ExtSlice:
		for _, d := range n.Dims {
			w.slice(d)
		}
	}
}

// comprehension walks a comprehension's own block, then its first
// iterable, which the enclosing block evaluates after making the closure.
func (w *blockWalker) comprehension(name string, gens []ast.Comprehension, elts ...ast.Expr) {
	if len(gens) == 0 {
		return
	}
	w.child(name, w.private, func() {
		for i, g := range gens {
			if i > 0 {
				w.expr(g.Iter)
			}
			w.expr(g.Target)
			w.exprs(g.Ifs)
		}
		w.exprs(elts)
	})
	w.expr(gens[0].Iter)
}

func (w *blockWalker) expr(e ast.Expr) {
	switch n := e.(type) {
	case nil:
	case *ast.Name:
		w.use(n.Id, n.Ctx)
	case *ast.BoolOp:
		w.exprs(n.Values)
	case *ast.BinOp:
		w.expr(n.Left)
		w.expr(n.Right)
	case *ast.UnaryOp:
		w.expr(n.Operand)
	case *ast.Lambda:
		w.arguments(n.Args, nil)
		w.child("<lambda>", w.private, func() { w.expr(n.Body) })
	case *ast.IfExp:
		w.expr(n.Test)
		w.expr(n.Body)
		w.expr(n.Orelse)
	case *ast.Dict:
		for i := range n.Keys {
			if i < len(n.Values) {
				w.expr(n.Values[i])
			}
			w.expr(n.Keys[i])
		}
	case *ast.Set:
		w.exprs(n.Elts)
	case *ast.ListComp:
		w.comprehension("<listcomp>", n.Generators, n.Elt)
	case *ast.SetComp:
		w.comprehension("<setcomp>", n.Generators, n.Elt)
	case *ast.DictComp:
		w.comprehension("<dictcomp>", n.Generators, n.Value, n.Key)
	case *ast.GeneratorExp:
		w.comprehension("<genexpr>", n.Generators, n.Elt)
	case *ast.Yield:
		w.expr(n.Value)
	case *ast.YieldFrom:
		w.expr(n.Value)
	case *ast.Compare:
		w.expr(n.Left)
		w.exprs(n.Comparators)
	case *ast.Call:
		w.expr(n.Func)
		w.exprs(n.Args)
		for _, k := range n.Keywords {
			w.expr(k.Value)
		}
		w.expr(n.Starargs)
		w.expr(n.Kwargs)
	case *ast.Attribute:
		w.expr(n.Value)
	case *ast.Subscript:
		w.expr(n.Value)
		w.slice(n.Slice)
	case *ast.Starred:
		w.expr(n.Value)
	case *ast.List:
		w.exprs(n.Elts)
	case *ast.Tuple:
		w.exprs(n.Elts)
	}
}

// exactDerefs computes the right index of every closure instruction of
// code from its block's uses; ok is false when they do not line up.
func exactDerefs(code *py.Code, ins []instr, fixed []bool, b *scopeBlock) (args map[int]int, ok bool) {
	nc := len(code.Cellvars)
	closure := map[string]bool{}
	for _, n := range code.Cellvars {
		closure[n] = true
	}
	for _, n := range code.Freevars {
		closure[n] = true
	}
	var uses []nameUse
	for _, u := range b.uses {
		if closure[u.name] {
			uses = append(uses, u)
		}
	}
	args = map[int]int{}
	k := 0
	for i, in := range ins {
		var want ast.ExprContext
		switch in.op {
		case opLoadDeref, opLoadClassDeref:
			want = ast.Load
		case opStoreDeref:
			want = ast.Store
		case opDeleteDeref:
			want = ast.Del
		default:
			continue
		}
		if fixed[i] {
			continue
		}
		if k >= len(uses) || uses[k].ctx != want {
			return nil, false
		}
		j, name := in.arg, uses[k].name
		switch {
		case j < nc && code.Cellvars[j] == name:
			args[i] = j
		case j < len(code.Freevars) && code.Freevars[j] == name:
			args[i] = nc + j
		default:
			return nil, false
		}
		k++
	}
	return args, k == len(uses)
}
