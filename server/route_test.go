package server

import "testing"

func TestGroupName(t *testing.T) {
	vars := [][2]string{{"GROUP", "from-setenv"}}
	t.Setenv("GOWSGI_TEST_GROUP", "from-process")
	for _, tc := range []struct{ spec, host, port, script, want string }{
		{"%{GLOBAL}", "example.com", "8000", "/app", ""},
		{"%{RESOURCE}", "example.com", "8000", "/app", "example.com:8000|/app"},
		{"", "example.com", "80", "", "example.com|"},
		{"%{RESOURCE}", "example.com", "443", "/x", "example.com|/x"},
		{"%{SERVER}", "example.com", "8000", "/app", "example.com:8000"},
		{"%{SERVER}", "example.com", "80", "/app", "example.com"},
		{"%{ENV:GROUP}", "h", "80", "/a", "from-setenv"},
		{"%{ENV:GOWSGI_TEST_GROUP}", "h", "80", "/a", "from-process"},
		{"%{ENV:GOWSGI_UNSET_VAR}", "h", "80", "/a", "h|/a"},
		{"literal", "h", "80", "/a", "literal"},
	} {
		if got := groupName(tc.spec, tc.host, tc.port, tc.script, vars); got != tc.want {
			t.Errorf("groupName(%q, %q, %q, %q) = %q, want %q", tc.spec, tc.host, tc.port, tc.script, got, tc.want)
		}
	}
}

func TestRoute(t *testing.T) {
	ms := []Mount{{Prefix: ""}, {Prefix: "/app"}, {Prefix: "/app/admin"}}
	sortMounts(ms)
	r := &mountRouter{mounts: ms}
	for _, tc := range []struct {
		path, script, info string
		ok                 bool
	}{
		{"/", "", "/", true},
		{"/app", "/app", "", true},
		{"/app/", "/app", "/", true},
		{"/apple", "", "/apple", true},
		{"/app/admin/x", "/app/admin", "/x", true},
	} {
		rt, ok := r.Route("h", []byte(tc.path))
		if ok != tc.ok || rt.ScriptName != tc.script || string(rt.PathInfo) != tc.info {
			t.Errorf("route(%q) = %q %q %v", tc.path, rt.ScriptName, rt.PathInfo, ok)
		}
	}
	r = &mountRouter{mounts: []Mount{{Prefix: "/only"}}}
	if _, ok := r.Route("h", []byte("/other")); ok {
		t.Error("/other routed to /only")
	}
}

func TestSplitHostPort(t *testing.T) {
	for _, tc := range []struct{ in, host, port string }{
		{"example.com:8080", "example.com", "8080"},
		{"example.com", "example.com", ""},
		{"[::1]:80", "[::1]", "80"},
		{"[::1]", "[::1]", ""},
	} {
		h, p := splitHostPort(tc.in)
		if h != tc.host || p != tc.port {
			t.Errorf("splitHostPort(%q) = %q %q", tc.in, h, p)
		}
	}
}
