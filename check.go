package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/gowsgi/gowsgi/server/config"
)

// runCheck is `gowsgi check --config FILE`: exit 0 and the effective
// configuration, or exit 1 and every error as FILE:LINE: Directive: text.
func runCheck(args []string, stdout, stderr io.Writer) int {
	f, err := parseServeFlags(args)
	if err != nil {
		fmt.Fprintf(stderr, "gowsgi check: %v\n", err)
		return 2
	}
	if f.config == "" || len(f.scripts) > 0 {
		fmt.Fprintln(stderr, "gowsgi check: need --config FILE")
		return 2
	}
	cfg, err := config.Load(f.config)
	if err != nil {
		printConfigErrors(stderr, err)
		return 1
	}
	cfg.Print(stdout)
	return 0
}

func printConfigErrors(w io.Writer, err error) {
	var errs config.Errors
	if errors.As(err, &errs) {
		for _, e := range errs {
			fmt.Fprintln(w, e.Error())
		}
		return
	}
	fmt.Fprintln(w, err)
}
