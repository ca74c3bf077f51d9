# A heavier request: format every str value of the environ.
def application(environ, start_response):
    lines = ['%s=%s' % (k, environ[k]) for k in sorted(environ) if isinstance(environ[k], str)]
    body = '\n'.join(lines).encode('latin-1')
    start_response('200 OK', [('Content-Type', 'text/plain'), ('Content-Length', str(len(body)))])
    return [body]
