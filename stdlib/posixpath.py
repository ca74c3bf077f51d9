# The parts of posixpath written in Python; the rest is ospath.go. os
# imports this module, so os is imported inside the functions that need it.


class _FsPath:
    @staticmethod
    def fspath(p):
        if isinstance(p, (str, bytes)):
            return p
        f = getattr(type(p), '__fspath__', None)
        if f is None:
            raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
        return f(p)


_os = _FsPath


def normcase(s):
    return _os.fspath(s)


def splitdrive(p):
    p = _os.fspath(p)
    return p[:0], p


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_os.fspath, paths))
    split_paths = [p.split('/') for p in paths]
    try:
        isabs, = set(p[:1] == '/' for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != '.'] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = '/' if isabs else ''
    return prefix + '/'.join(common)


def expandvars(path):
    path = _os.fspath(path)
    if '$' not in path:
        return path
    import os
    import re
    pattern = re.compile(r'\$(\w+|\{[^}]*\})')
    i = 0
    while True:
        m = pattern.search(path, i)
        if not m:
            break
        i, j = m.span(0)
        name = m.group(1)
        if name.startswith('{') and name.endswith('}'):
            name = name[1:-1]
        if name in os.environ:
            tail = path[j:]
            path = path[:i] + os.environ[name]
            i = len(path)
            path += tail
        else:
            i = j
    return path


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    import os
    return samestat(os.stat(f1), os.stat(f2))


def getatime(filename):
    import os
    return os.stat(filename).st_atime


def getctime(filename):
    import os
    return os.stat(filename).st_ctime


def ismount(path):
    import os
    path = _os.fspath(path)
    if path == '/':
        return True
    try:
        s1 = os.lstat(path)
        s2 = os.lstat(join(path, '..'))
    except (OSError, ValueError):
        return False
    if (s1.st_mode & 0o170000) == 0o120000:
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino
