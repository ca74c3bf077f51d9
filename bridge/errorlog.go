package bridge

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// ErrorLog writes Apache-style error log lines:
//
//	[Wed Nov 25 10:00:00.123456 2026] [wsgi:error] [pid 42] [client 127.0.0.1:5555] message
//
// A multi-line message (a traceback) becomes one such line per line, written
// in one Write so that lines of concurrent requests never interleave.
type ErrorLog struct {
	mu  sync.Mutex
	w   io.Writer
	pid int
}

// NewErrorLog returns a log writing to w.
func NewErrorLog(w io.Writer) *ErrorLog { return &ErrorLog{w: w, pid: os.Getpid()} }

// Log writes msg at level (e.g. "error", "info") for client ("" if none).
func (l *ErrorLog) Log(level, client, msg string) {
	var b bytes.Buffer
	stamp := time.Now().Format("Mon Jan 02 15:04:05.000000 2006")
	for _, line := range strings.Split(strings.TrimRight(msg, "\n"), "\n") {
		fmt.Fprintf(&b, "[%s] [wsgi:%s] [pid %d] ", stamp, level, l.pid)
		if client != "" {
			fmt.Fprintf(&b, "[client %s] ", client)
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	_, _ = l.w.Write(b.Bytes())
}

// Errorf logs a formatted error line.
func (l *ErrorLog) Errorf(client, format string, args ...any) {
	l.Log("error", client, fmt.Sprintf(format, args...))
}

// Infof logs a formatted informational line.
func (l *ErrorLog) Infof(format string, args ...any) {
	l.Log("info", "", fmt.Sprintf(format, args...))
}

// LineWriter is an io.Writer for wsgi.errors and the interpreters' sys.stdout
// and sys.stderr: complete lines go to the error log, tagged with the client;
// a partial line waits for its newline, Flush or Close.
type LineWriter struct {
	log    *ErrorLog
	client string
	tag    string
	mu     sync.Mutex
	buf    []byte
}

// NewLineWriter returns a writer logging whole lines into log for client
// ("" if none), each line after tag (e.g. "[script /srv/app.wsgi] ").
func NewLineWriter(log *ErrorLog, client, tag string) *LineWriter {
	return &LineWriter{log: log, client: client, tag: tag}
}

func (w *LineWriter) emit(text string) {
	if w.tag != "" {
		lines := strings.Split(text, "\n")
		for i := range lines {
			lines[i] = w.tag + lines[i]
		}
		text = strings.Join(lines, "\n")
	}
	w.log.Log("error", w.client, text)
}

// Write implements io.Writer.
func (w *LineWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf = append(w.buf, p...)
	if i := bytes.LastIndexByte(w.buf, '\n'); i >= 0 {
		w.emit(string(w.buf[:i]))
		w.buf = append(w.buf[:0], w.buf[i+1:]...)
	}
	return len(p), nil
}

// Flush logs a pending partial line.
func (w *LineWriter) Flush() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.buf) > 0 {
		w.emit(string(w.buf))
		w.buf = w.buf[:0]
	}
	return nil
}
