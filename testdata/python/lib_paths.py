# os.path with os.PathLike and the added functions, stat, pathlib basics, glob recursive
import os, os.path, posixpath
class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
print(os.path.join(P('/a'), 'b'), os.path.basename(P('/x/y.txt')), os.path.exists(P('/')), os.path.splitext(P('a.tar.gz')))
print(os.path.commonpath(['/a/b/c', '/a/b/d', '/a/bx']), os.path.commonpath(['a/b', 'a/./b/c']), os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.commonprefix([]))
try:
    os.path.commonpath(['/a', 'b'])
except ValueError as e:
    print(e)
try:
    os.path.commonpath([])
except ValueError as e:
    print(e)
print(os.path.splitdrive('/a/b'), os.path.normcase('A/B'), posixpath.samefile('/', '/'), os.path.ismount('/'), os.path.ismount('/tmp/nonexist'))
os.environ['LIBX'] = 'val'
print(os.path.expandvars('$LIBX/${LIBX}/$NOPE_X/${NOPE}/$'), os.path.getatime('/') > 0, os.path.getctime('/') > 0)
try:
    os.path.join(1, 'a')
except TypeError as e:
    print('TypeError')
import stat
m = os.stat('/tmp').st_mode
print(stat.S_ISDIR(m), stat.S_ISREG(m), stat.filemode(0o100644), stat.filemode(0o41777), stat.filemode(0o120777), stat.S_IMODE(0o100755), oct(stat.S_IFMT(m)), stat.ST_SIZE)
import pathlib, os, tempfile
from pathlib import Path, PurePosixPath, PurePath
p = PurePosixPath('/srv/app') / 'static' / 'css/site.min.css'
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.anchor, p.is_absolute())
print(p.with_suffix('.gz'), p.with_name('x.txt'), p.relative_to('/srv'), p.parent.parent, [str(x) for x in p.parents][:2])
print(PurePath('a/b') == PurePosixPath('a', 'b'), hash(PurePath('a/b')) == hash(PurePath('a//b/')), PurePath('a') < PurePath('b'), str(PurePath()), PurePath('.').name == '')
print('x' / PurePath('y'), PurePath('a').joinpath('b', 'c'), os.fspath(PurePath('/q')), p.match('*.css'), p.match('static/*.css'), p.match('/x/*.css'))
try:
    p.relative_to('/other')
except ValueError as e:
    print('ValueError')
d = Path(tempfile.mkdtemp())
(d / 'sub').mkdir()
(d / 'a' / 'b').mkdir(parents=True)
f = d / 'sub' / 'hello.txt'
print(f.write_text('hi there'), f.read_text(), f.read_bytes(), f.exists(), f.is_file(), f.is_dir(), f.parent.is_dir())
(d / 'sub' / 'x.py').write_text('print(1)')
print(sorted(x.name for x in (d / 'sub').iterdir()), sorted(x.name for x in d.glob('sub/*.py')), sorted(str(x.relative_to(d)) for x in d.glob('**/*.txt')))
print(type(d).__name__, isinstance(d, PurePath), d.resolve() == Path(os.path.realpath(str(d))), Path('a/b').absolute() == Path(os.getcwd()) / 'a/b')
print(os.path.join(d, 'z').startswith(str(d)), open(f).read(), (d / 'nope').exists(), f.stat().st_size)
f.unlink(); (d / 'sub' / 'x.py').unlink(); (d / 'sub').rmdir()
print(sorted(x.name for x in d.iterdir()))
import glob
g = Path(tempfile.mkdtemp())
for rel in ('a.py', '.hidden.py', 'pkg/b.py', 'pkg/deep/c.py', 'pkg/deep/d.txt'):
    (g / rel).parent.mkdir(parents=True, exist_ok=True)
    (g / rel).write_text(rel)
print(sorted(os.path.relpath(x, g) for x in glob.glob(str(g / '**' / '*.py'), recursive=True)))
print(sorted(os.path.relpath(x, g) for x in glob.glob(str(g / '*.py'))), sorted(os.path.relpath(x, g) for x in glob.glob(str(g / '*.py'), include_hidden=True)))
print(sorted(glob.glob('**/*.txt', root_dir=g, recursive=True)), sorted(glob.glob('*', root_dir=g)), glob.has_magic('a*'), glob.has_magic('ab'), glob.escape('a[b]*?'))
print(sorted(os.path.relpath(x, g) for x in glob.iglob(str(g / 'pkg' / '*'))), glob.glob(str(g / 'none' / '*')))
print(sorted(str(x.relative_to(g)) for x in g.rglob('*.py')))
# OS errors keep the OS's errno and strerror; open() refuses a directory
d = tempfile.mkdtemp()
os.mkdir(os.path.join(d, 's')); open(os.path.join(d, 's', 'f'), 'w').close()
for fn in (lambda: os.rmdir(os.path.join(d, 's')), lambda: os.rmdir(os.path.join(d, 's', 'f')), lambda: os.mkdir(os.path.join(d, 's')), lambda: os.stat(os.path.join(d, 'nope')), lambda: os.listdir(os.path.join(d, 's', 'f')), lambda: open(os.path.join(d, 's'))):
    try:
        fn()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
try:
    os.path.join('a', 3)
except TypeError as e:
    print(e)
print(repr(" x ".strip(None)), repr(" x ".lstrip(None)), repr(" x ".rstrip(None)))
try:
    "a".strip(1)
except TypeError as e:
    print(e)
