package compat

// fastops.go gives the commonest opcodes fast paths (through vmops.go's
// table), each the result gpython's own handler gives in that case:
//
//   - LOAD_ATTR on a module, for a name in its globals that is not a
//     __special__ one: the global itself. gpython's lookup got there too,
//     after boxing the name and building an argument tuple for a
//     __getattribute__ a module does not have (module.attr cost 85 ns,
//     CPython's 10).

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

func init() {
	replaceOp(vm.LOAD_ATTR, func(orig opHandler) opHandler {
		return func(v *vm.Vm, namei int32) error {
			f := vmFrame(v)
			top := len(f.Stack) - 1
			if m, ok := f.Stack[top].(*py.Module); ok {
				name := f.Code.Names[namei]
				if !isSpecialName(name) {
					if val, ok := m.Globals[name]; ok {
						f.Stack[top] = val
						return nil
					}
				}
			}
			return orig(v, namei)
		}
	})
}

// isSpecialName reports whether name is a __special__ name, which
// gpython's attribute lookup looks up as a Go method first.
func isSpecialName(name string) bool {
	return len(name) >= 5 && name[0] == '_' && name[1] == '_' && name[len(name)-1] == '_' && name[len(name)-2] == '_'
}
