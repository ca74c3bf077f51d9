package compat

// mangle.go is CPython's private name mangling, which gpython's compiler
// leaves out (its _Py_Mangle calls are FIXMEs).
//
// CPython: inside a class body, and in every function, lambda and
// comprehension nested in it, an identifier of the form __spam (at least
// two leading underscores, not ending in two underscores, no dot) is
// rewritten to _Class__spam, where Class is the class name without its
// leading underscores (a class named only of underscores mangles nothing).
// That covers attribute names (self.__x), names loaded and stored (the
// class variable __count, def __helper), parameters and locals, global and
// imported names. A class nested in the class mangles with its own name;
// its own name is mangled by the enclosing class. Strings are never
// mangled: getattr(obj, '__x') looks up '__x'. __slots__ names are mangled
// by the class being created (slots.go, mangledName).
//
// Here the rewrite is done on compiled code: a class body is the code
// object loaded right after LOAD_BUILD_CLASS; its names, and those of the
// code nested in it, are renamed in Names, Varnames, Cellvars and
// Freevars, and so are the keys of keyword-only defaults (string constants
// of the defining code). Other constants (keyword names at call sites
// among them) are left alone, as CPython leaves them.

import (
	"strings"

	"github.com/go-python/gpython/py"
)

const opLoadBuildClass = 71

// mangledName is name as written in a class called class: _Class__name
// for a private name, name otherwise.
func mangledName(class, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	stripped := strings.TrimLeft(class, "_")
	if stripped == "" {
		return name
	}
	return "_" + stripped + "__" + name[2:]
}

// classBodies lists the code objects code builds classes from.
func classBodies(code *py.Code) (map[*py.Code]bool, bool) {
	ins, ok := decode(code)
	if !ok {
		return nil, false
	}
	var out map[*py.Code]bool
	for i, in := range ins {
		if in.op != opLoadBuildClass {
			continue
		}
		for j := i + 1; j < len(ins); j++ {
			if ins[j].op != opLoadConst {
				continue
			}
			if body, ok := code.Consts[ins[j].arg].(*py.Code); ok {
				if out == nil {
					out = map[*py.Code]bool{}
				}
				out[body] = true
				break
			}
		}
	}
	return out, out != nil
}

// mangleClasses renames the private names of every class body in code and
// of the code nested in them. class is the class code sits in ("" outside
// any class).
func mangleClasses(code *py.Code, class string) {
	if class != "" {
		mangleKwDefaultKeys(code, class)
		mangleNames(code.Names, class)
		mangleNames(code.Varnames, class)
		mangleNames(code.Cellvars, class)
		mangleNames(code.Freevars, class)
	}
	var bodies map[*py.Code]bool
	if strings.IndexByte(code.Code, opLoadBuildClass) >= 0 {
		bodies, _ = classBodies(code)
	}
	for _, c := range code.Consts {
		inner, ok := c.(*py.Code)
		if !ok {
			continue
		}
		if bodies[inner] {
			mangleClasses(inner, inner.Name)
		} else {
			mangleClasses(inner, class)
		}
	}
}

// mangleKwDefaultKeys renames the keys of keyword-only defaults that code
// gives the functions it defines: they are string constants of code, named
// like the function's (still unmangled) keyword-only parameters.
func mangleKwDefaultKeys(code *py.Code, class string) {
	for _, c := range code.Consts {
		fn, ok := c.(*py.Code)
		if !ok || fn.Kwonlyargcount == 0 {
			continue
		}
		kwonly := fn.Varnames[fn.Argcount : fn.Argcount+fn.Kwonlyargcount]
		for _, name := range kwonly {
			m := mangledName(class, name)
			if m == name {
				continue
			}
			for i, k := range code.Consts {
				if s, ok := k.(py.String); ok && string(s) == name {
					code.Consts[i] = py.String(m)
				}
			}
		}
	}
}

func mangleNames(names []string, class string) {
	for i, n := range names {
		names[i] = mangledName(class, n)
	}
}
