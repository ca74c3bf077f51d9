// Package stdlib holds the Python modules gowsgi provides beyond gpython's
// own: Go where speed or the OS matters, embedded Python (go:embed) where
// Python is natural. Each module is one file whose top comment lists what it
// provides and where it differs from CPython. Modules register themselves
// with py.RegisterModule at init; importing the package is enough.
//
// What does not live here: fixes to built-in types and builtins (package
// compat), anything about WSGI or interpreters.
package stdlib
