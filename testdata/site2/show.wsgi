# Shows what the request looks like to the application.


def application(environ, start_response):
    body = "method=%s group=%s remote=%s scheme=%s host=%s port=%s script=%s fwd=%s" % (
        environ["REQUEST_METHOD"], environ["mod_wsgi.application_group"], environ["REMOTE_ADDR"],
        environ["wsgi.url_scheme"], environ["SERVER_NAME"], environ["SERVER_PORT"],
        environ["SCRIPT_NAME"], environ.get("HTTP_X_FORWARDED_FOR", "-"))
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [body.encode("ascii")]


def alternative(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"alternative callable"]
