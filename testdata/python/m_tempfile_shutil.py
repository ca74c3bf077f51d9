import tempfile, shutil, os
with tempfile.TemporaryDirectory(prefix='gw_', suffix='_t') as d:
    base = os.path.basename(d)
    print(os.path.isdir(d), base.startswith('gw_'), base.endswith('_t'), os.path.dirname(d) == tempfile.gettempdir())
    src = os.path.join(d, 'src')
    os.makedirs(os.path.join(src, 'pkg', 'sub'))
    files = {'README.md': '# title\n', 'pkg/__init__.py': '', 'pkg/mod.py': 'x = 1\n', 'pkg/sub/data.txt': 'data' * 10, 'pkg/cache.pyc': 'bin'}
    for rel, content in files.items():
        with open(os.path.join(src, rel), 'w') as f:
            f.write(content)
    dst = os.path.join(d, 'copy.txt')
    print(shutil.copyfile(os.path.join(src, 'README.md'), dst) == dst, open(dst).read() == '# title\n')
    print(os.path.basename(shutil.copy(dst, os.path.join(d, 'src'))), os.path.exists(os.path.join(src, 'copy.txt')))
    shutil.copy2(dst, os.path.join(d, 'copy2.txt'))
    print(os.path.getsize(os.path.join(d, 'copy2.txt')))
    try:
        shutil.copyfile(dst, dst)
    except shutil.SameFileError as e:
        print('SameFileError', type(e).__mro__[1].__name__)
    try:
        shutil.copyfile(os.path.join(d, 'nope'), dst)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    tree = os.path.join(d, 'tree')
    shutil.copytree(src, tree, ignore=shutil.ignore_patterns('*.pyc', 'copy*'))
    listing = []
    for root, dirs, fs in os.walk(tree):
        dirs.sort()
        for name in sorted(fs):
            listing.append(os.path.relpath(os.path.join(root, name), tree))
    print(listing)
    try:
        shutil.copytree(src, tree)
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    shutil.copytree(src, tree, dirs_exist_ok=True)
    print(os.path.exists(os.path.join(tree, 'pkg', 'cache.pyc')))
    shutil.move(os.path.join(tree, 'README.md'), os.path.join(d, 'moved.md'))
    print(os.path.exists(os.path.join(d, 'moved.md')), os.path.exists(os.path.join(tree, 'README.md')))
    shutil.rmtree(tree)
    print(os.path.exists(tree))
    try:
        shutil.rmtree(tree)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    shutil.rmtree(tree, ignore_errors=True)
    usage = shutil.disk_usage(d)
    print(usage.total >= usage.used, shutil.which('definitely-not-a-command-xyz'))
    fd, path = tempfile.mkstemp(suffix='.json', dir=d)
    os.write(fd, b'{"k": 1}')
    os.close(fd)
    print(path.endswith('.json'), open(path).read())
    with tempfile.NamedTemporaryFile('w+', dir=d, suffix='.txt', delete=False) as nt:
        nt.write('hello\nworld\n')
        nt.seek(0)
        print(nt.readline().strip(), nt.name.endswith('.txt'), os.path.dirname(nt.name) == d)
    print(os.path.exists(nt.name))
    with tempfile.NamedTemporaryFile(dir=d) as nt2:
        nt2.write(b'bytes')
        nt2.flush()
        name2 = nt2.name
        print(os.path.getsize(name2), 'b' in nt2.mode)
    print(os.path.exists(name2))
    with tempfile.TemporaryFile() as tf:
        tf.write(b'temp data')
        tf.seek(0)
        print(tf.read())
    with tempfile.SpooledTemporaryFile(max_size=10, mode='w+') as sp:
        sp.write('spooled')
        sp.seek(0)
        print(sp.read())
    sub = tempfile.mkdtemp(dir=d)
    print(os.path.isdir(sub), os.listdir(sub))
    shutil.make_archive(os.path.join(d, 'arch'), 'zip', src) if False else None
print(os.path.exists(d), isinstance(tempfile.gettempdir(), str), tempfile.gettempprefix())
