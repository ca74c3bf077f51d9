import os, glob, tempfile, shutil, collections
root = tempfile.mkdtemp()
layout = ['app/__init__.py', 'app/views.py', 'app/models.py', 'app/templates/base.html', 'app/templates/users/list.html', 'app/static/css/site.css', 'app/static/js/app.js', 'app/static/js/vendor/lib.min.js', 'tests/test_views.py', 'tests/test_models.py', 'README.md', 'setup.cfg', '.env', 'app/.hidden.py']
for rel in layout:
    p = os.path.join(root, *rel.split('/'))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w') as f:
        f.write('#' * (len(rel) * 3))
def rel(paths):
    return sorted(os.path.relpath(p, root) for p in paths)
print(rel(glob.glob(os.path.join(root, '*.md'))), rel(glob.glob(os.path.join(root, 'app', '*.py'))))
print(rel(glob.glob(os.path.join(root, '**', '*.html'), recursive=True)))
print(rel(glob.glob(os.path.join(root, 'app', '**', '*.js'), recursive=True)))
print(rel(glob.glob(os.path.join(root, 'tests', 'test_*.py'))), rel(glob.glob(os.path.join(root, '*'))), rel(glob.glob(os.path.join(root, '.*'))))
print(rel(glob.glob(os.path.join(root, 'app', '[mv]*.py'))), rel(glob.glob(os.path.join(root, 'app', '?iews.py'))), glob.glob(os.path.join(root, 'nomatch*')))
print(rel(glob.iglob(os.path.join(root, '*', '*', '*.html'))), glob.escape('a[1]*.txt'))
counts = collections.Counter()
sizes = collections.defaultdict(int)
for dirpath, dirnames, filenames in os.walk(root):
    dirnames[:] = sorted(d for d in dirnames if not d.startswith('.') and d != 'vendor')
    for fn in filenames:
        ext = os.path.splitext(fn)[1] or '<none>'
        counts[ext] += 1
        sizes[ext] += os.path.getsize(os.path.join(dirpath, fn))
print(sorted(counts.items()), sorted(sizes.items()))
tree_lines = []
def tree(path, prefix=''):
    entries = sorted(os.scandir(path), key=lambda e: (not e.is_dir(), e.name))
    for i, e in enumerate(entries):
        last = i == len(entries) - 1
        tree_lines.append(prefix + ('`-- ' if last else '|-- ') + e.name + ('/' if e.is_dir() else ''))
        if e.is_dir():
            tree(e.path, prefix + ('    ' if last else '|   '))
tree(os.path.join(root, 'app'))
print('\n'.join(tree_lines))
def find_py(path):
    for entry in os.scandir(path):
        if entry.is_dir(follow_symlinks=False):
            yield from find_py(entry.path)
        elif entry.name.endswith('.py') and not entry.name.startswith('.'):
            yield entry
print(sorted(os.path.relpath(e.path, root) for e in find_py(root)))
big = max((os.path.join(dp, f) for dp, _, fs in os.walk(root) for f in fs), key=os.path.getsize)
print(os.path.relpath(big, root), os.path.getsize(big))
bottom_up = [os.path.relpath(dp, root) for dp, _, _ in os.walk(root, topdown=False)]
print(bottom_up.index('app') > bottom_up.index(os.path.join('app', 'templates')), bottom_up[-1])
shutil.rmtree(os.path.join(root, 'app', 'static'))
print(sorted(os.listdir(os.path.join(root, 'app'))))
with os.scandir(root) as it:
    print(sorted((e.name, e.is_file()) for e in it))
shutil.rmtree(root)
print(os.path.exists(root), list(os.walk(root)))
