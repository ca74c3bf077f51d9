package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/gowsgi/gowsgi/interp"
	"github.com/gowsgi/gowsgi/server"
	"github.com/gowsgi/gowsgi/server/config"
)

// serveFlags are the flags of `gowsgi serve`; they may stand before or after
// the script, as mod_wsgi-express users write them.
type serveFlags struct {
	listen      []string
	pythonPath  []string
	replicas    int
	callable    string
	group       string
	config      string
	serverName  string
	scripts     []string
	maxBodySize int
	mountPoint  string
	timeout     time.Duration
}

// parseServeFlags reads `--flag value` and `--flag=value` forms.
func parseServeFlags(args []string) (*serveFlags, error) {
	f := &serveFlags{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") || a == "-" {
			f.scripts = append(f.scripts, a)
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		next := func() (string, error) {
			if hasValue {
				return value, nil
			}
			if i+1 >= len(args) {
				return "", fmt.Errorf("flag --%s needs a value", name)
			}
			i++
			return args[i], nil
		}
		var err error
		var v string
		switch name {
		case "listen", "l":
			v, err = next()
			f.listen = append(f.listen, v)
		case "python-path":
			v, err = next()
			f.pythonPath = append(f.pythonPath, v)
		case "replicas":
			if v, err = next(); err == nil {
				f.replicas, err = positive(name, v)
			}
		case "callable-object":
			f.callable, err = next()
		case "application-group":
			f.group, err = next()
		case "server-name":
			f.serverName, err = next()
		case "request-timeout":
			var n int
			if v, err = next(); err == nil {
				n, err = positive(name, v)
				f.timeout = time.Duration(n) * time.Second
			}
		case "mount-point":
			f.mountPoint, err = next()
		case "config", "c":
			f.config, err = next()
		case "limit-request-body":
			if v, err = next(); err == nil {
				f.maxBodySize, err = positive(name, v)
			}
		default:
			return nil, fmt.Errorf("unknown flag %s", a)
		}
		if err != nil {
			return nil, err
		}
	}
	return f, nil
}

func positive(name, v string) (int, error) {
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("flag --%s: %q is not a positive integer", name, v)
	}
	return n, nil
}

// runServe is `gowsgi serve`: exit 2 for bad usage or when it cannot start,
// 0 after a graceful stop on SIGTERM/SIGINT.
func runServe(args []string, stdout, stderr io.Writer) int {
	f, err := parseServeFlags(args)
	if err != nil {
		fmt.Fprintf(stderr, "gowsgi serve: %v\n", err)
		return 2
	}
	if f.config != "" {
		if len(f.scripts) > 0 {
			fmt.Fprintln(stderr, "gowsgi serve: give either SCRIPT or --config FILE, not both")
			return 2
		}
		return serveConfig(f, stdout, stderr)
	}
	if len(f.scripts) != 1 {
		fmt.Fprintln(stderr, "gowsgi serve: need exactly one SCRIPT (or --config FILE)")
		return 2
	}
	paths, imports := interp.SiteDirs(f.pythonPath)
	for _, imp := range imports {
		fmt.Fprintf(stderr, "gowsgi: warning: .pth line not executed: %s\n", imp)
	}
	opts := server.Options{
		Listen:             f.listen,
		ServerName:         f.serverName,
		SysPaths:           paths,
		Replicas:           f.replicas,
		Software:           "gowsgi/" + Version,
		MaxRequestBodySize: f.maxBodySize,
		RequestTimeout:     f.timeout,
		Mounts: []server.Mount{{
			Prefix:           f.mountPoint,
			Script:           f.scripts[0],
			ApplicationGroup: f.group,
			CallableObject:   f.callable,
		}},
	}
	return serve(opts, stdout, stderr)
}

func serve(opts server.Options, stdout, stderr io.Writer) int {
	opts.ErrorLog = stderr
	srv, err := server.New(opts)
	if err != nil {
		fmt.Fprintf(stderr, "gowsgi serve: %v\n", err)
		return 2
	}
	if err := srv.Listen(); err != nil {
		fmt.Fprintf(stderr, "gowsgi serve: %v\n", err)
		return 2
	}
	for _, a := range srv.Addrs() {
		fmt.Fprintf(stdout, "gowsgi %s listening on http://%s/\n", Version, a)
	}
	if f, ok := stdout.(*os.File); ok {
		f.Sync()
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	if err := srv.Serve(ctx); err != nil {
		fmt.Fprintf(stderr, "gowsgi serve: %v\n", err)
		return 1
	}
	return 0
}

// serveConfig is `gowsgi serve --config FILE`: nothing listens when the
// configuration has errors (exit 1, every error printed).
func serveConfig(f *serveFlags, stdout, stderr io.Writer) int {
	cfg, err := config.Load(f.config)
	if err != nil {
		printConfigErrors(stderr, err)
		return 1
	}
	for _, w := range cfg.Warnings {
		fmt.Fprintf(stderr, "gowsgi: warning: %s\n", w)
	}
	for _, name := range cfg.DaemonOrder {
		fmt.Fprintf(stderr, "gowsgi: warning: %s: WSGIDaemonProcess %s: daemon processes are not available yet; its applications run embedded\n", cfg.Daemons[name].Pos, name)
	}
	pythonPath := cfg.PythonPath
	if cfg.PythonHome != "" {
		// Pure-Python packages installed under the home; its standard
		// library is CPython's own and is not used.
		sitePkgs, _ := filepath.Glob(filepath.Join(cfg.PythonHome, "lib", "python3*", "site-packages"))
		pythonPath = append(pythonPath, sitePkgs...)
	}
	paths, imports := interp.SiteDirs(pythonPath)
	for _, imp := range imports {
		fmt.Fprintf(stderr, "gowsgi: warning: .pth line not executed: %s\n", imp)
	}
	if cfg.PythonEggs != "" {
		os.Setenv("PYTHON_EGG_CACHE", cfg.PythonEggs)
	}
	listen := f.listen
	if len(listen) == 0 {
		listen = cfg.Listen
	}
	opts := server.Options{
		Listen:             listen,
		ServerName:         f.serverName,
		Router:             server.ConfigRouter{Config: cfg},
		Optimize:           cfg.PythonOptimize,
		SysPaths:           append(paths, f.pythonPath...),
		Replicas:           f.replicas,
		Software:           "gowsgi/" + Version,
		MaxRequestBodySize: f.maxBodySize,
		RequestTimeout:     f.timeout,
		CaseInsensitive:    cfg.CaseInsensitive,
		RestrictEmbedded:   cfg.RestrictEmbedded,
	}
	for _, is := range cfg.ImportScripts {
		opts.ImportScripts = append(opts.ImportScripts, server.ImportScript{Path: is.Path, ApplicationGroup: is.ApplicationGroup})
	}
	if cfg.ErrorLog != "" {
		lf, err := os.OpenFile(cfg.ErrorLog, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			fmt.Fprintf(stderr, "gowsgi serve: ErrorLog: %v\n", err)
			return 2
		}
		defer lf.Close()
		stderr = lf
	}
	return serve(opts, stdout, stderr)
}
