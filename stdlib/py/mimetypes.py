"""mimetypes: guess_type, guess_extension, guess_all_extensions, add_type,
types_map, encodings_map, suffix_map, init, read_mime_types, knownfiles,
MimeTypes. As in CPython, a built-in table of the common web types is
loaded on first use (init()), then the system's mime.types files in
knownfiles are read over it ("type ext ext..." lines, # comments), so that
the answers agree with CPython's on the same machine. The built-in table
is gowsgi's own, smaller than CPython's."""
import os
import posixpath

__all__ = ['knownfiles', 'inited', 'MimeTypes', 'guess_type', 'guess_all_extensions', 'guess_extension',
           'add_type', 'init', 'read_mime_types', 'suffix_map', 'encodings_map', 'types_map', 'common_types']

knownfiles = [
    '/etc/mime.types',
    '/etc/httpd/mime.types',
    '/etc/httpd/conf/mime.types',
    '/etc/apache/mime.types',
    '/etc/apache2/mime.types',
    '/usr/local/etc/httpd/conf/mime.types',
    '/usr/local/lib/netscape/mime.types',
    '/usr/local/etc/httpd/conf/mime.types',
    '/usr/local/etc/mime.types',
]

inited = False
_db = None

_types_map_default = {
    '.html': 'text/html', '.htm': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
    '.json': 'application/json', '.txt': 'text/plain', '.csv': 'text/csv', '.xml': 'text/xml', '.svg': 'image/svg+xml',
    '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp',
    '.ico': 'image/vnd.microsoft.icon', '.bmp': 'image/bmp', '.tif': 'image/tiff', '.tiff': 'image/tiff',
    '.pdf': 'application/pdf', '.zip': 'application/zip', '.gz': 'application/gzip' if False else 'application/x-gzip',
    '.tar': 'application/x-tar', '.wasm': 'application/wasm', '.mp3': 'audio/mpeg', '.wav': 'audio/x-wav',
    '.mp4': 'video/mp4', '.mpeg': 'video/mpeg', '.webm': 'video/webm', '.woff': 'font/woff', '.woff2': 'font/woff2',
    '.ttf': 'font/ttf', '.otf': 'font/otf', '.py': 'text/x-python', '.sh': 'application/x-sh', '.md': 'text/markdown',
    '.rtf': 'application/rtf', '.doc': 'application/msword', '.xls': 'application/vnd.ms-excel',
    '.bin': 'application/octet-stream', '.exe': 'application/octet-stream', '.ics': 'text/calendar',
    '.jsonld': 'application/ld+json', '.rss': 'application/rss+xml' if False else 'application/xml', '.atom': 'application/atom+xml',
    '.xhtml': 'application/xhtml+xml', '.wsgi': 'text/x-python',
}
_encodings_map_default = {'.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz', '.br': 'br'}
_suffix_map_default = {'.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz', '.tz': '.tar.gz', '.tbz2': '.tar.bz2', '.txz': '.tar.xz'}
_common_types_default = {'.rtf': 'application/rtf', '.midi': 'audio/midi', '.mid': 'audio/midi',
                         '.jpg': 'image/jpg', '.pict': 'image/pict', '.pct': 'image/pict', '.pic': 'image/pict',
                         '.webp': 'image/webp', '.xul': 'text/xul'}
del _types_map_default['.gz']


class MimeTypes:
    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _encodings_map_default.copy()
        self.suffix_map = _suffix_map_default.copy()
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, type in _types_map_default.items():
            self.add_type(type, ext, True)
        for ext, type in _common_types_default.items():
            self.add_type(type, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        if not type:
            return
        self.types_map[strict][ext] = type
        exts = self.types_map_inv[strict].setdefault(type, [])
        if ext not in exts:
            exts.append(ext)

    def guess_type(self, url, strict=True):
        url = os.fspath(url)
        if url.startswith('data:'):
            comma = url.find(',')
            if comma < 0:
                return None, None
            semi = url.find(';', 0, comma)
            type = url[5:semi if semi >= 0 else comma]
            if '=' in type or '/' not in type:
                type = 'text/plain'
            return type, None
        base, ext = posixpath.splitext(url)
        while (ext_lower := ext.lower()) in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext_lower])
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            base, ext = posixpath.splitext(base)
        else:
            encoding = None
        types_map = self.types_map[True]
        if ext in types_map:
            return types_map[ext], encoding
        if ext.lower() in types_map:
            return types_map[ext.lower()], encoding
        if strict:
            return None, encoding
        types_map = self.types_map[False]
        if ext in types_map:
            return types_map[ext], encoding
        if ext.lower() in types_map:
            return types_map[ext.lower()], encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        type = type.lower()
        extensions = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in extensions:
                    extensions.append(ext)
        return extensions

    def guess_extension(self, type, strict=True):
        extensions = self.guess_all_extensions(type, strict)
        if not extensions:
            return None
        return extensions[0]

    def read(self, filename, strict=True):
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        while True:
            line = fp.readline()
            if not line:
                break
            words = line.split()
            for i in range(len(words)):
                if words[i][0] == '#':
                    del words[i:]
                    break
            if not words:
                continue
            type, suffixes = words[0], words[1:]
            for suff in suffixes:
                self.add_type(type, '.' + suff, strict)


def guess_type(url, strict=True):
    if _db is None:
        init()
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    if _db is None:
        init()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)


def init(files=None):
    global suffix_map, types_map, encodings_map, common_types
    global inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        if files is None:
            files = knownfiles
    else:
        db = _db
    for file in files:
        if os.path.isfile(file):
            db.read(file)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    try:
        f = open(file, encoding='utf-8')
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


def __getattr__(name):
    if name in ('types_map', 'encodings_map', 'suffix_map', 'common_types'):
        init()
        return globals()[name]
    raise AttributeError("module 'mimetypes' has no attribute '%s'" % name)
