// Package server is gowsgi's HTTP front: it listens with fasthttp, maps a
// request to a WSGI script (WSGIScriptAlias rules), picks the application
// group and interpreter, hands the request to the bridge and writes what
// comes back. It also owns start-up checks and graceful shutdown; later,
// auth, access and dispatch scripts and daemon supervision.
//
// What does not live here: the WSGI protocol (package bridge), interpreters
// (package interp), config parsing (package server/config).
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/valyala/fasthttp"

	"github.com/gowsgi/gowsgi/bridge"
	"github.com/gowsgi/gowsgi/interp"
)

// Mount maps a URL prefix to a WSGI script file (WSGIScriptAlias).
type Mount struct {
	// Prefix is the mount point: "" or "/" for the root, else "/path"
	// without a trailing slash. It becomes SCRIPT_NAME.
	Prefix string
	// Script is the absolute path of the script file.
	Script string
	// ApplicationGroup is the group spec: a literal name, "%{GLOBAL}",
	// "%{RESOURCE}" (the default when empty), "%{SERVER}" or "%{ENV:VAR}".
	ApplicationGroup string
	// CallableObject is the name of the WSGI callable ("application").
	CallableObject string
	// PassAuthorization lets HTTP_AUTHORIZATION reach the application.
	PassAuthorization bool
}

// Options configure a Server.
type Options struct {
	// Listen are the addresses to listen on ("127.0.0.1:8000").
	Listen []string
	// ServerName is the canonical host name (ServerName); empty means the
	// host the request was received on, as with UseCanonicalName Off.
	ServerName string
	// Mounts are the script mounts of express mode; the longest matching
	// prefix wins. Ignored when Router is set.
	Mounts []Mount
	// Router, when set, routes requests (an Apache-syntax configuration).
	Router Router
	// CaseInsensitive maps script paths to module names case-insensitively.
	CaseInsensitive bool
	// Optimize is python's -O level (WSGIPythonOptimize).
	Optimize int
	// RestrictEmbedded refuses requests not delegated to a daemon process
	// group (WSGIRestrictEmbedded On).
	RestrictEmbedded bool
	// ImportScripts are loaded at start-up (WSGIImportScript).
	ImportScripts []ImportScript
	// ErrorLog receives error and info lines; nil means os.Stderr.
	ErrorLog io.Writer
	// SysPaths is sys.path for every interpreter (WSGIPythonPath).
	SysPaths []string
	// Replicas is the number of interpreters per application group.
	Replicas int
	// Software is the Server header and SERVER_SOFTWARE ("gowsgi/0.1.0").
	Software string
	// MaxRequestBodySize bounds a request body; 0 means 1 GiB.
	MaxRequestBodySize int
	// RequestTimeout is how long a request may hold an interpreter running
	// Python without a break before the interpreter is replaced for the
	// group's other requests (the stuck request goes on in the old one).
	// 0 means 60 s; negative disables it.
	RequestTimeout time.Duration
}

// Server serves WSGI applications over HTTP.
type Server struct {
	opts      Options
	log       *bridge.ErrorLog
	groups    *interp.Manager
	http      *fasthttp.Server
	listeners []net.Listener
	router    Router
}

// ImportScript is a script to load into an application group at start-up.
type ImportScript struct {
	Path             string
	ApplicationGroup string
}

// New checks opts (each script must be a readable file) and prepares a
// server; nothing listens yet.
func New(opts Options) (*Server, error) {
	if len(opts.Listen) == 0 {
		opts.Listen = []string{"127.0.0.1:8000"}
	}
	if opts.Software == "" {
		opts.Software = "gowsgi"
	}
	if opts.RequestTimeout == 0 {
		opts.RequestTimeout = 60 * time.Second
	}
	if opts.MaxRequestBodySize == 0 {
		opts.MaxRequestBodySize = 1 << 30
	}
	errw := opts.ErrorLog
	if errw == nil {
		errw = os.Stderr
	}
	s := &Server{opts: opts, log: bridge.NewErrorLog(errw)}
	var mounts []Mount
	for _, m := range opts.Mounts {
		m.Prefix = strings.TrimRight(m.Prefix, "/")
		if m.CallableObject == "" {
			m.CallableObject = "application"
		}
		if m.ApplicationGroup == "" {
			m.ApplicationGroup = "%{RESOURCE}"
		}
		abs, err := filepath.Abs(m.Script)
		if err != nil {
			return nil, fmt.Errorf("script %s: %w", m.Script, err)
		}
		m.Script = abs
		if err := checkReadable(abs); err != nil {
			return nil, err
		}
		mounts = append(mounts, m)
	}
	sortMounts(mounts)
	s.router = opts.Router
	if s.router == nil {
		s.router = &mountRouter{mounts: mounts}
	}
	stdio := bridge.NewLineWriter(s.log, "", "")
	s.groups = interp.NewManager(interp.ManagerOptions{
		SysPaths: opts.SysPaths,
		Replicas: opts.Replicas,
		Stdout:   stdio,
		Stderr:   stdio,
		Optimize: opts.Optimize,
	})
	s.http = &fasthttp.Server{
		Handler:                      s.handle,
		ExpectHandler:                s.expect,
		Name:                         opts.Software,
		StreamRequestBody:            true,
		DisablePreParseMultipartForm: true,
		NoDefaultContentType:         true,
		MaxRequestBodySize:           opts.MaxRequestBodySize,
		ReadTimeout:                  60 * time.Second,
		IdleTimeout:                  15 * time.Second,
		CloseOnShutdown:              true,
		Logger:                       fasthttpLogger{s.log},
	}
	return s, nil
}

type fasthttpLogger struct{ log *bridge.ErrorLog }

func (l fasthttpLogger) Printf(format string, args ...any) { l.log.Infof(format, args...) }

// checkReadable reports a script that is missing, unreadable or not a file.
func checkReadable(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("script %s: %w", path, unwrapPathError(err))
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return fmt.Errorf("script %s: %w", path, err)
	}
	if fi.IsDir() {
		return fmt.Errorf("script %s: is a directory", path)
	}
	return nil
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Listen opens every listening socket; an address in use is an error here,
// before anything is served.
func (s *Server) Listen() error {
	for _, addr := range s.opts.Listen {
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			s.closeListeners()
			return err
		}
		s.listeners = append(s.listeners, ln)
	}
	return nil
}

// Addrs are the addresses actually listened on (after Listen).
func (s *Server) Addrs() []string {
	var out []string
	for _, ln := range s.listeners {
		out = append(out, ln.Addr().String())
	}
	return out
}

func (s *Server) closeListeners() {
	for _, ln := range s.listeners {
		ln.Close()
	}
	s.listeners = nil
}

// Serve serves on the listeners until ctx is done, then shuts down
// gracefully: listeners close, requests in flight finish, idle keep-alive
// connections close. It returns nil after a graceful stop.
func (s *Server) Serve(ctx context.Context) error {
	if err := s.importScripts(); err != nil {
		return err
	}
	if s.opts.RequestTimeout > 0 {
		watchCtx, stopWatch := context.WithCancel(ctx)
		defer stopWatch()
		go s.groups.Watch(watchCtx, s.opts.RequestTimeout, func(group string, held time.Duration, replaced bool, err error) {
			if !replaced {
				s.log.Errorf("", "mod_wsgi (pid=%d): Application group '%s' has run Python for %s, past the request timeout; interrupting it.", pid, group, held.Round(time.Second))
				return
			}
			if err != nil {
				s.log.Errorf("", "mod_wsgi (pid=%d): Application group '%s' is stuck in Python for %s and could not be replaced: %v", pid, group, held.Round(time.Second), err)
				return
			}
			s.log.Errorf("", "mod_wsgi (pid=%d): Application group '%s' was stuck in Python for %s; its other requests now use a fresh interpreter.", pid, group, held.Round(time.Second))
		})
	}
	errc := make(chan error, len(s.listeners))
	var wg sync.WaitGroup
	for _, ln := range s.listeners {
		wg.Add(1)
		go func(ln net.Listener) {
			defer wg.Done()
			errc <- s.http.Serve(ln)
		}(ln)
	}
	var err error
	select {
	case <-ctx.Done():
	case err = <-errc:
	}
	if serr := s.http.Shutdown(); err == nil {
		err = serr
	}
	wg.Wait()
	s.groups.Close()
	return err
}

var pid = os.Getpid()

// importScripts loads the WSGIImportScript files into their groups before
// the first request; a failing script is logged, as mod_wsgi does.
func (s *Server) importScripts() error {
	for _, is := range s.opts.ImportScripts {
		name := groupName(is.ApplicationGroup, "localhost", "", "", nil)
		g, err := s.groups.Group(name)
		if err != nil {
			return err
		}
		in := g.Acquire()
		_, err = in.LoadScript(is.Path, interp.LoadOptions{Cache: &s.groups.Code, CaseInsensitive: s.opts.CaseInsensitive})
		in.Unlock()
		if err != nil {
			s.log.Errorf("", "mod_wsgi (pid=%d): Target WSGI script '%s' cannot be loaded as Python module.\n%s", pid, is.Path, interp.FormatError(err))
		}
	}
	return nil
}
