def application(environ, start_response):
    start_response("403 Forbidden", [("Content-Type", "text/plain")])
    return [b"the application's own text"]
