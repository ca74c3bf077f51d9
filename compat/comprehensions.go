package compat

// comprehensions.go makes list comprehensions cheaper: gpython's
// LIST_APPEND grows the list from empty (0, 1, 2, 4, 8, 16: five
// allocations for ten items); here an empty list's first append makes
// room for four, as CPython's list does. The list is otherwise exactly
// gpython's (the same items; only its capacity differs).

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// listAppendStart is the capacity an empty list gets at its first
// LIST_APPEND.
const listAppendStart = 4

func init() {
	replaceOp(vm.LIST_APPEND, func(orig opHandler) opHandler {
		return func(v *vm.Vm, i int32) error {
			f := vmFrame(v)
			s := f.Stack
			n := len(s)
			if i < 1 || int(i) >= n {
				return orig(v, i)
			}
			l, ok := s[n-1-int(i)].(*py.List)
			if !ok {
				return orig(v, i)
			}
			w := s[n-1]
			f.Stack = s[:n-1]
			if cap(l.Items) == 0 {
				l.Items = make([]py.Object, 0, listAppendStart)
			}
			l.Items = append(l.Items, w)
			return nil
		}
	})
}
