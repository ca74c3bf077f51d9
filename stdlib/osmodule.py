# The Python half of the os module (see os.go), run in the module's
# namespace after gpython's Go functions are in place.
import posixpath as path
import sys as _sys
_sys.modules['os.path'] = path  # as CPython's os: os.path is posixpath
del _sys
error = OSError
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1
O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL, O_TRUNC = 0, 1, 2, 1024, 64, 128, 512


class stat_result(tuple):
    pass


class _StatResult:
    def __init__(self, t):
        self._t = t
        (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid, self.st_gid,
         self.st_size, self.st_atime, self.st_mtime, self.st_ctime) = t

    def __getitem__(self, i):
        v = self._t[i]
        if isinstance(i, int) and 7 <= i % 10 <= 9:
            return int(v)
        return v

    def __len__(self):
        return 10

    def __iter__(self):
        return iter([self[i] for i in range(10)])

    def __repr__(self):
        names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(%s)' % ', '.join('%s=%r' % (n, self[i]) for i, n in enumerate(names))


def stat(p, *, follow_symlinks=True):
    return _StatResult(_stat(fspath(p)) if follow_symlinks else _lstat(fspath(p)))


class statvfs_result(tuple):
    _fields = ('f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree', 'f_favail', 'f_flag', 'f_namemax')

    def __getattr__(self, name):
        try:
            return self[self._fields.index(name)]
        except ValueError:
            raise AttributeError("'os.statvfs_result' object has no attribute '%s'" % name)

    def __repr__(self):
        return 'os.statvfs_result(%s)' % ', '.join('%s=%r' % (n, v) for n, v in zip(self._fields, self))


def statvfs(p):
    return statvfs_result(_statvfs(fspath(p)))


def lstat(p):
    return _StatResult(_lstat(fspath(p)))


remove = unlink


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    return p.__fspath__()


class PathLike:
    def __fspath__(self):
        raise NotImplementedError


class DirEntry:
    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._stat = None

    def stat(self, *, follow_symlinks=True):
        if self._stat is None:
            self._stat = stat(self.path, follow_symlinks=follow_symlinks)
        return self._stat

    def is_dir(self, *, follow_symlinks=True):
        try:
            return (self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000) == 0o040000
        except OSError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return (self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000) == 0o100000
        except OSError:
            return False

    def is_symlink(self):
        try:
            return (lstat(self.path).st_mode & 0o170000) == 0o120000
        except OSError:
            return False

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)


class _ScandirIterator:
    def __init__(self, p):
        self._entries = [DirEntry(p, n) for n in listdir(p)]

    def __iter__(self):
        return iter(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False

    def close(self):
        pass


def scandir(p='.'):
    return _ScandirIterator(fspath(p))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs, nondirs = [], []
    for e in entries:
        if e.is_dir():
            dirs.append(e.name)
        else:
            nondirs.append(e.name)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new = path.join(top, d)
            if followlinks or not path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new = path.join(top, d)
            if followlinks or not path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
        yield top, dirs, nondirs


class _Environ:
    """os.environ: this interpreter's copy of the environment; writes also
    go to the process environment (seen by child processes)."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value if isinstance(key, str) else key).__name__)
        self._data[key] = value
        _putenv(key, value)

    def __delitem__(self, key):
        del self._data[key]
        _unsetenv(key)

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kw):
        for k, v in dict(other, **kw).items():
            self[k] = v

    def __eq__(self, other):
        return dict(self._data) == other

    def __repr__(self):
        return 'environ(%r)' % (self._data,)


environ = _Environ(dict(sorted(_environ_copy().items())))
del _environ_copy


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _putenv(key, value)


def unsetenv(key):
    _unsetenv(key)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, mode, exist_ok=True)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise
