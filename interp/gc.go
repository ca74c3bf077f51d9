package interp

import (
	"os"
	"runtime/debug"
)

// DefaultGCPercent is the garbage collector target gowsgi runs Python
// with unless GOGC is set: Python programs allocate many small objects on
// a small live heap, so Go's default (100) collects far too often
// (bench/pystdlib: json.loads ran twice as fast at 400).
const DefaultGCPercent = 400

// TuneGC applies DefaultGCPercent when the environment does not set GOGC.
func TuneGC() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(DefaultGCPercent)
	}
}
