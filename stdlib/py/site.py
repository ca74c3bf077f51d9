"""site: addsitedir (adds a directory to sys.path and processes its .pth
files: each line a path relative to the directory, added when it exists;
lines starting with "import" are executed), getsitepackages,
getusersitepackages, ENABLE_USER_SITE (False), PREFIXES."""
import os
import sys

ENABLE_USER_SITE = False
PREFIXES = [sys.prefix]
USER_SITE = None
USER_BASE = None


def makepath(*paths):
    dir = os.path.abspath(os.path.join(*paths))
    return dir, os.path.normcase(dir) if hasattr(os.path, 'normcase') else dir


def addpackage(sitedir, name, known_paths):
    fullname = os.path.join(sitedir, name)
    try:
        f = open(fullname, encoding='utf-8')
    except OSError:
        return known_paths
    with f:
        for line in f:
            if line.startswith('#'):
                continue
            if not line.strip():
                continue
            if line.startswith(('import ', 'import\t')):
                exec(line)
                continue
            line = line.rstrip()
            dir = os.path.join(sitedir, line)
            if dir not in known_paths and os.path.exists(dir):
                sys.path.append(dir)
                known_paths.add(dir)
    return known_paths


def addsitedir(sitedir, known_paths=None):
    if known_paths is None:
        known_paths = set(sys.path)
    sitedir = os.path.abspath(sitedir)
    if sitedir not in known_paths:
        sys.path.append(sitedir)
        known_paths.add(sitedir)
    try:
        names = os.listdir(sitedir)
    except OSError:
        return known_paths
    for name in sorted(n for n in names if n.endswith('.pth') and not n.startswith('.')):
        addpackage(sitedir, name, known_paths)
    return known_paths


def getsitepackages(prefixes=None):
    out = []
    for prefix in prefixes or PREFIXES:
        out.append(os.path.join(prefix, 'lib', 'python%d.%d' % sys.version_info[:2], 'site-packages'))
    return out


def getusersitepackages():
    return USER_SITE


def getuserbase():
    return USER_BASE
