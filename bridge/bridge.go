// Package bridge is the WSGI protocol (PEP 3333) between a Go request and
// Python objects: it builds the environ, gives the application wsgi.input,
// wsgi.errors, wsgi.file_wrapper and start_response, calls it in an
// interpreter, and turns what it returns into a status, headers and a body
// stream that the HTTP front writes without holding the interpreter's lock.
//
// What does not live here: HTTP parsing, routing, auth and config (package
// server), interpreters and script loading (package interp).
package bridge
