package config

import (
	"net"
	"regexp"
	"time"
)

// Config is a validated configuration. Paths are absolute.
type Config struct {
	// File is the main configuration file.
	File string
	// Listen are the addresses from Listen directives ("host:port"; a bare
	// port means all interfaces).
	Listen []string
	// Main is the server's own site (directives outside <VirtualHost>).
	Main *Site
	// VirtualHosts in file order; the first whose names match the Host
	// header serves a request, else Main.
	VirtualHosts []*Site
	// Daemons are the WSGIDaemonProcess definitions by name.
	Daemons map[string]*Daemon
	// DaemonOrder lists daemon names in definition order.
	DaemonOrder []string
	// ImportScripts run at start-up, before the first request.
	ImportScripts []ImportScript
	// PythonPath are WSGIPythonPath directories (".pth" files in them are
	// honoured, as site.addsitedir does).
	PythonPath []string
	// PythonHome, PythonEggs and PythonOptimize are the WSGIPython* values.
	PythonHome     string
	PythonEggs     string
	PythonOptimize int
	// CaseInsensitive is WSGICaseSensitivity Off: script paths map to
	// module names case-insensitively.
	CaseInsensitive bool
	// RestrictEmbedded is WSGIRestrictEmbedded On: every WSGI request must
	// be delegated to a daemon process group.
	RestrictEmbedded bool
	// User and Group are Apache's defaults for daemon processes.
	User, Group string
	// LogLevel, ErrorLog are Apache's (ErrorLog "" = stderr).
	LogLevel string
	ErrorLog string
	// Warnings are directives accepted without effect, one line each.
	Warnings []string

	htaccess htaccessCache
}

// Site is the main server or one <VirtualHost>.
type Site struct {
	// Addr is the <VirtualHost> address argument ("" for Main).
	Addr string
	// Names are ServerName and ServerAlias values (lower case).
	Names []string
	// Scripts are WSGIScriptAlias and WSGIScriptAliasMatch mounts, in
	// file order.
	Scripts []*ScriptAlias
	// Statics are Alias / AliasMatch mappings to static files.
	Statics []*Alias
	// Sections are <Location>, <LocationMatch>, <Directory>,
	// <DirectoryMatch>, <Files> and <FilesMatch>, in file order.
	Sections []*Section
	// Settings made at this level.
	Settings Settings
	// DocumentRoot, if set.
	DocumentRoot string
}

// ScriptAlias is one WSGIScriptAlias (Prefix) or WSGIScriptAliasMatch
// (Pattern) mount. Target is a script file, or a directory whose files are
// scripts (the first path segment after the prefix names the file).
type ScriptAlias struct {
	Prefix  string
	Pattern *regexp.Regexp
	Target  string
	IsDir   bool
	// Options from the directive's key=value arguments ("" = not given).
	ProcessGroup      string
	ApplicationGroup  string
	CallableObject    string
	PassAuthorization *bool
	Pos               string
}

// Alias maps a URL prefix (or pattern) to a file system path (static files).
type Alias struct {
	Prefix  string
	Pattern *regexp.Regexp
	Target  string
	Pos     string
}

// Section is a container that applies Settings to matching requests.
type Section struct {
	Kind    string // "Location", "LocationMatch", "Directory", "DirectoryMatch", "Files", "FilesMatch"
	Path    string
	Pattern *regexp.Regexp
	Settings
	Pos string
}

// Settings are the per-request values directives set; nil / "" means not
// set at this level.
type Settings struct {
	ApplicationGroup  string
	ProcessGroup      string
	CallableObject    string
	PassAuthorization *bool
	ReloadMechanism   string
	ScriptReloading   *bool
	MapHEADToGET      string
	ChunkedRequest    *bool
	ErrorOverride     *bool
	// TrustedProxyHeaders are the proxy headers (upper-case CGI form, e.g.
	// HTTP_X_FORWARDED_FOR) to apply; TrustedProxies limits whose (CIDR or
	// address) they are believed from (empty: every client).
	TrustedProxyHeaders []string
	TrustedProxies      []*net.IPNet
	DispatchScript      *ScriptRef
	AccessScript        *ScriptRef
	AuthUserScript      *ScriptRef
	AuthGroupScript     *ScriptRef
	SetEnv              [][2]string
	AuthType            string
	AuthName            string
	AuthBasicProvider   []string
	Require             [][]string
	Handler             string // SetHandler (wsgi-script)
	// AllowOverride is the set of override classes (lower case) .htaccess
	// files below a <Directory> may use; nil = not set here (None).
	AllowOverride map[string]bool
}

// ScriptRef is a script file with its application-group option (auth,
// access and dispatch scripts).
type ScriptRef struct {
	Path             string
	ApplicationGroup string
}

// ImportScript is a WSGIImportScript.
type ImportScript struct {
	Path             string
	ProcessGroup     string
	ApplicationGroup string
	Pos              string
}

// Daemon is a WSGIDaemonProcess with typed options and their defaults.
type Daemon struct {
	Name               string
	Processes          int
	Threads            int
	MaximumRequests    int
	InactivityTimeout  time.Duration
	DeadlockTimeout    time.Duration
	RequestTimeout     time.Duration
	QueueTimeout       time.Duration
	GracefulTimeout    time.Duration
	ShutdownTimeout    time.Duration
	StartupTimeout     time.Duration
	SocketTimeout      time.Duration
	ConnectTimeout     time.Duration
	StackSize          int
	SendBufferSize     int
	ReceiveBufferSize  int
	HeaderBufferSize   int
	ResponseBufferSize int
	PythonPath         []string
	PythonEggs         string
	Home               string
	User               string
	Group              string
	DisplayName        string
	Lang, Locale       string
	Umask              string
	// Options holds every option as written, for `gowsgi check`.
	Options [][2]string
	Pos     string
}
