// Command gowsgi serves Python WSGI applications from one static Go binary:
// mod_wsgi's directives and semantics, fasthttp for HTTP, gpython for Python.
//
//	gowsgi serve [flags] SCRIPT.wsgi        one script at /, embedded mode
//	gowsgi serve --config site.conf [flags] Apache syntax with mod_wsgi directives
//	gowsgi check --config site.conf         validate and print the effective config
//	gowsgi python FILE.py [args] | -c CODE  run Python in the embedded interpreter
//	gowsgi version
//	gowsgi help [directives]
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/gowsgi/gowsgi/interp"
	"github.com/gowsgi/gowsgi/server/config"
)

// Version is the gowsgi release, printed by `gowsgi version`.
const Version = "0.1.0"

const usage = `gowsgi — WSGI applications served by one Go binary (mod_wsgi semantics, no libpython)

Usage:
  gowsgi serve [flags] SCRIPT.wsgi         serve one WSGI script at / (embedded mode)
  gowsgi serve --config site.conf [flags]  serve an Apache-syntax config with mod_wsgi directives
  gowsgi check --config site.conf          validate a config and print the effective configuration
  gowsgi python FILE.py [args] | -c CODE   run Python in the embedded interpreter
  gowsgi version                           print the version
  gowsgi help [directives]                 this text, or the configuration directives

serve flags:
  --listen ADDR            address to listen on (repeatable; default 127.0.0.1:8000)
  --config FILE            serve an Apache-syntax config (WSGIScriptAlias, WSGIDaemonProcess, ...)
  --python-path DIR        add DIR to sys.path, honouring .pth files (repeatable; WSGIPythonPath)
  --replicas N             N interpreters per application group: Python runs in parallel
  --callable-object NAME   the script's WSGI callable (default application; WSGICallableObject)
  --application-group G    application group (default %{RESOURCE}; WSGIApplicationGroup)
  --server-name NAME       the canonical host name (SERVER_NAME)
  --mount-point PATH       URL path the script is mounted at (default /)
  --request-timeout SECS   an interpreter busy in Python this long is replaced (default 60)
  --limit-request-body N   largest request body in bytes (default 1 GiB)
`

func main() {
	interp.TuneGC()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is main with its exit status returned; exit 2 means bad usage or a
// start-up failure, 1 a failure of the work itself.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "version", "--version", "-V":
		fmt.Fprintf(stdout, "gowsgi %s\n", Version)
		return 0
	case "help", "--help", "-h":
		if len(args) > 1 && args[1] == "directives" {
			config.PrintDirectives(stdout)
			return 0
		}
		fmt.Fprint(stdout, usage)
		return 0
	case "check":
		return runCheck(args[1:], stdout, stderr)
	case "python":
		return runPython(args[1:], stdout, stderr)
	case "serve":
		if len(args) > 1 && (args[1] == "--help" || args[1] == "-h") {
			fmt.Fprint(stdout, usage)
			return 0
		}
		return runServe(args[1:], stdout, stderr)
	default:
		fmt.Fprintf(stderr, "gowsgi: unknown command %q (try 'gowsgi help')\n", args[0])
		return 2
	}
}

// runPython is `gowsgi python FILE [args] | -c CODE [args]`: exit status 1
// and a CPython-style traceback on stderr when the program raises.
func runPython(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "gowsgi python: need FILE or -c CODE")
		return 2
	}
	var file, src string
	var argv []string
	if args[0] == "-c" {
		if len(args) < 2 {
			fmt.Fprintln(stderr, "gowsgi python: -c needs an argument")
			return 2
		}
		src, file = args[1], "<string>"
		argv = append([]string{"-c"}, args[2:]...)
	} else {
		file = args[0]
		argv = args
	}
	in, err := interp.New(interp.Options{Name: "__main__", Argv: argv, SysPaths: []string{}, Stdout: stdout, Stderr: stderr})
	if err != nil {
		fmt.Fprintf(stderr, "gowsgi python: %v\n", err)
		return 2
	}
	defer in.Close()
	if src != "" {
		err = in.RunSource(src, file)
	} else {
		if _, statErr := os.Stat(file); statErr != nil {
			fmt.Fprintf(stderr, "gowsgi python: can't open file '%s': %v\n", file, statErr)
			return 2
		}
		err = in.RunFile(file)
	}
	status := 0
	if err != nil {
		code, ok := interp.ExitCode(err)
		if !ok {
			fmt.Fprint(stderr, interp.FormatError(err))
			code = 1
		}
		status = code
	}
	// python waits for the threads the program started before it exits
	if err := in.Finalize(); err != nil {
		if code, ok := interp.ExitCode(err); ok {
			return code
		}
		fmt.Fprint(stderr, interp.FormatError(err))
	}
	return status
}
