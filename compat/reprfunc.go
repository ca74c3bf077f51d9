package compat

// reprfunc.go is the repr of functions, methods, modules, generators,
// code objects and properties as CPython prints them; gpython printed
// "<function instance at 0x…>" for all of them (and "<module os>"):
//   - <function C.m at 0x…> (the qualified name), lambdas <function <lambda> at 0x…>;
//   - <bound method C.m of <repr of the instance>>;
//   - built-ins: <built-in function len>, bound to an object
//     <built-in method append of list object at 0x…>;
//   - <module 'json' from '<file>'>, a module without a file <module 'os' (built-in)>;
//   - <generator object g at 0x…>, <code object f at 0x…, file "x.py", line 2>,
//     <property object at 0x…>.

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// callableRepr is o's repr when o is one of the objects above.
func callableRepr(o py.Object, seen []py.Object) (string, bool, error) {
	switch v := o.(type) {
	case *py.Function:
		return fmt.Sprintf("<function %s at %s>", funcQualname(v), addrOf(v)), true, nil
	case *py.Method:
		return fmt.Sprintf("<built-in function %s>", v.Name), true, nil
	case *py.BoundMethod:
		switch m := v.Method.(type) {
		case *py.Function:
			self, err := reprSeen(v.Self, seen)
			if err != nil {
				return "", true, err
			}
			return fmt.Sprintf("<bound method %s of %s>", funcQualname(m), self), true, nil
		case *py.Method:
			if _, isMod := v.Self.(*py.Module); isMod {
				return fmt.Sprintf("<built-in function %s>", m.Name), true, nil
			}
			return fmt.Sprintf("<built-in method %s of %s object at %s>", m.Name, v.Self.Type().Name, addrOf(v.Self)), true, nil
		}
	case *py.Module:
		name, _ := v.Globals["__name__"].(py.String)
		if file, ok := v.Globals["__file__"].(py.String); ok {
			return fmt.Sprintf("<module '%s' from '%s'>", name, file), true, nil
		}
		return fmt.Sprintf("<module '%s' (built-in)>", name), true, nil
	case *py.Generator:
		return fmt.Sprintf("<generator object %s at %s>", qualnameOf(v.Code), addrOf(v)), true, nil
	case *py.Code:
		return fmt.Sprintf("<code object %s at %s, file \"%s\", line %d>", v.Name, addrOf(v), v.Filename, v.Firstlineno), true, nil
	case *py.Property, *propertyObj:
		return fmt.Sprintf("<property object at %s>", addrOf(v)), true, nil
	}
	return "", false, nil
}

// addrOf is the address repr shows for o: id(o) in hex, as in CPython.
func addrOf(o py.Object) string {
	return fmt.Sprintf("%#x", identityHash(o)&0x7fffffffffff)
}

func funcQualname(f *py.Function) string {
	if f.Qualname != "" {
		return f.Qualname
	}
	return f.Name
}
