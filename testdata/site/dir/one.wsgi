def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [("one script=%s path=%s" % (environ["SCRIPT_NAME"], environ["PATH_INFO"])).encode("ascii")]
