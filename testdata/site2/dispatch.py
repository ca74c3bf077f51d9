# WSGIDispatchScript: picks the application group and callable per request.


def application_group(environ):
    if environ["PATH_INFO"].startswith("/special"):
        return "special-group"
    return None


def callable_object(environ):
    if environ.get("QUERY_STRING") == "alt":
        return "alternative"
    return None
