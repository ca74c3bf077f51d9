"""subprocess: run child programs, as CPython documents it (POSIX).

Provides Popen (args, executable, stdin, stdout, stderr, shell, cwd, env,
text/universal_newlines, encoding, errors; methods communicate, wait, poll,
send_signal, terminate, kill; attributes args, pid, returncode, stdin,
stdout, stderr; a context manager), run, call, check_call, check_output,
getoutput, getstatusoutput, CompletedProcess, the constants PIPE, STDOUT
and DEVNULL, and the exceptions SubprocessError, CalledProcessError and
TimeoutExpired. A stream argument may be None, PIPE, DEVNULL, STDOUT
(stderr only), a file descriptor or an object with fileno().

The child is started by Go's os/exec (stdlib/subprocess.go). Differences
from CPython: preexec_fn, user, group, extra_groups, umask, pass_fds,
start_new_session, process_group and pipesize are accepted and ignored
(close_fds is always true); a pipe's file object offers read, readline,
readlines, iteration, write, flush and close but no fileno(); Windows-only
helpers (list2cmdline, STARTUPINFO) are absent.
"""

import os
import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


def _set_output(self, value):
    self.output = value


# CalledProcessError's and TimeoutExpired's output, also named stdout
_stdout = property(lambda self: self.output, _set_output)


class CalledProcessError(SubprocessError):
    """Raised when a process run by check_call/check_output/run(check=True)
    exits with a non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    stdout = _stdout


class TimeoutExpired(SubprocessError):
    """Raised when the timeout of a wait or communicate passes."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _stdout


class CompletedProcess:
    """What run() returns: args, returncode, stdout, stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ['args=%r' % (self.args,), 'returncode=%r' % (self.returncode,)]
        if self.stdout is not None:
            parts.append('stdout=%r' % (self.stdout,))
        if self.stderr is not None:
            parts.append('stderr=%r' % (self.stderr,))
        return "%s(%s)" % (type(self).__name__, ', '.join(parts))

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _translate(data, encoding, errors):
    return data.decode(encoding, errors).replace("\r\n", "\n").replace("\r", "\n")


class _PipeReader:
    # The parent's end of a child's stdout or stderr.

    def __init__(self, proc, which, text, encoding, errors):
        self._proc = proc
        self._which = which
        self._text = text
        self._encoding = encoding
        self._errors = errors
        self.closed = False

    def _out(self, data):
        if self._text:
            return _translate(data, self._encoding, self._errors)
        return data

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def read(self, size=-1):
        self._check()
        if size is None:
            size = -1
        return self._out(self._proc.read(self._which, size))

    def readline(self, size=-1):
        self._check()
        line = self._proc.readline(self._which)
        if self._text and line.endswith(b'\r\n'):
            line = line[:-2] + b'\n'
        return self._out(line)

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return True

    def writable(self):
        return False

    def close(self):
        if not self.closed:
            self.closed = True
            self._proc.close(self._which)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _PipeWriter:
    # The parent's end of a child's stdin.

    def __init__(self, proc, text, encoding, errors):
        self._proc = proc
        self._text = text
        self._encoding = encoding
        self._errors = errors
        self.closed = False

    def write(self, data):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if self._text:
            if not isinstance(data, str):
                raise TypeError("write() argument must be str, not %s" % type(data).__name__)
            self._proc.write(data.encode(self._encoding, self._errors))
            return len(data)
        return self._proc.write(data)

    def flush(self):
        pass

    def readable(self):
        return False

    def writable(self):
        return True

    def close(self):
        if not self.closed:
            self.closed = True
            self._proc.close_stdin()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _stream(arg, name):
    if arg is None or arg in (PIPE, DEVNULL):
        return arg
    if arg == STDOUT:
        if name != 'stderr':
            raise ValueError("STDOUT can only be used for stderr")
        return arg
    if isinstance(arg, int):
        if arg < 0:
            raise ValueError("bad file descriptor: %d" % arg)
        return arg
    if hasattr(arg, 'fileno'):
        if hasattr(arg, 'flush'):
            arg.flush()
        return arg.fileno()
    raise TypeError("%s must be None, PIPE, DEVNULL, a file descriptor or a file object, not %s"
                    % (name, type(arg).__name__))


class Popen:
    """Start a child program; see the module doc."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False,
                 cwd=None, env=None, universal_newlines=None, startupinfo=None,
                 creationflags=0, restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self._proc = None
        if universal_newlines is not None and text is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines '
                                  'are supplied but different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        enc = encoding or 'utf-8'
        errs = errors or 'strict'
        self._enc, self._errs = enc, errs

        if isinstance(args, (str, bytes)):
            if isinstance(args, bytes):
                args = args.decode()
            argv = [args]
        elif hasattr(args, '__fspath__'):
            argv = [os.fspath(args)]
        else:
            argv = [os.fspath(a) if hasattr(a, '__fspath__') else a for a in args]
        if shell:
            argv = ['/bin/sh', '-c'] + argv
            if executable is None:
                executable = '/bin/sh'
        if cwd is not None and hasattr(cwd, '__fspath__'):
            cwd = os.fspath(cwd)
        if executable is not None and hasattr(executable, '__fspath__'):
            executable = os.fspath(executable)
        p = _subprocess.spawn(argv, executable, cwd, env,
                              _stream(stdin, 'stdin'), _stream(stdout, 'stdout'),
                              _stream(stderr, 'stderr'))
        self._proc = p
        self.pid = p.pid()
        if stdin == PIPE:
            self.stdin = _PipeWriter(p, self.text_mode, enc, errs)
        if stdout == PIPE:
            self.stdout = _PipeReader(p, 1, self.text_mode, enc, errs)
        if stderr == PIPE:
            self.stderr = _PipeReader(p, 2, self.text_mode, enc, errs)

    def __repr__(self):
        r = "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode, self.args)
        if len(r) > 80:
            r = r[:76] + "...>"
        return r

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.close()
        try:
            if self.stdin is not None:
                self.stdin.close()
        finally:
            self.wait()

    def poll(self):
        """The return code if the child has ended, else None."""
        if self.returncode is None:
            self.returncode = self._proc.poll()
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child; TimeoutExpired if timeout seconds pass."""
        if self.returncode is not None:
            return self.returncode
        code = self._proc.wait(timeout)
        if code is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = code
        return code

    def communicate(self, input=None, timeout=None):
        """Send input, read stdout and stderr to the end, wait for the child.
        Returns (stdout_data, stderr_data)."""
        if input is not None and self.text_mode:
            input = input.encode(self._enc, self._errs)
        if self.stdin is not None:
            if self.stdin.closed:
                input = None
            self.stdin.closed = True
        res = self._proc.communicate(input, timeout)
        if res is None:
            raise TimeoutExpired(self.args, timeout)
        out, err = res
        if self.stdout is None:
            out = None
        else:
            self.stdout.closed = True
        if self.stderr is None:
            err = None
        else:
            self.stderr.closed = True
        if self.text_mode:
            if out is not None:
                out = _translate(out, self._enc, self._errs)
            if err is not None:
                err = _translate(err, self._enc, self._errs)
        self.wait()
        return out, err

    def send_signal(self, sig):
        """Send signal sig to the child (nothing if it has ended)."""
        self.poll()
        if self.returncode is None:
            self._proc.send_signal(sig)

    def terminate(self):
        """SIGTERM the child."""
        self.send_signal(15)

    def kill(self):
        """SIGKILL the child."""
        self.send_signal(9)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it, return a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            exc.stdout, exc.stderr = process.communicate()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command and return its exit code."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run a command; CalledProcessError if its exit code is not zero."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its output; CalledProcessError on failure."""
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        kwargs['input'] = '' if kwargs.get('universal_newlines') or kwargs.get('text') \
            or kwargs.get('encoding') or kwargs.get('errors') else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exitcode, output) of cmd run by the shell, stderr included."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of cmd run by the shell, stderr included."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
