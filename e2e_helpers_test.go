package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// server is a running `gowsgi serve` under test.
type testServer struct {
	t    *testing.T
	cmd  *exec.Cmd
	addr string // host:port
	log  *syncBuffer
	done chan struct{}
	err  error
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// freePort returns a loopback address nobody listens on right now.
func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startServer runs `gowsgi serve ARGS... --listen ADDR` and waits until it
// says where it listens. The server is stopped at the end of the test.
func startServer(t *testing.T, args ...string) *testServer {
	t.Helper()
	addr := freePort(t)
	args = append([]string{"serve"}, args...)
	args = append(args, "--listen", addr)
	cmd := exec.Command(gowsgiBin, args...)
	s := &testServer{t: t, cmd: cmd, addr: addr, log: &syncBuffer{}, done: make(chan struct{})}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = s.log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			line := sc.Text()
			s.log.Write([]byte("stdout: " + line + "\n"))
			if strings.Contains(line, "listening on") {
				select {
				case ready <- line:
				default:
				}
			}
		}
	}()
	go func() {
		s.err = cmd.Wait()
		close(s.done)
	}()
	select {
	case <-ready:
	case <-s.done:
		t.Fatalf("gowsgi serve exited before listening: %v\n%s", s.err, s.log)
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("gowsgi serve did not start\n%s", s.log)
	}
	t.Cleanup(func() { s.stop() })
	return s
}

// stop sends SIGTERM and waits; it reports whether the exit was clean.
func (s *testServer) stop() error {
	select {
	case <-s.done:
		return s.err
	default:
	}
	s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(15 * time.Second):
		s.cmd.Process.Kill()
		<-s.done
		return fmt.Errorf("did not stop within 15s")
	}
	if s.t.Failed() {
		s.t.Logf("server log:\n%s", s.log)
	}
	return s.err
}

func (s *testServer) url(path string) string { return "http://" + s.addr + path }

// get does a GET and returns status, body and headers.
func (s *testServer) get(path string) (int, string, http.Header) {
	s.t.Helper()
	return s.do("GET", path, nil, nil)
}

var client = &http.Client{Timeout: 30 * time.Second}

func (s *testServer) do(method, path string, body io.Reader, hdr map[string]string) (int, string, http.Header) {
	s.t.Helper()
	req, err := http.NewRequest(method, s.url(path), body)
	if err != nil {
		s.t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := client.Do(req)
	if err != nil {
		s.t.Fatalf("%s %s: %v\nlog:\n%s", method, path, err, s.log)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		s.t.Fatalf("%s %s: reading body: %v", method, path, err)
	}
	return resp.StatusCode, string(b), resp.Header
}

// waitLog waits until the server's log contains substr.
func (s *testServer) waitLog(substr string) bool {
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(s.log.String(), substr) {
			return true
		}
		time.Sleep(20 * time.Millisecond)
	}
	return false
}

// rawConn is a raw TCP connection for what net/http will not send.
type rawConn struct {
	t *testing.T
	net.Conn
	r *bufio.Reader
}

func (s *testServer) dial() *rawConn {
	s.t.Helper()
	c, err := net.DialTimeout("tcp", s.addr, 5*time.Second)
	if err != nil {
		s.t.Fatal(err)
	}
	c.SetDeadline(time.Now().Add(30 * time.Second))
	s.t.Cleanup(func() { c.Close() })
	return &rawConn{t: s.t, Conn: c, r: bufio.NewReader(c)}
}

func (c *rawConn) send(s string) {
	c.t.Helper()
	if _, err := io.WriteString(c.Conn, s); err != nil {
		c.t.Fatal(err)
	}
}

// readResponse reads one response (for a request with the given method).
func (c *rawConn) readResponse(method string) (*http.Response, string) {
	c.t.Helper()
	resp, err := http.ReadResponse(c.r, &http.Request{Method: method})
	if err != nil {
		c.t.Fatalf("reading response: %v", err)
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		c.t.Fatalf("reading body: %v", err)
	}
	return resp, string(b)
}

// writeFile writes a file in dir and returns its path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := dir + "/" + name
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
