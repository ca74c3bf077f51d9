import site, sys, os, tempfile
d = tempfile.mkdtemp(prefix='site')
os.makedirs(os.path.join(d, 'extra'))
with open(os.path.join(d, 'a.pth'), 'w') as f:
    f.write('# comment\nextra\nmissing\n\nimport sys; sys.gowsgi_marker = 1\n')
before = len(sys.path)
site.addsitedir(d)
added = sys.path[before:]
print([os.path.relpath(p, d) for p in added], getattr(sys, 'gowsgi_marker', None))
site.addsitedir(d)
print(len(sys.path) - before)
with tempfile.TemporaryDirectory() as t:
    exists = os.path.isdir(t)
    with tempfile.NamedTemporaryFile('w', dir=t, suffix='.txt', delete=False) as nf:
        nf.write('data')
        name = nf.name
    print(exists, name.endswith('.txt'), open(name).read(), os.path.dirname(name) == t)
print(os.path.exists(t), tempfile.gettempdir() != '', tempfile.gettempprefix())
with tempfile.NamedTemporaryFile() as tf:
    tf.write(b'abc')
    tf.seek(0)
    print(tf.read(), os.path.exists(tf.name))
print(os.path.exists(tf.name))
with tempfile.SpooledTemporaryFile() as sp:
    sp.write(b'spooled')
    sp.seek(0)
    print(sp.read())
import shutil
shutil.rmtree(d)
