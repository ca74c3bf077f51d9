# Shows the WSGI environ, one KEY=VALUE per line, sorted.


def application(environ, start_response):
    lines = ["%s=%r" % (key, environ[key]) for key in sorted(environ)]
    body = ("\n".join(lines) + "\n").encode("utf-8", "backslashreplace")
    start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8"),
                              ("Content-Length", str(len(body)))])
    return [body]
