package stdlib

// subprocess.go is _subprocess, the Go half of the subprocess module
// (stdlib/py/subprocess.py holds the Python API: Popen, run, call,
// check_call, check_output, getoutput, getstatusoutput and the
// exceptions). It starts a child with os/exec and gives Python a handle:
//
//	spawn(argv, executable, cwd, env, stdin, stdout, stderr) -> process
//	    each stream is None (inherit the server's), -1 (PIPE), -2 (STDOUT,
//	    stderr only), -3 (DEVNULL) or a file descriptor; env is None (the
//	    process environment) or a mapping. A missing program or cwd raises
//	    FileNotFoundError naming it, as CPython does.
//	process.pid(), process.write(data), process.close_stdin(),
//	process.read(which, n=-1), process.readline(which), process.close(which)
//	    which is 1 for stdout, 2 for stderr; read blocks until n bytes or EOF
//	process.wait(timeout=None) -> returncode, or None when the timeout passed
//	process.poll() -> returncode or None
//	process.send_signal(sig)
//	process.communicate(input=None, timeout=None) -> (out, err), or None when
//	    the timeout passed (a later call goes on collecting)
//
// A return code is the exit status, or -N when signal N ended the child.
// The child's pipes are os.Pipe files, so reading them never races with
// the child being reaped.

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gowsgi/gowsgi/compat"
)

const (
	spawnPipe    = -1
	spawnStdout  = -2
	spawnDevnull = -3
)

// process is a started child.
type process struct {
	cmd   *exec.Cmd
	stdin *os.File
	out   [3]*bufio.Reader // [1] stdout, [2] stderr pipes, when PIPE
	files [3]*os.File

	done chan struct{} // closed when the child has been reaped
	code int

	mu        sync.Mutex
	collect   [3]*bytes.Buffer
	collected [3]chan struct{}
	fed       bool
}

var processType = py.NewType("Process", "a child process started by _subprocess.spawn")

// Type is the Python type of a process handle.
func (p *process) Type() *py.Type { return processType }

func init() {
	method := func(name string, fn func(p *process, args py.Tuple) (py.Object, error)) {
		processType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			p, ok := self.(*process)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "%s needs a process", name)
			}
			return fn(p, args)
		}, 0, "")
	}
	method("pid", func(p *process, args py.Tuple) (py.Object, error) {
		return py.Int(p.cmd.Process.Pid), nil
	})
	method("write", func(p *process, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "write() takes 1 argument")
		}
		b, ok := compat.BytesOf(args[0])
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", args[0].Type().Name)
		}
		if p.stdin == nil {
			return nil, py.ExceptionNewf(py.ValueError, "write to closed file")
		}
		n, err := p.stdin.Write(b)
		if err != nil {
			return nil, pipeError(err)
		}
		return py.Int(n), nil
	})
	method("close_stdin", func(p *process, args py.Tuple) (py.Object, error) {
		if p.stdin != nil {
			_ = p.stdin.Close()
			p.stdin = nil
		}
		return py.None, nil
	})
	method("read", func(p *process, args py.Tuple) (py.Object, error) {
		r, err := p.reader(args, 1, 2)
		if err != nil {
			return nil, err
		}
		n := -1
		if len(args) == 2 && args[1] != py.None {
			if n, err = py.IndexInt(args[1]); err != nil {
				return nil, err
			}
		}
		var b []byte
		if n < 0 {
			b, err = io.ReadAll(r)
		} else {
			b = make([]byte, n)
			var got int
			got, err = io.ReadFull(r, b)
			b = b[:got]
			if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
				err = nil
			}
		}
		if err != nil {
			return nil, pipeError(err)
		}
		return compat.NewBytes(b), nil
	})
	method("readline", func(p *process, args py.Tuple) (py.Object, error) {
		r, err := p.reader(args, 1, 1)
		if err != nil {
			return nil, err
		}
		b, err := r.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return nil, pipeError(err)
		}
		return compat.NewBytes(b), nil
	})
	method("close", func(p *process, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "close() takes 1 argument")
		}
		w, err := py.IndexInt(args[0])
		if err != nil || w < 1 || w > 2 {
			return nil, py.ExceptionNewf(py.ValueError, "stream must be 1 or 2")
		}
		if f := p.files[w]; f != nil {
			_ = f.Close()
		}
		return py.None, nil
	})
	method("wait", func(p *process, args py.Tuple) (py.Object, error) {
		timeout, err := timeoutArg(args, 0)
		if err != nil {
			return nil, err
		}
		if !waitFor(p.done, timeout) {
			return py.None, nil
		}
		return py.Int(p.code), nil
	})
	method("poll", func(p *process, args py.Tuple) (py.Object, error) {
		select {
		case <-p.done:
			return py.Int(p.code), nil
		default:
			return py.None, nil
		}
	})
	method("send_signal", func(p *process, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "send_signal() takes 1 argument")
		}
		sig, err := py.IndexInt(args[0])
		if err != nil {
			return nil, err
		}
		select {
		case <-p.done:
			return py.None, nil // reaped already: CPython does nothing
		default:
		}
		if err := p.cmd.Process.Signal(syscall.Signal(sig)); err != nil && !errors.Is(err, os.ErrProcessDone) {
			return nil, pipeError(err)
		}
		return py.None, nil
	})
	method("communicate", func(p *process, args py.Tuple) (py.Object, error) {
		var input []byte
		if len(args) >= 1 && args[0] != py.None {
			b, ok := compat.BytesOf(args[0])
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "memoryview: a bytes-like object is required, not '%s'", args[0].Type().Name)
			}
			input = b
		}
		timeout, err := timeoutArg(args, 1)
		if err != nil {
			return nil, err
		}
		p.startCollecting(input)
		deadline := time.Now().Add(timeout)
		for w := 1; w <= 2; w++ {
			if p.collected[w] == nil {
				continue
			}
			left := time.Duration(-1)
			if timeout >= 0 {
				if left = time.Until(deadline); left < 0 {
					left = 0
				}
			}
			if !waitFor(p.collected[w], left) {
				return py.None, nil
			}
		}
		left := time.Duration(-1)
		if timeout >= 0 {
			if left = time.Until(deadline); left < 0 {
				left = 0
			}
		}
		if !waitFor(p.done, left) {
			return py.None, nil
		}
		res := py.Tuple{py.None, py.None}
		for w := 1; w <= 2; w++ {
			if p.collect[w] != nil {
				res[w-1] = compat.NewBytes(p.collect[w].Bytes())
			}
		}
		return res, nil
	})

	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_subprocess", Doc: "Go half of subprocess: spawn a child and talk to it."},
		Methods: []*py.Method{
			py.MustNewMethod("spawn", spawn, 0, "spawn(argv, executable, cwd, env, stdin, stdout, stderr) -> process"),
		},
		Globals: py.StringDict{"PIPE": py.Int(spawnPipe), "STDOUT": py.Int(spawnStdout), "DEVNULL": py.Int(spawnDevnull)},
	})
}

// reader is the buffered pipe named by args[0] (1 or 2).
func (p *process) reader(args py.Tuple, min, max int) (*bufio.Reader, error) {
	if len(args) < min || len(args) > max {
		return nil, py.ExceptionNewf(py.TypeError, "expected %d to %d arguments", min, max)
	}
	w, err := py.IndexInt(args[0])
	if err != nil {
		return nil, err
	}
	if w < 1 || w > 2 || p.out[w] == nil {
		return nil, py.ExceptionNewf(py.ValueError, "stream %d is not a pipe", w)
	}
	return p.out[w], nil
}

// startCollecting feeds input to stdin (then closes it) and reads both
// output pipes to the end, once, in the background.
func (p *process) startCollecting(input []byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.fed {
		p.fed = true
		if in := p.stdin; in != nil {
			p.stdin = nil
			go func() {
				_, _ = in.Write(input) // EPIPE: the child stopped reading, as CPython ignores
				_ = in.Close()
			}()
		}
	}
	for w := 1; w <= 2; w++ {
		if p.out[w] == nil || p.collected[w] != nil {
			continue
		}
		buf, ch, r, f := new(bytes.Buffer), make(chan struct{}), p.out[w], p.files[w]
		p.collect[w], p.collected[w] = buf, ch
		go func() {
			_, _ = io.Copy(buf, r)
			_ = f.Close()
			close(ch)
		}()
	}
}

// waitFor waits for ch; a negative timeout waits for ever.
func waitFor(ch chan struct{}, timeout time.Duration) bool {
	if timeout < 0 {
		<-ch
		return true
	}
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-ch:
		return true
	case <-t.C:
		return false
	}
}

// timeoutArg reads args[i] as seconds (None: -1, for ever).
func timeoutArg(args py.Tuple, i int) (time.Duration, error) {
	if len(args) <= i || args[i] == py.None {
		return -1, nil
	}
	f, err := py.FloatAsFloat64(args[i])
	if err != nil {
		return 0, err
	}
	if f < 0 {
		f = 0
	}
	return time.Duration(f * float64(time.Second)), nil
}

func pipeError(err error) error {
	if errors.Is(err, syscall.EPIPE) {
		return py.ExceptionNewf(py.BrokenPipeError, "[Errno 32] Broken pipe")
	}
	return osError(err, "")
}

// spawn starts argv; see the file comment.
func spawn(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 7 {
		return nil, py.ExceptionNewf(py.TypeError, "spawn() takes 7 arguments (%d given)", len(args))
	}
	argv, err := strList("args", args[0])
	if err != nil {
		return nil, err
	}
	if len(argv) == 0 {
		return nil, py.ExceptionNewf(py.IndexError, "list index out of range")
	}
	cmd := &exec.Cmd{Args: argv}
	if args[3] != py.None {
		env, err := envList(args[3])
		if err != nil {
			return nil, err
		}
		cmd.Env = env
	} else {
		cmd.Env = os.Environ()
	}
	if args[2] != py.None {
		s, ok := args[2].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", args[2].Type().Name)
		}
		cmd.Dir = string(s)
		if st, err := os.Stat(cmd.Dir); err != nil {
			return nil, osError(err, cmd.Dir)
		} else if !st.IsDir() {
			return nil, osError(syscall.ENOTDIR, cmd.Dir)
		}
	}
	prog := argv[0]
	if args[1] != py.None {
		s, ok := args[1].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", args[1].Type().Name)
		}
		prog = string(s)
	}
	path, err := findProgram(prog, cmd.Env, cmd.Dir)
	if err != nil {
		return nil, err
	}
	cmd.Path = path

	p := &process{cmd: cmd, done: make(chan struct{})}
	var closeAfter []*os.File
	fail := func(err error) (py.Object, error) {
		for _, f := range closeAfter {
			_ = f.Close()
		}
		for _, f := range p.files {
			if f != nil {
				_ = f.Close()
			}
		}
		if p.stdin != nil {
			_ = p.stdin.Close()
		}
		return nil, err
	}
	streams := [3]*os.File{os.Stdin, os.Stdout, os.Stderr}
	for i := 0; i < 3; i++ {
		spec := args[4+i]
		if spec == py.None {
			continue
		}
		n, err := py.IndexInt(spec)
		if err != nil {
			return fail(py.ExceptionNewf(py.TypeError, "bad stream argument: %s", spec.Type().Name))
		}
		switch {
		case n == spawnPipe:
			r, w, err := os.Pipe()
			if err != nil {
				return fail(osError(err, ""))
			}
			if i == 0 {
				streams[0], p.stdin = r, w
				closeAfter = append(closeAfter, r)
			} else {
				streams[i], p.files[i], p.out[i] = w, r, bufio.NewReader(r)
				closeAfter = append(closeAfter, w)
			}
		case n == spawnDevnull:
			flag := os.O_WRONLY
			if i == 0 {
				flag = os.O_RDONLY
			}
			f, err := os.OpenFile(os.DevNull, flag, 0)
			if err != nil {
				return fail(osError(err, os.DevNull))
			}
			streams[i] = f
			closeAfter = append(closeAfter, f)
		case n == spawnStdout && i == 2:
			streams[2] = streams[1]
		case n >= 0:
			fd, err := syscall.Dup(n)
			if err != nil {
				return fail(osError(err, ""))
			}
			f := os.NewFile(uintptr(fd), "")
			streams[i] = f
			closeAfter = append(closeAfter, f)
		default:
			return fail(py.ExceptionNewf(py.ValueError, "bad stream argument: %d", n))
		}
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = streams[0], streams[1], streams[2]
	if err := cmd.Start(); err != nil {
		return fail(startError(err, prog))
	}
	for _, f := range closeAfter {
		_ = f.Close()
	}
	go func() {
		err := cmd.Wait()
		p.code = exitCode(cmd, err)
		close(p.done)
	}()
	return p, nil
}

// exitCode is CPython's returncode: the exit status, or -signal.
func exitCode(cmd *exec.Cmd, err error) int {
	st := cmd.ProcessState
	if st == nil {
		return 255
	}
	if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return -int(ws.Signal())
	}
	return st.ExitCode()
}

// findProgram resolves prog on the PATH of the child's environment, as
// CPython's os.get_exec_path(env) does.
func findProgram(prog string, env []string, dir string) (string, error) {
	if strings.Contains(prog, "/") {
		p := prog
		if dir != "" && !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		if err := checkExec(p); err != nil {
			return "", osError(err, prog)
		}
		return p, nil
	}
	pathVar := "/bin:/usr/bin"
	for _, kv := range env {
		if strings.HasPrefix(kv, "PATH=") {
			pathVar = kv[len("PATH="):]
		}
	}
	denied := false
	for _, d := range filepath.SplitList(pathVar) {
		if d == "" {
			d = "."
		}
		p := filepath.Join(d, prog)
		switch err := checkExec(p); {
		case err == nil:
			return p, nil
		case os.IsPermission(err):
			denied = true
		}
	}
	if denied {
		return "", osError(os.ErrPermission, prog)
	}
	return "", osError(os.ErrNotExist, prog)
}

func checkExec(p string) error {
	st, err := os.Stat(p)
	if err != nil {
		return err
	}
	if st.IsDir() || st.Mode()&0o111 == 0 {
		return os.ErrPermission
	}
	return nil
}

// startError is the OSError CPython raises when exec fails.
func startError(err error, prog string) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return osError(pe.Err, prog)
	}
	return osError(err, prog)
}

func strList(what string, o py.Object) ([]string, error) {
	var out []string
	var bad py.Object
	err := py.Iterate(o, func(item py.Object) bool {
		if s, ok := item.(py.String); ok {
			out = append(out, string(s))
			return false
		}
		if b, ok := compat.BytesOf(item); ok {
			out = append(out, string(b))
			return false
		}
		bad = item
		return true
	})
	if err != nil {
		return nil, err
	}
	if bad != nil {
		return nil, py.ExceptionNewf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", bad.Type().Name)
	}
	return out, nil
}

func envList(o py.Object) ([]string, error) {
	itemsFn, err := py.GetAttrString(o, "items")
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "env must be a mapping, not %s", o.Type().Name)
	}
	items, err := py.Call(itemsFn, nil, nil)
	if err != nil {
		return nil, err
	}
	var env []string
	var bad error
	err = py.Iterate(items, func(kv py.Object) bool {
		t, ok := kv.(py.Tuple)
		if !ok || len(t) != 2 {
			bad = py.ExceptionNewf(py.TypeError, "env items must be pairs")
			return true
		}
		k, ok1 := t[0].(py.String)
		v, ok2 := t[1].(py.String)
		if !ok1 || !ok2 {
			bad = py.ExceptionNewf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", t[1].Type().Name)
			return true
		}
		if strings.Contains(string(k), "=") {
			bad = py.ExceptionNewf(py.ValueError, "illegal environment variable name")
			return true
		}
		env = append(env, string(k)+"="+string(v))
		return false
	})
	if err != nil {
		return nil, err
	}
	return env, bad
}
