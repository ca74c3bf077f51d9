# A bottle 0.12 application, served unmodified by gowsgi. bottle comes from
# Debian's python3-bottle (/usr/lib/python3/dist-packages), e.g.:
#   gowsgi serve examples/bottle/app.wsgi --python-path /usr/lib/python3/dist-packages
import os
import bottle
from bottle import Bottle, request, response, template, abort, redirect, static_file, HTTPResponse

HERE = os.path.dirname(__file__)
bottle.TEMPLATE_PATH.insert(0, os.path.join(HERE, 'views'))

app = Bottle()
SECRET = 'not-so-secret'
notes = []


@app.route('/')
def index():
    return 'bottle %s on gowsgi' % bottle.__version__


@app.route('/hello/<name>')
def hello(name):
    return template('<b>Hello {{name}}</b>, {{len(name)}} letters!', name=name)


@app.get('/items/<item_id:int>')
def item(item_id):
    return {'id': item_id, 'double': item_id * 2, 'q': request.query.get('q', '')}


@app.get('/page')
def page():
    return template('page', title=request.query.title or 'Untitled',
                    items=request.query.getall('item'))


@app.post('/notes')
def add_note():
    text = request.forms.get('text')
    if not text:
        abort(400, 'text is required')
    notes.append(text)
    response.status = 201
    response.set_header('Location', '/notes/%d' % (len(notes) - 1))
    return {'count': len(notes), 'last': text}


@app.get('/notes/<n:int>')
def get_note(n):
    if n >= len(notes):
        abort(404, 'no such note')
    return notes[n]


@app.post('/upload')
def upload():
    up = request.files.get('file')
    data = up.file.read()
    return {'name': request.forms.get('name'), 'filename': up.filename,
            'raw_filename': up.raw_filename, 'size': len(data),
            'content_type': up.content_type, 'first_line': data.split(b'\n')[0].decode()}


@app.post('/json')
def echo_json():
    body = request.json
    return {'keys': sorted(body), 'sum': sum(body.values())}


@app.get('/cookie')
def cookie():
    seen = request.get_cookie('visits', '0')
    response.set_cookie('visits', str(int(seen) + 1), path='/')
    return 'visits=%s' % seen


@app.get('/login/<user>')
def login(user):
    response.set_cookie('account', {'user': user, 'admin': user == 'root'}, secret=SECRET, path='/')
    return 'logged in'


@app.get('/whoami')
def whoami():
    account = request.get_cookie('account', secret=SECRET)
    if account is None:
        abort(401, 'not logged in')
    return account


@app.get('/old')
def old():
    redirect('/hello/redirected')


@app.get('/static/<path:path>')
def static(path):
    return static_file(path, root=os.path.join(HERE, 'static'))


@app.get('/headers')
def headers():
    return {'ua': request.headers.get('User-Agent'), 'method': request.method,
            'path': request.path, 'script': request.script_name,
            'fullpath': request.fullpath, 'remote': bool(request.remote_addr)}


@app.get('/boom')
def boom():
    return 1 / 0


@app.get('/teapot')
def teapot():
    raise HTTPResponse('short and stout', status=418, X_Pot='yes')


@app.get('/stream')
def stream():
    response.content_type = 'text/plain'
    for i in range(3):
        yield 'chunk %d\n' % i


@app.error(404)
def not_found(err):
    return 'custom 404: %s' % err.body


application = app
