# Counts requests in module state and shows where it runs.
import sys

hits = []


def application(environ, start_response):
    hits.append(1)
    shared = getattr(sys, "gowsgi_shared", 0) + 1
    sys.gowsgi_shared = shared
    body = "group=%s hits=%d shared=%d script=%s path=%s env=%s" % (
        environ["mod_wsgi.application_group"], len(hits), shared,
        environ["SCRIPT_NAME"], environ["PATH_INFO"], environ.get("SITE_COLOUR", "-"))
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [body.encode("utf-8")]
