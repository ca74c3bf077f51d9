package compat

// execeval.go makes exec() and eval() accept compat's dicts as globals
// and locals (`exec(src, {})` failed with "globals must be a dict":
// gpython's take only its own py.StringDict, and they are internal
// methods the VM hands the caller's frame, which a replacement builtin
// cannot get). A load of the name exec or eval is rewritten (opcodes.go)
// to pass the original with the caller's globals() and locals() to
// __gowsgi_exec__, which returns a function that runs the code as
// CPython's would; names the code sets in a dict given as globals or
// locals are copied back to it.

import (
	"sort"
	"strings"

	"github.com/go-python/gpython/py"
)

const execFactoryName = "__gowsgi_exec__"

// execFunc is exec or eval bound to the caller's namespaces.
type execFunc struct {
	ctx            py.Context
	mode           py.CompileMode
	globals, local py.StringDict
}

var execFuncType = py.NewType("builtin_function_or_method", "")

func (e *execFunc) Type() *py.Type { return execFuncType }

func namespace(o py.Object, what string) (py.StringDict, *Dict, error) {
	switch v := o.(type) {
	case py.StringDict:
		return v, nil, nil
	case *Dict:
		sd, err := v.StringDict()
		if err != nil {
			return nil, nil, py.ExceptionNewf(py.TypeError, "%s must be a dict with str keys", what)
		}
		return sd, v, nil
	case *liveDict:
		return v.sd, nil, nil
	}
	return nil, nil, py.ExceptionNewf(py.TypeError, "%s must be a dict", what)
}

func (e *execFunc) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var src, globals, locals py.Object = nil, py.None, py.None
	if err := py.UnpackTuple(args, kwargs, string(e.mode), 1, 3, &src, &globals, &locals); err != nil {
		return nil, err
	}
	g, l := e.globals, e.local
	var gd, ld *Dict
	var err error
	if globals != py.None {
		if g, gd, err = namespace(globals, "globals"); err != nil {
			return nil, err
		}
		l = g
	}
	if locals != py.None {
		if l, ld, err = namespace(locals, "locals"); err != nil {
			return nil, err
		}
	} else if globals != py.None {
		ld = gd
	}
	if _, ok := g["__builtins__"]; !ok {
		if b, err := e.ctx.GetModule("builtins"); err == nil {
			g["__builtins__"] = b
		}
	}
	var code *py.Code
	switch v := src.(type) {
	case *py.Code:
		code = v
	case py.String:
		code, err = py.Compile(strings.TrimLeft(string(v), " \t"), "<string>", e.mode, OptimizeFlags(e.ctx), true)
	default:
		if b, ok := BytesOf(src); ok {
			code, err = py.Compile(strings.TrimLeft(string(b), " \t"), "<string>", e.mode, OptimizeFlags(e.ctx), true)
		} else {
			return nil, py.ExceptionNewf(py.TypeError, "%s() arg 1 must be a string, bytes or code object", e.mode)
		}
	}
	if err != nil {
		return nil, err
	}
	res, err := RunCode(e.ctx, code, g, l)
	copyBack := func(d *Dict, sd py.StringDict) {
		if d == nil {
			return
		}
		for _, k := range sortedKeys(sd) {
			if k == "__builtins__" {
				if _, had := d.GetStr(k); !had {
					continue
				}
			}
			d.SetStr(k, sd[k])
		}
	}
	copyBack(gd, g)
	if ld != gd {
		copyBack(ld, l)
	}
	if err != nil {
		return nil, err
	}
	if e.mode == py.ExecMode {
		return py.None, nil
	}
	return res, nil
}

func init() {
	setBuiltinFunc(execFactoryName, func(self py.Object, args py.Tuple) (py.Object, error) {
		orig := args[0]
		m, ok := orig.(*py.Method)
		mod, isMod := self.(*py.Module)
		if !ok || !isMod || mod.Context == nil {
			return orig, nil
		}
		var mode py.CompileMode
		switch m.Internal() {
		case py.InternalMethodExec:
			mode = py.ExecMode
		case py.InternalMethodEval:
			mode = py.EvalMode
		default:
			return orig, nil // a function of the program's own named exec
		}
		g, _ := args[1].(py.StringDict)
		l, _ := args[2].(py.StringDict)
		if l == nil {
			l = g
		}
		return &execFunc{ctx: mod.Context, mode: mode, globals: g, local: l}, nil
	}, "binds exec/eval to the caller's namespaces (compat)")
}

// nsFactoryName is the builtin compiled code calls where it names dir or
// vars (opcodes.go), with the caller's locals(): called without arguments
// they describe the caller's namespace, as in CPython (gpython refused).
const nsFactoryName = "__gowsgi_ns__"

// nsFunc is dir or vars bound to the caller's namespace.
type nsFunc struct {
	orig *py.Method
	ns   py.Object
}

func (n *nsFunc) Type() *py.Type { return execFuncType }

func (n *nsFunc) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) > 0 || len(kwargs) > 0 {
		return n.orig.CallWithKeywords(nil, args, kwargs)
	}
	if n.orig.Name == "vars" {
		return n.ns, nil
	}
	var names []string
	switch v := n.ns.(type) {
	case py.StringDict:
		for k := range v {
			names = append(names, k)
		}
	case *liveDict:
		for k := range v.sd {
			names = append(names, k)
		}
	case *Dict:
		v.Range(func(k, _ py.Object) bool {
			if s, ok := k.(py.String); ok {
				names = append(names, string(s))
			}
			return true
		})
	}
	sort.Strings(names)
	items := make([]py.Object, 0, len(names))
	for _, k := range names {
		if strings.HasPrefix(k, "__gowsgi_") {
			continue
		}
		items = append(items, py.String(k))
	}
	return py.NewListFromItems(items), nil
}

func init() {
	setBuiltinFunc(nsFactoryName, func(self py.Object, args py.Tuple) (py.Object, error) {
		m, ok := args[0].(*py.Method)
		if !ok || (m.Name != "dir" && m.Name != "vars") {
			return args[0], nil // the program's own dir or vars
		}
		return &nsFunc{orig: m, ns: args[1]}, nil
	}, "binds dir()/vars() to the caller's namespace (compat)")
}
