// Package compat makes gpython v0.2.0 behave like CPython 3 for ordinary code,
// from outside gpython: it wraps the package-level function variables
// (py.Compile, py.NewContext, py.VmEvalCode), adds builtins and adds methods
// to the exported Dicts of built-in types.
//
// Importing the package installs everything at init; there is nothing to call.
// Each file says what it adds or fixes and how CPython behaves there.
//
// What does not live here: Python modules (package stdlib), interpreters and
// their locks (package interp), anything about WSGI (package bridge).
package compat

import (
	// The packages that set py.Compile, py.VmEvalCode and py.NewContext must
	// have run their init before ours wraps those variables.
	_ "github.com/go-python/gpython/compile"
	_ "github.com/go-python/gpython/stdlib"
	_ "github.com/go-python/gpython/vm"
)
