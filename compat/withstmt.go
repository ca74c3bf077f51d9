package compat

// withstmt.go makes the with statement behave as CPython 3.11's:
//
//   - a truthy __exit__ result suppresses the exception (`return 1`);
//     gpython suppressed it only for the object True;
//   - an object without __enter__ / __exit__ raises "TypeError: 'int'
//     object does not support the context manager protocol" (and "(missed
//     __exit__ method)"), looking __enter__ up first; gpython raised
//     AttributeError for __exit__;
//   - an exception raised by __exit__ while the block's exception is
//     being handled gets that one as __context__ (`raise X from ev` in
//     __exit__ shows both).
//
// opcodes.go puts the manager through withManager before SETUP_WITH; the
// withProxy it returns is what gpython's SETUP_WITH and WITH_CLEANUP see.

import (
	"github.com/go-python/gpython/py"
)

// withProxy stands for a context manager in a with statement.
type withProxy struct {
	enter, exit py.Object // bound methods of the manager
}

var withProxyType = py.NewType("context_manager_proxy", "a with statement's context manager")

func (p *withProxy) Type() *py.Type { return withProxyType }

func noContextManager(mgr py.Object, missed string) error {
	return py.ExceptionNewf(py.TypeError, "'%s' object does not support the context manager protocol%s", mgr.Type().Name, missed)
}

// withManager looks up the manager's __enter__ and __exit__.
var withManager = py.MustNewMethod("__gowsgi_with__", func(self py.Object, mgr py.Object) (py.Object, error) {
	enter, err := py.GetAttrString(mgr, "__enter__")
	if err != nil {
		if py.IsException(py.AttributeError, err) {
			return nil, noContextManager(mgr, "")
		}
		return nil, err
	}
	exit, err := py.GetAttrString(mgr, "__exit__")
	if err != nil {
		if py.IsException(py.AttributeError, err) {
			return nil, noContextManager(mgr, " (missed __exit__ method)")
		}
		return nil, err
	}
	return &withProxy{enter: enter, exit: exit}, nil
}, 0, "the context manager of a with statement (see withstmt.go)")

func init() {
	withProxyType.Dict["__enter__"] = py.MustNewMethod("__enter__", func(self py.Object) (py.Object, error) {
		return py.Call(self.(*withProxy).enter, nil, nil)
	}, 0, "")
	withProxyType.Dict["__exit__"] = py.MustNewMethod("__exit__", func(self py.Object, args py.Tuple) (py.Object, error) {
		r, err := py.Call(self.(*withProxy).exit, args, nil)
		if len(args) != 3 || args[0] == py.None {
			return r, err
		}
		if err != nil {
			switch e := err.(type) {
			case *py.Exception:
				setContext(e, args[1])
			case py.ExceptionInfo:
				setContext(e.Value, args[1])
			case *py.ExceptionInfo:
				setContext(e.Value, args[1])
			}
			return nil, err
		}
		b, err := Truth(r)
		return py.NewBool(b), err
	}, 0, "")
}
