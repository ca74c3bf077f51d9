package config

import (
	"fmt"
	"io"
	"strings"
)

// Print writes the effective configuration as `gowsgi check` shows it: a
// stable, readable listing of what will be served and how.
func (c *Config) Print(w io.Writer) {
	fmt.Fprintf(w, "# gowsgi effective configuration of %s\n", c.File)
	listen := c.Listen
	if len(listen) == 0 {
		listen = []string{"127.0.0.1:8000 (default)"}
	}
	fmt.Fprintf(w, "listen: %s\n", strings.Join(listen, ", "))
	if len(c.PythonPath) > 0 {
		fmt.Fprintf(w, "python-path: %s\n", strings.Join(c.PythonPath, ":"))
	}
	if c.PythonHome != "" {
		fmt.Fprintf(w, "python-home: %s\n", c.PythonHome)
	}
	if c.PythonEggs != "" {
		fmt.Fprintf(w, "python-eggs: %s\n", c.PythonEggs)
	}
	fmt.Fprintf(w, "case-sensitivity: %s\n", onOffText(!c.CaseInsensitive))
	fmt.Fprintf(w, "restrict-embedded: %s\n", onOffText(c.RestrictEmbedded))
	for _, name := range c.DaemonOrder {
		d := c.Daemons[name]
		fmt.Fprintf(w, "daemon %s: processes=%d threads=%d maximum-requests=%d inactivity-timeout=%s deadlock-timeout=%s", d.Name, d.Processes, d.Threads, d.MaximumRequests, d.InactivityTimeout, d.DeadlockTimeout)
		for _, kv := range d.Options {
			switch kv[0] {
			case "processes", "threads", "maximum-requests", "inactivity-timeout", "deadlock-timeout":
				continue
			}
			fmt.Fprintf(w, " %s=%s", kv[0], kv[1])
		}
		fmt.Fprintf(w, "  (%s)\n", d.Pos)
	}
	for _, is := range c.ImportScripts {
		fmt.Fprintf(w, "import %s process-group=%q application-group=%q\n", is.Path, is.ProcessGroup, is.ApplicationGroup)
	}
	printSite(w, "server", c.Main)
	for _, v := range c.VirtualHosts {
		printSite(w, "virtualhost "+v.Addr, v)
	}
	for _, warn := range c.Warnings {
		fmt.Fprintf(w, "warning: %s\n", warn)
	}
}

func onOffText(b bool) string {
	if b {
		return "On"
	}
	return "Off"
}

func printSite(w io.Writer, label string, s *Site) {
	fmt.Fprintf(w, "%s", label)
	if len(s.Names) > 0 {
		fmt.Fprintf(w, " names=%s", strings.Join(s.Names, ","))
	}
	fmt.Fprintln(w)
	printSettings(w, "  ", &s.Settings)
	for _, a := range s.Scripts {
		mount := a.Prefix
		if a.Pattern != nil {
			mount = "~ " + a.Pattern.String()
		}
		if mount == "" {
			mount = "/"
		}
		kind := "file"
		if a.IsDir {
			kind = "directory"
		}
		fmt.Fprintf(w, "  mount %s -> %s (%s)", mount, a.Target, kind)
		if a.ProcessGroup != "" {
			fmt.Fprintf(w, " process-group=%s", a.ProcessGroup)
		}
		if a.ApplicationGroup != "" {
			fmt.Fprintf(w, " application-group=%s", a.ApplicationGroup)
		}
		if a.CallableObject != "" {
			fmt.Fprintf(w, " callable-object=%s", a.CallableObject)
		}
		if a.PassAuthorization != nil {
			fmt.Fprintf(w, " pass-authorization=%s", onOffText(*a.PassAuthorization))
		}
		fmt.Fprintln(w)
	}
	for _, a := range s.Statics {
		mount := a.Prefix
		if a.Pattern != nil {
			mount = "~ " + a.Pattern.String()
		}
		fmt.Fprintf(w, "  static %s -> %s\n", mount, a.Target)
	}
	for _, sec := range s.Sections {
		fmt.Fprintf(w, "  <%s %s>\n", sec.Kind, sec.Path)
		printSettings(w, "    ", &sec.Settings)
	}
}

func printSettings(w io.Writer, ind string, s *Settings) {
	kv := func(k, v string) {
		if v != "" {
			fmt.Fprintf(w, "%s%s: %s\n", ind, k, v)
		}
	}
	b := func(k string, v *bool) {
		if v != nil {
			kv(k, onOffText(*v))
		}
	}
	kv("application-group", s.ApplicationGroup)
	kv("process-group", s.ProcessGroup)
	kv("callable-object", s.CallableObject)
	b("pass-authorization", s.PassAuthorization)
	kv("reload-mechanism", s.ReloadMechanism)
	b("script-reloading", s.ScriptReloading)
	kv("map-head-to-get", s.MapHEADToGET)
	b("chunked-request", s.ChunkedRequest)
	for _, r := range []struct {
		k string
		v *ScriptRef
	}{{"dispatch-script", s.DispatchScript}, {"access-script", s.AccessScript}, {"auth-user-script", s.AuthUserScript}, {"auth-group-script", s.AuthGroupScript}} {
		if r.v != nil {
			kv(r.k, r.v.Path+" application-group="+r.v.ApplicationGroup)
		}
	}
	kv("auth-type", s.AuthType)
	kv("auth-name", s.AuthName)
	for _, r := range s.Require {
		kv("require", strings.Join(r, " "))
	}
	for _, e := range s.SetEnv {
		kv("setenv", e[0]+"="+e[1])
	}
}

// PrintDirectives writes the directive table for `gowsgi help directives`.
func PrintDirectives(w io.Writer) {
	for _, d := range Directives() {
		status := ""
		switch {
		case d.Removed != "":
			status = " [removed in 2.0]"
		case d.Warn != "":
			status = " [accepted, no effect]"
		}
		fmt.Fprintf(w, "%-26s %s%s\n    allowed in: %s\n", d.Name, d.Doc, status, ScopeNames(d.Scopes))
	}
}
