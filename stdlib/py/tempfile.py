"""tempfile: gettempdir, mkdtemp, mkstemp, NamedTemporaryFile,
TemporaryFile, TemporaryDirectory, SpooledTemporaryFile (in memory until
closed, never rolled over), gettempprefix, tempdir."""
import os as _os
import io as _io
import random as _random

tempdir = None
template = 'tmp'
_chars = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = _random.SystemRandom()


def gettempprefix():
    return template


def gettempdir():
    global tempdir
    if tempdir is None:
        for var in ('TMPDIR', 'TEMP', 'TMP'):
            d = _os.environ.get(var)
            if d and _os.path.isdir(d):
                tempdir = d
                break
        else:
            tempdir = '/tmp'
    return tempdir


def _name(prefix, suffix):
    return (prefix if prefix is not None else template) + ''.join(_rng.choice(_chars) for _ in range(8)) + (suffix or '')


def mkdtemp(suffix=None, prefix=None, dir=None):
    dir = dir if dir is not None else gettempdir()
    for _ in range(100):
        path = _os.path.join(dir, _name(prefix, suffix))
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError('No usable temporary directory name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    dir = dir if dir is not None else gettempdir()
    for _ in range(100):
        path = _os.path.join(dir, _name(prefix, suffix))
        try:
            fd = _os.open(path, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(path)
    raise FileExistsError('No usable temporary file name found')


class _TemporaryFileWrapper:
    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self.file.closed:
            self.file.close()
        if self.delete and _os.path.exists(self.name):
            _os.remove(self.name)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None, delete_on_close=True):
    dir = dir if dir is not None else gettempdir()
    for _ in range(100):
        path = _os.path.abspath(_os.path.join(dir, _name(prefix, suffix)))
        if _os.path.exists(path):
            continue
        open(path, 'x').close()
        f = open(path, mode.replace('x', 'w') if 'r' not in mode else mode, encoding=encoding, newline=newline)
        return _TemporaryFileWrapper(f, path, delete)
    raise FileExistsError('No usable temporary file name found')


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, *, errors=None):
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True)


class SpooledTemporaryFile:
    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, *, errors=None):
        self._file = _io.BytesIO() if 'b' in mode else _io.StringIO()

    def __getattr__(self, name):
        return getattr(self.__dict__['_file'], name)

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def rollover(self):
        pass


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)

    def __repr__(self):
        return '<TemporaryDirectory %r>' % self.name

    def __enter__(self):
        return self.name

    def __exit__(self, *a):
        self.cleanup()

    def cleanup(self):
        import shutil
        shutil.rmtree(self.name, ignore_errors=True)
