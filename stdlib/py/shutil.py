"""shutil: high-level file operations, written from the documentation.

Provides copyfileobj, copyfile (SameFileError when src and dst are one
file), copymode, copystat, copy, copy2, ignore_patterns, copytree
(ignore, copy_function, dirs_exist_ok), rmtree (ignore_errors, onerror),
move, which, disk_usage (a (total, used, free) named tuple from
os.statvfs), get_terminal_size, chown-free, and the Error,
SameFileError, SpecialFileError exceptions.
Differences from CPython: no archives (make_archive, unpack_archive),
no chown; symlinks are followed when copying trees.
"""
import os
import fnmatch
from collections import namedtuple as _namedtuple


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfileobj(fsrc, fdst, length=65536):
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def copyfile(src, dst, *, follow_symlinks=True):
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    os.chmod(dst, os.stat(src).st_mode & 0o7777)


def copy(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copymode(src, dst)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    dst = copy(src, dst)
    st = os.stat(src)
    os.utime(dst, (st.st_atime, st.st_mtime))
    return dst


def copystat(src, dst, *, follow_symlinks=True):
    st = os.stat(src)
    os.utime(dst, (st.st_atime, st.st_mtime))
    os.chmod(dst, st.st_mode & 0o7777)


def ignore_patterns(*patterns):
    """Function that can be used as copytree() ignore parameter: names
    matching any of the glob-style patterns are ignored."""
    def _ignore_patterns(path, names):
        ignored_names = []
        for pattern in patterns:
            ignored_names.extend(fnmatch.filter(names, pattern))
        return set(ignored_names)
    return _ignore_patterns


_ntuple_diskusage = _namedtuple('usage', 'total used free')


def disk_usage(path):
    """Return disk usage statistics about the given path as a named tuple
    with the attributes total, used and free, in bytes."""
    st = os.statvfs(path)
    free = st.f_bavail * st.f_frsize
    total = st.f_blocks * st.f_frsize
    used = (st.f_blocks - st.f_bfree) * st.f_frsize
    return _ntuple_diskusage(total, used, free)


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False, dirs_exist_ok=False):
    names = os.listdir(src)
    ignored = ignore(src, names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    for name in names:
        if name in ignored:
            continue
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        if os.path.isdir(s):
            copytree(s, d, symlinks, ignore, copy_function, dirs_exist_ok=dirs_exist_ok)
        else:
            copy_function(s, d)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    try:
        for entry in os.scandir(path):
            if entry.is_dir(follow_symlinks=False):
                rmtree(entry.path, ignore_errors, onerror)
            else:
                os.remove(entry.path)
        os.rmdir(path)
    except OSError:
        if not ignore_errors:
            if onerror is not None:
                import sys
                onerror(os.rmdir, path, sys.exc_info())
            else:
                raise


def move(src, dst, copy_function=copy2):
    real_dst = dst
    if os.path.isdir(dst):
        real_dst = os.path.join(dst, os.path.basename(src.rstrip('/')))
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            copytree(src, real_dst)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.remove(src)
    return real_dst


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    if os.path.dirname(cmd):
        return cmd if os.path.exists(cmd) and os.access(cmd, mode) and not os.path.isdir(cmd) else None
    path = path if path is not None else os.environ.get('PATH', os.defpath)
    for d in path.split(os.pathsep):
        name = os.path.join(d, cmd)
        if os.path.exists(name) and os.access(name, mode) and not os.path.isdir(name):
            return name
    return None


class _terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])


def get_terminal_size(fallback=(80, 24)):
    try:
        return os.terminal_size((int(os.environ['COLUMNS']), int(os.environ['LINES'])))
    except (KeyError, ValueError, AttributeError):
        from collections import namedtuple
        return namedtuple('terminal_size', 'columns lines')(*fallback)
