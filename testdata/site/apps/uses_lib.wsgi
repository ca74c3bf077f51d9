# Imports a module found through a .pth file in a WSGIPythonPath folder.
import extramod


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [extramod.message().encode("ascii")]
