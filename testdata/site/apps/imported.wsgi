# Loaded by WSGIImportScript at start-up: records that it ran first.
import sys

sys.gowsgi_imported = getattr(sys, "gowsgi_imported", 0) + 1


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [("imported=%d" % sys.gowsgi_imported).encode("ascii")]
