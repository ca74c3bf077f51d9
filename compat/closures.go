package compat

// closures.go gives functions __closure__ and __globals__, and cells
// cell_contents, which gpython lacks ('function' object has no attribute
// '__closure__'). fn.__globals__ is the module namespace globals() gives
// in the function's module. As in
// CPython, fn.__closure__ is None for a function without free variables,
// else a tuple of cells in the order of fn.__code__.co_freevars; reading
// an empty cell's cell_contents is ValueError("Cell is empty"); it can be
// assigned and deleted.

import (
	"github.com/go-python/gpython/py"
)

func init() {
	py.FunctionType.Dict["__closure__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			f, ok := self.(*py.Function)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '__closure__' for 'function' objects doesn't apply to a '%s' object", typeName(self))
			}
			if len(f.Closure) == 0 {
				return py.None, nil
			}
			return f.Closure, nil
		},
	}
	py.FunctionType.Dict["__globals__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			f, ok := self.(*py.Function)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '__globals__' for 'function' objects doesn't apply to a '%s' object", typeName(self))
			}
			return f.Globals, nil
		},
	}
	py.CellType.Dict["cell_contents"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			c, ok := self.(*py.Cell)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor 'cell_contents' for 'cell' objects doesn't apply to a '%s' object", typeName(self))
			}
			v := c.Get()
			if v == nil {
				return nil, py.ExceptionNewf(py.ValueError, "Cell is empty")
			}
			return v, nil
		},
		Fset: func(self, v py.Object) error {
			c, ok := self.(*py.Cell)
			if !ok {
				return py.ExceptionNewf(py.TypeError, "descriptor 'cell_contents' for 'cell' objects doesn't apply to a '%s' object", typeName(self))
			}
			c.Set(v)
			return nil
		},
		Fdel: func(self py.Object) error {
			c, ok := self.(*py.Cell)
			if !ok {
				return py.ExceptionNewf(py.TypeError, "descriptor 'cell_contents' for 'cell' objects doesn't apply to a '%s' object", typeName(self))
			}
			if c.Get() == nil {
				return py.ExceptionNewf(py.ValueError, "Cell is empty")
			}
			c.Delete()
			return nil
		},
	}
}
