package server

import (
	"os"
	"sort"
	"strconv"
	"strings"
)

// sortMounts orders mounts longest prefix first, so the first match wins.
func sortMounts(ms []Mount) {
	sort.SliceStable(ms, func(i, j int) bool { return len(ms[i].Prefix) > len(ms[j].Prefix) })
}

// groupName expands an application group spec (WSGIApplicationGroup):
//
//	%{GLOBAL}    ""  — the first interpreter, shared by every script
//	%{RESOURCE}  "host[:port]|SCRIPT_NAME" (port left out when 80 or 443)
//	%{SERVER}    "host[:port]"
//	%{ENV:NAME}  the value of NAME in the request's variables (SetEnv),
//	             else in the process environment, else %{RESOURCE}
//	anything else, literally
func groupName(spec, host, port, scriptName string, vars [][2]string) string {
	server := host
	if port != "80" && port != "443" && port != "" {
		server = host + ":" + port
	}
	switch {
	case spec == "%{GLOBAL}":
		return ""
	case spec == "%{RESOURCE}" || spec == "":
		return server + "|" + scriptName
	case spec == "%{SERVER}":
		return server
	case strings.HasPrefix(spec, "%{ENV:") && strings.HasSuffix(spec, "}"):
		name := spec[len("%{ENV:") : len(spec)-1]
		for i := len(vars) - 1; i >= 0; i-- {
			if vars[i][0] == name {
				return vars[i][1]
			}
		}
		if v, ok := os.LookupEnv(name); ok {
			return v
		}
		return server + "|" + scriptName
	}
	return spec
}

// splitHostPort splits a Host header value; a missing port is "".
func splitHostPort(hostport string) (string, string) {
	if strings.HasPrefix(hostport, "[") {
		if i := strings.Index(hostport, "]"); i > 0 {
			host, rest := hostport[:i+1], hostport[i+1:]
			return host, strings.TrimPrefix(rest, ":")
		}
	}
	if i := strings.LastIndexByte(hostport, ':'); i >= 0 {
		if _, err := strconv.Atoi(hostport[i+1:]); err == nil {
			return hostport[:i], hostport[i+1:]
		}
	}
	return hostport, ""
}
