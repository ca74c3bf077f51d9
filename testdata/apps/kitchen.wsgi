# One script, many routes: the end-to-end tests' application.
import time

closed = []
calls = []


def respond(start_response, body, status="200 OK", ctype="text/plain", extra=None):
    headers = [("Content-Type", ctype), ("Content-Length", str(len(body)))]
    if extra:
        headers.extend(extra)
    start_response(status, headers)
    return [body]


class Counted(object):
    """An iterable whose close() is counted."""

    def __init__(self, pieces, fail_at=None):
        self.pieces = pieces
        self.fail_at = fail_at

    def __iter__(self):
        n = 0
        for p in self.pieces:
            if n == self.fail_at:
                raise ValueError("failed at piece %d" % n)
            n += 1
            yield p

    def close(self):
        closed.append(1)


def environ_dump(environ):
    keys = sorted(k for k in environ if isinstance(environ[k], str))
    lines = ["%s=%s" % (k, environ[k]) for k in keys]
    for k in ("wsgi.version", "wsgi.multithread", "wsgi.multiprocess", "wsgi.run_once", "mod_wsgi.version"):
        lines.append("%s=%r" % (k, environ[k]))
    lines.append("wsgi.input.read=%s" % hasattr(environ["wsgi.input"], "read"))
    lines.append("wsgi.errors.write=%s" % hasattr(environ["wsgi.errors"], "write"))
    lines.append("wsgi.file_wrapper=%s" % callable(environ["wsgi.file_wrapper"]))
    return "\n".join(lines).encode("latin-1") + b"\n"


def application(environ, start_response):
    path = environ.get("PATH_INFO", "")
    calls.append(path)
    inp = environ["wsgi.input"]
    if path == "/environ":
        return respond(start_response, environ_dump(environ))
    if path == "/echo":
        # readline() for the first line, then read(n) in pieces.
        first = inp.readline()
        rest = []
        while True:
            chunk = inp.read(65536)
            if not chunk:
                break
            rest.append(chunk)
        data = first + b"".join(rest)
        return respond(start_response, data, ctype="application/octet-stream")
    if path == "/readall":
        return respond(start_response, inp.read())
    if path == "/lines":
        lines = inp.readlines()
        return respond(start_response, ("%d\n" % len(lines)).encode("ascii") + b"|".join(lines))
    if path == "/iterinput":
        n = 0
        for line in inp:
            n += 1
        return respond(start_response, ("%d" % n).encode("ascii"))
    if path == "/readline-limit":
        a = inp.readline(3)
        b = inp.readline()
        return respond(start_response, a + b"|" + b)
    if path == "/errors":
        environ["wsgi.errors"].write("note from the app\n")
        environ["wsgi.errors"].writelines(["line one\n", "line two\n"])
        environ["wsgi.errors"].flush()
        return respond(start_response, b"logged")
    if path == "/write":
        write = start_response("200 OK", [("Content-Type", "text/plain")])
        write(b"written ")
        return [b"and returned"]
    if path == "/generator":
        def gen():
            for i in range(5):
                yield ("piece %d\n" % i).encode("ascii")
        start_response("200 OK", [("Content-Type", "text/plain")])
        return gen()
    if path == "/close":
        start_response("200 OK", [("Content-Type", "text/plain")])
        return Counted([b"a", b"b", b"c"])
    if path == "/close-fail":
        start_response("200 OK", [("Content-Type", "text/plain")])
        return Counted([b"a", b"b", b"c"], fail_at=1)
    if path == "/close-big":
        start_response("200 OK", [("Content-Type", "text/plain")])
        return Counted([b"x" * 65536] * 64)
    if path == "/closed":
        return respond(start_response, ("%d" % len(closed)).encode("ascii"))
    if path == "/cl-excess":
        start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "5")])
        return [b"12345", b"6789"]
    if path == "/cl-short":
        start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "10")])
        return [b"12345"]
    if path == "/cl-negative":
        start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "-1")])
        return [b"x"]
    if path == "/cl-garbage":
        start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "ten")])
        return [b"x"]
    if path == "/bad-status":
        start_response("OK", [("Content-Type", "text/plain")])
        return [b"x"]
    if path == "/bad-header-crlf":
        start_response("200 OK", [("X-Evil", "a\r\nInjected: yes")])
        return [b"x"]
    if path == "/bad-header-type":
        start_response("200 OK", [("X-Num", 5)])
        return [b"x"]
    if path == "/bad-header-name":
        start_response("200 OK", [("Bad Name", "x")])
        return [b"x"]
    if path == "/str-body":
        start_response("200 OK", [("Content-Type", "text/plain")])
        return ["not bytes"]
    if path == "/no-start":
        return [b"x"]
    if path == "/twice":
        start_response("200 OK", [])
        start_response("200 OK", [])
        return [b"x"]
    if path == "/exc-info":
        start_response("200 OK", [("Content-Type", "text/plain")])
        try:
            raise KeyError("k")
        except KeyError:
            import sys
            start_response("503 Service Unavailable", [("Content-Type", "text/plain")], sys.exc_info())
        return [b"replaced"]
    if path == "/raise":
        raise ValueError("boom from the app")
    if path == "/panic":
        s = {(1, 2)}
        return respond(start_response, repr(s).encode("ascii"))
    if path == "/status-reason":
        return respond(start_response, b"teapot", status="418 I'm a teapot")
    if path == "/multi-cookie":
        start_response("200 OK", [("Content-Type", "text/plain"), ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2")])
        return [b"cookies"]
    if path == "/empty":
        start_response("204 No Content", [])
        return []
    if path == "/sleep":
        time.sleep(float(environ.get("QUERY_STRING") or "1"))
        return respond(start_response, b"slept")
    if path == "/filewrap":
        name = environ["QUERY_STRING"]
        f = open(name, "rb")
        start_response("200 OK", [("Content-Type", "application/octet-stream")])
        return environ["wsgi.file_wrapper"](f, 8192)
    if path == "/calls":
        return respond(start_response, ("%d" % len(calls)).encode("ascii"))
    if path.startswith("/latin1"):
        return respond(start_response, path.encode("latin-1"))
    return respond(start_response, b"kitchen: " + path.encode("latin-1"))
