// Package interp holds Python interpreters: one gpython Context each, guarded
// by a lock that a request holds while Python runs and releases around network
// I/O; application groups of interpreters; WSGI script files loaded as modules
// and reloaded when they change; and the formatting of Python tracebacks.
//
// What does not live here: the WSGI protocol (package bridge), CPython
// behaviour fixes (package compat), Python modules (package stdlib).
package interp
