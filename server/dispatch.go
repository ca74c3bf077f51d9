package server

import (
	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/bridge"
	"github.com/gowsgi/gowsgi/interp"
)

// dispatch runs the WSGIDispatchScript for a request, in the main process
// and in the application group its application-group option names
// (%{GLOBAL} by default): each of process_group(environ),
// application_group(environ) and callable_object(environ) the script
// defines overrides the configured value when it returns a string.
func (s *Server) dispatch(rt *Route, req *bridge.Request) error {
	spec := rt.Dispatch.ApplicationGroup
	if spec == "" {
		spec = "%{GLOBAL}"
	}
	g, err := s.groups.Group(groupName(spec, req.ServerName, req.ServerPort, rt.ScriptName, rt.Vars))
	if err != nil {
		return err
	}
	in := g.Acquire()
	defer in.Unlock()
	script, err := in.LoadScript(rt.Dispatch.Path, interp.LoadOptions{Cache: &s.groups.Code, CaseInsensitive: s.opts.CaseInsensitive})
	if err != nil {
		return err
	}
	req.ProcessGroup = rt.ProcessGroup
	req.ApplicationGroup = rt.ApplicationGroup
	env := bridge.Environ(req, s.log)
	for _, f := range []struct {
		name string
		dst  *string
	}{{"process_group", &rt.ProcessGroup}, {"application_group", &rt.ApplicationGroup}, {"callable_object", &rt.CallableObject}} {
		fn, ok := script.Module.Globals[f.name]
		if !ok {
			continue
		}
		var res py.Object
		err := interp.Guard(func() error {
			var err error
			res, err = py.Call(fn, py.Tuple{env}, nil)
			return err
		})
		if err != nil {
			return err
		}
		if v, ok := res.(py.String); ok {
			*f.dst = string(v)
		}
	}
	req.CallableObject = rt.CallableObject
	req.ProcessGroup = "" // the application itself runs embedded
	return nil
}
