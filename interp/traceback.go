package interp

import "github.com/gowsgi/gowsgi/compat"

// FormatError renders err the way CPython prints an uncaught exception
// (see compat.FormatError).
func FormatError(err error) string { return compat.FormatError(err) }

// ExitCode reports whether err is a SystemExit and the exit status CPython
// would use (see compat.ExitCode).
func ExitCode(err error) (int, bool) { return compat.ExitCode(err) }
