# For gunicorn: /hello and /environ as Apache's WSGIScriptAlias mounts them.
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def _load(name):
    ns = {'__name__': '_bench_' + name}
    with open(os.path.join(HERE, name + '.wsgi')) as f:
        exec(compile(f.read(), name, 'exec'), ns)
    return ns['application']


HELLO, ENVIRON = _load('hello'), _load('environ')


def application(environ, start_response):
    if environ.get('PATH_INFO', '').startswith('/environ'):
        return ENVIRON(environ, start_response)
    return HELLO(environ, start_response)
